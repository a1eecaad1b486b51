/**
 * The seed's 11 forms from RTF (LibreOffice's RTF export of seed-libreoffice.docx), read
 * natively: no LibreOffice is started here. Starting any program from this file fails (the
 * child_process module is replaced), so these tests pass on a machine without LibreOffice.
 */
import { describe, expect, it, vi } from "vitest";
import { readDocumentModel, readTables } from "../../../src/grid/read";
import { parseDocx } from "../../../src/parse";
import { fixture } from "../../helpers/fixtures";
import { comparable, expectedSeedRecords } from "../../helpers/seed";

const expected = expectedSeedRecords();

vi.mock("node:child_process", () => {
  const refuse = () => {
    throw new Error("no program may be started while RTF is read natively");
  };
  return { spawn: refuse, spawnSync: refuse, exec: refuse, execFile: refuse, execSync: refuse, execFileSync: refuse, fork: refuse };
});

describe("seed-libreoffice.rtf read natively", () => {
  it("gives the 11 seed records, every field, with no warning, with no program started", async () => {
    const childProcess = await import("node:child_process");
    expect(() => childProcess.spawn("soffice")).toThrow(/no program may be started/);
    const { forms, messages } = await parseDocx(fixture("seed-libreoffice.rtf"), { validate: false });
    expect(forms.map(comparable)).toEqual(expected.map(comparable));
    expect(messages.filter((m) => m.severity !== "info")).toEqual([]);
    expect(forms.every((f) => f.source?.reader === "rtf")).toBe(true);
  });

  it("gives the 11 seed records from RTF written as Chinese Word writes it (GBK bytes, row definitions twice)", async () => {
    const { forms, messages } = await parseDocx(fixture("rtf/seed-word-style-gbk.rtf"), { validate: false });
    expect(forms.map(comparable)).toEqual(expected.map(comparable));
    expect(messages.filter((m) => m.severity !== "info")).toEqual([]);
  });

  it("says the format is rtf, whatever reader was asked for; an unknown reader is still BAD_OPTION", async () => {
    const model = await readDocumentModel(fixture("seed-libreoffice.rtf"), { reader: "mammoth" });
    expect(model.format).toBe("rtf");
    await expect(readDocumentModel(fixture("seed-libreoffice.rtf"), { reader: "pandoc" as never })).rejects.toMatchObject({ code: "BAD_OPTION" });
  });

  it("gives the same grids as the .docx it was exported from (texts, spans, rows)", async () => {
    const fromRtf = await readTables(fixture("seed-libreoffice.rtf"));
    const fromDocx = await readTables(fixture("seed-libreoffice.docx"));
    const shape = (t: typeof fromRtf.tables) => t.map((g) => ({ rows: g.rowCount, cols: g.colCount, cells: g.cells.map(({ row, col, rowSpan, colSpan, text }) => ({ row, col, rowSpan, colSpan, text })) }));
    expect(fromRtf.tables.length).toBe(11);
    expect(shape(fromRtf.tables)).toEqual(shape(fromDocx.tables));
  });
});
