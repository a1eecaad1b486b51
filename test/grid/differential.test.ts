import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readTables } from "../../src/grid/read";
import type { Grid } from "../../src/grid/model";
import { FIXTURES, fixture } from "../helpers/fixtures";
import { cell, docxOf, row, table } from "../helpers/ooxml";

/** Geometry and text of every cell, nested tables included. */
function shape(grid: Grid): unknown {
  return grid.cells.map((c) => ({ at: [c.row, c.col, c.rowSpan, c.colSpan], text: c.text, tables: c.tables.map(shape) }));
}

async function both(input: Uint8Array) {
  const [direct, mammoth] = await Promise.all([readTables(input), readTables(input, { reader: "mammoth" })]);
  return { direct: direct.tables.map(shape), mammoth: mammoth.tables.map(shape) };
}

const docxFixtures = readdirSync(FIXTURES).filter((f) => f.endsWith(".docx"));

describe("differential: the direct reader and mammoth agree where mammoth is right", () => {
  it("there are fixtures from other producers", () => {
    expect(docxFixtures.length).toBeGreaterThanOrEqual(6);
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
});
