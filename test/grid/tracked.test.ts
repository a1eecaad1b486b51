/**
 * Tracked changes are read as the accepted document: what Word shows after "Accept All Changes".
 */
import { describe, expect, it } from "vitest";
import { readDocumentModel, readTables } from "../../src/grid/read";
import type { Grid } from "../../src/grid/types";
import { parseDocx } from "../../src/parse";
import { fixture } from "../helpers/fixtures";
import { cell, docxOf, para, row, run, table } from "../helpers/ooxml";
import { withoutReaderAdditions, projects } from "../helpers/record";

function picture(grid: Grid): string[][] {
  return grid.positions.map((line) => line.map((c) => (c ? c.text : "·")));
}

const mark = (tag: string) => `<w:${tag} w:id="9" w:author="审核人" w:date="2021-03-01T10:00:00Z"/>`;
/** A row whose w:trPr holds `tag` (w:del or w:ins), as Word writes a tracked row deletion or insertion. */
const trackedRow = (tag: "del" | "ins", cells: string[]) => row(cells).replace("<w:tr>", `<w:tr><w:trPr>${mark(tag)}</w:trPr>`);
/** A cell whose w:tcPr holds w:cellDel or w:cellIns. */
const trackedCell = (tag: "cellDel" | "cellIns", text: string) => cell(text).replace("<w:tcPr>", `<w:tcPr>${mark(tag)}`);
const deletedRun = (text: string) => `<w:del w:id="8" w:author="a"><w:r><w:delText>${text}</w:delText></w:r></w:del>`;
/** A paragraph whose mark is deleted (or moved away): it runs on into the next paragraph. */
const markRemoved = (content: string, tag: "del" | "moveFrom" = "del") => `<w:p><w:pPr><w:jc w:val="center"/><w:rPr>${mark(tag)}</w:rPr></w:pPr>${content}</w:p>`;

async function direct(body: string) {
  const { tables, messages } = await readTables(docxOf(body));
  return { grid: tables[0], tables, messages };
}

describe("direct reader: tracked row and cell changes", () => {
  it("a deleted row vanishes; an inserted row stays", async () => {
    const { grid, messages } = await direct(table(2, [
      row([cell("A"), cell("B")]),
      trackedRow("del", [cell(deletedRun("X")), cell("Y")]),
      trackedRow("ins", [cell("C"), cell("D")]),
    ]));
    expect(picture(grid)).toEqual([["A", "B"], ["C", "D"]]);
    expect(messages).toEqual([]);
  });

  it("a deleted row in the middle of a vertical merge: the merge spans the rows that remain", async () => {
    const { grid, messages } = await direct(table(2, [
      row([cell("M", { vMerge: "restart" }), cell("1")]),
      trackedRow("del", [cell("", { vMerge: "continue" }), cell("2")]),
      row([cell("", { vMerge: "continue" }), cell("3")]),
    ]));
    expect(picture(grid)).toEqual([["M", "1"], ["M", "3"]]);
    expect(grid.cells[0]).toMatchObject({ text: "M", row: 0, col: 0, rowSpan: 2, colSpan: 1 });
    expect(messages).toEqual([]);
  });

  it("a deleted row that starts a vertical merge: the first continuation left stands alone, with a message, and the rest merge into it", async () => {
    const { grid, messages } = await direct(table(2, [
      trackedRow("del", [cell("M", { vMerge: "restart" }), cell("1")]),
      row([cell("", { vMerge: "continue" }), cell("2")]),
      row([cell("", { vMerge: "continue" }), cell("3")]),
    ]));
    expect(picture(grid)).toEqual([["", "2"], ["", "3"]]);
    expect(grid.cells[0]).toMatchObject({ text: "", row: 0, col: 0, rowSpan: 2 });
    expect(messages).toMatchObject([{ code: "MERGE_WITHOUT_ORIGIN", severity: "warning", table: [0], row: 0, col: 0 }]);
  });

  it("messages about a table nested in a deleted row go with the row", async () => {
    const inner = table(1, [row([cell("A", { vMerge: "restart" })]), row([cell("stale", { vMerge: "continue" })])]);
    const { grid, messages } = await direct(table(1, [
      trackedRow("del", [cell(inner + "<w:p/>")]),
      row([cell("kept")]),
    ]));
    expect(picture(grid)).toEqual([["kept"]]);
    expect(grid.cells[0].tables).toEqual([]);
    expect(messages).toEqual([]);
  });

  it("a table whose every row is deleted vanishes, and the next table takes its number", async () => {
    const model = await readDocumentModel(docxOf(
      para("前") + table(1, [trackedRow("del", [cell("gone")])]) + para("后") + table(1, [row([cell("t")])]),
    ));
    expect(model.blocks.map((b) => (b.kind === "paragraph" ? b.text : `table ${b.index}: ${b.grid.cells.map((c) => c.text)}`))).toEqual(["前", "后", "table 0: t"]);
    expect(model.messages).toEqual([]);
  });

  it("a deleted cell (w:cellDel) is removed and the cells after it move left; the row ends short", async () => {
    const { grid, messages } = await direct(table(3, [
      row([cell("A"), trackedCell("cellDel", "B"), cell("C")]),
      row([cell("D"), cell("E"), cell("F")]),
    ]));
    expect(picture(grid)).toEqual([["A", "C", "·"], ["D", "E", "F"]]);
    expect(messages).toEqual([]);
  });

  it("an inserted cell (w:cellIns) stays", async () => {
    const { grid, messages } = await direct(table(3, [row([cell("A"), trackedCell("cellIns", "B"), cell("C")])]));
    expect(picture(grid)).toEqual([["A", "B", "C"]]);
    expect(messages).toEqual([]);
  });
});

