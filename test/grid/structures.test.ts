import { describe, expect, it } from "vitest";
import { readDocumentModel, readTables } from "../../src/grid/read";
import type { Grid } from "../../src/grid/types";
import { cell, docxOf, para, row, run, table } from "../helpers/ooxml";

/** The grid as a picture: each position shows its origin cell's text, "·" where there is none. */
function picture(grid: Grid): string[][] {
  return grid.positions.map((line) => line.map((c) => (c ? c.text : "·")));
}

function spans(grid: Grid) {
  return grid.cells.map((c) => [c.text, c.row, c.col, c.rowSpan, c.colSpan]);
}

async function direct(body: string) {
  const { tables, messages } = await readTables(docxOf(body));
  return { grid: tables[0], tables, messages };
}

describe("direct reader: structures mammoth 1.13 gets wrong", () => {
  it("w:gridBefore / w:gridAfter shift cells and keep vertical merges on the right cell", async () => {
    const { grid, messages } = await direct(table(3, [
      row([cell("X", { vMerge: "restart" }), cell("Y")], { gridBefore: 1 }),
      row([cell("Z"), cell("", { vMerge: "continue" }), cell("W")]),
      row([cell("P")], { gridAfter: 2 }),
    ]));
    expect(picture(grid)).toEqual([
      ["·", "X", "Y"],
      ["Z", "X", "W"],
      ["P", "·", "·"],
    ]);
    expect(spans(grid)).toContainEqual(["X", 0, 1, 2, 1]);
    expect(messages).toEqual([]);
  });

  it("legacy w:hMerge joins cells horizontally", async () => {
    const { grid, messages } = await direct(table(3, [
      row([cell("A", { hMerge: "restart" }), cell("", { hMerge: "continue" }), cell("B")]),
      row([cell("C"), cell("D"), cell("E")]),
    ]));
    expect(picture(grid)).toEqual([["A", "A", "B"], ["C", "D", "E"]]);
    expect(spans(grid)[0]).toEqual(["A", 0, 0, 1, 2]);
    expect(messages).toEqual([]);
  });

  it("text left in a w:hMerge continuation is kept aside with a message", async () => {
    const { grid, messages } = await direct(table(2, [row([cell("A", { hMerge: "restart" }), cell("hidden", { hMerge: "continue" })])]));
    expect(grid.cells).toMatchObject([{ text: "A", colSpan: 2, hiddenText: ["hidden"] }]);
    expect(messages).toMatchObject([{ code: "TEXT_IN_MERGED_CELL", severity: "warning", table: [0], row: 0, col: 1 }]);
    expect(messages[0].message).toContain("row 1, column 2");
  });

  it("a bookmark directly inside w:tr and w:tbl does not turn merging off", async () => {
    const { grid, messages } = await direct(
      `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:bookmarkStart w:id="1" w:name="b"/>` +
      `<w:tr><w:bookmarkStart w:id="0" w:name="a"/>${cell("M", { vMerge: "restart" })}${cell("1")}<w:bookmarkEnd w:id="0"/></w:tr>` +
      `<w:tr>${cell("", { vMerge: "continue" })}${cell("2")}</w:tr><w:bookmarkEnd w:id="1"/></w:tbl>`,
    );
    expect(picture(grid)).toEqual([["M", "1"], ["M", "2"]]);
    expect(messages).toEqual([]);
  });

  it("a nested table hangs off its cell and its rows do not leak out", async () => {
    const inner = table(2, [row([cell("i1"), cell("i2")]), row([cell("i3"), cell("i4")])]);
    const { grid, tables, messages } = await direct(table(2, [
      row([cell(para("outer") + inner + "<w:p/>"), cell("B")]),
      row([cell("C"), cell("D")]),
    ]));
    expect(tables).toHaveLength(1);
    expect(picture(grid)).toEqual([["outer\n", "B"], ["C", "D"]]);
    expect(picture(grid.cells[0].tables[0])).toEqual([["i1", "i2"], ["i3", "i4"]]);
    expect(messages).toEqual([]);
  });

  it("a message from a nested table names the path down to it", async () => {
    const inner = table(1, [row([cell("A", { vMerge: "restart" })]), row([cell("stale", { vMerge: "continue" })])]);
    const { messages } = await direct(
      table(1, [row([cell("first")])]) +
      table(2, [row([cell("x"), cell(para("outer") + inner + "<w:p/>")])]),
    );
    expect(messages).toMatchObject([{ code: "TEXT_IN_MERGED_CELL", severity: "warning", table: [1, 0], row: 1, col: 0 }]);
  });

  it("w:fldSimple results are kept; tracked deletions dropped and insertions kept", async () => {
    const { grid, messages } = await direct(table(2, [
      row([
        cell(`<w:p><w:fldSimple w:instr=" PAGE ">${run("3")}</w:fldSimple></w:p>`),
        cell(`<w:p>${run("金额")}<w:del w:id="1" w:author="a"><w:r><w:delText>100</w:delText></w:r></w:del><w:ins w:id="2" w:author="a">${run("120")}</w:ins></w:p>`),
      ]),
    ]));
    expect(picture(grid)).toEqual([["3", "金额120"]]);
    expect(messages).toEqual([]);
  });

  it("complex fields keep their result, not their instruction", async () => {
    const field = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run("2021年1月5日")}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const { grid, messages } = await direct(table(1, [row([cell(field)])]));
    expect(picture(grid)).toEqual([["2021年1月5日"]]);
    expect(messages).toEqual([]);
  });

  it("w:sdt content controls around runs, cells and rows are transparent", async () => {
    const sdt = (content: string) => `<w:sdt><w:sdtPr><w:alias w:val="x"/><w:text/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const { grid, messages } = await direct(table(2, [
      row([cell(`<w:p>${sdt(run("run"))}</w:p>`), sdt(cell("cell", { vMerge: "restart" }))]),
      sdt(row([cell("r2"), cell("", { vMerge: "continue" })])),
    ]));
    expect(picture(grid)).toEqual([["run", "cell"], ["r2", "cell"]]);
    expect(messages).toEqual([]);
  });

  it("text left in a vMerge continuation cell is kept aside with a message", async () => {
    const { grid, messages } = await direct(table(2, [
      row([cell("A", { vMerge: "restart" }), cell("1")]),
      row([cell("stale", { vMerge: "continue" }), cell("2")]),
    ]));
    expect(grid.cells[0]).toMatchObject({ text: "A", rowSpan: 2, hiddenText: ["stale"] });
    expect(messages).toMatchObject([{ code: "TEXT_IN_MERGED_CELL", severity: "warning", table: [0], row: 1, col: 0 }]);
    // Found in Word from the message alone: 1-based row and column, and the text itself.
    expect(messages[0].message).toContain("row 2, column 1");
    expect(messages[0].message).toContain('"stale"');
  });

  it("a continuation with nothing to continue stays a cell, with a message", async () => {
    const { grid, messages } = await direct(table(2, [row([cell("", { vMerge: "continue" }), cell("x")])]));
    expect(picture(grid)).toEqual([["", "x"]]);
    expect(messages).toMatchObject([{ code: "MERGE_WITHOUT_ORIGIN", severity: "warning", table: [0], row: 0, col: 0 }]);
    expect(messages[0].message).toContain("row 1, column 1");
  });

  it("an hMerge continuation with nothing to its left stays a cell, with a message", async () => {
    const { grid, messages } = await direct(table(2, [row([cell("", { hMerge: "continue" }), cell("x")])]));
    expect(picture(grid)).toEqual([["", "x"]]);
    expect(messages).toMatchObject([{ code: "MERGE_WITHOUT_ORIGIN", severity: "warning", table: [0], row: 0, col: 0 }]);
    expect(messages[0].message).toContain("horizontally");
  });

  it("a table in a vMerge continuation cell is kept in hiddenTables, with a message, never dropped", async () => {
    const { grid, tables, messages } = await direct(table(2, [
      row([cell("A", { vMerge: "restart" }), cell("1")]),
      row([cell(table(1, [row([cell("lost")])]) + "<w:p/>", { vMerge: "continue" }), cell("2")]),
    ]));
    expect(tables).toHaveLength(1);
    expect(grid.cells[0]).toMatchObject({ text: "A", rowSpan: 2, tables: [] });
    expect(grid.cells[0].hiddenTables?.map(picture)).toEqual([[["lost"]]]);
    expect(messages).toMatchObject([{ code: "TABLE_IN_MERGED_CELL", severity: "warning", table: [0], row: 1, col: 0 }]);
    expect(messages[0].message).toContain("row 2, column 1");
  });
});

describe("direct reader: text", () => {
  it("keeps paragraphs and w:br as \\n, tabs as \\t, and never glues paragraphs", async () => {
    const { grid, messages } = await direct(table(1, [
      row([cell(`${para("项目支")}${para("出名称")}<w:p><w:r><w:t>a</w:t><w:br/><w:t>b</w:t><w:tab/><w:t>c</w:t></w:r></w:p>`)]),
    ]));
    expect(grid.cells[0].text).toBe("项目支\n出名称\na\nb\tc");
    expect(messages).toEqual([]);
  });

  it("ignores tab stops in paragraph properties and text in mc:Fallback", async () => {
    const p = `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><mc:AlternateContent><mc:Choice Requires="wps">${run("shown")}</mc:Choice><mc:Fallback>${run("twice")}</mc:Fallback></mc:AlternateContent></w:p>`;
    const { grid, messages } = await direct(table(1, [row([cell(p)])]));
    expect(grid.cells[0].text).toBe("shown");
    expect(messages).toEqual([]);
  });

  it("reads a document whose WordprocessingML prefix is not w:", async () => {
    const { tables, messages } = await readTables(docxOf(table(2, [row([cell("甲"), cell("乙")])]), { prefix: "ns0" }));
    expect(picture(tables[0])).toEqual([["甲", "乙"]]);
    expect(messages).toEqual([]);
  });

  it("gives body paragraphs and tables in document order", async () => {
    const model = await readDocumentModel(docxOf(para("附件1：") + table(1, [row([cell("t")])]) + para("单位负责人签字：")));
    expect(model.blocks.map((b) => (b.kind === "paragraph" ? b.text : `table ${b.index}`))).toEqual(["附件1：", "table 0", "单位负责人签字："]);
    expect(model.messages).toEqual([]);
  });
});

describe("direct reader: hidden text (w:vanish) is kept out of the text, as Word prints it", () => {
  const hiddenRun = (text: string, vanish = `<w:vanish/>`) => `<w:r><w:rPr><w:b/>${vanish}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

  it("in a cell: out of the text, in hiddenText, with an info message naming the cell", async () => {
    const { grid, messages } = await direct(table(3, [
      row([cell("总分"), cell(`<w:p>${run("96")}${hiddenRun("（暂定")}${hiddenRun("）")}</w:p>`, { span: 2 })], { gridBefore: 0 }),
      row([cell("A"), cell("B"), cell(`<w:p>${hiddenRun("旧值")}${run("C")}${hiddenRun("备注")}</w:p>`)]),
    ]));
    expect(picture(grid)).toEqual([["总分", "96", "96"], ["A", "B", "C"]]);
    expect(grid.cells[1].hiddenText).toEqual(["（暂定）"]);
    expect(grid.cells[4].hiddenText).toEqual(["旧值", "备注"]);
    expect(messages.map((m) => [m.code, m.severity, m.table, m.row, m.col])).toEqual([
      ["HIDDEN_TEXT", "info", [0], 0, 1],
      ["HIDDEN_TEXT", "info", [0], 1, 2],
    ]);
    expect(messages[0].message).toBe(`Hidden text "（暂定）" at row 1, column 2 (formatted as hidden, Word does not show it) is kept in the cell's hiddenText, not in its text.`);
  });

  it("after w:gridBefore and a deleted cell, the hidden text goes to the cell that held it", async () => {
    const deleted = cell("删").replace("<w:tcPr>", `<w:tcPr><w:cellDel w:id="1" w:author="a"/>`);
    const { grid } = await direct(table(3, [row([deleted, cell("X"), cell(`<w:p>${run("Y")}${hiddenRun("藏")}</w:p>`)], { gridBefore: 1 })]));
    expect(picture(grid)).toEqual([["·", "X", "Y"]]);
    expect(grid.cells.map((c) => c.hiddenText)).toEqual([undefined, ["藏"]]);
  });

  it("in a body paragraph: out of the text, kept in an info message", async () => {
    const model = await readDocumentModel(docxOf(`<w:p>${run("说明")}${hiddenRun("内部备注")}</w:p>`));
    expect(model.blocks).toEqual([{ kind: "paragraph", text: "说明" }]);
    expect(model.messages).toEqual([expect.objectContaining({ code: "HIDDEN_TEXT", severity: "info", message: expect.stringContaining("内部备注") })]);
  });

  it("w:vanish w:val=\"false\" / \"0\" shows the run; a hidden paragraph mark or a former w:vanish (w:rPrChange) hides nothing", async () => {
    const formerlyHidden = `<w:r><w:rPr><w:rPrChange w:id="1" w:author="a"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>丁</w:t></w:r>`;
    const model = await readDocumentModel(docxOf(
      `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>${hiddenRun("甲", `<w:vanish w:val="false"/>`)}${hiddenRun("乙", `<w:vanish w:val="0"/>`)}${run("丙")}${formerlyHidden}</w:p>`,
    ));
    expect(model.blocks).toEqual([{ kind: "paragraph", text: "甲乙丙丁" }]);
    expect(model.messages).toEqual([]);
  });

  it("line breaks and tabs in a hidden run are hidden too; a hidden run that is only spaces gives no message", async () => {
    const hiddenBreak = `<w:r><w:rPr><w:vanish/></w:rPr><w:t>a</w:t><w:br/><w:tab/><w:t>b</w:t></w:r>`;
    const { grid, messages } = await direct(table(2, [row([cell(`<w:p>${run("x")}${hiddenBreak}</w:p>`), cell(`<w:p>${run("y")}${hiddenRun("  ")}</w:p>`)])]));
    expect(grid.cells.map((c) => [c.text, c.hiddenText])).toEqual([["x", ["a\n\tb"]], ["y", undefined]]);
    expect(messages.map((m) => m.col)).toEqual([0]);
  });
});
