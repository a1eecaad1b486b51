/**
 * exceljs is an optional peer dependency: loadExcelJS finds it, or says how to install it. The
 * "not installed" cases are real: a module that does not exist, and the built command run from a
 * folder whose node_modules has everything but exceljs.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isJixiaoError } from "../../src/errors";
import { loadExcelJS } from "../../src/cli/output/exceljs";
import { spawnSync } from "node:child_process";
import { BUILD_TIMEOUT, ROOT, ensureBuilt } from "./run";

describe("loadExcelJS", () => {
  it("loads the installed exceljs, with its streaming writer", async () => {
    const ExcelJS = await loadExcelJS();
    expect(typeof ExcelJS.stream.xlsx.WorkbookWriter).toBe("function");
  });

  it("throws XLSX_WRITER_MISSING naming the install command when the package cannot be found", async () => {
    const missing = () => import(pathToFileURL(join(tmpdir(), "no-such-dir-jixiao", "exceljs.js")).href);
    const error = await loadExcelJS(missing).catch((e: unknown) => e);
    expect(isJixiaoError(error)).toBe(true);
    expect(error).toMatchObject({ code: "XLSX_WRITER_MISSING" });
    expect((error as Error).message).toContain("npm install exceljs");
  });

  it("leaves any other failure as it is: a broken install is not reported as a missing one", async () => {
    const broken = () => Promise.reject(new TypeError("exceljs crashed while loading"));
    await expect(loadExcelJS(broken)).rejects.toThrow(TypeError);
  });
});

describe("jixiao parse -o x.xlsx without exceljs", () => {
  let dir: string;
  beforeAll(async () => {
    await ensureBuilt();
    // The built command in a folder whose node_modules links every package of ours except exceljs.
    dir = mkdtempSync(join(tmpdir(), "jixiao-no-exceljs-"));
    cpSync(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
    mkdirSync(join(dir, "node_modules"));
    for (const name of readdirSync(join(ROOT, "node_modules"))) {
      if (name !== "exceljs" && !name.startsWith(".")) symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
    }
  }, BUILD_TIMEOUT);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const copyOfJixiao = (args: string[]) => {
    const run = spawnSync(process.execPath, [join(dir, "dist/cli.js"), ...args], { cwd: dir, encoding: "utf8" });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  it("is a usage error before any file is read, and writes nothing", () => {
    // The input does not exist: had it been looked at first, the error would be about it.
    const run = copyOfJixiao(["parse", "missing-input.docx", "-o", "out.xlsx"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("XLSX_WRITER_MISSING");
    expect(run.stderr).toContain("npm install exceljs");
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
  });

  it("leaves the other formats working", () => {
    const run = copyOfJixiao(["parse", join(ROOT, "samples/seed-forms.docx"), "-f", "csv", "-q"]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("\ufeff文件,")).toBe(true);
  });
});
