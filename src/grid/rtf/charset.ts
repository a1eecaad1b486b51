/**
 * Which code page the `\'hh` bytes of RTF text are in: the font's `\fcharsetN` when it names one,
 * else the document's `\ansicpgN` (Chinese Word writes `\ansicpg936` and `\fcharset134`, both GBK).
 */

/** \fcharset values (Windows character sets) → WHATWG encoding labels. */
const CHARSETS: Record<number, string> = {
  0: "", // ANSI: the document's code page
  1: "", // default: the same
  128: "shift_jis",
  129: "euc-kr",
  134: "gbk",
  136: "big5",
  161: "windows-1253",
  162: "windows-1254",
  163: "windows-1258",
  177: "windows-1255",
  178: "windows-1256",
  186: "windows-1257",
  204: "windows-1251",
  222: "windows-874",
  238: "windows-1250",
};

/** \ansicpgN / \cpgN code pages → WHATWG encoding labels. */
const CODE_PAGES: Record<number, string> = {
  // DOS code pages (\pc, \pca) have no decoder in the platform; their ASCII half agrees with 1252.
  437: "windows-1252",
  850: "windows-1252",
  874: "windows-874",
  932: "shift_jis",
  936: "gbk",
  949: "euc-kr",
  950: "big5",
  1250: "windows-1250",
  1251: "windows-1251",
  1252: "windows-1252",
  1253: "windows-1253",
  1254: "windows-1254",
  1255: "windows-1255",
  1256: "windows-1256",
  1257: "windows-1257",
  1258: "windows-1258",
  10000: "macintosh",
  54936: "gb18030",
  65001: "utf-8",
};

export function encodingOfCharset(charset: number): string | undefined {
  return CHARSETS[charset];
}

export function encodingOfCodePage(codePage: number): string | undefined {
  return CODE_PAGES[codePage];
}

type Decoder = InstanceType<typeof TextDecoder>;

const decoders = new Map<string, Decoder>();

/** A decoder for a label from the tables above; one per label for the whole process. */
export function decoderFor(encoding: string): Decoder {
  let decoder = decoders.get(encoding);
  if (!decoder) {
    decoder = new TextDecoder(encoding);
    decoders.set(encoding, decoder);
  }
  return decoder;
}
