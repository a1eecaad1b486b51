/**
 * Differential test against LibreOffice, the reference: every Word 97 fixture (all written by
 * LibreOffice, see scripts/fixtures/make_doc.sh) read natively must give what LibreOffice gives for
 * it — LibreOffice converts the .doc to .docx and the direct reader reads that. Compared: body
 * paragraphs, and per table the row and column counts and every cell's place, spans, text and
 * hidden text, nested tables included.
 *
 * Where the two may not agree, by design or by a LibreOffice quirk, the test says so:
 * - LibreOffice writes a paragraph's "page break before" into the .docx as a page break at the end
 *   of the paragraph before it, which reads as a trailing "\n"; the .doc has no such character, so
 *   a body paragraph's trailing "\n" is not compared.
 * - around-forms-python-docx.doc: LibreOffice writes no paragraph after the document's last table
 *   and then reads that table back as a paragraph; the native reading keeps it a table.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Block, DocumentModel, Grid } from "../../../src/grid/types";
import { readDocumentModel } from "../../../src/grid/read";
import { convertToDocx, disposeConverterProfiles } from "../../../src/input/convert";
import { FIXTURES, fixture } from "../../helpers/fixtures";
import { describeWithSoffice } from "../../helpers/soffice";

const DOC_FIXTURES = ["seed-libreoffice.doc", ...readdirSync(join(FIXTURES, "doc")).filter((name) => name.endsWith(".doc")).sort().map((name) => `doc/${name}`)];
const HIDDEN = "doc/hidden.doc";
const LAST_TABLE_LOST = "doc/around-forms-python-docx.doc";

interface Shape { rows: number; cols: number; cells: { at: string; text: string; hiddenText?: string[]; tables: Shape[] }[] }

function gridShape(grid: Grid): Shape {
  return {
    rows: grid.rowCount,
    cols: grid.colCount,
    cells: grid.cells.map((c) => ({ at: `${c.row},${c.col} ${c.rowSpan}×${c.colSpan}`, text: c.text, hiddenText: c.hiddenText, tables: c.tables.map(gridShape) })),
  };
}

function modelShape(model: DocumentModel): (string | Shape)[] {
  return model.blocks.map((b: Block) => (b.kind === "paragraph" ? b.text.replace(/\n$/, "") : gridShape(b.grid)));
}

describeWithSoffice("Word 97 fixtures: the native reading equals LibreOffice's", () => {
  afterAll(() => disposeConverterProfiles());

  it.each(DOC_FIXTURES.filter((name) => name !== LAST_TABLE_LOST))("%s", async (name) => {
    const bytes = fixture(name);
    const native = await readDocumentModel(bytes);
    const reference = await readDocumentModel(await convertToDocx(bytes, "doc"));
    expect(native.format).toBe("doc");
    expect(modelShape(native)).toEqual(modelShape(reference));
  }, 120_000);

  it("hidden.doc: the hidden words are apart in both readings", async () => {
    const bytes = fixture(HIDDEN);
    const cell = (m: DocumentModel) => (m.blocks.find((b) => b.kind === "table") as { grid: Grid }).grid.cells[0];
    const reference = await readDocumentModel(await convertToDocx(bytes, "doc"));
    expect([cell(reference).text, cell(reference).hiddenText]).toEqual(["shown", [" secret"]]);
    expect(reference.messages.map((m) => m.message)).toEqual([expect.stringContaining("secret"), expect.stringContaining("hidden note")]);
  }, 120_000);

  it("around-forms-python-docx.doc: equal up to its last table, which LibreOffice loses on reading its own .doc", async () => {
    const bytes = fixture(LAST_TABLE_LOST);
    const native = modelShape(await readDocumentModel(bytes));
    const reference = modelShape(await readDocumentModel(await convertToDocx(bytes, "doc")));
    expect(reference[reference.length - 1]).toBe("附件数量11报送日期2021年3月");
    expect(native.slice(0, -1)).toEqual(reference.slice(0, -1));
    expect(native[native.length - 1]).toEqual({
      rows: 2, cols: 2, cells: [["0,0", "附件数量"], ["0,1", "11"], ["1,0", "报送日期"], ["1,1", "2021年3月"]].map(([at, text]) => ({ at: `${at} 1×1`, text, tables: [] })),
    });
  }, 120_000);
});

describe("Word 97 fixtures read natively, no LibreOffice", () => {
  it("hidden.doc: the hidden words are out of the text, in the cell's hiddenText and an info message", async () => {
    const native = await readDocumentModel(fixture(HIDDEN));
    expect(native.blocks.map((b) => (b.kind === "paragraph" ? b.text : b.grid.cells.map((c) => [c.text, c.hiddenText])))).toEqual([
      [["shown", [" secret"]], ["plain", undefined]],
      "visible",
    ]);
    expect(native.messages).toEqual([
      expect.objectContaining({ code: "HIDDEN_TEXT", severity: "info", table: [0], row: 0, col: 0, message: expect.stringContaining("secret") }),
      expect.objectContaining({ code: "HIDDEN_TEXT", severity: "info", message: expect.stringContaining("hidden note") }),
    ]);
  });
});
