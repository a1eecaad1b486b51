/**
 * A writer for tiny Word 97 binary documents ([MS-DOC]), for tests of the structures LibreOffice
 * cannot be asked to write on purpose (a fast-saved file's pieces out of order, a Prm on a piece,
 * a broken count). It writes the FIB, the text as pieces (8-bit or UTF-16), the piece table,
 * one PAPX per paragraph mark and the given CHPX runs, in the container of test/helpers/cfb.ts.
 * Properties are given as raw sprm bytes; the builders below name the ones the reader uses.
 */
import { cfb, type CfbNode } from "./cfb";

export interface Paragraph {
  text: string;
  /** The mark that ends it: "\r" (default) or a cell mark "\x07". */
  end?: "\r" | "\x07";
  /** The paragraph's sprms. */
  papx?: number[];
}

export interface Word97Options {
  /** Character runs by CP range, each with its sprms. */
  chars?: { from: number; to: number; chpx: number[] }[];
  /** CPs where a new piece starts; each piece is UTF-16 unless listed in `compressed`. */
  splitAt?: number[];
  /** Indexes of pieces stored as 8-bit text (only characters below U+0100 in them). */
  compressed?: number[];
  /** Write the pieces into the stream last first, as a fast save leaves them. */
  reversed?: boolean;
  /** Piece index → Prm (a Prm0, or a Prm1 indexing `prcs`). */
  prms?: Record<number, number>;
  prcs?: number[][];
  /** Section mark CPs (PlcfSed), besides the document's end. */
  sections?: number[];
  /** Changes to the FIB and the streams after they are built. */
  patch?: (streams: { word: Uint8Array; table: Uint8Array }) => void;
  /** Streams besides WordDocument and 1Table. */
  extra?: CfbNode[];
}

const FIB_SIZE = 0x9a + 93 * 8;
const TEXT_AT = 1024;

