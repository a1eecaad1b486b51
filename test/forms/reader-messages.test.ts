/**
 * The reader's messages about cells are placed: the cell's text, the form whose table holds it,
 * the record path that cell fills, and for a nested table the top-level cell that holds it.
 */
import { describe, expect, it } from "vitest";
import { parseDocx } from "../../src/parse";
import { formXml } from "../helpers/form-xml";
import { cell, docxOf, para, row, table } from "../helpers/ooxml";
import { READERS } from "../helpers/fixtures";
import { projects } from "../helpers/record";

// The 质量指标 row of formXml, as it writes it, and the same with text left in the continuation
// of the 一级指标 cell (Word hides such text; the reader keeps it and says so).
const QUALITY_ROW = row([cell("", { vMerge: "continue" }), cell("", { vMerge: "continue" }), cell("质量指标"), ...["指标二", "100%", "95%", "40", "38", "略有不足"].map((t) => cell(t))]);
const QUALITY_ROW_WITH_TEXT = row([cell("", { vMerge: "continue" }), cell("残留", { vMerge: "continue" }), cell("质量指标"), ...["指标二", "100%", "95%", "40", "38", "略有不足"].map((t) => cell(t))]);
// formXml's 总分 row, and the same with a small table nested in its last (empty) cell.
const TOTAL_ROW = row([cell("总分", { span: 6 }), cell("100"), cell("98"), cell("")]);
const NESTED = table(2, [row([cell("甲", { vMerge: "restart" }), cell("乙")]), row([cell("藏", { vMerge: "continue" }), cell("丙")])]);
const TOTAL_ROW_WITH_NESTED = row([cell("总分", { span: 6 }), cell("100"), cell("98"), cell(NESTED + "<w:p/>")]);

function replaceOnce(xml: string, from: string, to: string): string {
  expect(xml.split(from)).toHaveLength(2);
  return xml.replace(from, to);
}

describe("reader messages are placed on the form and the cell", () => {
  it("text in a merge continuation of the second form: form 1, the path the cell fills, the origin's text", async () => {
    const second = replaceOnce(formXml({ before: ["附件2：", "县级预算部门项目支出绩效自评表", "（2021年度）"] }), QUALITY_ROW, QUALITY_ROW_WITH_TEXT);
    const { forms, messages } = await parseDocx(docxOf(formXml() + para("") + second), { validate: false });
    expect(forms.map((f) => f.attachment)).toEqual(["附件1", "附件2"]);
    const merged = messages.filter((m) => m.code === "TEXT_IN_MERGED_CELL");
    // Rows of formXml: 0 name, 1 departments, 2–6 funds, 7–8 goal, 9 indicator header, 10 数量, 11 质量.
    expect(merged).toEqual([
      expect.objectContaining({
        severity: "warning", form: 1, path: "indicators.0.level1",
        cell: { table: 1, row: 11, col: 1, text: "产出指标\n（90分）" },
        messageZh: expect.stringContaining("残留"),
      }),
    ]);
    // Kept once in extras, though the merged cell spans two rows.
    expect(forms[1].extras).toEqual([{ text: "残留", note: "text in a merged (hidden) continuation cell", cell: { table: 1, row: 10, col: 1, text: "产出指标\n（90分）" } }]);
    // The first form's line gets none of it.
    expect(messages.filter((m) => m.form === 0)).toEqual([]);
  });

  it.each(READERS)("a cell of a nested table is named by the top-level cell holding it (%s reader: messages carry Chinese)", async (reader) => {
    const xml = replaceOnce(formXml(), TOTAL_ROW, TOTAL_ROW_WITH_NESTED);
    const { messages } = await parseDocx(docxOf(xml), { validate: false, reader });
    for (const m of messages) expect(m.messageZh, m.code).toMatch(/\p{Script=Han}/u);
    if (reader === "mammoth") return; // mammoth drops text in merge continuations: nothing to place
    const merged = messages.filter((m) => m.code === "TEXT_IN_MERGED_CELL");
    // 总分 is row 12; its last cell starts at grid column 8 (6 + 1 + 1).
    expect(merged).toEqual([
      expect.objectContaining({ form: 0, cell: { table: 0, row: 12, col: 8, text: "", nested: { row: 1, col: 0, text: "甲" } } }),
    ]);
    expect(merged[0]).not.toHaveProperty("path");
  });

  it("a message about a table that is no form has its cell but no form", async () => {
    const other = table(2, [row([cell("备注", { vMerge: "restart" }), cell("x")]), row([cell("旧", { vMerge: "continue" }), cell("y")])]);
    const { messages } = await parseDocx(docxOf(other + para("") + formXml()), { validate: false });
    expect(messages).toEqual([
      expect.objectContaining({ code: "TEXT_IN_MERGED_CELL", cell: { table: 0, row: 1, col: 0, text: "备注" } }),
    ]);
    expect(messages[0]).not.toHaveProperty("form");
  });
});

describe("tables inside a form's cells are never dropped", () => {
  it("a table nested in a cell: its text in extras, with a NESTED_TABLE warning on that cell", async () => {
    const xml = replaceOnce(formXml(), TOTAL_ROW, TOTAL_ROW_WITH_NESTED);
    const { forms, messages } = await parseDocx(docxOf(xml), { validate: false });
    expect(forms[0].extras).toEqual(expect.arrayContaining([
      { text: "甲\n藏\t乙\n丙", note: "table nested in a cell", cell: { table: 0, row: 12, col: 8, text: "" } },
    ]));
    expect(messages.filter((m) => m.code === "NESTED_TABLE")).toEqual([
      expect.objectContaining({ severity: "warning", form: 0, cell: { table: 0, row: 12, col: 8, text: "" } }),
    ]);
    // The text hidden in the nested table's merge is in extras too (from the nested grid's cell 甲).
    expect(projects(forms)[0].total).toEqual({ weight: 100, score: 98 });
  });

  it("a table in a merge continuation of a form cell: in extras as hidden", async () => {
    const hiddenTable = table(1, [row([cell("旧表")])]);
    const withTable = row([cell("", { vMerge: "continue" }), cell(hiddenTable + "<w:p/>", { vMerge: "continue" }), cell("质量指标"), ...["指标二", "100%", "95%", "40", "38", "略有不足"].map((t) => cell(t))]);
    const { forms, messages } = await parseDocx(docxOf(replaceOnce(formXml(), QUALITY_ROW, withTable)), { validate: false });
    expect(forms[0].extras).toEqual([
      { text: "旧表", note: "table in a merged (hidden) continuation cell", cell: { table: 0, row: 10, col: 1, text: "产出指标\n（90分）" } },
    ]);
    expect(messages).toEqual([
      expect.objectContaining({ code: "TABLE_IN_MERGED_CELL", form: 0, path: "indicators.0.level1", cell: { table: 0, row: 11, col: 1, text: "产出指标\n（90分）" } }),
    ]);
  });
});
