/**
 * The indicator columns only some forms print reach the CSV and the XLSX's 指标 sheet: a target form's
 * 评分细则 (L19) and 备注 (L16), a Chongqing 部门整体 form's 是否核心指标 and other columns (L13) in 其他列.
 * Expected values are the literals the fixtures were built from (test/fixtures/layouts/*.literals.json).
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkbook, sheetRows } from "../helpers/workbook";
import { csvRows } from "./csv-rows";
import { BUILD_TIMEOUT, ROOT, ensureBuilt, jixiao } from "./run";

let dir: string;
const FILES = { "l19.docx": "L19-target-scored-python-docx.docx", "l16.docx": "L16-target-hunan-python-docx.docx", "l13.docx": "L13-department-flat-python-docx.docx" };

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-cli-indicator-columns-"));
  for (const [name, fixture] of Object.entries(FILES)) copyFileSync(join(ROOT, "test/fixtures/layouts", fixture), join(dir, name));
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Row = Record<string, unknown>;

/** The CSV's rows as { header: cell }, an empty cell null. */
function csvObjects(text: string): Row[] {
  const [header, ...data] = csvRows(text);
  return data.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] === "" ? null : cells[i]])));
}

async function sheetObjects(path: string, name: string): Promise<Row[]> {
  return sheetRows((await readWorkbook(path)).getWorksheet(name)!) as Row[];
}

const pick = (rows: Row[], file: string, name: string) => rows.find((r) => r["文件"] === file && r["三级指标"] === name)!;

describe("parse: the indicator columns some forms add", () => {
  let csv: Row[];
  let xlsx: Row[];
  beforeAll(async () => {
    const csvRun = await jixiao(["parse", "l19.docx", "l16.docx", "l13.docx", "-f", "csv"], { cwd: dir });
    expect(csvRun.code).toBe(0);
    csv = csvObjects(csvRun.stdout.replace(/^\ufeff/, ""));
    const xlsxRun = await jixiao(["parse", "l19.docx", "l16.docx", "l13.docx", "-o", "out.xlsx", "-q"], { cwd: dir });
    expect(xlsxRun.code).toBe(0);
    xlsx = await sheetObjects(join(dir, "out.xlsx"), "指标");
  }, BUILD_TIMEOUT);

  it("a target form's 评分细则 (L19) in 评分细则/得分计算方法, beside its 分值", () => {
    const method = "到位率100%得5分，每少10个百分点以内扣1分，扣完为止。";
    const name = "资金到位率=(实际到位资金/计划投入资金)×100%。";
    expect(pick(csv, "l19.docx", name)).toMatchObject({ 指标集: "年度绩效指标", 一级指标: "投入指标", 二级指标: "资金到位率", 分值: "5", "评分细则/得分计算方法": method, 备注: null });
    expect(pick(xlsx, "l19.docx", name)).toMatchObject({ 指标集: "年度绩效指标", 一级指标: "投入指标", 分值: 5, "评分细则/得分计算方法": method, 备注: null });
    expect(pick(xlsx, "l19.docx", "提质改造农村公路里程")["评分细则/得分计算方法"]).toBe("完成40公里得30分，每少1公里扣1分。");
  });

  it("a target form's 备注 (L16) in 备注, on its indicator's row only", () => {
    for (const rows of [csv, xlsx]) {
      expect(pick(rows, "l16.docx", "沿线群众满意度")).toMatchObject({ 指标集: "长期绩效指标", 年度指标值: "≥90%", 备注: "抽样调查" });
      expect(pick(rows, "l16.docx", "群众满意度")).toMatchObject({ 指标集: "年度绩效指标", 备注: null });
    }
  });

  it("a Chongqing form's 是否核心指标 and its other columns (L13) in 其他列, one label：value a line", () => {
    for (const rows of [csv, xlsx]) {
      expect(pick(rows, "l13.docx", "预算完成率")["其他列"]).toBe("计量单位：%\n指标性质：定量指标\n得分系数（%）：100%\n是否核心指标：是");
      expect(pick(rows, "l13.docx", "管理制度健全性")["其他列"]).toBe("指标性质：定性指标\n得分系数（%）：100%\n是否核心指标：否");
    }
  });
});
