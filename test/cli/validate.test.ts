import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/fixtures";
import { BUILD_TIMEOUT, ensureBuilt, jixiao, jsonLines } from "./run";

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-cli-validate-"));
  copyFileSync(join(FIXTURES, "seed-libreoffice.docx"), join(dir, "seed.docx"));
  copyFileSync(join(FIXTURES, "single-form-python-docx.docx"), join(dir, "single.docx"));
  // A 决算 bundle: 部门整体支出绩效自评表 (附件1), two 项目支出绩效自评表 (附件2, none), a 绩效目标自评表 (附件3).
  copyFileSync(join(FIXTURES, "layouts", "bundle-final-accounts-python-docx.docx"), join(dir, "bundle.docx"));
  copyFileSync(join(FIXTURES, "layouts", "L16-target-hunan-python-docx.docx"), join(dir, "target.docx"));
  writeFileSync(join(dir, "broken.docx"), "PK\u0003\u0004 cut short");
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("jixiao validate", () => {
  it("prints one compiler-style line per message and exits 1 on errors", async () => {
    const run = await jixiao(["validate", "seed.docx", "broken.docx"], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toBe("seed.docx forms 1-11: project-self-evaluation");
    expect(lines).toContain("seed.docx:附件4-7:total.score error TOTAL_SCORE_MISMATCH 总分 score is 96 but the funds score plus the indicator scores make 94. [table 7, row 19, col 8]");
    expect(lines.some((l) => /^seed\.docx:附件4-7:funds\.total\.score warning FUNDS_SCORE_POLICY /.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^broken\.docx error BAD_ZIP /);
    expect(run.stderr).toMatch(/jixiao validate: 2 files, 11 forms, 1 failed, 5 errors, 1 warning, 0 skipped/);
  });

  it("prints the Chinese messages with --lang zh, and passes a clean form", async () => {
    const zh = await jixiao(["validate", "seed.docx", "--lang", "zh", "--jobs", "1"], { cwd: dir });
    expect(zh.stdout.split("\n")[0]).toBe("seed.docx 第1-11张表：项目支出绩效自评表");
    expect(zh.stdout).toContain("seed.docx:附件4-7:total.score 错误 TOTAL_SCORE_MISMATCH 总分得分为96，但资金得分与各指标得分之和为94。 [第7个表格，第19行，第8列]\n");
    expect(zh.stdout).toContain("seed.docx:附件4-10:indicators#8.level1Weight 错误 LEVEL1_WEIGHT_MISMATCH ");
    const clean = await jixiao(["validate", "single.docx"], { cwd: dir });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe("single.docx form 1: project-self-evaluation\n");
    const never = await jixiao(["validate", "seed.docx", "--fail-on", "never", "-q"], { cwd: dir });
    expect(never.code).toBe(0);
    expect(never.stderr).toBe("");
  });
});

describe("jixiao validate names the kind of every form", () => {
  it("in runs of forms in document order, before the file's messages, in English or Chinese", async () => {
    const en = await jixiao(["validate", "bundle.docx", "target.docx", "--jobs", "1", "-q"], { cwd: dir });
    const lines = en.stdout.trim().split("\n");
    expect(lines[0]).toBe("bundle.docx form 1: department-self-evaluation; forms 2-3: project-self-evaluation; form 4: transfer-self-evaluation");
    expect(lines.filter((l) => l.startsWith("target.docx "))).toEqual(["target.docx form 1: project-target"]);
    const zh = await jixiao(["validate", "bundle.docx", "target.docx", "--jobs", "1", "-q", "--lang", "zh"], { cwd: dir });
    const zhLines = zh.stdout.trim().split("\n");
    expect(zhLines[0]).toBe("bundle.docx 第1张表：部门整体支出绩效自评表；第2-3张表：项目支出绩效自评表；第4张表：绩效目标自评表");
    expect(zhLines.filter((l) => l.startsWith("target.docx "))).toEqual(["target.docx 第1张表：项目支出绩效目标表"]);
    // A message line names a form of another kind than the project form after it, in the language asked for.
    for (const l of zhLines.filter((x) => x.startsWith("bundle.docx:附件3"))) expect(l).toMatch(/^bundle\.docx:附件3\(绩效目标自评表\):/);
    for (const l of lines.filter((x) => x.startsWith("bundle.docx:附件3"))) expect(l).toMatch(/^bundle\.docx:附件3\(transfer-self-evaluation\):/);
  });
});

describe("jixiao generate and blank", () => {
  it("writes parsed records back to a .docx that reads the same", async () => {
    await jixiao(["parse", "seed.docx", "-o", "seed.json", "-q"], { cwd: dir });
    const generated = await jixiao(["generate", "seed.json", "-o", "copy.docx"], { cwd: dir });
    expect(generated.code).toBe(0);
    expect(generated.stderr).toContain("11 forms written to copy.docx");
    const original = jsonLines((await jixiao(["parse", "seed.docx", "-q", "--no-validate"], { cwd: dir })).stdout);
    const copy = jsonLines((await jixiao(["parse", "copy.docx", "-q", "--no-validate"], { cwd: dir })).stdout);
    expect(copy.map((l) => l.record.project.name)).toEqual(original.map((l) => l.record.project.name));
    expect(copy.map((l) => l.record.indicators.length)).toEqual(original.map((l) => l.record.indicators.length));

    // JSON Lines work too; error lines are skipped.
    await jixiao(["parse", "single.docx", "broken.docx", "-o", "mixed.jsonl", "-q"], { cwd: dir });
    const fromJsonl = await jixiao(["generate", "mixed.jsonl", "-o", "single-copy.docx"], { cwd: dir });
    expect(fromJsonl.code).toBe(0);
    expect(fromJsonl.stderr).toContain("1 form written");
  });

  it("refuses a record that does not match the schema, naming the field", async () => {
    writeFileSync(join(dir, "bad.json"), JSON.stringify([{ kind: "project-self-evaluation", year: "2021" }]));
    const run = await jixiao(["generate", "bad.json", "-o", "bad.docx"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("INVALID_RECORD");
    expect(run.stderr).toContain("forms[0].year");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("writes a blank form of the given year, level and rows", async () => {
    const run = await jixiao(["blank", "--year", "2021", "--level", "县级", "--rows", "2", "-o", "blank.docx"], { cwd: dir });
    expect(run.code).toBe(0);
    const [line] = jsonLines((await jixiao(["parse", "blank.docx", "-q", "--no-validate"], { cwd: dir })).stdout);
    expect(line.record).toMatchObject({ year: 2021, level: "县级" });
    expect(line.record.indicators).toHaveLength(18);
    const perLevel2 = await jixiao(["blank", "--year", "2022", "--level", "州级", "--rows", "数量指标=3,质量指标=0", "-o", "b2.docx"], { cwd: dir });
    expect(perLevel2.code).toBe(0);
    const [b2] = jsonLines((await jixiao(["parse", "b2.docx", "-q", "--no-validate"], { cwd: dir })).stdout);
    expect(b2.record.indicators.filter((i: { level2: string }) => i.level2 === "数量指标")).toHaveLength(3);
    expect(b2.record.indicators.filter((i: { level2: string }) => i.level2 === "质量指标")).toHaveLength(0);
    expect((await jixiao(["blank", "--level", "县级", "-o", "x.docx"], { cwd: dir })).code).toBe(2);
    expect((await jixiao(["blank", "--year", "2021", "--level", "县级"], { cwd: dir })).code).toBe(2);
  });
});