export function word97(paragraphs: Paragraph[], options: Word97Options = {}): Uint8Array {
  const text = paragraphs.map((p) => p.text + (p.end ?? "\r")).join("");
  const marks: { cp: number; papx: number[] }[] = [];
  let cp = 0;
  for (const p of paragraphs) {
    cp += p.text.length + 1;
    marks.push({ cp: cp - 1, papx: p.papx ?? [] });
  }

  // Pieces: CP ranges, each written at its own FC.
  const bounds = [0, ...(options.splitAt ?? []), text.length];
  const pieces = bounds.slice(0, -1).map((from, i) => ({ from, to: bounds[i + 1], compressed: options.compressed?.includes(i) ?? false, fc: 0 }));
  const order = options.reversed ? [...pieces].reverse() : pieces;
  const textBytes: number[] = [];
  for (const piece of order) {
    piece.fc = TEXT_AT + textBytes.length;
    for (let c = piece.from; c < piece.to; c++) {
      const code = text.charCodeAt(c);
      if (piece.compressed) textBytes.push(code & 0xff);
      else textBytes.push(code & 0xff, code >> 8);
    }
  }
  const fcOf = (at: number) => {
    const piece = pieces.find((p) => at >= p.from && at < p.to)!;
    return piece.fc + (at - piece.from) * (piece.compressed ? 1 : 2);
  };
  const width = (at: number) => (pieces.find((p) => at >= p.from && at < p.to)!.compressed ? 1 : 2);

  const pagesAt = Math.ceil((TEXT_AT + textBytes.length) / 512);
  const papxPages = fkpPages(marks.map((m) => ({ start: fcOf(m.cp), end: fcOf(m.cp) + width(m.cp), grpprl: [0, 0, ...m.papx] })).sort((a, b) => a.start - b.start), "paragraph");
  const chpxRuns = (options.chars ?? []).flatMap((run) => {
    // A CP range becomes one FC run per piece it crosses.
    const out: { start: number; end: number; grpprl: number[] }[] = [];
    for (const piece of pieces) {
      const from = Math.max(run.from, piece.from);
      const to = Math.min(run.to, piece.to);
      if (from < to) out.push({ start: fcOf(from), end: fcOf(to - 1) + width(to - 1), grpprl: run.chpx });
    }
    return out;
  }).sort((a, b) => a.start - b.start);
  const chpxPages = fkpPages(chpxRuns, "character");

  const word = new Uint8Array((pagesAt + papxPages.length + chpxPages.length) * 512);
  word.set(textBytes, TEXT_AT);
  papxPages.forEach((page, i) => word.set(page, (pagesAt + i) * 512));
  chpxPages.forEach((page, i) => word.set(page, (pagesAt + papxPages.length + i) * 512));

  // The table stream: Clx, the two bin tables, PlcfSed.
  const table: number[] = [];
  const clxAt = 0;
  for (const prc of options.prcs ?? []) table.push(1, ...u16(prc.length), ...prc);
  const plc = [...pieces.map((p) => u32(p.from)).flat(), ...u32(text.length)];
  for (const [i, p] of pieces.entries()) plc.push(0, 0, ...u32(p.compressed ? (p.fc * 2) | 0x40000000 : p.fc), ...u16(options.prms?.[i] ?? 0));
  table.push(2, ...u32(plc.length), ...plc);
  const clxLcb = table.length - clxAt;
  const bte = (pages: Uint8Array[], first: number) => [
    ...pages.flatMap((page) => u32(new DataView(page.buffer).getUint32(0, true))), ...u32(word.length),
    ...pages.flatMap((_, i) => u32(first + i)),
  ];
  const papxAt = table.length;
  table.push(...bte(papxPages, pagesAt));
  const chpxAt = table.length;
  table.push(...(chpxPages.length ? bte(chpxPages, pagesAt + papxPages.length) : []));
  const sedAt = table.length;
  const sectionEnds = [...(options.sections ?? []), text.length - 1];
  table.push(...u32(0), ...sectionEnds.flatMap((end) => u32(end + 1)), ...sectionEnds.flatMap(() => new Array(12).fill(0)));
  const sedLcb = table.length - sedAt;

  const fib = new DataView(word.buffer, 0, FIB_SIZE);
  fib.setUint16(0, 0xa5ec, true);
  fib.setUint16(2, 0xc1, true);
  fib.setUint16(0x0a, 0x0200 | 0x0004, true); // fWhichTblStm (1Table), fComplex
  fib.setUint16(0x20, 14, true);
  fib.setUint16(0x3e, 22, true);
  fib.setInt32(0x4c, text.length, true);
  fib.setUint16(0x98, 93, true);
  const pair = (index: number, fc: number, lcb: number) => {
    fib.setUint32(0x9a + index * 8, fc, true);
    fib.setUint32(0x9a + index * 8 + 4, lcb, true);
  };
  pair(6, sedAt, sedLcb);
  pair(12, chpxAt, chpxPages.length ? sedAt - chpxAt : 0);
  pair(13, papxAt, chpxAt - papxAt);
  pair(33, clxAt, clxLcb);

  const tableBytes = new Uint8Array(table);
  options.patch?.({ word, table: tableBytes });
  return cfb([{ name: "WordDocument", data: word }, { name: "1Table", data: tableBytes }, ...(options.extra ?? [])]);
}

