/** Globs and folders that give nothing are named; extensions match whatever their case. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/fixtures";
import { BUILD_TIMEOUT, ensureBuilt, jixiao, jsonLines } from "./run";

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-cli-globs-"));
  mkdirSync(join(dir, "forms"));
  copyFileSync(join(FIXTURES, "single-form-python-docx.docx"), join(dir, "forms", "lower.docx"));
  copyFileSync(join(FIXTURES, "single-form-libreoffice.docx"), join(dir, "forms", "UPPER.DOCX"));
  writeFileSync(join(dir, "forms", "notes.txt"), "not a form\n");
  writeFileSync(join(dir, "forms", "scan.PDF"), "%PDF-1.4\n");
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("jixiao parse globs", () => {
  it("a glob matches extensions whatever their case, as a folder walk does", async () => {
    for (const pattern of ["forms/*.docx", "forms/*.DOCX", "forms/*.Docx"]) {
      const run = await jixiao(["parse", pattern, "-q"], { cwd: dir });
      expect(run.code, pattern).toBe(0);
      expect(jsonLines(run.stdout).map((l) => l.file), pattern).toEqual(["forms/UPPER.DOCX", "forms/lower.docx"]);
    }
  });

  it("names a glob that matched nothing, and one whose folder is missing, instead of counting skipped files", async () => {
    const none = await jixiao(["parse", "forms/*.doc"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('"forms/*.doc": matched no file.');
    expect(none.stderr).not.toMatch(/other files? skipped/);

    const missing = await jixiao(["parse", "archive/2021/*.docx"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"archive/2021/*.docx": no folder archive/2021.');

    const folder = await jixiao(["validate", "archive/"], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('"archive/": no such folder.');
  });

  it("names the files a glob found that are not Word documents", async () => {
    const run = await jixiao(["parse", "forms/*.pdf", "forms/*.txt"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Not Word documents: forms/scan.PDF (not a Word file (.pdf)), forms/notes.txt (not a Word file (.txt)).");
  });

  it("reads what the other arguments found, and lists the ones that gave nothing by name in the summary, not as skipped files", async () => {
    const run = await jixiao(["parse", "forms/*.docx", "forms/*.rtf", "old/*.doc"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toHaveLength(2);
    expect(run.stderr).toMatch(/2 files, 2 forms, 0 failed, 0 errors, 0 warnings, 0 skipped/);
    expect(run.stderr).toContain("gave no file:\n  forms/*.rtf: matched no file\n  old/*.doc: no folder old\n");
  });
});
