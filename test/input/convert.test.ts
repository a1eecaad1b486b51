import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JixiaoError } from "../../src/errors";
import { parseFile } from "../../src/parse-file";
import { convertToDocx, disposeConverterProfiles, findSoffice } from "../../src/input/convert";
import { parseDocx } from "../../src/parse";
import { FIXTURES, fixture } from "../helpers/fixtures";
import { expectedSeedRecords } from "../helpers/seed";
import { projects } from "../helpers/record";
import { describeWithSoffice } from "../helpers/soffice";
import { word97 } from "../helpers/word97";

/**
 * These tests run LibreOffice for real: CI installs it (.ci/run) and requires it (CI=true); a
 * machine without it skips them and says so (describeWithSoffice).
 */

// A private temporary folder (os.tmpdir() follows TMPDIR), so that other test files converting at
// the same time do not show up as leftovers of these.
const sharedTmp = process.env.TMPDIR;
let privateTmp: string;
const leftovers = () => readdirSync(privateTmp);

beforeAll(() => {
  privateTmp = mkdtempSync(join(tmpdir(), "jixiao-convert-test-"));
  process.env.TMPDIR = privateTmp;
});
afterAll(() => {
  disposeConverterProfiles();
  expect(leftovers()).toEqual([]);
  if (sharedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = sharedTmp;
  rmSync(privateTmp, { recursive: true, force: true });
});

async function errorOf(promise: Promise<unknown>): Promise<JixiaoError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(JixiaoError);
  return error as JixiaoError;
}

describe("convertToDocx without LibreOffice", () => {
  it("says CONVERTER_MISSING, naming the package to install, when there is no LibreOffice", async () => {
    const error = await errorOf(convertToDocx(fixture("seed-libreoffice.doc"), "doc", { soffice: "/nonexistent/soffice" }));
    expect(error.code).toBe("CONVERTER_MISSING");
    expect(error.message).toContain("libreoffice-writer-nogui");

    const path = process.env.PATH;
    const empty = mkdtempSync(join(privateTmp, "empty-path-"));
    process.env.PATH = empty;
    try {
      expect(findSoffice()).toBeNull();
      expect((await errorOf(convertToDocx(fixture("seed-libreoffice.rtf"), "rtf"))).code).toBe("CONVERTER_MISSING");
    } finally {
      process.env.PATH = path;
      rmSync(empty, { recursive: true });
    }
  });
});

describeWithSoffice("convertToDocx with LibreOffice", () => {
  it("finds soffice on PATH", () => {
    expect(findSoffice()).toMatch(/soffice|libreoffice/);
  });

  it("turns a legacy .doc and an .rtf into .docx holding the same 11 forms, in parallel", async () => {
    const [doc, rtf] = await Promise.all([
      convertToDocx(fixture("seed-libreoffice.doc"), "doc"),
      convertToDocx(fixture("seed-libreoffice.rtf"), "rtf"),
    ]);
    const expected = projects((await parseDocx(fixture("seed-libreoffice.docx"), { validate: false })).forms).map((f) => f.project.name);
    for (const bytes of [doc, rtf]) {
      expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
      const forms = projects((await parseDocx(bytes, { validate: false })).forms);
      expect(forms.map((f) => f.project.name)).toEqual(expected);
    }
    // What stays between conversions is the LibreOffice profiles, one per conversion run at once.
    expect(leftovers().filter((name) => !name.startsWith("jixiao-lo-profile-"))).toEqual([]);
    expect(leftovers().length).toBeLessThanOrEqual(2);
  });

  it("stops LibreOffice after the timeout with CONVERSION_FAILED and leaves no temporary files", async () => {
    const error = await errorOf(convertToDocx(fixture("seed-libreoffice.doc"), "doc", { timeoutMs: 50 }));
    expect(error.code).toBe("CONVERSION_FAILED");
    expect(error.message).toMatch(/did not finish/);
    expect(leftovers().filter((name) => !name.startsWith("jixiao-lo-profile-"))).toEqual([]);
  });

  it("says CONVERSION_FAILED when LibreOffice cannot read the file", async () => {
    const error = await errorOf(convertToDocx(new TextEncoder().encode("{\\rtf1 broken"), "doc"));
    expect(error.code).toBe("CONVERSION_FAILED");
  });
});

