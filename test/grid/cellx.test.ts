import { describe, expect, it } from "vitest";
import { GridBudget } from "../../src/grid/build";
import { gridFromCellxRows, type CellxCell, type CellxOptions, type CellxRow } from "../../src/grid/cellx";
import type { Grid, GridMessage } from "../../src/grid/types";

/** The grid as a picture: each position shows its origin cell's text, "·" where there is none. */
function picture(grid: Grid): string[][] {
  return grid.positions.map((line) => line.map((c) => (c ? c.text : "·")));
}

const c = (text: string, right: number, o: Partial<CellxCell> = {}): CellxCell => ({ right, text, hMerge: null, vMerge: null, tables: [], ...o });
const r = (cells: CellxCell[], o: Partial<CellxRow> = {}): CellxRow => ({ left: 0, widthBefore: 0, widthAfter: 0, cells, ...o });

function build(rows: CellxRow[], limit = 1_000_000, options: CellxOptions = {}) {
  const messages: GridMessage[] = [];
  const grid = gridFromCellxRows(rows, [0], messages, new GridBudget(limit), options);
  return { grid, messages };
}

describe("the column grid from cell right boundaries", () => {
  it("rows with the same boundaries give one column per cell", () => {
    const { grid, messages } = build([r([c("A", 1000), c("B", 2000)]), r([c("C", 1000), c("D", 2000)])]);
    expect(picture(grid)).toEqual([["A", "B"], ["C", "D"]]);
    expect(messages).toEqual([]);
  });

  it("the grid is the union of all rows' boundaries; a wider cell spans the columns between its boundaries", () => {
    const { grid } = build([
      r([c("A", 1000), c("B", 3000)]),
      r([c("C", 2000), c("D", 3000)]),
      r([c("E", 3000)]),
    ]);
    expect(picture(grid)).toEqual([["A", "B", "B"], ["C", "C", "D"], ["E", "E", "E"]]);
    expect(grid.cells.map((x) => [x.text, x.col, x.colSpan])).toEqual([["A", 0, 1], ["B", 1, 2], ["C", 0, 2], ["D", 2, 1], ["E", 0, 3]]);
  });

  it("boundaries 10 twips apart stay two columns, as LibreOffice keeps them", () => {
    const { grid } = build([r([c("A", 2000), c("B", 4000)]), r([c("C", 2010), c("D", 4000)])]);
    expect(grid.colCount).toBe(3);
    expect(picture(grid)).toEqual([["A", "B", "B"], ["C", "C", "D"]]);
  });

  it("a row that starts further right, and empty space before and after, leave null positions", () => {
    const { grid } = build([
      r([c("A", 1000), c("B", 2000), c("C", 3000)]),
      r([c("D", 2000)], { left: 1000 }),
      r([c("E", 1000)], { widthAfter: 2000 }),
      r([c("F", 3000)], { left: 2000, widthBefore: 1000 }),
    ]);
    expect(picture(grid)).toEqual([["A", "B", "C"], ["·", "D", "·"], ["E", "·", "·"], ["·", "·", "F"]]);
  });

  it("vertical merges join the origin cell; continuation text goes to hiddenText with a message", () => {
    const { grid, messages } = build([
      r([c("M", 1000, { vMerge: "restart" }), c("1", 2000)]),
      r([c("", 1000, { vMerge: "continue" }), c("2", 2000)]),
      r([c("stray", 1000, { vMerge: "continue" }), c("3", 2000)]),
    ]);
    expect(picture(grid)).toEqual([["M", "1"], ["M", "2"], ["M", "3"]]);
    expect(grid.cells[0]).toMatchObject({ text: "M", rowSpan: 3, colSpan: 1, hiddenText: ["stray"] });
    expect(messages).toMatchObject([{ code: "TEXT_IN_MERGED_CELL", row: 2, col: 0 }]);
  });

  it("a vertical merge over a cell with different boundaries is kept as a cell of its own", () => {
    const { grid, messages } = build([
      r([c("M", 2000, { vMerge: "restart" })]),
      r([c("", 1000, { vMerge: "continue" }), c("X", 2000)]),
    ]);
    expect(picture(grid)).toEqual([["M", "M"], ["", "X"]]);
    expect(messages).toMatchObject([{ code: "MERGE_WITHOUT_ORIGIN", row: 1, col: 0 }]);
  });

  it("a continuation under a plain cell, in a column where no merge was started, stays a cell of its own (as LibreOffice reads it)", () => {
    const { grid, messages } = build([
      r([c("A", 1000), c("B", 2000)]),
      r([c("", 1000, { vMerge: "continue" }), c("C", 2000)]),
    ]);
    expect(picture(grid)).toEqual([["A", "B"], ["", "C"]]);
    expect(messages).toMatchObject([{ code: "MERGE_WITHOUT_ORIGIN", severity: "warning", row: 1, col: 0 }]);
  });

  it("where a merge was started in the column before, a continuation joins the cell above even after a plain cell (as LibreOffice reads it)", () => {
    const { grid, messages } = build([
      r([c("M", 1000, { vMerge: "restart" }), c("1", 2000)]),
      r([c("P", 1000), c("2", 2000)]),
      r([c("", 1000, { vMerge: "continue" }), c("3", 2000)]),
    ]);
    expect(picture(grid)).toEqual([["M", "1"], ["P", "2"], ["P", "3"]]);
    expect(messages).toEqual([]);
  });

  it("horizontal merge flags join cells left to right", () => {
    const { grid, messages } = build([
      r([c("H", 1000, { hMerge: "first" }), c("", 2000, { hMerge: "merged" }), c("B", 3000)]),
      r([c("C", 1000), c("D", 2000), c("E", 3000)]),
    ]);
    expect(picture(grid)).toEqual([["H", "H", "B"], ["C", "D", "E"]]);
    expect(grid.cells[0]).toMatchObject({ colSpan: 2 });
    expect(messages).toEqual([]);
  });

  it("joinMergedContents (RTF): the boundaries inside a horizontal merge are no column edges; the merged cells' contents join the first cell's, as paragraphs", () => {
    const { grid, messages } = build([r([c("H", 1000, { hMerge: "first" }), c("x", 2000, { hMerge: "merged" }), c("", 2500, { hMerge: "merged" }), c("B", 3000)])], 1_000_000, { joinMergedContents: true });
    // Edges 0, 2500, 3000: the merge's inner edges (1000, 2000) are not ones.
    expect(picture(grid)).toEqual([["H\nx", "B"]]);
    expect(grid.cells[0]).toMatchObject({ colSpan: 1 });
    expect(messages).toEqual([]);
  });

  it("without joinMergedContents a merged cell joins the one to its left by the .docx rules: its text kept aside", () => {
    const { grid, messages } = build([r([c("H", 1000, { hMerge: "first" }), c("x", 2000, { hMerge: "merged" }), c("B", 3000)])]);
    expect(picture(grid)).toEqual([["H", "H", "B"]]);
    expect(grid.cells[0]).toMatchObject({ colSpan: 2, hiddenText: ["x"] });
    expect(messages).toMatchObject([{ code: "TEXT_IN_MERGED_CELL", row: 0, col: 1 }]);
  });

  it("a cell ending left of where it starts gets one column and a warning", () => {
    const { grid, messages } = build([r([c("A", 1000), c("B", 500), c("C", 2000)])]);
    expect(grid.cells.map((x) => [x.text, x.col, x.colSpan])).toEqual([["A", 0, 1], ["B", 1, 1], ["C", 2, 1]]);
    expect(messages).toMatchObject([{ code: "BAD_CELL_BOUNDARY", severity: "warning", row: 0, col: 1 }]);
  });

  it("thousands of distinct boundaries stop at the grid budget before allocating", () => {
    const rows = Array.from({ length: 200 }, (_, i) => r([c("x", 1 + i)]));
    expect(() => build(rows, 10_000)).toThrow(expect.objectContaining({ code: "LIMIT_EXCEEDED" }));
  });
});
