/**
 * The three tables of `jixiao parse` in XLSX and CSV, checked against the seed document: the values
 * below were read off the Word file by hand (python-docx shows the same cells), not taken from
 * our own output.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedForms } from "../helpers/seed";
import { BUILD_TIMEOUT, ROOT, ensureBuilt, jixiao } from "./run";

let dir: string;
const RED = "FFFFC7CE";
const YELLOW = "FFFFEB9C";

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-cli-spreadsheet-"));
  copyFileSync(join(ROOT, "samples/seed-forms.docx"), join(dir, "seed.docx"));
  writeFileSync(join(dir, "broken.docx"), "not a zip at all");
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbookOf(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A sheet as objects keyed by its header, with the cells themselves for styles. */
function table(sheet: ExcelJS.Worksheet) {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: { values: Record<string, unknown>; cell: (name: string) => ExcelJS.Cell; number: number }[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values = Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value ?? null]));
    rows.push({ values, number: r, cell: (name) => row.getCell(header.indexOf(name) + 1) });
  }
  return { header, rows };
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill && cell.fill.type === "pattern" ? cell.fill.fgColor?.argb ?? null : null);

describe("XLSX", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const run = await jixiao(["parse", "seed.docx", "broken.docx", "-o", "seed.xlsx", "-q"], { cwd: dir });
    expect(run.code).toBe(1);
    workbook = await workbookOf(join(dir, "seed.xlsx"));
  });

  it("has the sheets 表单, 指标 and 校验, in that order, each with a frozen header row and an autofilter", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["表单", "指标", "校验"]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    // 11 forms + the failed file; 40 columns are A … AN.
    expect(workbook.getWorksheet("表单")!.autoFilter).toBe("A1:AN13");
    // The rows kept on disk while the files were read (next to the output) are gone.
    expect(readdirSync(dir).filter((name) => name.startsWith(".jixiao-xlsx-"))).toEqual([]);
  });

  it("gives 表单 one row per form with funds, 执行率, 资金得分, goal, 总分 and the message counts", () => {
    const forms = table(workbook.getWorksheet("表单")!);
    expect(forms.rows).toHaveLength(12);
    const form7 = forms.rows.find((r) => r.values["附件"] === "附件4-7")!;
    expect(form7.values).toMatchObject({
      文件: "seed.docx", 表序号: 7, 年度: 2020, 级次: "州级",
      "年度资金总额·全年预算数": 102.46, "年度资金总额·全年执行数": 54.76,
      资金分值: 10, 执行率: "53.45%", 资金得分: 4, 总分分值: 100, 总分得分: 96, 错误数: 1, 警告数: 1,
    });
    expect(forms.header).toEqual(expect.arrayContaining(["总体目标·预期目标", "总体目标·实际完成情况", "单位负责人签字", "填表人", "联系电话", "填报日期"]));
    const failed = forms.rows.find((r) => r.values["文件"] === "broken.docx")!;
    expect(String(failed.values["错误"])).toMatch(/^NOT_ZIP: /);
  });

  it("fills the cells the messages point at: 附件4-7's 总分得分 (error) and 资金得分 (warning), nothing else of that row", () => {
    const forms = table(workbook.getWorksheet("表单")!);
    const form7 = forms.rows.find((r) => r.values["附件"] === "附件4-7")!;
    expect(fillOf(form7.cell("总分得分"))).toBe(RED);
    expect(fillOf(form7.cell("资金得分"))).toBe(YELLOW);
    expect(fillOf(form7.cell("总分分值"))).toBeNull();
    expect(fillOf(form7.cell("执行率"))).toBeNull();
    const form10 = forms.rows.find((r) => r.values["附件"] === "附件4-10")!;
    expect([fillOf(form10.cell("总分分值")), fillOf(form10.cell("总分得分"))]).toEqual([RED, RED]);
    const form1 = forms.rows.find((r) => r.values["附件"] === "附件4-1")!;
    expect(fillOf(form1.cell("总分得分"))).toBeNull();
  });

  it("keeps 指标 one row per indicator and marks 附件4-10's first 效益指标 row, where (30分) does not add up", () => {
    const indicators = table(workbook.getWorksheet("指标")!);
    const seedCount = seedForms().reduce((n, f) => n + f.indicators.length, 0);
    expect(indicators.rows).toHaveLength(seedCount + 1);
    const form10 = indicators.rows.filter((r) => r.values["附件"] === "附件4-10");
    // Word rows 11-17 hold its seven 产出指标; row 18 starts 效益指标 (30分).
    expect(form10[6].values["一级指标"]).toBe("产出指标");
    expect(fillOf(form10[6].cell("一级指标"))).toBeNull();
    expect(form10[7].values["一级指标"]).toBe("效益指标");
    expect(String(form10[7].values["三级指标"])).toMatch(/^及时形成决策意见/);
    expect(fillOf(form10[7].cell("一级指标"))).toBe(RED);
    expect(fillOf(form10[7].cell("得分"))).toBeNull();
  });

  it("lists every message in 校验 with its form, field, the cell counted from 1 as Word shows it, and the Chinese text", () => {
    const messages = table(workbook.getWorksheet("校验")!);
    expect(messages.header).toEqual(expect.arrayContaining(["表(从1起,同Word)", "行(从1起)", "列(从1起)", "说明", "说明(英文)"]));
    const total = messages.rows.find((r) => r.values["附件"] === "附件4-7" && r.values["代码"] === "TOTAL_SCORE_MISMATCH")!;
    expect(total.values).toMatchObject({
      文件: "seed.docx", 表序号: 7, 项目支出名称: "会议经费", 严重程度: "error", 字段: "total.score",
      "表(从1起,同Word)": 7, "行(从1起)": 19, "列(从1起)": 8, 单元格内容: "96", 应为: "94", 实为: "96",
    });
    expect(String(total.values["说明"])).toContain("总分得分为96");
    expect(String(total.values["说明(英文)"])).toContain("score is 96");
    expect(fillOf(total.cell("严重程度"))).toBe(RED);
    // 4 errors and 1 warning in the seed, and the file that could not be read.
    expect(messages.rows.map((r) => r.values["代码"]).sort()).toEqual(
      ["FUNDS_SCORE_POLICY", "LEVEL1_WEIGHT_MISMATCH", "NOT_ZIP", "TOTAL_SCORE_MISMATCH", "TOTAL_SCORE_MISMATCH", "TOTAL_WEIGHT_MISMATCH"],
    );
  });

  it("sizes columns to their widest cell, a Chinese character counting two", () => {
    const sheet = workbook.getWorksheet("校验")!;
    const header = table(sheet).header;
    // 附件4-10: 2 × 2 + 4 = 8, plus 2 of margin; 信息服务专项经费: 8 × 2 = 16, plus 2.
    expect(sheet.getColumn(header.indexOf("附件") + 1).width).toBe(10);
    expect(sheet.getColumn(header.indexOf("项目支出名称") + 1).width).toBe(18);
  });

  it("has English sheet names and headers with --headers en", async () => {
    const run = await jixiao(["parse", "seed.docx", "-o", "seed-en.xlsx", "--headers", "en", "-q"], { cwd: dir });
    expect(run.code).toBe(0);
    const english = await workbookOf(join(dir, "seed-en.xlsx"));
    expect(english.worksheets.map((s) => s.name)).toEqual(["forms", "indicators", "messages"]);
    const forms = table(english.getWorksheet("forms")!);
    expect(forms.rows.find((r) => r.values["attachment"] === "附件4-7")!.values["total.score"]).toBe(96);
    expect(table(english.getWorksheet("messages")!).header).toContain("row (from 1)");
  });
});

