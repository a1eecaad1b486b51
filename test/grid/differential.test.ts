import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readTables } from "../../src/grid/read";
import type { Grid } from "../../src/grid/model";
import { FIXTURES, fixture } from "../helpers/fixtures";
import { cell, docxOf, row, run, table } from "../helpers/ooxml";

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
