import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILD_TIMEOUT, ROOT, ensureBuilt, jixiao } from "./run";

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-cli-blank-"));
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a blank form passes jixiao validate", () => {
  it("jixiao blank … -o b.docx && jixiao validate b.docx exits 0 with one info, no error or warning", async () => {
    const blank = await jixiao(["blank", "--year", "2021", "--level", "县级", "-o", "b.docx"], { cwd: dir });
    expect(blank.code).toBe(0);
    const run = await jixiao(["validate", "b.docx"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/ (error|warning) /);
    expect(run.stdout).not.toContain("TOTAL_WEIGHT_MISMATCH");
    expect(run.stderr).toMatch(/0 errors, 0 warnings/);
  });

  it("node dist/cli.js validate samples/blank.docx exits 0", async () => {
    const run = await jixiao(["validate", "samples/blank.docx", "--fail-on", "warning"], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/1 forms?, 0 failed, 0 errors, 0 warnings/);
  });
});
