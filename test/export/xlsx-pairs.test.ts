/**
 * toXlsx with `pairs`: the 目标对比 sheet `jixiao parse --pairs` writes, from a program. The fixture is
 * the target form and self-evaluation form of one project (test/fixtures/targets/pair-python-docx.docx,
 * scripts/fixtures/make_target_pair.py): 道路工程验收合格率 ≥95% → ≥90% (table 1 row 14 col 6 of the
 * target form, table 2 row 12 col 5 of the self-evaluation, counted from 1), 受益群众人数 (3200人) dropped.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkbook as workbookOf, sheetRows } from "../helpers/workbook";
import { comparePairs, parseDocx, toXlsx, type ExportInput } from "../../src/index";
import { BUILD_TIMEOUT, ROOT, ensureBuilt, jixiao } from "../cli/run";

const PAIR = join(ROOT, "test/fixtures/targets/pair-python-docx.docx");
let dir: string;
let outcomes: ExportInput[];

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-export-pairs-"));
  copyFileSync(PAIR, join(dir, "pair.docx"));
  outcomes = [{ file: "pair.docx", ...(await parseDocx(readFileSync(PAIR))) }];
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A sheet's rows as { header: value }, empty cells left out. */
const rows = (sheet: ExcelJS.Worksheet) => sheetRows(sheet, { filled: true });

describe("toXlsx with pairs", () => {
  it("adds 目标对比 last: both forms, the indicator, what changed, both values and both cells", async () => {
    const workbook = await workbookOf(await toXlsx(outcomes, { pairs: comparePairs(outcomes) }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["汇总", "项目支出自评", "绩效目标表", "指标", "校验", "目标对比"]);
    const both = { 目标表文件: "pair.docx", 目标表序号: 1, 自评表文件: "pair.docx", 自评表序号: 2, 项目名称: "坝塘镇村组道路硬化项目" };
    expect(rows(workbook.getWorksheet("目标对比")!)).toEqual([
      expect.objectContaining({
        ...both, 一级指标: "产出指标", 二级指标: "质量指标", 三级指标: "道路工程验收合格率", 变化: "指标值变化", 代码: "TARGET_CHANGED",
        目标表值: "≥95%", 自评表值: "≥90%", 目标表单元格: "表格1 第14行 第6列", 自评表单元格: "表格2 第12行 第5列",
      }),
      expect.objectContaining({ ...both, 一级指标: "效益指标", 三级指标: "受益群众人数", 变化: "指标删除", 代码: "INDICATOR_DROPPED", 目标表值: "3200人", 目标表单元格: "表格1 第16行 第4列" }),
    ]);
  });

  it("has no 目标对比 without pairs, and English names with headers en", async () => {
    const plain = await workbookOf(await toXlsx(outcomes));
    expect(plain.worksheets.map((s) => s.name)).not.toContain("目标对比");
    const english = await workbookOf(await toXlsx(outcomes, { headers: "en", pairs: comparePairs(outcomes) }));
    const sheet = english.getWorksheet("pairs")!;
    expect(rows(sheet)[0]).toMatchObject({ change: "指标值变化", "target form cell": "表格1 第14行 第6列", code: "TARGET_CHANGED" });
  });

  it("is the sheet jixiao parse --pairs -o x.xlsx writes, cell for cell", async () => {
    const run = await jixiao(["parse", "pair.docx", "--pairs", "-o", "cli.xlsx", "-q"], { cwd: dir });
    expect(run.code).toBe(0);
    const cli = await workbookOf(join(dir, "cli.xlsx"));
    const ours = await workbookOf(await toXlsx(outcomes, { pairs: comparePairs(outcomes) }));
    expect(ours.worksheets.map((s) => s.name)).toEqual(cli.worksheets.map((s) => s.name));
    expect(rows(ours.getWorksheet("目标对比")!)).toEqual(rows(cli.getWorksheet("目标对比")!));
    expect(rows(ours.getWorksheet("目标对比")!)).toHaveLength(2);
  });
});
