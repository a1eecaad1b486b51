/**
 * `jixiao parse --pairs`: the target form and the self-evaluation form of one project
 * (test/fixtures/targets/pair-python-docx.docx, scripts/fixtures/make_target_pair.py) compared, with
 * a bundle of self-evaluation forms that have no target form. The expected values are the fixture's
 * literals: 道路工程验收合格率 ≥95% → ≥90% (table 1 row 14 col 6 of the target form, table 2 row 12
 * col 5 of the self-evaluation, counted from 1), 受益群众人数 (3200人) dropped.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkbook, sheetRows } from "../helpers/workbook";
import { BUILD_TIMEOUT, ROOT, ensureBuilt, jixiao, jsonLines } from "./run";

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-cli-pairs-"));
  copyFileSync(join(ROOT, "test/fixtures/targets/pair-python-docx.docx"), join(dir, "pair.docx"));
  copyFileSync(join(ROOT, "test/fixtures/layouts/bundle-final-accounts-python-docx.docx"), join(dir, "bundle.docx"));
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAIRED = { target: { file: "pair.docx", form: 0 }, self: { file: "pair.docx", form: 1 } };

describe("parse --pairs", () => {
  it("JSON Lines: after the forms' lines, one line per pair and per unpaired form, with the comparison's messages", async () => {
    const run = await jixiao(["parse", "pair.docx", "bundle.docx", "--pairs"], { cwd: dir });
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    const pairLines = lines.filter((l) => "pair" in l);
    // Every form line comes first: 2 forms of pair.docx, then bundle.docx's.
    expect(lines.slice(0, 2).map((l) => [l.file, l.form, l.record.kind])).toEqual([["pair.docx", 0, "project-target"], ["pair.docx", 1, "project-self-evaluation"]]);
    expect(lines.slice(lines.length - pairLines.length)).toEqual(pairLines);
    expect(pairLines.map((l) => [l.pair, l.project, l.messages.length])).toEqual([
      [PAIRED, "坝塘镇村组道路硬化项目", 2],
      [{ target: null, self: { file: "bundle.docx", form: 1 } }, "森林防火专项", 0],
      [{ target: null, self: { file: "bundle.docx", form: 2 } }, "林业有害生物防治", 0],
    ]);
    const [changed, dropped] = pairLines[0].messages;
    expect(changed).toMatchObject({
      code: "TARGET_CHANGED", severity: "warning", form: 1, path: "indicators.1.target", expected: "≥95%", actual: "≥90%",
      cell: { table: 1, row: 11, col: 4, text: "≥90%" },
      related: { file: "pair.docx", form: 0, path: "indicatorSets.annual.1.target", cell: { table: 0, row: 13, col: 5, text: "≥95%" } },
    });
    expect(dropped).toMatchObject({
      code: "INDICATOR_DROPPED", form: 1, expected: "3200人",
      related: { file: "pair.docx", form: 0, path: "indicatorSets.annual.3.name", cell: { table: 0, row: 15, col: 3, text: "受益群众人数" } },
    });
    expect(run.stderr).toContain("pairs: 1 target form paired with a self-evaluation form, 2 changes (in the counts above); unpaired: 0 target forms, 2 self-evaluation forms\n");
    // Both cells, counted from 1: the self-evaluation's, then the target form's (its file, form, field, table, row and column).
    expect(run.stderr).toContain("  pair.docx:form 2:indicators#2.target warning TARGET_CHANGED The target of 产出指标 / 质量指标 / 道路工程验收合格率 is ≥90% but the target form declares ≥95%. [table 2, row 12, col 5]"
      + " (target form: pair.docx:form 1:indicatorSets.annual#2.target [table 1, row 14, col 6])\n");
    expect(run.stderr).toContain(" INDICATOR_DROPPED ");
    expect(run.stderr).toContain("(target form: pair.docx:form 1:indicatorSets.annual#4.name [table 1, row 16, col 4])\n");
  });

  it("without --pairs there are no pair lines; --fail-on warning and the summary's warnings count the changes", async () => {
    // The two forms have no message of their own: only the comparison's warnings make the run fail.
    const plain = await jixiao(["parse", "pair.docx", "--fail-on", "warning"], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(jsonLines(plain.stdout).map((l) => [l.form, l.messages])).toEqual([[0, []], [1, []]]);
    expect(plain.stderr).toContain(" 2 forms, 0 failed, 0 errors, 0 warnings, 0 skipped ");
    const strict = await jixiao(["parse", "pair.docx", "--pairs", "--fail-on", "warning"], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(" 2 forms, 0 failed, 0 errors, 2 warnings, 0 skipped ");
    expect(strict.stderr).toContain(", 2 changes (in the counts above);");
  });

  it("JSON: the pair objects close the array; validate reads the output's records and skips them", async () => {
    const run = await jixiao(["parse", "pair.docx", "--pairs", "-o", "pairs.json", "-q"], { cwd: dir });
    expect(run.code).toBe(0);
    const checked = await jixiao(["validate", "pairs.json", "-q"], { cwd: dir });
    expect(checked.stdout).not.toContain("INVALID_RECORD");
    const again = await jixiao(["parse", "pair.docx", "--pairs", "--format", "json", "-q"], { cwd: dir });
    const array = JSON.parse(again.stdout) as { pair?: unknown; messages: { code: string }[] }[];
    expect(array.map((l) => l.pair ?? null)).toEqual([null, null, PAIRED]);
    expect(array[2].messages.map((m) => m.code)).toEqual(["TARGET_CHANGED", "INDICATOR_DROPPED"]);
  });

  it("XLSX: a 目标对比 sheet (both forms, the indicator, what changed, both values and cells) and the target form's indicators in 指标", async () => {
    const run = await jixiao(["parse", "pair.docx", "bundle.docx", "--pairs", "-o", "pairs.xlsx", "-q"], { cwd: dir });
    expect(run.code).toBe(0);
    const workbook = await readWorkbook(join(dir, "pairs.xlsx"));
    expect(workbook.worksheets.map((s) => s.name).at(-1)).toBe("目标对比");
    expect(workbook.worksheets.map((s) => s.name)).toContain("绩效目标表");
    const rows = (name: string) => sheetRows(workbook.getWorksheet(name)!, { filled: true });
    const pairs = rows("目标对比");
    expect(pairs.map((r) => [r["变化"], r["代码"] ?? null, r["自评表文件"], r["自评表序号"]])).toEqual([
      ["指标值变化", "TARGET_CHANGED", "pair.docx", 2],
      ["指标删除", "INDICATOR_DROPPED", "pair.docx", 2],
      ["无对应目标表", null, "bundle.docx", 2],
      ["无对应目标表", null, "bundle.docx", 3],
    ]);
    expect(pairs[0]).toMatchObject({
      目标表文件: "pair.docx", 目标表序号: 1, 项目名称: "坝塘镇村组道路硬化项目", 一级指标: "产出指标", 二级指标: "质量指标", 三级指标: "道路工程验收合格率",
      目标表值: "≥95%", 自评表值: "≥90%", 目标表单元格: "表格1 第14行 第6列", 自评表单元格: "表格2 第12行 第5列",
    });
    expect(pairs[1]).toMatchObject({ 一级指标: "效益指标", 三级指标: "受益群众人数", 目标表值: "3200人", 目标表单元格: "表格1 第16行 第4列" });
    const declared = rows("指标").filter((r) => r["表类型"] === "project-target");
    expect(declared.map((r) => [r["指标集"], r["三级指标"], r["年度指标值"]])).toEqual([
      ["长期绩效指标", "硬化村组道路里程", "≥36公里"],
      ["长期绩效指标", "沿线群众满意度", "≥90%"],
      ["年度绩效指标", "★本年度硬化道路里程", "12公里"],
      ["年度绩效指标", "道路工程验收合格率", "≥95%"],
      ["年度绩效指标", "年度任务完成及时率", "不低于95%"],
      ["年度绩效指标", "受益群众人数", "3200人"],
      ["年度绩效指标", "道路通行条件", "明显改善"],
      ["年度绩效指标", "群众满意度", "≥90%"],
    ]);
    expect(rows("绩效目标表")[0]).toMatchObject({ 项目支出名称: "坝塘镇村组道路硬化项目", 主管部门编码: "602001", 年度资金总额: 260, 年度目标: "完成村组道路硬化12公里并交工验收。" });
  });

  it("is a usage error with CSV or --resume", async () => {
    const csv = await jixiao(["parse", "pair.docx", "--pairs", "--format", "csv"], { cwd: dir });
    expect([csv.code, csv.stderr]).toEqual([2, expect.stringContaining("--pairs")]);
    const resume = await jixiao(["parse", "pair.docx", "--pairs", "--resume", "-o", "again.jsonl"], { cwd: dir });
    expect([resume.code, resume.stderr]).toEqual([2, expect.stringContaining("--resume")]);
  });
});
