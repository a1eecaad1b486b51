/**
 * Part 4: the legacy formats. The same 11 forms as Word 97 .doc and as RTF (LibreOffice's exports
 * of the LibreOffice .docx), in the same run as the .docx itself:
 * - reading: bytes → body blocks and grids, natively (readDocumentModel) or through LibreOffice
 *   (one soffice conversion to .docx, start-up included as a user pays it, then the direct reader);
 * - the whole parseDocx (reading, locating the forms, extracting, checking), natively and for the .docx.
 * The speed-up over LibreOffice is judged on reading, the step the conversion replaces; the
 * comparison with the .docx on the whole parse.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocumentModel } from "../src/grid/read";
import { convertToDocx, disposeConverterProfiles, findSoffice } from "../src/input/convert";
import { parseDocx } from "../src/parse";
import { summarize, timeRounds, type RunCounts, type Summary } from "./measure";
import type { Target } from "./targets";

export const LEGACY_INPUTS = {
  docx: "test/fixtures/seed-libreoffice.docx",
  doc: "test/fixtures/seed-libreoffice.doc",
  rtf: "test/fixtures/seed-libreoffice.rtf",
} as const;

export interface LegacyFormat {
  format: "doc" | "rtf";
  file: string;
  forms: number;
  /** readDocumentModel of the file. */
  nativeRead: Summary;
  /** Conversion to .docx, then readDocumentModel of that; null when LibreOffice is not installed. */
  libreOfficeRead: Summary | null;
  /** parseDocx of the file. */
  nativeParse: Summary;
  /** libreOfficeRead / nativeRead */
  speedup: number | null;
  /** nativeParse / parseDocx of the .docx */
  overDocx: number;
}

export interface LegacyResult {
  docx: Summary;
  formats: LegacyFormat[];
}

export async function runLegacy(root: string, counts: { native: RunCounts; libreOffice: RunCounts }, log: (line: string) => void): Promise<LegacyResult> {
  const read = (file: string) => new Uint8Array(readFileSync(join(root, file)));
  const docxBytes = read(LEGACY_INPUTS.docx);
  const formats: LegacyFormat[] = [];
  let docx: Summary | null = null;
  for (const format of ["doc", "rtf"] as const) {
    const file = LEGACY_INPUTS[format];
    const bytes = read(file);
    const { forms } = await parseDocx(bytes);
    if (forms.length !== 11) throw new Error(`${file} gives ${forms.length} forms natively, not 11: the reader or the fixture is broken`);
    log(`  legacy: ${file} natively, beside the .docx`);
    const samples = await timeRounds({ docx: () => parseDocx(docxBytes), parse: () => parseDocx(bytes), read: () => readDocumentModel(bytes) }, counts.native);
    docx ??= summarize(samples.docx);
    const nativeRead = summarize(samples.read);
    const nativeParse = summarize(samples.parse);
    let libreOfficeRead: Summary | null = null;
    if (findSoffice()) {
      log(`  legacy: ${file} through LibreOffice (${counts.libreOffice.runs} conversions)`);
      const convertAndRead = async () => readDocumentModel(await convertToDocx(bytes, format));
      libreOfficeRead = summarize((await timeRounds({ convertAndRead }, counts.libreOffice)).convertAndRead);
    } else {
      log("  legacy: LibreOffice (soffice) is not installed; the conversion is not timed");
    }
    formats.push({
      format, file, forms: forms.length, nativeRead, libreOfficeRead, nativeParse,
      speedup: libreOfficeRead ? libreOfficeRead.median / nativeRead.median : null,
      overDocx: nativeParse.median / summarize(samples.docx).median,
    });
  }
  disposeConverterProfiles();
  return { docx: docx!, formats };
}

export function legacyTargets(result: LegacyResult): Target[] {
  return [
    {
      id: "legacy-vs-libreoffice",
      goal: "reading an 11-form .doc / .rtf natively ≥ 100× faster than through LibreOffice (conversion + reading the .docx)",
      measured: result.formats.map((f) => `${f.format}: ${f.speedup === null ? "LibreOffice not installed" : `×${f.speedup.toFixed(0)}`}`).join("; "),
      pass: result.formats.every((f) => f.speedup !== null && f.speedup >= 100),
    },
    {
      id: "legacy-vs-docx",
      goal: "parseDocx of the .doc / .rtf ≤ 3× parseDocx of the .docx of the same 11 forms",
      measured: result.formats.map((f) => `${f.format}: ×${f.overDocx.toFixed(2)}`).join("; "),
      pass: result.formats.every((f) => f.overDocx <= 3),
    },
  ];
}

export function legacyTable(result: LegacyResult): string {
  const ms = (s: Summary | null) => (s === null ? "—" : s.median >= 100 ? s.median.toFixed(0) : s.median.toFixed(1));
  const rows = [
    ["ms per 11-form file (median)", ".docx", ...result.formats.map((f) => `.${f.format}`)],
    ["reading, natively", "", ...result.formats.map((f) => ms(f.nativeRead))],
    ["reading through LibreOffice (conversion + .docx reading)", "", ...result.formats.map((f) => ms(f.libreOfficeRead))],
    ["× LibreOffice / native", "", ...result.formats.map((f) => (f.speedup === null ? "—" : f.speedup.toFixed(0)))],
    ["parseDocx (reading, forms, checks)", ms(result.docx), ...result.formats.map((f) => ms(f.nativeParse))],
    ["× over the .docx", "", ...result.formats.map((f) => f.overDocx.toFixed(2))],
  ];
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  return [
    `Legacy formats: the same 11 forms (${Object.values(LEGACY_INPUTS).join(", ")})`,
    ...rows.map((r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join("   ").trimEnd()),
  ].join("\n");
}
