import { JixiaoError } from "../errors";

/** What the first bytes say a file is. */
export type Sniffed = "zip" | "html";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Stream names in a CFB directory are UTF-16LE; a byte search for them is enough to tell kinds apart. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

function head(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.subarray(0, n)).toString("latin1").replace(/^\ufeff|^\xef\xbb\xbf/, "").trimStart().toLowerCase();
}

/**
 * Decides from the bytes alone whether we can read the input, and if not, throws an error that
 * says what the file really is and what to do with it.
 */
export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) throw new JixiaoError("EMPTY_INPUT", "The file is empty (0 bytes). It was probably truncated; get the original again.");
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return "zip";
  if (startsWith(bytes, CFB_MAGIC)) {
    if (hasUtf16Name(bytes, "EncryptedPackage") || hasUtf16Name(bytes, "EncryptionInfo")) {
      throw new JixiaoError("ENCRYPTED", "The document is password-protected (encrypted OOXML). Open it in Word or WPS, remove the password (文件 → 信息 → 保护文档), save as .docx and try again.");
    }
    if (hasUtf16Name(bytes, "WordDocument")) {
      throw new JixiaoError("LEGACY_DOC", "This is a legacy Word 97-2003 (.doc) or WPS file. Convert it to .docx first (parseFile and the jixiao command do this with LibreOffice: apt-get install libreoffice-writer-nogui), or save it as .docx in Word/WPS.");
    }
    throw new JixiaoError("NOT_DOCX", "This is an OLE compound file but not a Word document (an old Excel or PowerPoint file?). Pass a .docx.");
  }
  const text = head(bytes, 512);
  if (text.startsWith("{\\rtf")) {
    throw new JixiaoError("RTF", "This is an RTF file, often saved with a .doc name. Convert it to .docx (parseFile and the jixiao command do this with LibreOffice), or save it as .docx in Word/WPS.");
  }
  if (text.startsWith("<") && /<(html|table|body|!doctype html|\?xml[^>]*>\s*<html)/.test(text + head(bytes, 4096))) return "html";
  if (text.startsWith("mime-version")) {
    throw new JixiaoError("NOT_DOCX", "This is a single-file web page (MHT) saved with a Word name. Open it in Word/WPS and save it as .docx.");
  }
  throw new JixiaoError("NOT_ZIP", "This is not a Word document (.docx is a zip file, and this file is not one). It may be damaged or have the wrong extension.");
}
