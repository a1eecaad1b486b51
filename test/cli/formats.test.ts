import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formXml } from "../helpers/form-xml";
import { docxOf } from "../helpers/ooxml";
import { csvRows } from "./csv-rows";
import { BUILD_TIMEOUT, ensureBuilt, jixiao } from "./run";

let dir: string;

/** A form whose cells start like spreadsheet formulas, as pasted text sometimes does. */
const FORMULA_FORM = formXml()
  .replace("测试项目", "=HYPERLINK(\"http://x\",\"点击\")")
  .replace("某局", "@SUM(A1)")
  .replace("指标一", "+指标一")
  .replace("略有不足", "-差2%");

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-cli-formats-"));
  writeFileSync(join(dir, "formulas.docx"), docxOf(FORMULA_FORM));
  writeFileSync(join(dir, "broken.docx"), "not a zip at all");
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe("CSV", () => {
  it("is UTF-8 with a BOM, Chinese headers, one row per indicator, formulas neutralized, failures as rows", async () => {
    const run = await jixiao(["parse", "formulas.docx", "broken.docx", "--format", "csv"], { cwd: dir });
    expect(run.code).toBe(1);
    expect([...run.stdoutBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvRows(run.stdout.slice(1));
    expect(header).toEqual(["文件", "表序号", "附件", "表类型", "项目支出名称", "主管部门", "实施单位", "年度", "指标集", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "一级指标分值", "二级指标分值", "评分细则/得分计算方法", "备注", "其他列", "错误"]);
    expect(rows).toHaveLength(3);
    const [first, second, failed] = rows;
    // 表序号 counts from 1, as people count.
    expect(first.slice(0, 8)).toEqual(["formulas.docx", "1", "附件1", "project-self-evaluation", "'=HYPERLINK(\"http://x\",\"点击\")", "'@SUM(A1)", "某中心", "2021"]);
    // 指标集 (a target form's 长期 / 年度 set) is empty on a self-evaluation form's rows.
    expect(first[8]).toBe("");
    expect(first.slice(9, 16)).toEqual(["产出指标", "数量指标", "'+指标一", "≥10个", "12个", "50", "50"]);
    expect(second[16]).toBe("'-差2%");
    expect(failed[0]).toBe("broken.docx");
    expect(failed[22]).toMatch(/^NOT_ZIP: /);
    expect(run.stdout).toContain("\r\n");
  });

  it("has English headers with --headers en", async () => {
    const run = await jixiao(["parse", "formulas.docx", "-f", "csv", "--headers", "en"], { cwd: dir });
    expect(csvRows(run.stdout.slice(1))[0]).toEqual(["file", "form", "attachment", "kind", "project", "department", "implementingUnit", "year", "set", "level1", "level2", "indicator", "target", "actual", "weight", "score", "deviation", "level1Weight", "level2Weight", "method", "remark", "more", "error"]);
  });
});

describe("XLSX", () => {
  it("has the indicator rows in its 指标 sheet, headers, text cells kept exact and numbers as numbers", async () => {
    const run = await jixiao(["parse", "formulas.docx", "broken.docx", "-o", "out.xlsx"], { cwd: dir });
    expect(run.code).toBe(1);
    const files = unzipSync(readFileSync(join(dir, "out.xlsx")));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet3.xml"]));
    expect(strFromU8(files["xl/workbook.xml"])).toContain('name="指标"');
    // 汇总, 项目支出自评, then 指标.
    const sheet = strFromU8(files["xl/worksheets/sheet3.xml"]);
    expect(sheet.match(/<row /g)).toHaveLength(4);
    expect(sheet).toContain("<v>偏差原因分析及改进措施</v>");
    expect(sheet).toContain('state="frozen"');
    // Text cells are never formulas in XLSX: the text is kept as the form has it.
    expect(sheet).not.toContain("<f>");
    expect(sheet).toContain("<v>=HYPERLINK(&quot;http://x&quot;,&quot;点击&quot;)</v>");
    expect(sheet).toMatch(/<c r="O2"><v>50<\/v><\/c>/);

    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "out.xlsx"));
    const ws = workbook.getWorksheet("指标")!;
    expect(ws.rowCount).toBe(4);
    expect(ws.getRow(2).getCell(5).value).toBe('=HYPERLINK("http://x","点击")');
    expect(ws.getRow(2).getCell(15).value).toBe(50);
    expect(String(ws.getRow(4).getCell(23).value)).toMatch(/^NOT_ZIP: /);
  });

  it("takes the format from the name given to -o", async () => {
    const run = await jixiao(["parse", "formulas.docx", "-o", "out.csv", "-q"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "out.csv"), "utf8").startsWith("\ufeff文件,")).toBe(true);
  });
});
