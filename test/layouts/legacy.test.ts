/**
 * A target form archived as Word 97 .doc and as RTF: L16-target-hunan-python-docx.docx saved by
 * LibreOffice (test/fixtures/targets/L16-target-hunan.doc / .rtf), read by the native legacy readers,
 * gives the record written by hand in expected/L16-target-hunan.ts, as the .docx does.
 */
import { describe, expect, it } from "vitest";
import { parseDocx } from "../../src/parse";
import { fixture } from "../helpers/fixtures";
import { expectRecord } from "./compare";
import { expected } from "./expected/L16-target-hunan";

describe("L16 target form as .doc and .rtf", () => {
  it.each([["targets/L16-target-hunan.doc", "doc"], ["targets/L16-target-hunan.rtf", "rtf"]])("%s: the expected record, read natively (%s)", async (file, format) => {
    const result = await parseDocx(fixture(file));
    expect(result.forms.map((f) => f.kind)).toEqual(expected.records.map((r) => r.kind));
    expected.records.forEach((want, i) => expectRecord(result.forms[i], want, `forms.${i}`));
    expect(result.forms.map((f) => f.source?.reader)).toEqual([format]);
    // read natively: never through LibreOffice
    expect(result.messages.map((m) => m.code)).not.toContain("CONVERTED");
  });
});
