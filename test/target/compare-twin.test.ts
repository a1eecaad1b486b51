/**
 * The target-form / self-evaluation pair of 坝塘镇村组道路硬化项目 (scripts/fixtures/make_target_pair.py)
 * from other producers than python-docx: the same document as HTML imported by LibreOffice Writer
 * (pair-libreoffice.docx), and the python-docx file saved by LibreOffice as Word 97 (pair.doc) and as
 * RTF (pair.rtf), read by the native legacy readers. Each must give exactly the two messages the
 * python-docx file gives (written out in full in test/target/compare.test.ts): the lowered target and
 * the dropped indicator, naming the same cells.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocx } from "../../src/parse";
import { comparePair, pairTargetsAndSelves } from "../../src/target/pairs";
import { fixture, READERS } from "../helpers/fixtures";
import type { Message } from "../../src/model/message";

/** The two messages, by hand; in full (wording, both cells) they must equal the python-docx file's. */
const TWO = [
  ["TARGET_CHANGED", "indicators.1.target", "≥95%", "≥90%", { table: 1, row: 11, col: 4 }, { table: 0, row: 13, col: 5 }],
  ["INDICATOR_DROPPED", undefined, "3200人", undefined, undefined, { table: 0, row: 15, col: 3 }],
];
const brief = (messages: Message[]) => messages.map((m) => [m.code, m.path, m.expected, m.actual,
  m.cell && { table: m.cell.table, row: m.cell.row, col: m.cell.col }, m.related?.cell && { table: m.related.cell.table, row: m.related.cell.row, col: m.related.cell.col }]);

async function messagesOf(file: string, reader: (typeof READERS)[number] | "doc" | "rtf") {
  const { forms } = await parseDocx(fixture(file), reader === "doc" || reader === "rtf" ? {} : { reader });
  expect(forms.map((f) => f.kind)).toEqual(["project-target", "project-self-evaluation"]);
  // .doc and RTF are read by their own native readers, never through LibreOffice
  expect(forms.map((f) => f.source?.reader)).toEqual([reader, reader]);
  const { pairs, unpaired } = pairTargetsAndSelves([{ file: "pair.docx", forms }]);
  expect([pairs.length, unpaired.targets.length, unpaired.selves.length]).toEqual([1, 0, 0]);
  return comparePair(pairs[0]);
}

describe("the target / self-evaluation pair from LibreOffice gives the same two messages", () => {
  let reference: Message[];
  beforeAll(async () => {
    reference = await messagesOf("targets/pair-python-docx.docx", "direct");
    expect(brief(reference)).toEqual(TWO);
  });

  it.each(READERS)("HTML imported by LibreOffice Writer, pair-libreoffice.docx (reader %s)", async (reader) => {
    const messages = await messagesOf("targets/pair-libreoffice.docx", reader);
    expect(brief(messages)).toEqual(TWO);
    expect(messages).toEqual(reference);
  });

  it.each([["targets/pair.doc", "doc"], ["targets/pair.rtf", "rtf"]] as const)("%s, saved by LibreOffice, read natively (%s)", async (file, reader) => {
    const messages = await messagesOf(file, reader);
    expect(brief(messages)).toEqual(TWO);
    expect(messages).toEqual(reference);
  });
});
