/**
 * The RTF tokenizer: one loop over the bytes, no recursion (a file nesting 100,000 groups costs
 * no stack), calling back for each token. It knows the syntax only; what a word means is the
 * reader's business.
 */
export interface RtfHandler {
  open(): void;
  close(): void;
  /** A control word (`\par`, `\cellx1440` → "cellx", 1440) or a control symbol (`\*` → "*", null). */
  word(name: string, param: number | null): void;
  /** `\'hh`: one byte in the current code page. */
  hex(byte: number): void;
  /** A run of plain text bytes (line ends removed, as RTF ignores them). */
  text(bytes: Uint8Array, start: number, end: number): void;
}

const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const CR = 0x0d;
const LF = 0x0a;

const isLetter = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a);
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

function hexValue(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  return -1;
}

/** Control words are at most 32 letters and parameters at most 10 digits (the RTF spec); longer runs are cut there. */
const MAX_NAME = 32;
const MAX_DIGITS = 10;

/**
 * A file repeats a few dozen control words thousands of times: each name is made once and then
 * found by its hash (checked letter by letter), so no string is built per word and the reader
 * compares names whose hash V8 already knows.
 */
const NAMES = new Map<number, string>();
const MAX_NAMES = 4096;

function wordAt(bytes: Uint8Array, start: number, end: number, hash: number): string {
  const known = NAMES.get(hash);
  if (known !== undefined && known.length === end - start) {
    let same = true;
    for (let k = 0; k < known.length && same; k++) same = known.charCodeAt(k) === bytes[start + k];
    if (same) return known;
  }
  let name = "";
  for (let k = start; k < end; k++) name += String.fromCharCode(bytes[k]);
  // A file of random words must not grow the table without bound.
  if (NAMES.size >= MAX_NAMES) NAMES.clear();
  NAMES.set(hash, name);
  return name;
}

/**
 * Tokenizes `bytes`. `\binN` skips its N bytes of binary data here, so a brace inside a picture
 * never unbalances the groups. Returns the number of bytes a `\bin` claimed past the end (0 for a
 * whole file), for the reader to report a truncated file.
 */
export function scanRtf(bytes: Uint8Array, handler: RtfHandler): number {
  const n = bytes.length;
  let i = 0;
  let textStart = -1;
  const flushText = (end: number) => {
    if (textStart >= 0 && end > textStart) handler.text(bytes, textStart, end);
    textStart = -1;
  };
  while (i < n) {
    const b = bytes[i];
    if (b === OPEN || b === CLOSE) {
      flushText(i);
      if (b === OPEN) handler.open();
      else handler.close();
      i++;
      continue;
    }
    if (b === CR || b === LF) {
      flushText(i);
      i++;
      continue;
    }
    if (b !== BACKSLASH) {
      if (textStart < 0) textStart = i;
      i++;
      continue;
    }
    flushText(i);
    i++;
    if (i >= n) break;
    const c = bytes[i];
    if (isLetter(c)) {
      const start = i;
      let hash = 0;
      while (i < n && isLetter(bytes[i])) {
        if (i - start < MAX_NAME) hash = (Math.imul(hash, 31) + bytes[i]) | 0;
        i++;
      }
      const name = wordAt(bytes, start, Math.min(i, start + MAX_NAME), hash);
      let param: number | null = null;
      let negative = false;
      if (i < n && bytes[i] === 0x2d && i + 1 < n && isDigit(bytes[i + 1])) {
        negative = true;
        i++;
      }
      if (i < n && isDigit(bytes[i])) {
        let value = 0;
        let digits = 0;
        while (i < n && isDigit(bytes[i])) {
          if (digits++ < MAX_DIGITS) value = value * 10 + (bytes[i] - 0x30);
          i++;
        }
        value = Math.min(value, 2 ** 31 - 1);
        param = negative ? -value : value;
      }
      if (i < n && bytes[i] === 0x20) i++;
      if (name === "bin" && param !== null && param > 0) {
        const skip = Math.min(param, n - i);
        i += skip;
        if (skip < param) return param - skip;
        continue;
      }
      handler.word(name, param);
      continue;
    }
    if (c === 0x27) {
      const hi = i + 1 < n ? hexValue(bytes[i + 1]) : -1;
      const lo = i + 2 < n ? hexValue(bytes[i + 2]) : -1;
      if (hi >= 0 && lo >= 0) {
        handler.hex(hi * 16 + lo);
        i += 3;
      } else {
        i++;
      }
      continue;
    }
    if (c === BACKSLASH || c === OPEN || c === CLOSE) {
      handler.text(bytes, i, i + 1);
      i++;
      continue;
    }
    // `\` before a line end is a paragraph mark; other symbols (\* \~ \- \_ \|) are named by their character.
    handler.word(c === CR || c === LF ? "par" : String.fromCharCode(c), null);
    i++;
  }
  flushText(n);
  return 0;
}
