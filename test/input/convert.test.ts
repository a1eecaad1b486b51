import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JixiaoError } from "../../src/errors";
import { parseFile } from "../../src/file";
import { convertToDocx, disposeConverterProfiles, findSoffice } from "../../src/input/convert";
import { parseDocx } from "../../src/parse";
import { FIXTURES, fixture } from "../helpers/fixtures";
import { expectedSeedRecords } from "../helpers/seed";

/** These tests run LibreOffice for real: CI installs it (.ci/run), and a machine without it should fail here, not skip. */

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

describe("convertToDocx with LibreOffice", () => {
  it("finds soffice on PATH", () => {
    expect(findSoffice()).toMatch(/soffice|libreoffice/);
  });

  it("turns a legacy .doc and an .rtf into .docx holding the same 11 forms, in parallel", async () => {
    const [doc, rtf] = await Promise.all([
      convertToDocx(fixture("seed-libreoffice.doc"), "doc"),
      convertToDocx(fixture("seed-libreoffice.rtf"), "rtf"),
    ]);
    const expected = (await parseDocx(fixture("seed-libreoffice.docx"), { validate: false })).forms.map((f) => f.project.name);
    for (const bytes of [doc, rtf]) {
      expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
      const { forms } = await parseDocx(bytes, { validate: false });
      expect(forms.map((f) => f.project.name)).toEqual(expected);
    }
    // What stays between conversions is the LibreOffice profiles, one per conversion run at once.
    expect(leftovers().filter((name) => !name.startsWith("jixiao-lo-profile-"))).toEqual([]);
    expect(leftovers().length).toBeLessThanOrEqual(2);
  });

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
    const { forms, messages } = await parseFile(path);
    expect(forms).toHaveLength(1);
    expect(forms[0].source?.file).toBe(path);
    expect(messages.map((m) => m.code)).not.toContain("CONVERTED");
  });

  it("converts a legacy .doc and says so in an info message", async () => {
    const path = join(FIXTURES, "seed-libreoffice.doc");
    const { forms, messages } = await parseFile(path);
    expect(forms).toHaveLength(11);
    expect(forms.every((f) => f.source?.file === path)).toBe(true);
    expect(messages[0]).toMatchObject({ code: "CONVERTED", severity: "info" });
    expect(messages[0].messageZh).toContain("LibreOffice");
  });

  it("converts a .wps (WPS 2005+ writes Word 97 binary in an OLE container, as a .doc is) and says so", async () => {
    // LibreOffice cannot write .wps: the .doc fixture under a .wps name stands in for what WPS Office saves.
    const folder = mkdtempSync(join(privateTmp, "wps-"));
    try {
      const path = join(folder, "x.wps");
      copyFileSync(join(FIXTURES, "seed-libreoffice.doc"), path);
      expect((await errorOf(parseDocx(readFileSync(path)))).code).toBe("LEGACY_DOC");

      const { forms, messages } = await parseFile(path);
      expect(forms.map((f) => f.project.name)).toEqual(expectedSeedRecords().map((f) => f.project.name));
      expect(forms.every((f) => f.source?.file === path)).toBe(true);
      expect(messages[0]).toMatchObject({ code: "CONVERTED", severity: "info" });
      expect(messages[0].message).toContain("WPS");
    } finally {
      rmSync(folder, { recursive: true });
    }
  });

  it("refuses legacy .doc files with convert: false, reads RTF natively (no conversion), and reports missing files", async () => {
    expect((await errorOf(parseFile(join(FIXTURES, "seed-libreoffice.doc"), { convert: false }))).code).toBe("LEGACY_DOC");
    for (const convert of [undefined, false] as const) {
      const { forms, messages } = await parseFile(join(FIXTURES, "seed-libreoffice.rtf"), { convert });
      expect(forms).toHaveLength(11);
      expect(forms.every((f) => f.source?.reader === "rtf")).toBe(true);
      expect(messages.map((m) => m.code)).not.toContain("CONVERTED");
    }
    expect((await errorOf(parseFile(join(FIXTURES, "no-such-file.docx")))).code).toBe("FILE_NOT_FOUND");
  });
});
