/**
 * LibreOffice's RTF export of each .docx fixture, read natively (no LibreOffice here), gives the
 * records the .docx gives. The tracked-changes form is left out: RTF cannot mark a table row as
 * deleted, so LibreOffice's RTF keeps the deleted row (its differential test still holds).
 */
import { describe, expect, it } from "vitest";
import { parseDocx } from "../../../src/parse";
import { fixture } from "../../helpers/fixtures";
import type { FormRecord as AnyRecord } from "../../../src/model/record";

const NAMES = ["single-form-libreoffice", "single-form-python-docx", "split-table-python-docx", "title-in-table-python-docx", "around-forms-python-docx"];

const withoutSource = (record: AnyRecord) => {
  const { source: _source, ...rest } = record;
  return rest;
};

describe("LibreOffice-written RTF of the .docx fixtures", () => {
  for (const name of NAMES) {
    it(`${name}.rtf gives the records of ${name}.docx`, async () => {
      const fromRtf = await parseDocx(fixture(`rtf/${name}.rtf`));
      const fromDocx = await parseDocx(fixture(`${name}.docx`));
      expect(fromRtf.forms.length).toBeGreaterThan(0);
      expect(fromRtf.forms.map(withoutSource)).toEqual(fromDocx.forms.map(withoutSource));
      expect(fromRtf.messages.map((m) => m.code)).toEqual(fromDocx.messages.map((m) => m.code));
      expect(fromRtf.forms.every((f) => f.source?.reader === "rtf")).toBe(true);
    });
  }
});
