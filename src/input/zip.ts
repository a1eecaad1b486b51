import { crc32, inflateRawSync } from "node:zlib";
import { JixiaoError } from "../errors";
import type { Limits } from "./limits";

const MIB = 1024 * 1024;
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

function damaged(reason: string): JixiaoError {
  return new JixiaoError("BAD_ZIP", `The .docx (zip) is damaged and cannot be opened: ${reason}. It may be a truncated download; get the original again or open and re-save it in Word.`);
}

function tooLarge(reason: string): JixiaoError {
  return new JixiaoError("LIMIT_EXCEEDED", reason);
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  // The end record is followed by a comment of at most 65,535 bytes.
  for (let at = last; at >= 0 && at >= last - 65_535; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw damaged("no zip directory at the end of the file");
}

/** Zip64 sizes and offset live in extra field 0x0001, in this order, only for the fields set to 0xFFFFFFFF. */
function applyZip64(view: DataView, extraStart: number, extraEnd: number, entry: Entry): void {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        const value = Number(view.getBigUint64(field, true));
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
function readDirectory(bytes: Uint8Array, limits: Limits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const zip64 = Number(view.getBigUint64(end - 12, true));
    if (view.getUint32(zip64, true) !== ZIP64_EOCD) throw damaged("the zip64 directory record is missing");
    count = Number(view.getBigUint64(zip64 + 32, true));
    offset = Number(view.getBigUint64(zip64 + 48, true));
  }
  if (count > limits.maxEntries) {
    throw tooLarge(`The zip holds ${count} entries, more than ${limits.maxEntries} (limits.maxEntries); a .docx holds a few dozen.`);
  }
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw damaged(`zip directory entry ${i + 1} of ${count} is missing`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const flags = view.getUint16(at + 8, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry: Entry = {
      // Bit 11: the name is UTF-8; otherwise it is CP437, which agrees with latin1 on the ASCII part names we look for.
      name: new TextDecoder(flags & 0x800 ? "utf-8" : "latin1").decode(nameBytes),
      method: view.getUint16(at + 10, true),
      flags,
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 20, true),
      originalSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    const extraStart = at + 46 + nameLength;
    applyZip64(view, extraStart, extraStart + extraLength, entry);
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
    if (entry.originalSize > limits.maxEntryBytes) {
      throw tooLarge(`Zip entry ${entry.name} would inflate to ${entry.originalSize} bytes, above the limit of ${limits.maxEntryBytes} (limits.maxEntryBytes). Raise the limit if the file is trusted.`);
    }
    if (entry.originalSize > MIB && entry.originalSize > entry.size * limits.maxRatio) {
      throw tooLarge(`Zip entry ${entry.name} has a compression ratio above ${limits.maxRatio} (limits.maxRatio): a zip bomb or a damaged file.`);
    }
  }
}

/**
 * Inflates one entry into at most the size its directory entry states. fflate's unzipSync, given
 * a directory that understates the size, silently cut the output at the stated size and still
 * decoded the whole stream (9 s of CPU for 1 MB holding 1 GiB of zeros); zlib's maxOutputLength
 * stops as soon as the output passes the stated size.
 */
function inflate(bytes: Uint8Array, entry: Entry, messages: ZipMessage[]): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(entry.localOffset, true) !== LOCAL) throw damaged(`the local header of ${entry.name} is missing`);
  if (entry.flags & 0x1) {
    throw new JixiaoError("ENCRYPTED", `Zip entry ${entry.name} is encrypted with a zip password; Word does not write such files. Open it with the tool that made it and save an unencrypted .docx.`);
  }
  const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
  const data = bytes.subarray(start, start + entry.size);
  let out: Uint8Array;
  if (entry.method === 0) {
    out = data;
  } else if (entry.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.originalSize) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
        throw damaged(`${entry.name} inflates to more than the ${entry.originalSize} bytes its directory entry states`);
      }
      throw damaged(`${entry.name}: ${(error as Error).message}`);
    }
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
  try {
    const entries = new Map(readDirectory(bytes, limits).map((e) => [e.name, e]));
    checkLimits([...entries.values()], limits);
    const rels = entries.get("_rels/.rels");
    const main = entries.get(mainPartName(rels && inflate(bytes, rels, messages)));
    if (!main) {
      throw new JixiaoError("NOT_DOCX", "The zip has no Word document part (word/document.xml). It is another kind of zip file (.xlsx, .pptx, .odt or an archive); pass a .docx.");
    }
    return { part: inflate(bytes, main, messages), messages };
  } catch (error) {
    if (error instanceof JixiaoError) throw error;
    // DataView reads past the end of a truncated file land here.
    if (error instanceof RangeError) throw damaged("it ends inside its zip directory or an entry");
    throw damaged((error as Error).message);
  }
}
