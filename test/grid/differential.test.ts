import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readTables } from "../../src/grid/read";
import type { Grid } from "../../src/grid/types";
import { FIXTURES, fixture } from "../helpers/fixtures";
import { cell, docxOf, para, row, run, table } from "../helpers/ooxml";

/** Geometry and text of every cell, nested tables included. */
function shape(grid: Grid): unknown {
  return grid.cells.map((c) => ({ at: [c.row, c.col, c.rowSpan, c.colSpan], text: c.text, tables: c.tables.map(shape) }));
}

async function both(input: Uint8Array) {
  const [direct, mammoth] = await Promise.all([readTables(input), readTables(input, { reader: "mammoth" })]);
  return {
    direct: direct.tables.map(shape),
    mammoth: mammoth.tables.map(shape),
    directMessages: direct.messages,
    mammothMessages: mammoth.messages,
  };
}

const docxFixtures = readdirSync(FIXTURES).filter((f) => f.endsWith(".docx"));

describe("differential: the direct reader and mammoth agree where mammoth is right", () => {
  it("the fixtures from other producers hold merged cells, across rows and across columns, which the direct reader keeps", async () => {
    // The premise of the comparisons below: they are many, and are about merged cells.
    expect(docxFixtures.length).toBeGreaterThanOrEqual(6);
    for (const name of docxFixtures) {
      const cells = (await readTables(fixture(name))).tables.flatMap((t) => t.cells);
      expect.soft(cells.some((c) => c.rowSpan > 1), `${name}: a cell spanning rows`).toBe(true);
      expect.soft(cells.some((c) => c.colSpan > 1), `${name}: a cell spanning columns`).toBe(true);
    }
  });

  it.each(docxFixtures)("%s: same grids", async (name) => {
    const { direct, mammoth } = await both(fixture(name));
    expect(direct.length).toBeGreaterThan(0);
    expect(direct).toEqual(mammoth);
  });

  it("plain vertical and horizontal merges: same grids", async () => {
    const { direct, mammoth } = await both(docxOf(table(3, [
      row([cell("A", { vMerge: "restart" }), cell("B", { span: 2 })]),
      row([cell("", { vMerge: "continue" }), cell("C"), cell("D")]),
    ])));
    expect(direct).toEqual(mammoth);
  });
});

describe("differential: where mammoth 1.13 is wrong, the direct reader is right", () => {
  it("w:gridBefore: mammoth misplaces the rowspan", async () => {
    const { direct, mammoth } = await both(docxOf(table(3, [
      row([cell("X", { vMerge: "restart" }), cell("Y")], { gridBefore: 1 }),
      row([cell("Z"), cell("", { vMerge: "continue" }), cell("W")]),
    ])));
    expect(direct[0]).toContainEqual({ at: [0, 1, 2, 1], text: "X", tables: [] });
    expect(mammoth).not.toEqual(direct);
  });

  it("w:hMerge: mammoth emits separate cells", async () => {
    const { direct, mammoth } = await both(docxOf(table(2, [row([cell("A", { hMerge: "restart" }), cell("", { hMerge: "continue" })])])));
    expect(direct[0]).toEqual([{ at: [0, 0, 1, 2], text: "A", tables: [] }]);
    expect(mammoth).not.toEqual(direct);
  });

  // The README lists what mammoth gets wrong; these pin mammoth's wrong grids exactly, so a mammoth
  // that starts getting them right fails here and the README's list is updated with it.
  const bookmark = `<w:bookmarkStart w:id="0" w:name="b"/>`;
  const bookmarkEnd = `<w:bookmarkEnd w:id="0"/>`;
  const rows = (inRow: boolean) =>
    `<w:tr>${inRow ? bookmark : ""}${cell("M", { vMerge: "restart" })}${cell("1")}${inRow ? bookmarkEnd : ""}</w:tr>` +
    `<w:tr>${cell("", { vMerge: "continue" })}${cell("2")}</w:tr>`;
  it.each([
    ["w:tr", `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${rows(true)}</w:tbl>`, "unexpected non-cell element in table row"],
    ["w:tbl", `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${bookmark}${rows(false)}${bookmarkEnd}</w:tbl>`, "unexpected non-row element in table"],
  ])("a bookmark directly inside %s: mammoth turns vertical merging off", async (_, body, warning) => {
    const { direct, mammoth, directMessages, mammothMessages } = await both(docxOf(body));
    expect(direct).toEqual([[
      { at: [0, 0, 2, 1], text: "M", tables: [] },
      { at: [0, 1, 1, 1], text: "1", tables: [] },
      { at: [1, 1, 1, 1], text: "2", tables: [] },
    ]]);
    expect(directMessages).toEqual([]);
    expect(mammoth).toEqual([[
      { at: [0, 0, 1, 1], text: "M", tables: [] },
      { at: [0, 1, 1, 1], text: "1", tables: [] },
      { at: [1, 0, 1, 1], text: "", tables: [] },
      { at: [1, 1, 1, 1], text: "2", tables: [] },
    ]]);
    expect(mammothMessages).toMatchObject([{ code: "MAMMOTH_WARNING", severity: "warning", message: `mammoth: ${warning}, cell merging may be incorrect` }]);
  });

  it("w:fldSimple: mammoth drops the field's result", async () => {
    const { direct, mammoth, directMessages, mammothMessages } = await both(docxOf(table(2, [
      row([cell("填报日期"), cell(`<w:p><w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; ">${run("2021年1月5日")}</w:fldSimple></w:p>`)]),
    ])));
    expect(direct).toEqual([[
      { at: [0, 0, 1, 1], text: "填报日期", tables: [] },
      { at: [0, 1, 1, 1], text: "2021年1月5日", tables: [] },
    ]]);
    expect(directMessages).toEqual([]);
    expect(mammoth).toEqual([[
      { at: [0, 0, 1, 1], text: "填报日期", tables: [] },
      { at: [0, 1, 1, 1], text: "", tables: [] },
    ]]);
    expect(mammothMessages).toMatchObject([{ code: "MAMMOTH_WARNING", severity: "warning", message: "mammoth: An unrecognised element was ignored: w:fldSimple" }]);
  });
});

