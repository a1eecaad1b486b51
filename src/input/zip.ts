import { JixiaoError } from "../errors";
import { crc32, inflateRaw } from "./inflate";
import { damaged } from "./inflate-errors";
import type { Limits } from "./limits";

const MIB = 1024 * 1024;
/** The largest typed array a 64-bit JavaScript engine allocates (Node's buffer.constants.MAX_LENGTH). */
const MAX_ARRAY_BYTES = 2 ** 32;
const DEFAULT_MAIN = "word/document.xml";
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** One entry as the central directory states it; nothing here has been checked against the data. */
interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  size: number;
  originalSize: number;
  localOffset: number;
}

/** A problem with the package that still let us read the main part. */
export interface ZipMessage {
  code: string;
  severity: "warning";
  message: string;
  messageZh: string;
}

function tooLarge(reason: string): JixiaoError {
  return new JixiaoError("LIMIT_EXCEEDED", reason);
}

/**
 * Little-endian fields of the file, each checked against its end first: every offset here comes
 * from the file itself, so a field past the end means a damaged zip, and says which field. (A
 * DataView past its end throws a RangeError like any bug in this module would; catching those
 * hid our own errors as BAD_ZIP.)
 */
class ZipBytes {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  need(at: number, size: number, what: string): void {
    if (!(at >= 0 && at + size <= this.bytes.length)) throw damaged(`it ends inside ${what}`);
  }

  u16(at: number, what: string): number {
    this.need(at, 2, what);
    return this.view.getUint16(at, true);
  }

  u32(at: number, what: string): number {
    this.need(at, 4, what);
    return this.view.getUint32(at, true);
  }

  /** Above 2^53 the value is inexact, but then it is far past the end of any file and fails a later check. */
  u64(at: number, what: string): number {
    this.need(at, 8, what);
    return Number(this.view.getBigUint64(at, true));
  }
}

function findEndOfDirectory(zip: ZipBytes): number {
  const last = zip.length - 22;
  // The end record is followed by a comment of at most 65,535 bytes.
  for (let at = last; at >= 0 && at >= last - 65_535; at--) {
    if (zip.u32(at, "the zip's end record") === EOCD) return at;
  }
  throw damaged("no zip directory at the end of the file");
}

/** Zip64 sizes and offset live in extra field 0x0001, in this order, only for the fields set to 0xFFFFFFFF. */
function applyZip64(zip: ZipBytes, extraStart: number, extraEnd: number, entry: Entry): void {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = zip.u16(at, `the extra fields of ${entry.name}`);
    const length = zip.u16(at + 2, `the extra fields of ${entry.name}`);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + length) throw damaged(`the zip64 field of ${entry.name} is shorter than its sizes need`);
        const value = zip.u64(field, `the zip64 field of ${entry.name}`);
        field += 8;
        return value;
      };
      if (entry.originalSize === 0xffffffff) entry.originalSize = next();
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    at += 4 + length;
  }
}

/**
 * The central directory, read without inflating anything. The entry count is checked against
 * the limit before the entries are walked.
 */
function readDirectory(zip: ZipBytes, limits: Limits): Entry[] {
  const end = findEndOfDirectory(zip);
  let count = zip.u16(end + 10, "the zip's end record");
  let offset = zip.u32(end + 16, "the zip's end record");
  if (end >= 20 && zip.u32(end - 20, "the zip64 locator") === ZIP64_LOCATOR) {
    const zip64 = zip.u64(end - 12, "the zip64 locator");
    if (zip64 + 4 > zip.length || zip.u32(zip64, "the zip64 directory record") !== ZIP64_EOCD) throw damaged("the zip64 directory record is missing");
    count = zip.u64(zip64 + 32, "the zip64 directory record");
    offset = zip.u64(zip64 + 48, "the zip64 directory record");
  }
  if (count > limits.maxEntries) {
    throw tooLarge(`The zip holds ${count} entries, more than ${limits.maxEntries} (limits.maxEntries); a .docx holds a few dozen.`);
  }
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    const what = `zip directory entry ${i + 1} of ${count}`;
    if (at + 4 > zip.length || zip.u32(at, what) !== CENTRAL) throw damaged(`${what} is missing`);
    zip.need(at, 46, what);
    const nameLength = zip.u16(at + 28, what);
    const extraLength = zip.u16(at + 30, what);
    const commentLength = zip.u16(at + 32, what);
    const flags = zip.u16(at + 8, what);
    zip.need(at + 46, nameLength, `the name in ${what}`);
    const nameBytes = zip.bytes.subarray(at + 46, at + 46 + nameLength);
    const entry: Entry = {
      // Bit 11: the name is UTF-8; otherwise it is CP437, which agrees with latin1 on the ASCII part names we look for.
      name: new TextDecoder(flags & 0x800 ? "utf-8" : "latin1").decode(nameBytes),
      method: zip.u16(at + 10, what),
      flags,
      crc: zip.u32(at + 16, what),
      size: zip.u32(at + 20, what),
      originalSize: zip.u32(at + 24, what),
      localOffset: zip.u32(at + 42, what),
    };
    const extraStart = at + 46 + nameLength;
    applyZip64(zip, extraStart, extraStart + extraLength, entry);
    entries.push(entry);
    at = extraStart + extraLength + commentLength;
  }
  return entries;
}

