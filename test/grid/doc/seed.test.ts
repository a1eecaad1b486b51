/**
 * The seed's 11 forms from a Word 97 .doc (LibreOffice's "MS Word 97" export of
 * seed-libreoffice.docx), read natively: no LibreOffice is started here.
 */
import { describe, expect, it } from "vitest";
import { readTables } from "../../../src/grid/read";
import { parseDocx } from "../../../src/parse";
import { fixture } from "../../helpers/fixtures";
import { comparable, expectedSeedRecords } from "../../helpers/seed";

const expected = expectedSeedRecords();

describe("seed-libreoffice.doc read natively", () => {
  it("gives the 11 seed records, every field, with no warning", async () => {
    const { forms, messages } = await parseDocx(fixture("seed-libreoffice.doc"), { validate: false });
    expect(forms.map(comparable)).toEqual(expected.map(comparable));
    expect(messages.filter((m) => m.severity !== "info")).toEqual([]);
    expect(forms.every((f) => f.source?.reader === "doc")).toBe(true);
  });

  it("gives the same grids as the .docx it was exported from (texts, spans, rows)", async () => {
    const fromDoc = await readTables(fixture("seed-libreoffice.doc"));
    const fromDocx = await readTables(fixture("seed-libreoffice.docx"));
    const shape = (t: typeof fromDoc.tables) => t.map((g) => ({ rows: g.rowCount, cols: g.colCount, cells: g.cells.map(({ row, col, rowSpan, colSpan, text }) => ({ row, col, rowSpan, colSpan, text })) }));
    expect(fromDoc.tables.length).toBe(11);
    expect(shape(fromDoc.tables)).toEqual(shape(fromDocx.tables));
  });
});