describe("parseFile", () => {
  it("reads a .docx directly, with the path in source.file", async () => {
    const path = join(FIXTURES, "single-form-libreoffice.docx");
    const { forms: read, messages } = await parseFile(path);
    const forms = projects(read);
    expect(forms).toHaveLength(1);
    expect(forms[0].source?.file).toBe(path);
    expect(messages.map((m) => m.code)).not.toContain("CONVERTED");
  });

  it("reads a Word 97 .doc natively, with no LibreOffice", async () => {
    const path = join(FIXTURES, "seed-libreoffice.doc");
    const native = await parseFile(path, { convert: { soffice: "/nonexistent/soffice" } });
    expect(projects(native.forms).map((f) => f.project.name)).toEqual(expectedSeedRecords().map((f) => f.project.name));
    expect(native.forms.every((f) => f.source?.file === path && f.source?.reader === "doc")).toBe(true);
    expect(native.messages.map((m) => m.code)).not.toContain("CONVERTED");
  });

  it("sends what the native reader refuses to LibreOffice: a Word 95 file, a damaged one", async () => {
    const folder = mkdtempSync(join(privateTmp, "refused-"));
    try {
      const word95 = join(folder, "word95.doc");
      writeFileSync(word95, word97([{ text: "x" }], { patch: ({ word }) => word.set([0x68, 0], 2) }));
      const damaged = join(folder, "damaged.doc");
      writeFileSync(damaged, word97([{ text: "x" }], { patch: ({ table }) => table.fill(0xff, 0, 1) }));
      for (const path of [word95, damaged]) {
        // No LibreOffice at that path: the fallback was tried.
        expect((await errorOf(parseFile(path, { convert: { soffice: "/nonexistent/soffice" } }))).code).toBe("CONVERTER_MISSING");
      }
      expect((await errorOf(parseFile(word95, { convert: false }))).code).toBe("LEGACY_DOC_VERSION");
      expect((await errorOf(parseFile(damaged, { convert: false }))).code).toBe("BAD_DOC");
    } finally {
      rmSync(folder, { recursive: true });
    }
  });

  it("reads a .wps (WPS 2005+ writes Word 97 binary in an OLE container, as a .doc is) natively", async () => {
    const folder = mkdtempSync(join(privateTmp, "wps-"));
    try {
      const path = join(folder, "x.wps");
      copyFileSync(join(FIXTURES, "seed-libreoffice.doc"), path);
      const direct = await parseDocx(readFileSync(path));
      expect(projects(direct.forms).map((f) => f.project.name)).toEqual(expectedSeedRecords().map((f) => f.project.name));
    } finally {
      rmSync(folder, { recursive: true });
    }
  });

  it("reads RTF natively, with no conversion (convert: false changes nothing), and reports missing files", async () => {
    for (const convert of [undefined, false] as const) {
      const { forms: read, messages } = await parseFile(join(FIXTURES, "seed-libreoffice.rtf"), { convert });
    const forms = projects(read);
      expect(forms).toHaveLength(11);
      expect(forms.every((f) => f.source?.reader === "rtf")).toBe(true);
      expect(messages.map((m) => m.code)).not.toContain("CONVERTED");
    }
    expect((await errorOf(parseFile(join(FIXTURES, "no-such-file.docx")))).code).toBe("FILE_NOT_FOUND");
  });
});

describeWithSoffice("parseFile with LibreOffice", () => {
  it("convert: \"always\" converts a Word 97 .doc with LibreOffice and says so", async () => {
    const path = join(FIXTURES, "seed-libreoffice.doc");
    const { forms: read, messages } = await parseFile(path, { convert: "always" });
    const forms = projects(read);
    expect(forms.map((f) => f.project.name)).toEqual(expectedSeedRecords().map((f) => f.project.name));
    expect(forms.every((f) => f.source?.file === path && f.source?.reader === "direct")).toBe(true);
    expect(messages[0]).toMatchObject({ code: "CONVERTED", severity: "info" });
    expect(messages[0].messageZh).toContain("LibreOffice");
  });

  it("convert: \"always\" converts a .wps and says it is one", async () => {
    // LibreOffice cannot write .wps: the .doc fixture under a .wps name stands in for what WPS Office saves.
    const folder = mkdtempSync(join(privateTmp, "wps-"));
    try {
      const path = join(folder, "x.wps");
      copyFileSync(join(FIXTURES, "seed-libreoffice.doc"), path);
      const { forms: read, messages } = await parseFile(path, { convert: "always" });
    const forms = projects(read);
      expect(forms.map((f) => f.project.name)).toEqual(expectedSeedRecords().map((f) => f.project.name));
      expect(forms.every((f) => f.source?.file === path)).toBe(true);
      expect(messages[0]).toMatchObject({ code: "CONVERTED", severity: "info" });
      expect(messages[0].message).toContain("WPS");
    } finally {
      rmSync(folder, { recursive: true });
    }
  });
});