describe("direct reader: tracked text changes", () => {
  it("w:moveFrom content is dropped, w:moveTo content kept; the range markers hold no text", async () => {
    const { grid, messages } = await direct(table(2, [row([
      cell(`<w:p>${run("目标")}<w:moveFromRangeStart w:id="1" w:name="move1"/><w:moveFrom w:id="2" w:author="a">${run("旧值")}</w:moveFrom><w:moveFromRangeEnd w:id="1"/></w:p>`),
      cell(`<w:p><w:moveToRangeStart w:id="3" w:name="move1"/><w:moveTo w:id="4" w:author="a">${run("旧值")}</w:moveTo><w:moveToRangeEnd w:id="3"/>${run("≥95%")}</w:p>`),
    ])]));
    expect(picture(grid)).toEqual([["目标", "旧值≥95%"]]);
    expect(messages).toEqual([]);
  });

  it("a deleted paragraph mark joins the paragraph with the next one: no line break between them", async () => {
    const { grid, messages } = await direct(table(1, [row([cell(markRemoved(run("项目支")) + para("出名称") + para("第三行"))])]));
    expect(grid.cells[0].text).toBe("项目支出名称\n第三行");
    expect(messages).toEqual([]);
  });

  it("a paragraph moved away (mark and runs in w:moveFrom) leaves no empty line", async () => {
    const moved = markRemoved(`<w:moveFrom w:id="2" w:author="a">${run("移走")}</w:moveFrom>`, "moveFrom");
    const { grid } = await direct(table(1, [row([cell(para("a") + moved + para("b"))])]));
    expect(grid.cells[0].text).toBe("a\nb");
  });

  it("a paragraph deleted whole (runs and mark) vanishes from the cell", async () => {
    const { grid } = await direct(table(1, [row([cell(para("a") + markRemoved(deletedRun("删")) + para("b"))])]));
    expect(grid.cells[0].text).toBe("a\nb");
  });

  it("a deleted mark on a cell's last paragraph does not reach into the next cell", async () => {
    const { grid } = await direct(table(2, [row([cell(para("a") + markRemoved(run("b"))), cell("c")])]));
    expect(picture(grid)).toEqual([["a\nb", "c"]]);
  });

  it("body paragraphs join the same way, and a carried paragraph stops at a table", async () => {
    const model = await readDocumentModel(docxOf(
      markRemoved(run("附件")) + para("4-1：") + markRemoved(run("标题")) + table(1, [row([cell("t")])]) + markRemoved(run("末尾")),
    ));
    expect(model.blocks.map((b) => (b.kind === "paragraph" ? b.text : `table ${b.index}`))).toEqual(["附件4-1：", "标题", "table 0", "末尾"]);
  });

  it("an inserted paragraph mark changes nothing", async () => {
    const inserted = `<w:p><w:pPr><w:rPr>${mark("ins")}</w:rPr></w:pPr>${run("a")}</w:p>`;
    const { grid } = await direct(table(1, [row([cell(inserted + para("b"))])]));
    expect(grid.cells[0].text).toBe("a\nb");
  });

  it("a w:del under a run's properties or in mc:Fallback does not remove the paragraph's mark", async () => {
    const runDel = `<w:p><w:r><w:rPr>${mark("del")}</w:rPr><w:t>a</w:t></w:r></w:p>`;
    const fallback = `<w:p>${run("c")}<mc:AlternateContent><mc:Choice Requires="wps"/><mc:Fallback><w:p><w:pPr><w:rPr>${mark("del")}</w:rPr></w:pPr></w:p></mc:Fallback></mc:AlternateContent></w:p>`;
    const { grid } = await direct(table(1, [row([cell(runDel + para("b") + fallback + para("d"))])]));
    expect(grid.cells[0].text).toBe("a\nb\nc\nd");
  });
});

