/**
 * The command reads RTF natively, under any name (RTF saved as .doc is common), with no
 * LibreOffice on PATH.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/fixtures";
import { BUILD_TIMEOUT, ensureBuilt, jixiao, jsonLines } from "./run";

let dir: string;
let emptyPath: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-rtf-cli-"));
  emptyPath = mkdtempSync(join(tmpdir(), "jixiao-no-path-"));
  copyFileSync(join(FIXTURES, "seed-libreoffice.rtf"), join(dir, "a-seed-saved-as.doc"));
  copyFileSync(join(FIXTURES, "rtf/single-form-python-docx.rtf"), join(dir, "b-single.rtf"));
}, BUILD_TIMEOUT);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(emptyPath, { recursive: true, force: true });
});

describe("jixiao parse on RTF", () => {
  it("reads an RTF named .doc and an .rtf natively, with no LibreOffice on PATH", async () => {
    // node is started by its full path; an empty PATH hides soffice.
    const run = await jixiao(["parse", "a-seed-saved-as.doc", "b-single.rtf", "-q"], { cwd: dir, env: { PATH: emptyPath } });
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => l.file)).toEqual([...Array(11).fill("a-seed-saved-as.doc"), "b-single.rtf"]);
    expect(lines.every((l) => l.record.source.reader === "rtf")).toBe(true);
    expect(lines.flatMap((l) => l.messages.map((m: { code: string }) => m.code))).not.toContain("CONVERTED");
    expect(lines[0].record.project.name).toBe("网络平台运行及维护费");
    expect(run.code).toBe(0);
  });
});
