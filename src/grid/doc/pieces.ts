/**
 * The piece table ([MS-DOC] 2.9.38 Clx): the document's text is a list of pieces, each a run of
 * character positions (CPs) stored at a byte offset (FC) of the WordDocument stream, either as
 * 8-bit "compressed" characters or as UTF-16. A fast-saved file has many pieces, in any order.
 * Each piece may carry a Prm: property modifiers applied over everything in it.
 */
import { badDoc, type Span } from "./fib";

export interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  compressed: boolean;
  prm: number;
}

export interface PieceTable {
  pieces: Piece[];
  /** The Prcs' grpprls, indexed by a complex Prm. */
  grpprls: Uint8Array[];
}

export function readPieceTable(table: Uint8Array, clx: Span, wordLength: number): PieceTable {
  if (clx.lcb === 0 || clx.fc + clx.lcb > table.length) throw badDoc(`the piece table (${clx.lcb} bytes at ${clx.fc}) lies outside the table stream of ${table.length} bytes`);
  const bytes = table.subarray(clx.fc, clx.fc + clx.lcb);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const grpprls: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length && bytes[at] === 1) {
    if (at + 3 > bytes.length) throw badDoc("a property list of the piece table runs past its end");
    const cb = view.getInt16(at + 1, true);
    if (cb < 0 || at + 3 + cb > bytes.length) throw badDoc(`a property list of the piece table claims ${cb} bytes`);
    grpprls.push(bytes.subarray(at + 3, at + 3 + cb));
    at += 3 + cb;
  }
  if (bytes[at] !== 2 || at + 5 > bytes.length) throw badDoc("the piece table has no list of pieces");
  const lcb = view.getUint32(at + 1, true);
  const plc = at + 5;
  if (lcb < 16 || (lcb - 4) % 12 !== 0 || plc + lcb > bytes.length) throw badDoc(`the list of pieces claims ${lcb} bytes`);
  const count = (lcb - 4) / 12;
  const pieces: Piece[] = [];
  // Pieces hold different parts of the text: together they cannot hold more bytes than the stream.
  let bytesOfText = 0;
  for (let i = 0; i < count; i++) {
    const cpStart = view.getUint32(plc + i * 4, true);
    const cpEnd = view.getUint32(plc + (i + 1) * 4, true);
    if (cpEnd < cpStart || (i > 0 && cpStart < pieces[i - 1].cpEnd)) throw badDoc(`piece ${i + 1} has character positions out of order`);
    const pcd = plc + (count + 1) * 4 + i * 8;
    const raw = view.getUint32(pcd + 2, true);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = compressed ? (raw & 0x3fffffff) / 2 : raw & 0x3fffffff;
    const size = (cpEnd - cpStart) * (compressed ? 1 : 2);
    if (fc + size > wordLength) throw badDoc(`piece ${i + 1} (characters ${cpStart}–${cpEnd}) lies beyond the text stream`);
    if ((bytesOfText += size) > wordLength) throw badDoc(`the pieces claim more text than the ${wordLength}-byte text stream holds`);
    pieces.push({ cpStart, cpEnd, fc, compressed, prm: view.getUint16(pcd + 6, true) });
  }
  return { pieces, grpprls };
}

/** The 8-bit characters that are not Latin-1: Windows-1252's 0x80–0x9F, as [MS-DOC] 2.4.1 maps them. */
const CP1252: Record<number, number> = {
  0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161,
  0x9b: 0x203a, 0x9c: 0x0153, 0x9f: 0x0178,
};

/** A compressed piece's byte as a UTF-16 code unit. */
export const fromCompressed = (byte: number): number => CP1252[byte] ?? byte;
