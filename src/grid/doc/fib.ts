/**
 * The File Information Block at the start of the WordDocument stream ([MS-DOC] 2.5.1): which
 * table stream holds the document's tables of properties, and where in it the piece table and
 * the paragraph and character property tables are.
 */
import { JixiaoError } from "../../errors";

export interface Fib {
  nFib: number;
  /** "1Table" or "0Table" (fWhichTblStm). */
  tableStream: "0Table" | "1Table";
  /** Characters of the main document; footnotes, headers, comments and text boxes follow it. */
  ccpText: number;
  /** Offset and size in the table stream of the piece table (Clx), PlcBteChpx, PlcBtePapx, PlcfSed. */
  clx: Span;
  bteChpx: Span;
  btePapx: Span;
  sed: Span;
}

export interface Span { fc: number; lcb: number }

/** Word 97 writes nFib 0xC1 (0xC0 and 0xC2 from some betas and tools); Word 6 and 95 write 101–105. */
const WORD97 = 0xc0;

export function badDoc(detail: string): JixiaoError {
  return new JixiaoError("BAD_DOC", `The Word 97-2003 document is damaged (${detail}). Open it in Word or WPS and save it again, or save it as .docx.`);
}

export function readFib(stream: Uint8Array): Fib {
  if (stream.length < 0x9a) throw badDoc(`the WordDocument stream is ${stream.length} bytes, too short for its header`);
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  if (u16(0) !== 0xa5ec) throw badDoc(`the header starts with 0x${u16(0).toString(16)}, not Word's 0xa5ec`);
  const nFib = u16(2);
  const flags = u16(0x0a);
  // fEncrypted (bit 8) or fObfuscated (bit 15): the text and tables are unreadable without the password.
  if (flags & 0x8100) {
    throw new JixiaoError("ENCRYPTED", "The Word 97-2003 document is password-protected. Open it in Word or WPS, remove the password (文件 → 信息 → 保护文档), save it and try again.");
  }
  if (nFib < WORD97) {
    throw new JixiaoError("LEGACY_DOC_VERSION", `This is a Word 6.0/95 document (file format ${nFib}), older than Word 97; it is not read directly. parseFile and the jixiao command convert it with LibreOffice; or save it as .docx in Word or WPS.`);
  }
  // fComplex / fWhichTblStm; then the variable parts: csw words, cslw longs, cbRgFcLcb pairs.
  const csw = u16(0x20);
  const lwAt = 0x22 + csw * 2;
  if (lwAt + 2 > stream.length) throw badDoc("the header's word section runs past the stream");
  const cslw = u16(lwAt);
  const rgLw = lwAt + 2;
  const pairsAt = rgLw + cslw * 4 + 2;
  if (cslw < 4 || pairsAt > stream.length) throw badDoc("the header's long section is too short");
  const cbRgFcLcb = u16(rgLw + cslw * 4);
  // FibRgFcLcb97 has 93 pairs; the ones read here are among the first 34.
  if (cbRgFcLcb < 34 || pairsAt + 34 * 8 > stream.length) throw badDoc(`the header lists ${cbRgFcLcb} table positions, fewer than Word 97 writes`);
  const pair = (index: number): Span => ({ fc: u32(pairsAt + index * 8), lcb: u32(pairsAt + index * 8 + 4) });
  const ccpText = view.getInt32(rgLw + 12, true);
  if (ccpText < 0) throw badDoc(`the main text has ${ccpText} characters`);
  return {
    nFib,
    tableStream: flags & 0x0200 ? "1Table" : "0Table",
    ccpText,
    sed: pair(6),
    bteChpx: pair(12),
    btePapx: pair(13),
    clx: pair(33),
  };
}
