/**
 * Zip bytes exactly as a test wants them, including directories that lie, and the place of an
 * entry's compressed data inside a real .docx (to mutate inside the deflate stream).
 */
import { crc32, deflateRawSync } from "node:zlib";

export interface RawEntry {
  name: string;
  /** The bytes stored in the zip: deflated when method is 8. */
  data: Uint8Array;
  method: number;
  crc: number;
  /** What the central directory states; a test may make these lie. */
  size: number;
  originalSize: number;
}

/** An honest deflated entry. */
export function deflatedEntry(name: string, content: Uint8Array | string): RawEntry {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const data = deflateRawSync(bytes);
  return { name, data, method: 8, crc: crc32(bytes), size: data.length, originalSize: bytes.length };
}

/** Local headers, central directory and end record; the local headers repeat the directory's claims. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.size, true);
    lv.setUint32(22, e.originalSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.size, true);
    cv.setUint32(24, e.originalSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.data);
    centrals.push(central);
    offset += local.length + e.data.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export interface EntryPlace {
  /** Offset of the entry's central directory record. */
  central: number;
  /** The compressed data: [start, end). */
  start: number;
  end: number;
}

/** Where an entry sits in a well-formed zip (no zip64, as our fixtures are). */
export function entryPlace(zip: Uint8Array, name: string): EntryPlace {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const entryName = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (entryName === name) {
      const local = view.getUint32(at + 42, true);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      return { central: at, start, end: start + view.getUint32(at + 20, true) };
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`${name} is not in the zip`);
}
