/**
 * The seed's 11 forms from a Word 97 .doc (LibreOffice's "MS Word 97" export of
 * seed-libreoffice.docx), read natively. Starting any program from this file fails (the
 * child_process module is replaced), so these tests prove that no LibreOffice is needed.
 */
import { describe, expect, it, vi } from "vitest";
import { parseFile } from "../../../src/parse-file";
import { readDocumentModel, readTables } from "../../../src/grid/read";
import { parseDocx } from "../../../src/parse";
import { FIXTURES, fixture } from "../../helpers/fixtures";
import { comparable, expectedSeedRecords } from "../../helpers/seed";

const expected = expectedSeedRecords();

vi.mock("node:child_process", () => {
  const refuse = () => {
    throw new Error("no program may be started while a .doc is read natively");
  };
  return { spawn: refuse, spawnSync: refuse, exec: refuse, execFile: refuse, execSync: refuse, execFileSync: refuse, fork: refuse };
});

describe("seed-libreoffice.doc read natively", () => {
  it("gives the 11 seed records, every field, with no warning, with no program started", async () => {
    const childProcess = await import("node:child_process");
    expect(() => childProcess.spawn("soffice")).toThrow(/no program may be started/);
    const { forms, messages } = await parseDocx(fixture("seed-libreoffice.doc"), { validate: false });
    expect(forms.map(comparable)).toEqual(expected.map(comparable));
    expect(messages.filter((m) => m.severity !== "info")).toEqual([]);
    expect(forms.every((f) => f.source?.reader === "doc")).toBe(true);
  });

  it("parseFile reads it the same way, with no conversion", async () => {
    const { forms, messages } = await parseFile(`${FIXTURES}/seed-libreoffice.doc`, { validate: false });
    expect(forms.map(comparable)).toEqual(expected.map(comparable));
    expect(messages.map((m) => m.code)).not.toContain("CONVERTED");
  });

  it("parseFile with convert: { always: true } sends it to LibreOffice instead: a program is started (refused in this file)", async () => {
    const error = await parseFile(`${FIXTURES}/seed-libreoffice.doc`, { convert: { always: true, soffice: process.execPath } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CONVERSION_FAILED", message: expect.stringContaining("no program may be started") });
  });

  it("says the format is doc, whatever reader was asked for", async () => {
    const model = await readDocumentModel(fixture("seed-libreoffice.doc"), { reader: "mammoth" });
    expect(model.format).toBe("doc");
  });

  it("gives the same grids as the .docx it was exported from (texts, spans, rows)", async () => {
    const fromDoc = await readTables(fixture("seed-libreoffice.doc"));
    const fromDocx = await readTables(fixture("seed-libreoffice.docx"));
    const shape = (t: typeof fromDoc.tables) => t.map((g) => ({ rows: g.rowCount, cols: g.colCount, cells: g.cells.map(({ row, col, rowSpan, colSpan, text }) => ({ row, col, rowSpan, colSpan, text })) }));
    expect(fromDoc.tables.length).toBe(11);
    expect(shape(fromDoc.tables)).toEqual(shape(fromDocx.tables));
  });
});
