/** `jixiao prefill`: target forms in, the prefilled self-evaluation forms (or their records) out. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/fixtures";
import { BUILD_TIMEOUT, ensureBuilt, jixiao } from "./run";

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-prefill-"));
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("jixiao prefill", () => {
  it("refuses a file holding no target form, says what it holds, and writes nothing", async () => {
    const seed = join(FIXTURES, "seed-python-docx.docx");
    const run = await jixiao(["prefill", seed, "-o", "out.docx"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`jixiao prefill: NO_FORM: ${seed} holds no 项目支出绩效目标表 (read: 11 project-self-evaluation); nothing was written.\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("is a usage error without a file, without -o for Word, or with an -o naming another format", async () => {
    const seed = join(FIXTURES, "seed-python-docx.docx");
    const none = await jixiao(["prefill", "-o", "out.docx"], { cwd: dir });
    expect([none.code, none.stderr.split("\n")[0]]).toEqual([2, "jixiao prefill: Name the target form file(s) to prefill from, e.g. jixiao prefill 目标表.docx -o 自评表.docx."]);
    const noOutput = await jixiao(["prefill", seed], { cwd: dir });
    expect([noOutput.code, noOutput.stderr.split("\n")[0]]).toEqual([2, "jixiao prefill: Name the .docx to write with -o FILE.docx (or -o - for stdout)."]);
    const csv = await jixiao(["prefill", seed, "--format", "json", "-o", "out.csv"], { cwd: dir });
    expect([csv.code, csv.stderr.split("\n")[0]]).toEqual([2, "jixiao prefill: -o out.csv: --format json writes JSON; name the output e.g. 自评表.json (or leave -o out for stdout)."]);
    const year = await jixiao(["prefill", seed, "--year", "24", "-o", "out.docx"], { cwd: dir });
    expect([year.code, year.stderr.split("\n")[0]]).toEqual([2, 'jixiao prefill: --year must be a whole number ≥ 1900 (got "24").']);
    expect(existsSync(join(dir, "out.docx"))).toBe(false);
  });
});
