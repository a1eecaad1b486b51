/**
 * toXlsx on the seed document (LibreOffice's save of it) and a file that is no zip, read back with
 * exceljs. The expected cells were read off the Word file by hand (the 4 errors: 附件4-7 总分得分 96
 * where the rows add up to 94; 附件4-10 总分分值 and 总分得分, and its 效益指标 (30分) that its rows do
 * not add up to; the warning: 附件4-7's 资金得分), not taken from our own output.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { toXlsx, type ProjectRecord } from "../../src/index";
import { describeWithSoffice, SOFFICE } from "../helpers/soffice";
import { seedOutcomes } from "./outcomes";
import { fillOf, readWorkbook as workbookOf, RED, sheetTable as table, YELLOW } from "../helpers/workbook";



describe("toXlsx", () => {
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await toXlsx(await seedOutcomes());
    workbook = await workbookOf(bytes);
  });

  it("has the sheets 汇总, 项目支出自评 (the seed holds only project forms), 指标 and 校验, each with a bold, frozen header row and an autofilter", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["汇总", "项目支出自评", "指标", "校验"]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    }
    // 11 forms and the failed file; 文件 表序号 附件 表类型 标题 名称, 3 counts, 错误: A … J.
    expect(workbook.getWorksheet("汇总")!.autoFilter).toBe("A1:J13");
    expect(table(workbook.getWorksheet("汇总")!).header).toEqual(["文件", "表序号", "附件", "表类型", "标题", "名称", "错误数", "警告数", "提示数", "错误"]);
  });

  it("gives 项目支出自评 one row per form, numbers as number cells and text as text", () => {
    const forms = table(workbook.getWorksheet("项目支出自评")!);
    expect(forms.rows).toHaveLength(11);
    const form7 = forms.rows.find((r) => r.values["附件"] === "附件4-7")!;
    expect(form7.values).toMatchObject({
      文件: "seed.docx", 表序号: 7, 年度: 2020, 级次: "州级", 项目支出名称: "会议经费",
      "年度资金总额·全年预算数": 102.46, "年度资金总额·全年执行数": 54.76,
      资金分值: 10, 执行率: "53.45%", 资金得分: 4, 总分分值: 100, 总分得分: 96, 错误数: 1, 警告数: 1,
    });
    expect(form7.cell("总分得分").type).toBe(ExcelJS.ValueType.Number);
    expect(form7.cell("执行率").type).toBe(ExcelJS.ValueType.String);
    const summary = table(workbook.getWorksheet("汇总")!);
    expect(String(summary.rows.find((r) => r.values["文件"] === "broken.docx")!.values["错误"])).toMatch(/^NOT_ZIP: /);
  });

  it("fills the cells the seed's messages point at, and no others of those rows", () => {
    const forms = table(workbook.getWorksheet("项目支出自评")!);
    const form7 = forms.rows.find((r) => r.values["附件"] === "附件4-7")!;
    expect(fillOf(form7.cell("总分得分"))).toBe(RED);
    expect(fillOf(form7.cell("资金得分"))).toBe(YELLOW);
    expect(fillOf(form7.cell("总分分值"))).toBeNull();
    expect(fillOf(form7.cell("执行率"))).toBeNull();
    const form10 = forms.rows.find((r) => r.values["附件"] === "附件4-10")!;
    expect([fillOf(form10.cell("总分分值")), fillOf(form10.cell("总分得分"))]).toEqual([RED, RED]);
    expect(fillOf(forms.rows.find((r) => r.values["附件"] === "附件4-1")!.cell("总分得分"))).toBeNull();

    // 附件4-10's Word rows 11-17 hold its seven 产出指标; the eighth indicator starts 效益指标 (30分).
    const indicators = table(workbook.getWorksheet("指标")!).rows.filter((r) => r.values["附件"] === "附件4-10");
    expect(indicators[7].values["一级指标"]).toBe("效益指标");
    expect(fillOf(indicators[7].cell("一级指标"))).toBe(RED);
    expect(fillOf(indicators[6].cell("一级指标"))).toBeNull();
    expect(fillOf(indicators[7].cell("得分"))).toBeNull();

    const messages = table(workbook.getWorksheet("校验")!);
    expect(messages.rows.map((r) => [r.values["代码"], fillOf(r.cell("严重程度"))]).sort()).toEqual([
      ["FUNDS_SCORE_POLICY", YELLOW], ["LEVEL1_WEIGHT_MISMATCH", RED], ["NOT_ZIP", RED],
      ["TOTAL_SCORE_MISMATCH", RED], ["TOTAL_SCORE_MISMATCH", RED], ["TOTAL_WEIGHT_MISMATCH", RED],
    ]);
    const total = messages.rows.find((r) => r.values["附件"] === "附件4-7" && r.values["代码"] === "TOTAL_SCORE_MISMATCH")!;
    expect(total.values).toMatchObject({ 字段: "total.score", "表(从1起,同Word)": 7, "行(从1起)": 19, "列(从1起)": 8, 应为: "94", 实为: "96" });
  });

  it("names sheets and headers in English with headers: \"en\"", async () => {
    const english = await workbookOf(await toXlsx(await seedOutcomes(), { headers: "en" }));
    expect(english.worksheets.map((s) => s.name)).toEqual(["summary", "project-self-evaluation", "indicators", "messages"]);
    const forms = table(english.getWorksheet("project-self-evaluation")!);
    expect(forms.rows.find((r) => r.values["attachment"] === "附件4-7")!.values["total.score"]).toBe(96);
  });

  it("keeps text exact: XML's special characters, control characters, _xHHHH_ look-alikes and formula-like text", async () => {
    const [seed] = await seedOutcomes();
    const name = "=HYPERLINK(\"x\") <a> & 'b' _x0041_ tab\there\u0001end ";
    (seed.forms[0] as ProjectRecord).project.name = name;
    const sheet = (await workbookOf(await toXlsx([seed]))).getWorksheet("汇总")!;
    expect(table(sheet).rows[0].values["名称"]).toBe(name);
  });

  it("writes no more than one copy of a repeated text (shared strings) and an empty workbook's three sheets", async () => {
    const entries = unzipSync(bytes);
    const strings = new TextDecoder().decode(entries["xl/sharedStrings.xml"]);
    expect(strings.split("<t xml:space=\"preserve\">seed.docx</t>")).toHaveLength(2);
    const empty = await workbookOf(await toXlsx([]));
    expect(empty.worksheets.map((s) => [s.name, s.rowCount])).toEqual([["汇总", 1], ["指标", 1], ["校验", 1]]);
  });
});

/** Calc's CSV filter: comma, double quote, UTF-8 (76); without it LibreOffice writes the system's code page. */
const CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76";

describeWithSoffice("toXlsx read by LibreOffice", () => {
  it("converts to CSV (its first sheet, 汇总) with the forms in it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-export-soffice-"));
    try {
      writeFileSync(join(dir, "seed.xlsx"), await toXlsx(await seedOutcomes()));
      execFileSync(SOFFICE!, [`-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`, "--headless", "--convert-to", CSV_UTF8, "--outdir", dir, join(dir, "seed.xlsx")], { stdio: "pipe", timeout: 120_000 });
      const csv = readFileSync(join(dir, "seed.csv"), "utf8");
      expect(csv.split("\n")[0]).toMatch(/^文件,表序号,附件,表类型,标题,名称,错误数,警告数,提示数,错误/);
      expect(csv).toContain("seed.docx,7,附件4-7,project-self-evaluation,");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
