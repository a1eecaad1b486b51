/**
 * The inputs mutations start from: real .docx files made by LibreOffice and python-docx, and
 * small hand-built forms. Each is kept as zip bytes and as its unzipped parts, so a mutated
 * document.xml can be zipped again and reach the XML reader instead of stopping at the zip layer.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { encryptedOoxml, legacyDoc } from "../helpers/cfb";
import { formXml } from "../helpers/form-xml";
import { cell, docxOf, row, table } from "../helpers/ooxml";
import { deflatedEntry, entryPlace, rawZip, type EntryPlace, type RawEntry } from "./zip-bytes";

export const MAIN = "word/document.xml";

export interface Seed {
  name: string;
  docx: Uint8Array;
  parts: Record<string, Uint8Array>;
  documentXml: string;
  /** Where document.xml's deflate stream sits in `docx`. */
  main: EntryPlace;
  /** The other parts, deflated once, for rezip. */
  others: RawEntry[];
}

/** The small fixtures, which the test suite uses; the campaign adds the 11-form ones. */
export const SUITE_FIXTURES = [
  "single-form-libreoffice.docx",
  "single-form-python-docx.docx",
  "title-in-table-python-docx.docx",
  "split-table-python-docx.docx",
  "around-forms-python-docx.docx",
];
export const ALL_FIXTURES = [...SUITE_FIXTURES, "seed-libreoffice.docx", "seed-python-docx.docx"];

function seedOf(name: string, docx: Uint8Array): Seed {
  const parts = unzipSync(docx);
  const others = Object.entries(parts).filter(([n]) => n !== MAIN).map(([n, data]) => deflatedEntry(n, data));
  return { name, docx, parts, documentXml: new TextDecoder().decode(parts[MAIN]), main: entryPlace(docx, MAIN), others };
}

export function loadCorpus(fixturesDir: string, names: string[]): Seed[] {
  // A copy, not the Buffer: Buffer#slice shares memory and Buffer#fill throws past the end.
  const seeds = names.map((name) => seedOf(name, new Uint8Array(readFileSync(join(fixturesDir, name)))));
  seeds.push(
    seedOf("formXml()", docxOf(formXml())),
    seedOf("formXml(nested table, hMerge)", docxOf(formXml({
      extraRows: [
        row([cell(table(2, [row([cell("联系人"), cell("电话")])]), { span: 9 })]),
        row([cell("备注", { hMerge: "restart" }), cell("", { hMerge: "continue" }), cell("无", { span: 7 })]),
      ],
      after: ["单位负责人签字：", "填表人："],
    }))),
  );
  return seeds;
}

/** The seed's package with document.xml replaced (the other parts were deflated once, up front). */
export function rezip(seed: Seed, documentXml: Uint8Array): Uint8Array {
  return rawZip([...seed.others, deflatedEntry(MAIN, documentXml)]);
}

/** Other inputs that reach other readers: compound files (sniffing) and web pages saved as .doc (cheerio). */
export interface OtherSeeds {
  cfb: { name: string; bytes: Uint8Array }[];
  html: { name: string; text: string }[];
}

export function loadOtherSeeds(fixturesDir: string): OtherSeeds {
  const page = readFileSync(join(fixturesDir, "seed-web-page.doc"), "utf8");
  const firstForm = page.slice(0, page.indexOf("</table>") + "</table>".length) + "\n</body></html>\n";
  return {
    cfb: [
      { name: "seed-libreoffice.doc", bytes: new Uint8Array(readFileSync(join(fixturesDir, "seed-libreoffice.doc"))) },
      { name: "encryptedOoxml()", bytes: encryptedOoxml() },
      { name: "legacyDoc()", bytes: legacyDoc() },
    ],
    html: [{ name: "seed-web-page.doc, first form", text: firstForm }],
  };
}
