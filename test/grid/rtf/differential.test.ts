/**
 * Differential against LibreOffice, the reference: every .rtf fixture is read natively, and also
 * converted by LibreOffice to .docx and read by the direct .docx reader; the grids must be equal
 * (cell texts and hidden texts, spans, row and column counts, nested tables).
 */
import { readdirSync } from "node:fs";
import { afterAll, expect, it } from "vitest";
import type { Grid } from "../../../src/grid/types";
import { readTables } from "../../../src/grid/read";
import { parseFile } from "../../../src/parse-file";
import { convertToDocx, disposeConverterProfiles } from "../../../src/input/convert";
import { FIXTURES, fixture } from "../../helpers/fixtures";
import { describeWithSoffice } from "../../helpers/soffice";

/**
 * Where LibreOffice is not the reference, with the reason; these files' grids are asserted by
 * hand in structures.test.ts.
 */
const NOT_COMPARED: Record<string, string> = {
  // LibreOffice stretches every row to the table's width and ignores a later row's \trleft; Word
  // keeps each row's own edges, and so do we.
  "boundaries.rtf": "rows of different widths",
};

const FILES = ["seed-libreoffice.rtf", ...readdirSync(FIXTURES + "rtf").filter((f) => f.endsWith(".rtf")).map((f) => "rtf/" + f)];

interface Shape { rows: number; cols: number; cells: { row: number; col: number; rowSpan: number; colSpan: number; text: string; hiddenText?: string[]; tables: Shape[] }[] }

function shape(grid: Grid): Shape {
  return {
    rows: grid.rowCount,
    cols: grid.colCount,
    cells: grid.cells.map((c) => ({ row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, text: c.text, hiddenText: c.hiddenText, tables: c.tables.map(shape) })),
  };
}

describeWithSoffice("RTF read natively equals LibreOffice's reading", () => {
  afterAll(() => disposeConverterProfiles());

  for (const name of FILES) {
    const base = name.replace(/^rtf\//, "");
    if (NOT_COMPARED[base]) continue;
    it(name, async () => {
      const bytes = fixture(name);
      const native = await readTables(bytes);
      const viaLibreOffice = await readTables(await convertToDocx(bytes, "rtf"));
      expect(native.tables.length).toBeGreaterThan(0);
      expect(native.tables.map(shape)).toEqual(viaLibreOffice.tables.map(shape));
    });
  }

  it("parseFile with convert: \"always\" converts RTF with LibreOffice instead, and says so", async () => {
    const { forms, messages } = await parseFile(FIXTURES + "rtf/single-form-libreoffice.rtf", { convert: "always" });
    expect(forms).toHaveLength(1);
    expect(forms[0].source?.reader).toBe("direct");
    expect(messages[0]).toMatchObject({ code: "CONVERTED", severity: "info" });
  });
});
