import { describe, expect, it } from "vitest";
import { blankForm } from "../../src/write/blank";
import { writeDocx } from "../../src/write/document";
import { GRID_COLUMNS } from "../../src/write/layout";
import { COLUMN_WIDTHS, PAGE } from "../../src/write/style";
import { expectedSeedRecords } from "../helpers/seed";
import { documentXml, partOf, tablesOf } from "./docx";

const seedDocx = writeDocx(expectedSeedRecords());
const blankDocx = writeDocx(blankForm({ level: "州级", year: 2021, attachment: "附件1", rows: { 数量指标: 3 } }));

describe("the written document", () => {
  it("is A4 portrait", async () => {
    const xml = documentXml(await seedDocx);
    expect(xml).toMatch(new RegExp(`<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="portrait"/>`));
    expect([PAGE.width, PAGE.height]).toEqual([11906, 16838]);
    expect(xml.match(/<w:sectPr>/g)).toHaveLength(1);
  });

  it("fits the table to the text width of the page", () => {
    const text = PAGE.width - PAGE.margin.left - PAGE.margin.right;
    expect(COLUMN_WIDTHS.reduce((a, b) => a + b, 0)).toBe(text);
  });

  it("writes the column widths in w:tblGrid and on every w:tc (continuation cells included), in DXA, fixed layout", async () => {
    for (const docx of [await seedDocx, await blankDocx]) {
      const tables = tablesOf(documentXml(docx));
      for (const table of tables) {
        expect(table.gridCols).toEqual([...COLUMN_WIDTHS]);
        expect(table.xml).toContain('<w:tblLayout w:type="fixed"/>');
        for (const row of table.rows) {
          let col = 0;
          for (const cell of row.cells) {
            expect(cell.widthType).toBe("dxa");
            expect(cell.width).toBe(COLUMN_WIDTHS.slice(col, col + cell.gridSpan).reduce((a, b) => a + b, 0));
            col += cell.gridSpan;
          }
          expect(col).toBe(GRID_COLUMNS);
        }
      }
    }
  });

  it("never marks a row as a header row", async () => {
    const xml = documentXml(await seedDocx);
    expect(xml).not.toContain("w:tblHeader");
  });

  it("writes the vertical merges as restart + continue in the columns below", async () => {
    const [table] = tablesOf(documentXml(await blankDocx));
    const merges = table.rows.map((r) => r.cells.map((c) => (c.vMerge === null ? "." : c.vMerge[0])).join(""));
    // 项目资金 over 5 rows; 年度总体目标 over 2; 绩效指标 over 1 + 11; 产出 over 6 rows with 数量 over 3 of
    // them; 效益 over 4. r = restart, c = continue, . = no merge.
    expect(merges).toEqual([
      "..", "....",
      "r.......", "c.......", "c.......", "c.......", "c.......",
      "r..", "c..",
      "r........",
      "crr......", "ccc......", "ccc......", "cc.......", "cc.......", "cc.......",
      "cr.......", "cc.......", "cc.......", "cc.......",
      "c........",
      "....",
    ]);
  });

  it("puts one table per form and starts every form after the first on a new page", async () => {
    const xml = documentXml(await seedDocx);
    expect(tablesOf(xml)).toHaveLength(11);
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(10);
  });

  it("sets the fonts: 黑体 附件 line, bold 方正小标宋简体 title, 仿宋_GB2312 五号 in the table", async () => {
    const xml = documentXml(await blankDocx);
    const runOf = (text: string) => new RegExp(`<w:r><w:rPr>((?:(?!</w:rPr>).)*)</w:rPr><w:t xml:space="preserve">${text}</w:t>`).exec(xml)![1];
    expect(runOf("附件1：")).toContain('w:eastAsia="黑体"');
    expect(runOf("州级预算部门项目支出绩效自评表")).toMatch(/w:eastAsia="方正小标宋简体".*<w:b\/>/);
    expect(runOf("项目支出名称")).toMatch(/w:eastAsia="仿宋_GB2312".*<w:sz w:val="21"\/>/);
    const fonts = partOf(await blankDocx, "word/fontTable.xml");
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="宋体"/>');
  });

  it("marks every run, and the document default, as Chinese text in the form's fonts", async () => {
    // Without w:lang eastAsia a word processor that lacks 仿宋_GB2312 substitutes whatever CJK face
    // comes first; w:hint="eastAsia" sets the characters Latin and CJK share (“” ……) in that font too.
    const xml = documentXml(await blankDocx);
    const runs = [...xml.matchAll(/<w:r><w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr>/g)].map((m) => m[1]);
    expect(runs.length).toBeGreaterThan(40);
    for (const rPr of runs) {
      expect(rPr).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
      expect(rPr).toMatch(/<w:rFonts w:ascii="([^"]+)" w:cs="\1" w:eastAsia="\1" w:hAnsi="\1" w:hint="eastAsia"\/>/);
    }
    const styles = partOf(await blankDocx, "word/styles.xml");
    const defaults = /<w:rPrDefault><w:rPr>(.*?)<\/w:rPr><\/w:rPrDefault>/.exec(styles)![1];
    expect(defaults).toContain('<w:rFonts w:ascii="仿宋_GB2312" w:cs="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"/>');
    expect(defaults).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
  });

  it("sizes the columns for their labels: 4 characters of 五号 in the label column, never 5", async () => {
    // 五号 is 10.5 pt = 210 twentieths; the cell margins (written on the table) take 108 on each side.
    const char = 210;
    const margins = 2 * 108;
    const [table] = tablesOf(documentXml(await blankDocx));
    expect(table.xml).toContain('<w:tblCellMar><w:left w:type="dxa" w:w="108"/><w:right w:type="dxa" w:w="108"/></w:tblCellMar>');
    const [label, level1, level2, level3, target, actual, weight, rate, remark] = table.gridCols;
    // 主管部门 and 绩效指标 on one line; 项目支出名称 breaks after 项目支出, not inside a word.
    expect(label).toBeGreaterThanOrEqual(4 * char + margins);
    expect(label).toBeLessThan(5 * char + margins);
    // 满意度指标 on one line; 数量指标 too.
    expect(level1).toBeGreaterThanOrEqual(5 * char + margins);
    expect(level2).toBeGreaterThanOrEqual(4 * char + margins);
    // The heading 年度指标值 on one line, and a target of 24 characters in at most 5 lines (it took 8).
    expect(target).toBeGreaterThanOrEqual(5 * char + margins);
    expect(Math.ceil(24 / Math.floor((target - margins) / char))).toBeLessThanOrEqual(5);
    // 实际完成值 on one line; 偏差原因分析 / 及改进措施 in two; 6 characters of a 三级指标 a line.
    expect(actual).toBeGreaterThanOrEqual(5 * char + margins);
    expect(remark).toBeGreaterThanOrEqual(6 * char + margins);
    expect(level3).toBeGreaterThanOrEqual(6 * char + margins);
    // 分值 and ——, 执行率.
    expect(weight).toBeGreaterThanOrEqual(2 * char + margins);
    expect(rate).toBeGreaterThanOrEqual(3 * char + margins);
  });

  it("keeps the signature line with the table: the last indicator row and 总分 keep with next, no row splits", async () => {
    const xml = documentXml(await seedDocx);
    for (const table of tablesOf(xml)) {
      const keeps = table.rows.map((row) => {
        const paragraphs = row.xml.match(/<w:p>.*?<\/w:p>/g)!;
        const kept = paragraphs.filter((p) => p.includes("<w:keepNext/>")).length;
        // All of a row's paragraphs or none, continuation cells of a merge included.
        expect([0, paragraphs.length]).toContain(kept);
        return kept > 0;
      });
      expect(keeps.slice(-2)).toEqual([true, true]);
      expect(keeps.slice(0, -2).every((k) => !k)).toBe(true);
      for (const row of table.rows) expect(row.xml).toContain("<w:cantSplit/>");
    }
    // The signature paragraph follows each table directly.
    const afterTables = [...xml.matchAll(/<\/w:tbl><w:p>(.*?)<\/w:p>/g)].map((m) => m[1]);
    expect(afterTables).toHaveLength(11);
    for (const p of afterTables) expect(p).toContain("单位负责人签字");
  });

  it("centres every label cell vertically", async () => {
    const [table] = tablesOf(documentXml(await blankDocx));
    const labelCells = table.rows.flatMap((r) => r.cells).filter((c) => ["总分", "绩效指标", "项目资金（万元）", "年度总体目标"].includes(c.text));
    expect(labelCells).toHaveLength(4);
    for (const row of table.rows) for (const tc of row.xml.match(/<w:tcPr>.*?<\/w:tcPr>/g)!) expect(tc).toContain('<w:vAlign w:val="center"/>');
  });
});
