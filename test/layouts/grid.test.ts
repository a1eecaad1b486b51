import { describe, expect, it } from "vitest";
import { readDocumentModel, readTables, type Grid } from "../../src/index";
import { READERS } from "../helpers/fixtures";
import { LAYOUT_NAMES, layoutFile, literals, withoutTitleRows, type LiteralTable, type Literals } from "./literals";

// The real-layout fixtures are what their literals say: every cell at the position, with the spans and
// the text the literals give, read by both .docx readers, for the python-docx file, its title-less
// variant and the LibreOffice twin. Kinds tests rely on this to build expected records from the literals.

type Shape = { at: [number, number, number, number]; text: string };
const shapeOfGrid = (grid: Grid): Shape[] => grid.cells.map((c) => ({ at: [c.row, c.col, c.rowSpan, c.colSpan], text: c.text }));
const shapeOfLiterals = (table: LiteralTable): Shape[] => table.cells.map((c) => ({ at: [c.row, c.col, c.rowSpan, c.colSpan], text: c.text }));

function variants(lit: Literals): [string, string, LiteralTable[]][] {
  const out: [string, string, LiteralTable[]][] = [["python-docx", lit.files["python-docx"], lit.tables]];
  if (lit.files.notitle) out.push(["notitle", lit.files.notitle, lit.tables.map(withoutTitleRows)]);
  if (lit.files.libreoffice) out.push(["libreoffice", lit.files.libreoffice, lit.tables]);
  return out;
}

const cases = LAYOUT_NAMES.flatMap((name) =>
  variants(literals(name)).flatMap(([variant, file, tables]) => READERS.map((reader) => ({ name, variant, file, tables, reader }))));

describe("real-layout fixtures: grids are what the literals say", () => {
  it("every layout has its fixture files, and the listed producers", () => {
    for (const name of LAYOUT_NAMES) {
      const lit = literals(name);
      expect(lit.name).toBe(name);
      expect(lit.tables.length).toBeGreaterThan(0);
      expect(lit.producers).toContain("python-docx");
      expect(Boolean(lit.files.libreoffice)).toBe(lit.producers.includes("libreoffice"));
    }
    const twins = LAYOUT_NAMES.filter((n) => literals(n).files.libreoffice);
    expect(twins).toEqual(["L2-project-anhui", "L3-project-yunnan", "L5-project-sichuan", "L11-transfer-county", "L12-department-project-shape", "L16-target-hunan", "L17-target-template", "L19-target-scored"]);
  });

  it.each(cases)("$name $variant ($reader): every cell at its literal position, spans and text", async ({ file, tables, reader }) => {
    const read = await readTables(layoutFile(file), { reader });
    expect(read.tables.map((g) => [g.rowCount, g.colCount])).toEqual(tables.map((t) => [t.rowCount, t.cols]));
    read.tables.forEach((grid, i) => expect(shapeOfGrid(grid)).toEqual(shapeOfLiterals(tables[i])));
    // mammoth reports LibreOffice's paragraph styles it has no mapping for, as info: nothing is lost.
    expect(read.messages.filter((m) => m.severity !== "info")).toEqual([]);
  });

  it.each(LAYOUT_NAMES.filter((n) => literals(n).files.libreoffice))("%s: the LibreOffice twin reads as the python-docx file (direct reader)", async (name) => {
    const lit = literals(name);
    const [py, lo] = await Promise.all([readTables(layoutFile(lit.files["python-docx"])), readTables(layoutFile(lit.files.libreoffice!))]);
    expect(lo.tables.map(shapeOfGrid)).toEqual(py.tables.map(shapeOfGrid));
  });

  it.each(LAYOUT_NAMES.flatMap((name) => variants(literals(name)).map(([variant, file]) => ({ name, variant, file }))))(
    "$name $variant: the body paragraphs are the literal ones, in order around the tables (title-less: without title and year)",
    async ({ name, variant, file }) => {
      const lit = literals(name);
      const model = await readDocumentModel(layoutFile(file));
      // Paragraph texts with the number of tables before each; empty spacer paragraphs left out.
      const got: [string, number][] = [];
      let tables = 0;
      for (const b of model.blocks) {
        if (b.kind === "table") tables++;
        else if (b.text.trim() !== "") got.push([b.text, tables]);
      }
      const want = lit.paragraphs
        .filter((p) => variant !== "notitle" || p.role === null)
        .map((p) => [p.text, p.beforeTable] as [string, number]);
      expect(got).toEqual(want);
    });
});

describe("real-layout fixtures: the tricky parts each layout is about are in the files", () => {
  const cellAt = (name: (typeof LAYOUT_NAMES)[number], text: string, table = 0) =>
    literals(name).tables[table].cells.find((c) => c.text === text);

  it("L1: title and year are one-cell rows spanning the table; wrapped and spaced labels", async () => {
    const grid = (await readTables(layoutFile(literals("L1-project-central").files["python-docx"]))).tables[0];
    expect(shapeOfGrid(grid).slice(0, 2)).toEqual([
      { at: [0, 0, 1, 9], text: "项目支出绩效自评表" },
      { at: [1, 0, 1, 9], text: "（ 2021 年度）" },
    ]);
    expect(grid.cells.map((c) => c.text)).toEqual(expect.arrayContaining(["年度\n指标值", "实际\n完成值", "绩 效 指 标", "  上年结转资金"]));
  });

  it("L3: the indicator header is two rows, 年度指标值 spanning 指标性质 / 指标值 / 度量单位", () => {
    expect(cellAt("L3-project-yunnan", "年度指标值")).toMatchObject({ row: 9, col: 3, rowSpan: 1, colSpan: 3 });
    expect(cellAt("L3-project-yunnan", "实际完成值")).toMatchObject({ row: 9, col: 6, rowSpan: 2, colSpan: 1 });
    expect(cellAt("L3-project-yunnan", "指标性质")).toMatchObject({ row: 10, col: 3 });
    expect(cellAt("L3-project-yunnan", "度量单位")).toMatchObject({ row: 10, col: 5 });
  });

  it("L5: the 原因 hint spans the five funds rows; the form number and the year are in paragraphs", () => {
    const reason = literals("L5-project-sichuan").tables[0].cells.find((c) => c.text.includes("(100字以内)"));
    expect(reason).toMatchObject({ col: 10, rowSpan: 5, colSpan: 1 });
    expect(literals("L5-project-sichuan").paragraphs.map((p) => p.text)).toEqual(["报表编号:510000_0013zp", "部门预算项目支出绩效自评表(2023年度)"]);
  });

  it("bundle: department, two projects, a schedule table, a transfer form and a contact table, in that order", () => {
    const lit = literals("bundle-final-accounts");
    expect(lit.tables.map((t) => t.cells[0].text)).toEqual(["部门", "项目名称", "项目名称", "项目实施内容", "转移支付（项目）名称", "联系人"]);
  });
});
