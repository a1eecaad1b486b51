import { projects } from "../helpers/record";
import { describe, expect, it } from "vitest";
import { readTables } from "../../src/grid/read";
import { parseDocx } from "../../src/parse";
import { comparable, expectedSeedRecords } from "../helpers/seed";
import { fixture, READERS } from "../helpers/fixtures";

const expected = expectedSeedRecords();

/** [fixture, indexes of the seed forms it holds, in order] */
const CASES: [string, number[]][] = [
  ["seed-libreoffice.docx", expected.map((_, i) => i)],
  ["seed-python-docx.docx", expected.map((_, i) => i)],
  ["single-form-libreoffice.docx", [0]],
  ["single-form-python-docx.docx", [0]],
  ["around-forms-python-docx.docx", [0, 1]],
  ["title-in-table-python-docx.docx", [2]],
];

describe.each(READERS)("seed forms through the %s reader", (reader) => {
  it.each(CASES)("%s gives the seed's records, every field", async (name, indexes) => {
    const { forms: read, messages } = await parseDocx(fixture(name), { reader, validate: false });
    const forms = projects(read);
    expect(forms.map(comparable)).toEqual(indexes.map((i) => comparable(expected[i])));
    expect(messages.filter((m) => m.severity !== "info")).toEqual([]);
  });

  it("keeps each value cell's raw text with its spaces (4-1, first indicator)", async () => {
    const forms = projects((await parseDocx(fixture("seed-libreoffice.docx"), { reader, validate: false })).forms);
    expect(forms[0].indicators[0].target).toMatchObject({ raw: "　90%以上", text: "90%以上", reading: { raw: "　90%以上", comparator: ">=", value: "90" } });
    expect(forms[0].project.department).toBe("湘西自治州人民政府办公室");
  });

  it("records where each value came from", async () => {
    const forms = projects((await parseDocx(fixture("seed-libreoffice.docx"), { reader, validate: false })).forms);
    const seventh = forms[6];
    const cell = seventh.source!.cells["total.score"];
    expect(cell.text.trim()).toBe("96");
    // The cell the reference points at in the document's own grid holds that text.
    const { tables } = await readTables(fixture("seed-libreoffice.docx"), { reader });
    expect(tables[cell.table].positions[cell.row][cell.col]?.text).toBe(cell.text);
    expect(seventh.source?.tables).toEqual([6]);
  });
});

describe("a form split across two tables by a page break", () => {
  it.each(READERS)("is read as one form (%s)", async (reader) => {
    const { forms: read, messages } = await parseDocx(fixture("split-table-python-docx.docx"), { reader, validate: false });
    const forms = projects(read);
    expect(forms.map(comparable)).toEqual([comparable(expected[1])]);
    expect(forms[0].source?.tables).toEqual([0, 1]);
    expect(messages.filter((m) => m.severity !== "info")).toEqual([]);
  });
});

describe("a document without a form", () => {
  it("returns no records and a NO_FORM error message", async () => {
    const { forms: read, messages } = await parseDocx(await noFormDocx(), { validate: false });
    const forms = projects(read);
    expect(forms).toEqual([]);
    expect(messages.map((m) => m.code)).toContain("NO_FORM");
  });
});

async function noFormDocx(): Promise<Uint8Array> {
  const { docxOf } = await import("../helpers/ooxml");
  return docxOf(`<w:p><w:r><w:t>只是一段文字</w:t></w:r></w:p>`);
}