/** RFC 4180 rows (quoted fields here hold no line breaks). */
function csvRows(text: string): string[][] {
  return text.replace(/^\ufeff/, "").trimEnd().split("\r\n").map((line) => {
    const fields: string[] = [];
    for (const m of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      fields.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
      if (m[2] === "") break;
    }
    return fields;
  });
}

describe("CSV --csv-table", () => {
  it("forms: one row per form with the 表单 columns", async () => {
    const run = await jixiao(["parse", "seed.docx", "-f", "csv", "--csv-table", "forms", "-q"], { cwd: dir });
    expect(run.code).toBe(0);
    const [header, ...rows] = csvRows(run.stdout);
    expect(rows).toHaveLength(11);
    const form7 = rows.find((r) => r[header.indexOf("附件")] === "附件4-7")!;
    expect(form7[header.indexOf("总分得分")]).toBe("96");
    expect(form7[header.indexOf("执行率")]).toBe("53.45%");
  });

  it("messages: one row per message, the failed file's error included", async () => {
    const run = await jixiao(["parse", "seed.docx", "broken.docx", "-f", "csv", "--csv-table", "messages", "--headers", "en", "-q"], { cwd: dir });
    const [header, ...rows] = csvRows(run.stdout);
    expect(header.slice(0, 7)).toEqual(["file", "form", "attachment", "project", "severity", "code", "path"]);
    expect(rows).toHaveLength(6);
    const weight = rows.find((r) => r[header.indexOf("code")] === "TOTAL_WEIGHT_MISMATCH")!;
    expect([weight[header.indexOf("attachment")], weight[header.indexOf("path")], weight[header.indexOf("row (from 1)")], weight[header.indexOf("col (from 1)")]]).toEqual(["附件4-10", "total.weight", "21", "7"]);
    expect(rows.find((r) => r[0] === "broken.docx")![header.indexOf("code")]).toBe("NOT_ZIP");
  });

  it("is a usage error with another format or an unknown table, before anything is written", async () => {
    const xlsx = await jixiao(["parse", "seed.docx", "-o", "t.xlsx", "--csv-table", "forms"], { cwd: dir });
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain("--csv-table");
    expect(existsSync(join(dir, "t.xlsx"))).toBe(false);
    const unknown = await jixiao(["parse", "seed.docx", "-f", "csv", "--csv-table", "funds"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("forms, indicators, messages");
  });
});