/** Runs packed into 512-byte FKPs, as many per page as fit. */
function fkpPages(given: { start: number; end: number; grpprl: number[] | null }[], kind: "paragraph" | "character"): Uint8Array[] {
  // Runs in a page are contiguous: a gap between two runs becomes a run of default properties.
  const runs = given.flatMap((run, i) => (i > 0 && given[i - 1].end < run.start ? [{ start: given[i - 1].end, end: run.start, grpprl: null }, run] : [run]));
  const pages: Uint8Array[] = [];
  const entry = kind === "paragraph" ? 13 : 1;
  let i = 0;
  while (i < runs.length) {
    const page = new Uint8Array(512);
    const view = new DataView(page.buffer);
    const batch: typeof runs = [];
    let dataFrom = 511;
    const sizes: number[] = [];
    for (; i < runs.length; i++) {
      const size = runs[i].grpprl ? encoded(runs[i].grpprl!, kind).length : 0;
      const headers = (batch.length + 2) * 4 + (batch.length + 1) * entry;
      const at = (dataFrom - size) & ~1;
      if (at < headers || batch.length >= (kind === "paragraph" ? 29 : 101)) break;
      batch.push(runs[i]);
      sizes.push(at);
      dataFrom = at;
    }
    if (batch.length === 0) throw new Error("word97(): a property run does not fit a page");
    batch.forEach((run, j) => {
      view.setUint32(j * 4, run.start, true);
      if (j === batch.length - 1) view.setUint32((j + 1) * 4, run.end, true);
      if (!run.grpprl) return;
      page.set(encoded(run.grpprl, kind), sizes[j]);
      page[(batch.length + 1) * 4 + j * entry] = sizes[j] / 2;
    });
    page[511] = batch.length;
    pages.push(page);
  }
  return pages;
}

function encoded(grpprl: number[], kind: "paragraph" | "character"): number[] {
  if (kind === "character") return [grpprl.length, ...grpprl];
  return grpprl.length % 2 === 1 ? [(grpprl.length + 1) / 2, ...grpprl] : [0, grpprl.length / 2, ...grpprl];
}

const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];

// Sprms the reader understands.
export const inTable = [0x16, 0x24, 1];
export const rowEnd = [0x17, 0x24, 1];
export const itap = (depth: number) => [0x49, 0x66, ...u32(depth)];
export const innerCellEnd = [0x4b, 0x24, 1];
export const innerRowEnd = [0x4c, 0x24, 1];
export const deleted = [0x00, 0x08, 1];
export const vanish = [0x3c, 0x08, 1];
export const widthBefore = (twips: number) => [0x17, 0xf6, 3, ...u16(twips)];
export const widthAfter = (twips: number) => [0x18, 0xf6, 3, ...u16(twips)];
export const vertMerge = (itc: number, value: 0 | 1 | 3) => [0x2b, 0xd6, 2, itc, value];

/** TC80 flags: horizontal merge first / merged, vertical restart / continue. */
export type CellFlag = "" | "hFirst" | "hMerged" | "vRestart" | "vContinue";
const FLAG_BITS: Record<CellFlag, number> = { "": 0, hFirst: 1, hMerged: 2, vRestart: 0x60, vContinue: 0x20 };

/** sprmTDefTable: boundaries (twips, one more than the cells) and each cell's TC80 flags. */
export function defTable(centers: number[], flags: CellFlag[] = []): number[] {
  const cells = centers.length - 1;
  const body = [cells, ...centers.flatMap(u16)];
  for (let i = 0; i < cells; i++) body.push(...u16(FLAG_BITS[flags[i] ?? ""]), ...new Array(18).fill(0));
  return [0x08, 0xd6, ...u16(body.length + 1), ...body];
}

/** A top-level row: its cells' paragraphs (split on "\n") and the row-end mark with its sprms. */
export function row(cells: string[], rowSprms: number[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const cell of cells) {
    const lines = cell.split("\n");
    lines.forEach((line, i) => out.push({ text: line, end: i === lines.length - 1 ? "\x07" : "\r", papx: [...inTable, ...itap(1)] }));
  }
  out.push({ text: "", end: "\x07", papx: [...inTable, ...rowEnd, ...itap(1), ...rowSprms] });
  return out;
}

/** A row of a table nested at `depth`: cells end with flagged paragraph marks. */
export function innerRow(cells: string[], depth: number, rowSprms: number[]): Paragraph[] {
  const out: Paragraph[] = cells.map((text) => ({ text, papx: [...inTable, ...itap(depth), ...innerCellEnd] }));
  out.push({ text: "", papx: [...inTable, ...itap(depth), ...innerCellEnd, ...innerRowEnd, ...rowSprms] });
  return out;
}