describe("a python-docx form with Word's tracked-change markup added (scripts/fixtures/inject_tracked_changes.py)", () => {
  const file = "tracked-changes-python-docx.docx";

  it("reads as the form with every change accepted: the deleted indicator row is gone, the inserted one kept", async () => {
    const { tables, messages } = await readTables(fixture(file));
    // 18 rows, as in single-form-python-docx.docx: the deleted row (19th in the XML) is not one of them.
    expect(tables[0].rowCount).toBe(18);
    expect(tables[0].positions[0][0]?.text).toBe("项目支出名称");
    // 绩效指标 (rows 10-17) and 产出指标 (rows 11-14) still span the rows around the deleted one.
    expect(tables[0].positions[11][0]).toMatchObject({ row: 9, rowSpan: 8 });
    expect(tables[0].positions[12][2]).toMatchObject({ row: 10, rowSpan: 4, text: "产出指标\n(50分)" });
    expect(tables[0].positions[12][3]?.text).toBe("时效指标");
    expect(messages).toEqual([]);

    const forms = projects((await parseDocx(fixture(file))).forms);
    expect(forms[0].indicators.map((i) => [i.level2, i.name, i.weight, i.score])).toEqual([
      ["数量指标", "网络群信息采集率", 12, 12],
      ["质量指标", "电视电话会议正常召开网络安全达标率", 12, 12],
      ["时效指标", "项目是否按时完成", 13, 13],
      ["成本指标", "项目资金是否严格按照预算标准执行，未出现超标现象", 13, 13],
      ["社会效益指标", "政府网站群信息公开率", 15, 15],
      ["可持续影响指标", "可持续性得以延续", 15, 15],
      ["服务对象满意度指标", "社会公众或部门的服务对象对项目实施效果的满意程度", 10, 8],
    ]);
    expect(forms[0].goal.expected).toBe("保证州政府网络平台运行、机房服务器运行稳定，政府网站群信息及时公开");
    expect(forms[0].goal.actual?.startsWith("项目的实施，保证了州政府网络平台运行")).toBe(true);
  });

  it("gives the same record as the file without the markup", async () => {
    const [tracked, plain] = await Promise.all([parseDocx(fixture(file)), parseDocx(fixture("single-form-python-docx.docx"))]);
    expect(tracked.forms.map(withoutReaderAdditions)).toEqual(plain.forms.map(withoutReaderAdditions));
    expect(tracked.messages.map((m) => m.code)).toEqual(plain.messages.map((m) => m.code));
  });
});
