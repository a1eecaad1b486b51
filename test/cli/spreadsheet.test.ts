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
import { fillOf, readWorkbook as workbookOf, RED, sheetTable as table, YELLOW } from "../helpers/workbook";
import { BUILD_TIMEOUT, ROOT, ensureBuilt, jixiao } from "./run";

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-cli-spreadsheet-"));
  copyFileSync(join(ROOT, "samples/seed-forms.docx"), join(dir, "seed.docx"));
  writeFileSync(join(dir, "broken.docx"), "not a zip at all");
  copyFileSync(join(ROOT, "test/fixtures/layouts/bundle-final-accounts-python-docx.docx"), join(dir, "bundle.docx"));
  copyFileSync(join(ROOT, "test/fixtures/layouts/L14-indicator-scoring-python-docx.docx"), join(dir, "scoring.docx"));
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe("XLSX", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const run = await jixiao(["parse", "seed.docx", "broken.docx", "-o", "seed.xlsx", "-q"], { cwd: dir });
    expect(run.code).toBe(1);
    workbook = await workbookOf(join(dir, "seed.xlsx"));
  });

  it("has the sheets 汇总, 项目支出自评 (the seed holds only project forms), 指标 and 校验, each with a frozen header row and an autofilter", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["汇总", "项目支出自评", "指标", "校验"]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    // 11 forms + the failed file in 汇总 (file, 表序号, 附件, 表类型, 标题, 名称, 3 counts, 错误: A … J).
    expect(workbook.getWorksheet("汇总")!.autoFilter).toBe("A1:J13");
    // 11 forms; 39 columns are A … AM: 文件 表序号 附件 标题 级次 年度, 3 project, 资金单位, 12 amounts,
    // 资金分值 执行率 资金得分, 2 goal, 指标数, 总分分值 总分得分, 4 footer, 未识别内容数 and 3 counts.
    expect(workbook.getWorksheet("项目支出自评")!.autoFilter).toBe("A1:AM12");
    // The rows kept on disk while the files were read (next to the output) are gone.
    expect(readdirSync(dir).filter((name) => name.startsWith(".jixiao-xlsx-"))).toEqual([]);
  });

  it("gives 项目支出自评 one row per form with funds, 执行率, 资金得分, goal, 总分 and the message counts, and 汇总 the failed file", () => {
    const forms = table(workbook.getWorksheet("项目支出自评")!);
    expect(forms.rows).toHaveLength(11);
    expect(forms.header).not.toContain("表类型");
    expect(forms.header).not.toContain("错误");
    const form7 = forms.rows.find((r) => r.values["附件"] === "附件4-7")!;
    expect(form7.values).toMatchObject({
      文件: "seed.docx", 表序号: 7, 年度: 2020, 级次: "州级",
      "年度资金总额·全年预算数": 102.46, "年度资金总额·全年执行数": 54.76,
      资金分值: 10, 执行率: "53.45%", 资金得分: 4, 总分分值: 100, 总分得分: 96, 错误数: 1, 警告数: 1,
    });
    expect(forms.header).toEqual(expect.arrayContaining(["总体目标·预期目标", "总体目标·实际完成情况", "单位负责人签字", "填表人", "联系电话", "填报日期"]));
    const summary = table(workbook.getWorksheet("汇总")!);
    expect(summary.rows.find((r) => r.values["附件"] === "附件4-7")!.values).toMatchObject({
      文件: "seed.docx", 表序号: 7, 表类型: "project-self-evaluation", 名称: "会议经费", 错误数: 1, 警告数: 1, 错误: null,
    });
    const failed = summary.rows.find((r) => r.values["文件"] === "broken.docx")!;
    expect(String(failed.values["错误"])).toMatch(/^NOT_ZIP: /);
    expect(failed.values["表类型"]).toBeNull();
  });

  it("fills the cells the messages point at: 附件4-7's 总分得分 (error) and 资金得分 (warning), nothing else of that row", () => {
    const forms = table(workbook.getWorksheet("项目支出自评")!);
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
    expect(english.worksheets.map((s) => s.name)).toEqual(["summary", "project-self-evaluation", "indicators", "messages"]);
    const forms = table(english.getWorksheet("project-self-evaluation")!);
    expect(forms.rows.find((r) => r.values["attachment"] === "附件4-7")!.values["total.score"]).toBe(96);
    expect(table(english.getWorksheet("messages")!).header).toContain("row (from 1)");
  });
});