describe("differential: hidden text", () => {
  it("w:vanish: the direct reader keeps it out of the text (in hiddenText), mammoth keeps it in", async () => {
    const hidden = `<w:r><w:rPr><w:vanish/></w:rPr><w:t>（暂定）</w:t></w:r>`;
    const input = docxOf(table(2, [row([cell("总分"), cell(`<w:p>${run("96")}${hidden}</w:p>`)])]));
    const { direct, mammoth, directMessages, mammothMessages } = await both(input);
    expect(direct).toEqual([[
      { at: [0, 0, 1, 1], text: "总分", tables: [] },
      { at: [0, 1, 1, 1], text: "96", tables: [] },
    ]]);
    expect((await readTables(input)).tables[0].cells[1].hiddenText).toEqual(["（暂定）"]);
    expect(directMessages.map((m) => m.code)).toEqual(["HIDDEN_TEXT"]);
    expect(mammoth).toEqual([[
      { at: [0, 0, 1, 1], text: "总分", tables: [] },
      { at: [0, 1, 1, 1], text: "96（暂定）", tables: [] },
    ]]);
    expect(mammothMessages).toEqual([]);
  });
});

describe("differential: tracked changes (both read the accepted view)", () => {
  const mark = (tag: string) => `<w:${tag} w:id="9" w:author="审核人" w:date="2021-03-01T10:00:00Z"/>`;
  const trackedRow = (tag: "del" | "ins", cells: string[]) => row(cells).replace("<w:tr>", `<w:tr><w:trPr>${mark(tag)}</w:trPr>`);
  const trackedCell = (tag: "cellDel" | "cellIns", text: string) => cell(text).replace("<w:tcPr>", `<w:tcPr>${mark(tag)}`);
  const markRemoved = (content: string, tag = "del") => `<w:p><w:pPr><w:rPr>${mark(tag)}</w:rPr></w:pPr>${content}</w:p>`;
  const at = (row: number, col: number, text: string, rowSpan = 1, colSpan = 1) => ({ at: [row, col, rowSpan, colSpan], text, tables: [] });

  it.each([
    ["deleted row dropped, inserted row kept", table(2, [row([cell("A"), cell("B")]), trackedRow("del", [cell("X"), cell("Y")]), trackedRow("ins", [cell("C"), cell("D")])]),
      [at(0, 0, "A"), at(0, 1, "B"), at(1, 0, "C"), at(1, 1, "D")]],
    ["deleted row inside a vertical merge", table(2, [row([cell("M", { vMerge: "restart" }), cell("1")]), trackedRow("del", [cell("", { vMerge: "continue" }), cell("2")]), row([cell("", { vMerge: "continue" }), cell("3")])]),
      [at(0, 0, "M", 2), at(0, 1, "1"), at(1, 1, "3")]],
    ["inserted cell kept", table(3, [row([cell("A"), trackedCell("cellIns", "B"), cell("C")])]),
      [at(0, 0, "A"), at(0, 1, "B"), at(0, 2, "C")]],
    ["w:moveFrom dropped, w:moveTo kept", table(2, [row([
      cell(`<w:p>${run("目标")}<w:moveFromRangeStart w:id="1" w:name="m"/><w:moveFrom w:id="2" w:author="a">${run("旧值")}</w:moveFrom><w:moveFromRangeEnd w:id="1"/></w:p>`),
      cell(`<w:p><w:moveToRangeStart w:id="3" w:name="m"/><w:moveTo w:id="4" w:author="a">${run("旧值")}</w:moveTo><w:moveToRangeEnd w:id="3"/>${run("≥95%")}</w:p>`),
    ])]), [at(0, 0, "目标"), at(0, 1, "旧值≥95%")]],
    ["deleted paragraph mark inside a cell", table(1, [row([cell(markRemoved(run("项目支")) + para("出名称") + para("第三行"))])]),
      [at(0, 0, "项目支出名称\n第三行")]],
  ])("%s: same grids", async (_, body, expected) => {
    const { direct, mammoth, directMessages, mammothMessages } = await both(docxOf(body));
    expect(direct).toEqual([expected]);
    expect(mammoth).toEqual(direct);
    expect(directMessages).toEqual([]);
    expect(mammothMessages).toEqual([]);
  });

  it("deleted row that starts a vertical merge: same grid, but mammoth says nothing of the continuation left without its origin", async () => {
    const { direct, mammoth, directMessages, mammothMessages } = await both(docxOf(table(2, [
      trackedRow("del", [cell("M", { vMerge: "restart" }), cell("1")]),
      row([cell("", { vMerge: "continue" }), cell("2")]),
      row([cell("", { vMerge: "continue" }), cell("3")]),
    ])));
    expect(direct).toEqual([[at(0, 0, "", 2), at(0, 1, "2"), at(1, 1, "3")]]);
    expect(mammoth).toEqual(direct);
    expect(directMessages.map((m) => m.code)).toEqual(["MERGE_WITHOUT_ORIGIN"]);
    expect(mammothMessages).toEqual([]);
  });

  it("every row deleted: the direct reader drops the table, mammoth keeps an empty one", async () => {
    const { direct, mammoth } = await both(docxOf(table(1, [trackedRow("del", [cell("gone")])]) + table(1, [row([cell("t")])])));
    expect(direct).toEqual([[at(0, 0, "t")]]);
    expect(mammoth).toEqual([[], [at(0, 0, "t")]]);
  });

  it("w:cellDel: the direct reader removes the cell and moves the rest of the row left, mammoth keeps it", async () => {
    const { direct, mammoth } = await both(docxOf(table(3, [row([cell("A"), trackedCell("cellDel", "B"), cell("C")]), row([cell("D"), cell("E"), cell("F")])])));
    expect(direct).toEqual([[at(0, 0, "A"), at(0, 1, "C"), at(1, 0, "D"), at(1, 1, "E"), at(1, 2, "F")]]);
    expect(mammoth).toEqual([[at(0, 0, "A"), at(0, 1, "B"), at(0, 2, "C"), at(1, 0, "D"), at(1, 1, "E"), at(1, 2, "F")]]);
  });

  it("a paragraph moved away whole (w:pPr/w:rPr/w:moveFrom): the direct reader joins it, mammoth leaves an empty line", async () => {
    const moved = markRemoved(`<w:moveFrom w:id="2" w:author="a">${run("移走")}</w:moveFrom>`, "moveFrom");
    const { direct, mammoth } = await both(docxOf(table(1, [row([cell(para("a") + moved + para("b"))])])));
    expect(direct).toEqual([[at(0, 0, "a\nb")]]);
    expect(mammoth).toEqual([[at(0, 0, "a\n\nb")]]);
  });

  it("a deleted mark on a cell's last paragraph: the direct reader keeps it in its cell, mammoth joins it to the next cell's text", async () => {
    const { direct, mammoth } = await both(docxOf(table(2, [row([cell(para("a") + markRemoved(run("b"))), cell("c")])])));
    expect(direct).toEqual([[at(0, 0, "a\nb"), at(0, 1, "c")]]);
    expect(mammoth).toEqual([[at(0, 0, "a"), at(0, 1, "bc")]]);
  });
});
