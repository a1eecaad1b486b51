/**
 * The command reads Word 97 .doc and WPS .wps natively, with no LibreOffice on PATH; what the
 * native reader refuses (Word 6.0/95) still goes to LibreOffice, and says so when it is missing.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeSoffice } from "../helpers/fake-soffice";
import { FIXTURES } from "../helpers/fixtures";
import { word97 } from "../helpers/word97";
import { BUILD_TIMEOUT, ensureBuilt, jixiao, jsonLines } from "./run";

let dir: string;
let emptyPath: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-doc-cli-"));
  emptyPath = mkdtempSync(join(tmpdir(), "jixiao-no-path-"));
  copyFileSync(join(FIXTURES, "seed-libreoffice.doc"), join(dir, "a-seed.doc"));
  copyFileSync(join(FIXTURES, "doc/single-form-python-docx.doc"), join(dir, "b-single.wps"));
  writeFileSync(join(dir, "c-word95.doc"), word97([{ text: "x" }], { patch: ({ word }) => word.set([0x68, 0], 2) }));
}, BUILD_TIMEOUT);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(emptyPath, { recursive: true, force: true });
});

describe("jixiao parse on Word 97 files", () => {
  it("reads a .doc and a .wps natively with no LibreOffice on PATH; a Word 95 file needs it and says so", async () => {
    // node is started by its full path; an empty PATH hides soffice.
    const run = await jixiao(["parse", "a-seed.doc", "b-single.wps", "c-word95.doc", "-q"], { cwd: dir, env: { PATH: emptyPath } });
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => l.file)).toEqual([...Array(11).fill("a-seed.doc"), "b-single.wps", "c-word95.doc"]);
    const read = lines.slice(0, 12);
    expect(read.every((l) => l.record.source.reader === "doc")).toBe(true);
    expect(read.flatMap((l) => l.messages.map((m: { code: string }) => m.code))).not.toContain("CONVERTED");
    expect(lines[0].record.project.name).toBe("网络平台运行及维护费");
    expect(lines[11].record.project.name).toBe("网络平台运行及维护费");
    expect(lines[12]).toMatchObject({ form: null, error: { code: "CONVERTER_MISSING" } });
    expect(run.code).toBe(1);
  });

  it("--convert always sends a Word 97 file to LibreOffice too (none on PATH here: CONVERTER_MISSING); a bad value is a usage error", async () => {
    const run = await jixiao(["parse", "a-seed.doc", "--convert", "always", "-q"], { cwd: dir, env: { PATH: emptyPath } });
    expect(jsonLines(run.stdout)).toEqual([expect.objectContaining({ file: "a-seed.doc", error: expect.objectContaining({ code: "CONVERTER_MISSING" }) })]);
    const bad = await jixiao(["parse", "a-seed.doc", "--convert", "sometimes"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--convert");
  });
});

describe("jixiao parse --convert always: LibreOffice converts a folder in runs of several files", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "jixiao-doc-batch-"));
    for (const name of ["a", "b", "c", "d", "e", "f"]) copyFileSync(join(FIXTURES, "seed-libreoffice.doc"), join(folder, `${name}.doc`));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.each([1, 2])("--jobs %i: six files, fewer LibreOffice starts than files, every file read from its conversion", async (jobs) => {
    // A LibreOffice that takes a second to start, as the real one does: the files read meanwhile wait for the next run.
    const fake = fakeSoffice({ startup: 1, docx: join(FIXTURES, "single-form-libreoffice.docx") });
    const run = await jixiao(["parse", ".", "--convert", "always", "--soffice", fake.program, "--jobs", String(jobs), "--file-timeout", "60", "-q"], { cwd: folder, env: fake.env });
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => [l.file, l.forms, l.messages[0]?.code])).toEqual(["a", "b", "c", "d", "e", "f"].map((name) => [`${name}.doc`, 1, "CONVERTED"]));
    expect(run.code).toBe(0);
    expect(fake.starts().length).toBeLessThanOrEqual(jobs === 1 ? 3 : 4);
    expect(fake.starts().flatMap((line) => line.match(/input-\d+\.doc/g) ?? [])).toHaveLength(6);
  });

  it("a file whose conversion hangs gets FILE_TIMEOUT; the files converted beside it are read", async () => {
    const hang = mkdtempSync(join(tmpdir(), "jixiao-doc-hang-"));
    try {
      const seed = readFileSync(join(FIXTURES, "seed-libreoffice.doc"));
      for (const name of ["a", "c", "d"]) writeFileSync(join(hang, `${name}.doc`), seed);
      writeFileSync(join(hang, "b.doc"), Buffer.concat([seed, Buffer.from("HANG!")]));
      const fake = fakeSoffice({ startup: 0.5, docx: join(FIXTURES, "single-form-libreoffice.docx") });
      const run = await jixiao(["parse", ".", "--convert", "always", "--soffice", fake.program, "--timeout", "60", "--jobs", "2", "--file-timeout", "4", "-q"], { cwd: hang, env: fake.env });
      const lines = jsonLines(run.stdout);
      expect(lines.map((l) => [l.file, l.forms, l.error?.code])).toEqual([["a.doc", 1, undefined], ["b.doc", 0, "FILE_TIMEOUT"], ["c.doc", 1, undefined], ["d.doc", 1, undefined]]);
    } finally {
      rmSync(hang, { recursive: true, force: true });
    }
  }, 60_000);
});