/**
 * The 决算 bundle (a 部门整体 form, two project forms, a transfer form) and a scoring table: the values
 * are those of test/fixtures/layouts/bundle-final-accounts.literals.json and L14-indicator-scoring.literals.json.
 */
describe("XLSX with forms of several kinds", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const run = await jixiao(["parse", "bundle.docx", "scoring.docx", "broken.docx", "-o", "kinds.xlsx", "-q"], { cwd: dir });
    expect(run.code).toBe(1);
    workbook = await workbookOf(join(dir, "kinds.xlsx"));
  });

  it("has 汇总, one sheet per kind in a fixed order, 指标 and 校验", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["汇总", "项目支出自评", "部门整体自评", "转移支付自评", "其他指标表", "指标", "校验"]);
  });

  it("lists every form of every kind in 汇总, in document order, and the failed file", () => {
    const summary = table(workbook.getWorksheet("汇总")!);
    expect(summary.header).toEqual(["文件", "表序号", "附件", "表类型", "标题", "名称", "错误数", "警告数", "提示数", "错误"]);
    const bundle = summary.rows.filter((r) => r.values["文件"] === "bundle.docx").map((r) => [r.values["表序号"], r.values["表类型"], r.values["名称"]]);
    expect(bundle).toEqual([
      [1, "department-self-evaluation", "金寨县林业局"],
      [2, "project-self-evaluation", "森林防火专项"],
      [3, "project-self-evaluation", "林业有害生物防治"],
      [4, "transfer-self-evaluation", "中央财政林业改革发展资金"],
    ]);
    expect(summary.rows.find((r) => r.values["文件"] === "scoring.docx")!.values).toMatchObject({ 表序号: 1, 附件: "附件3-1", 表类型: "indicator-table" });
    expect(summary.rows).toHaveLength(6);
  });

  it("gives each kind its own columns: the department's, the fund's, the project's", () => {
    const department = table(workbook.getWorksheet("部门整体自评")!);
    expect(department.header).toEqual(expect.arrayContaining(["部门（单位）名称", "部门联系电话", "联系电话", "年度资金总额·全年预算数", "总分得分"]));
    expect(department.header).not.toContain("项目支出名称");
    expect(department.rows).toHaveLength(1);
    expect(department.rows[0].values).toMatchObject({
      文件: "bundle.docx", 表序号: 1, 附件: "附件1", "部门（单位）名称": "金寨县林业局",
      "年度资金总额·年初预算数": 512.4, "年度资金总额·全年预算数": 560, "年度资金总额·全年执行数": 548.8, 执行率: "98%", 资金得分: 9.8, 总分分值: 100, 总分得分: 99.8,
    });

    const projects = table(workbook.getWorksheet("项目支出自评")!);
    expect(projects.rows.map((r) => [r.values["表序号"], r.values["项目支出名称"], r.values["实施单位"], r.values["总分得分"]])).toEqual([
      [2, "森林防火专项", "金寨县森林消防大队", 99.5],
      [3, "林业有害生物防治", "金寨县林业技术推广中心", 97],
    ]);
    expect(projects.header).not.toContain("部门（单位）名称");

    const transfer = table(workbook.getWorksheet("转移支付自评")!);
    expect(transfer.rows).toHaveLength(1);
    expect(transfer.rows[0].values).toMatchObject({
      表序号: 4, 附件: "附件3", "转移支付（项目）名称": "中央财政林业改革发展资金",
      中央主管部门: "财政部、国家林业和草原局", 地方主管部门: "金寨县林业局", 资金使用单位: "金寨县国有林场",
    });
    // A transfer form prints no weights and no scores.
    for (const absent of ["资金分值", "资金得分", "总分分值", "总分得分", "项目支出名称"]) expect(transfer.header).not.toContain(absent);
  });

  it("gives 其他指标表 the table's columns and total, none of a self-evaluation form's", () => {
    const other = table(workbook.getWorksheet("其他指标表")!);
    expect(other.rows).toHaveLength(1);
    expect(other.rows[0].values).toMatchObject({ 文件: "scoring.docx", 附件: "附件3-1", 总分分值: 27, 总分得分: 26 });
    expect(String(other.rows[0].values["指标表列"])).toContain("评分标准");
    for (const absent of ["资金单位", "总体目标·预期目标", "填表人", "项目支出名称"]) expect(other.header).not.toContain(absent);
  });

  it("keeps one 指标 sheet with a 表类型 column", () => {
    const indicators = table(workbook.getWorksheet("指标")!);
    expect(indicators.header.slice(0, 5)).toEqual(["文件", "表序号", "附件", "表类型", "项目支出名称"]);
    const firstOf = (form: number) => indicators.rows.find((r) => r.values["文件"] === "bundle.docx" && r.values["表序号"] === form)!.values;
    expect(firstOf(1)).toMatchObject({ 表类型: "department-self-evaluation", 项目支出名称: "金寨县林业局" });
    expect(firstOf(4)).toMatchObject({ 表类型: "transfer-self-evaluation", 项目支出名称: "中央财政林业改革发展资金" });
    // An indicator table's rows: its categories with their points, the name, and every other column in 其他列.
    const scoring = indicators.rows.filter((r) => r.values["文件"] === "scoring.docx");
    expect(scoring.map((r) => [r.values["表类型"], r.values["一级指标"], r.values["一级指标分值"], r.values["二级指标"], r.values["二级指标分值"], r.values["三级指标"]])).toEqual([
      ["indicator-table", "投入(15分)", 15, "预算配置(15分)", 15, "财政供养人员控制率"],
      ["indicator-table", "投入(15分)", 15, "预算配置(15分)", 15, "“三公经费”变动率"],
      ["indicator-table", "投入(15分)", 15, "预算配置(15分)", 15, "重点支出安排率"],
      ["indicator-table", "过程(40分)", 40, "预算执行(15分)", 15, "预算调整率"],
      ["indicator-table", "过程(40分)", 40, "预算执行(15分)", 15, "支付进度"],
      ["indicator-table", "过程(40分)", 40, "预算执行(15分)", 15, "资金结余"],
      ["indicator-table", "过程(40分)", 40, "预算管理(15分)", 15, "管理制度健全性"],
    ]);
    // Its 分值 / 得分 columns are the table's own, printed as text: they stay in 其他列, an empty cell without a line.
    expect(scoring[5].values["其他列"]).toBe("评分标准：无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。\n分值：3\n自评得分：2\n扣分原因和其他说明：有结余，未超过上年结转");
    expect(scoring[0].values["其他列"]).toBe("评分标准：以100%为标准。在职人员控制率100%,计5分;每超过一个百分点扣0.5分,扣完为止。\n分值：5\n自评得分：5");
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

  it("forms: every kind in one table, each row filling its own kind's columns", async () => {
    const run = await jixiao(["parse", "bundle.docx", "-f", "csv", "--csv-table", "forms", "-q"], { cwd: dir });
    expect(run.code).toBe(0);
    const [header, ...rows] = csvRows(run.stdout);
    const at = (row: string[], name: string) => row[header.indexOf(name)];
    expect(rows.map((r) => [at(r, "表类型"), at(r, "部门（单位）名称"), at(r, "项目支出名称"), at(r, "转移支付（项目）名称")])).toEqual([
      ["department-self-evaluation", "金寨县林业局", "", ""],
      ["project-self-evaluation", "", "森林防火专项", ""],
      ["project-self-evaluation", "", "林业有害生物防治", ""],
      ["transfer-self-evaluation", "", "", "中央财政林业改革发展资金"],
    ]);
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