/** Every entry's stated sizes, before anything is inflated; the sizes are checked again while inflating. */
function checkLimits(entries: Entry[], limits: Limits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.originalSize;
    if (total > limits.maxTotalBytes) {
      throw tooLarge(`The zip's entries add up to more than ${limits.maxTotalBytes} bytes uncompressed (limits.maxTotalBytes).`);
    }
    if (entry.originalSize > limits.maxEntryBytes || entry.originalSize > MAX_ARRAY_BYTES) {
      throw tooLarge(`Zip entry ${entry.name} would inflate to ${entry.originalSize} bytes, above the limit of ${limits.maxEntryBytes} (limits.maxEntryBytes). Raise the limit if the file is trusted.`);
    }
    if (entry.originalSize > MIB && entry.originalSize > entry.size * limits.maxRatio) {
      throw tooLarge(`Zip entry ${entry.name} has a compression ratio above ${limits.maxRatio} (limits.maxRatio): a zip bomb or a damaged file.`);
    }
  }
}

/**
 * Inflates one entry into at most the size its directory entry states, and checks its CRC. The
 * inflater is zlib in Node and fflate in the browser build (./inflate.ts, ./inflate.browser.ts).
 */
function inflate(zip: ZipBytes, entry: Entry, messages: ZipMessage[]): Uint8Array {
  const header = `the local header of ${entry.name}`;
  if (entry.localOffset + 4 > zip.length || zip.u32(entry.localOffset, header) !== LOCAL) throw damaged(`${header} is missing`);
  if (entry.flags & 0x1) {
    throw new JixiaoError("ENCRYPTED", `Zip entry ${entry.name} is encrypted with a zip password; Word does not write such files. Open it with the tool that made it and save an unencrypted .docx.`);
  }
  zip.need(entry.localOffset, 30, header);
  const start = entry.localOffset + 30 + zip.u16(entry.localOffset + 26, header) + zip.u16(entry.localOffset + 28, header);
  // Data cut short by the end of the file is left to the inflater, which says so (unexpected EOF).
  const data = zip.bytes.subarray(start, start + entry.size);
  let out: Uint8Array;
  if (entry.method === 0) {
    out = data;
  } else if (entry.method === 8) {
    out = inflateRaw(data, entry.originalSize, entry.name);
  } else {
    throw damaged(`${entry.name} uses compression method ${entry.method}, which Word does not write`);
  }
  if (out.length !== entry.originalSize) {
    throw damaged(`${entry.name} holds ${out.length} bytes, not the ${entry.originalSize} its directory entry states`);
  }
  if (crc32(out) !== entry.crc) {
    messages.push({
      code: "ZIP_CRC_MISMATCH", severity: "warning",
      message: `${entry.name} does not match the checksum stored in the zip: the file is damaged and some text may be wrong. Get the original again.`,
      messageZh: `${entry.name} 与 zip 中记录的校验值不符：文件已损坏，部分文字可能有误。请重新获取原文件。`,
    });
  }
  return out;
}

/** The officeDocument relationship names the main part; nearly always word/document.xml. */
function mainPartName(rels: Uint8Array | undefined): string {
  if (!rels) return DEFAULT_MAIN;
  const xml = new TextDecoder().decode(rels);
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/Type="[^"]*\/officeDocument"/.test(m[0])) continue;
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (target) return target.replace(/^\/+/, "");
  }
  return DEFAULT_MAIN;
}

/**
 * Inflates only the main document part of a .docx, after checking every entry's stated sizes
 * against the limits. Throws a JixiaoError for anything that stops us reading the part.
 */
export function readMainPart(bytes: Uint8Array, limits: Limits): { part: Uint8Array; messages: ZipMessage[] } {
  const messages: ZipMessage[] = [];
  const zip = new ZipBytes(bytes);
  const entries = new Map(readDirectory(zip, limits).map((e) => [e.name, e]));
  checkLimits([...entries.values()], limits);
  const rels = entries.get("_rels/.rels");
  const main = entries.get(mainPartName(rels && inflate(zip, rels, messages)));
  if (!main) {
    throw new JixiaoError("NOT_DOCX", "The zip has no Word document part (word/document.xml). It is another kind of zip file (.xlsx, .pptx, .odt or an archive); pass a .docx.");
  }
  return { part: inflate(zip, main, messages), messages };
}
