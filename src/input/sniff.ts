import { JixiaoError } from "../errors";
import { decodeUtf16Name, latin1 } from "./text";

/** What the first bytes say a file is. */
export type Sniffed = "zip" | "html" | "doc" | "rtf";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Stream names in a CFB directory are UTF-16LE; the fallback when the directory cannot be read. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = utf16le(name);
  const last = bytes.length - needle.length;
  search: for (let at = bytes.indexOf(needle[0]!); at >= 0 && at <= last; at = bytes.indexOf(needle[0]!, at + 1)) {
    for (let i = 1; i < needle.length; i++) if (bytes[at + i] !== needle[i]) continue search;
    return true;
  }
  return false;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/**
 * The names of the streams and storages at the top of a compound file (MS-CFB): the header's
 * DIFAT gives the FAT, the FAT chains the directory sectors, the root entry's child is the top
 * of a tree of siblings. Only the top counts: a .doc may embed an encrypted workbook in
 * ObjectPool, and Word stores Chinese text as UTF-16, so a byte search can find
 * "EncryptedPackage" in a legacy document. Returns null when the directory cannot be read.
 */
function cfbTopNames(bytes: Uint8Array): Set<string> | null {
  if (bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectors = Math.floor(bytes.length / size) - 1;
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : 0xffffffff);
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && i < view.getUint32(44, true); i++) fatSectors.push(u32(76 + i * 4));
  let difat = u32(68);
  for (let n = 0; difat < sectors && n < sectors; n++) {
    const at = (difat + 1) * size;
    for (let i = 0; i < size / 4 - 1; i++) fatSectors.push(u32(at + i * 4));
    difat = u32(at + size - 4);
  }
  const next = (sector: number) => {
    const fat = fatSectors[Math.floor(sector / (size / 4))];
    return fat === undefined || fat >= sectors ? 0xffffffff : u32((fat + 1) * size + (sector % (size / 4)) * 4);
  };
  const directory: number[] = [];
  for (let sector = u32(48); sector < sectors && directory.length <= sectors; sector = next(sector)) directory.push(sector);
  const entryAt = (id: number) => {
    const sector = directory[Math.floor(id / (size / 128))];
    return sector === undefined ? -1 : (sector + 1) * size + (id % (size / 128)) * 128;
  };
  const root = entryAt(0);
  if (root < 0) return null;
  const names = new Set<string>();
  const seen = new Set<number>();
  const pending = [u32(root + 76)];
  while (pending.length) {
    const id = pending.pop()!;
    const at = entryAt(id);
    if (at < 0 || at + 128 > bytes.length || seen.has(id)) continue;
    seen.add(id);
    const length = Math.min(64, view.getUint16(at + 64, true));
    names.add(decodeUtf16Name(bytes.subarray(at, at + Math.max(0, length - 2))));
    pending.push(u32(at + 68), u32(at + 72));
  }
  return names;
}

function head(bytes: Uint8Array, n: number): string {
  return latin1(bytes.subarray(0, n)).replace(/^\ufeff|^\xef\xbb\xbf/, "").trimStart().toLowerCase();
}

/**
 * Decides from the bytes alone whether we can read the input, and if not, throws an error that
 * says what the file really is and what to do with it.
 */
export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) throw new JixiaoError("EMPTY_INPUT", "The file is empty (0 bytes). It was probably truncated; get the original again.");
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return "zip";
  if (startsWith(bytes, CFB_MAGIC)) {
    const top = cfbTopNames(bytes);
    const has = (name: string) => (top ? top.has(name) : hasUtf16Name(bytes, name));
    if (has("EncryptedPackage") || has("EncryptionInfo")) {
      throw new JixiaoError("ENCRYPTED", "The document is password-protected (encrypted OOXML). Open it in Word or WPS, remove the password (文件 → 信息 → 保护文档), save as .docx and try again.");
    }
    // A Word 97-2003 .doc / .dot or a WPS .wps: read natively (grid/doc/).
    if (has("WordDocument")) return "doc";
    throw new JixiaoError("NOT_DOCX", "This is an OLE compound file but not a Word document (an old Excel or PowerPoint file?). Pass a .docx.");
  }
  const text = head(bytes, 512);
  // RTF, often saved with a .doc name: read natively (grid/rtf/).
  if (text.startsWith("{\\rtf")) return "rtf";
  if (text.startsWith("<") && /<(html|table|body|!doctype html|\?xml[^>]*>\s*<html)/.test(text + head(bytes, 4096))) return "html";
  if (text.startsWith("mime-version")) {
    throw new JixiaoError("NOT_DOCX", "This is a single-file web page (MHT) saved with a Word name. Open it in Word/WPS and save it as .docx.");
  }
  throw new JixiaoError("NOT_ZIP", "This is not a Word document (.docx is a zip file, and this file is not one). It may be damaged or have the wrong extension.");
}
