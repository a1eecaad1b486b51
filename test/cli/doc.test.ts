/**
 * The command reads Word 97 .doc and WPS .wps natively, with no LibreOffice on PATH; what the
 * native reader refuses (Word 6.0/95) still goes to LibreOffice, and says so when it is missing.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
