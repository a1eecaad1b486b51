/**
 * A small, lenient, streaming XML scanner for word/document.xml. It finds tags with indexOf and
 * charCodeAt and hands the reader names, raw attribute text and text ranges: no text is sliced or
 * entity-decoded unless the reader asks. A general tokenizer (htmlparser2) spends most of its time on
 * attribute objects and text the form reader never looks at; this one is several times faster on
 * the same input.
 *
 * It never expands DTD entities (a DOCTYPE, with its internal subset, is skipped whole), decodes only
 * the five predefined entities and character references, and never throws: malformed markup is read
 * as far as it makes sense, and elements left open at the end are closed, and counted.
 */
export interface XmlHandler {
  /** The raw attribute text is buf[attrStart, attrEnd): sliced only by a reader that needs it. */
  open(name: string, buf: string, attrStart: number, attrEnd: number): void;
  close(name: string): void;
  /** Character data: offsets [start, end) of `buf`, not yet decoded (slice it only if you need it). */
  text(buf: string, start: number, end: number): void;
  /** CDATA content, already literal. */
  cdata(content: string): void;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const QUOTE = 34;
const APOS = 39;

/** The characters that end a tag name: space, tab, CR, LF, '>' and '/'. */
const NAME_END = new Uint8Array(64);
for (const c of [32, 9, 10, 13, GT, SLASH]) NAME_END[c] = 1;

/** True past the end of the text too (charCodeAt gives NaN there). */
function isNameEnd(c: number): boolean {
  return c < 64 ? NAME_END[c] === 1 : c !== c;
}

/**
 * Tag names seen before, by a hash of their characters: a document has a few dozen distinct names
 * and hundreds of thousands of tags, so a name is sliced out of the text once, not once per tag
 * (the slices were the scanner's largest share of garbage). A slot holds the last name that
 * hashed to it; a collision only costs a slice.
 */
const NAME_SLOTS = 1024;
const names: (string | undefined)[] = new Array(NAME_SLOTS);

/** buf[start, end) as a string, from the name table when it is there. */
function nameAt(buf: string, start: number, end: number, hash: number): string {
  const slot = hash & (NAME_SLOTS - 1);
  const known = names[slot];
  if (known !== undefined && known.length === end - start && buf.startsWith(known, start)) return known;
  const name = detach(buf.slice(start, end));
  names[slot] = name;
  return name;
}

/**
 * A string that does not keep the chunk it was cut from alive. V8 makes a slice of 13 characters
 * or more a view of its parent string: one such text kept in a cell kept the whole decoded chunk
 * (up to 96 KB) alive for as long as the document, so every chunk lived through the young
 * generation's collections and was copied into the old one. Joining it to a character and cutting
 * that off makes V8 copy the characters into a string of their own.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

/** Index of the '>' that ends a tag starting at `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(xml: string, from: number): number {
  const gt = xml.indexOf(">", from);
  if (gt < 0) return -1;
  // Fast path: no quote before the first '>' means no attribute value can hide one. Tags are short,
  // so looking at their own characters is cheap (an indexOf for the next quote could run far ahead).
  let i = from;
  while (i < gt) {
    const c = xml.charCodeAt(i);
    if (c === QUOTE || c === APOS) break;
    i++;
  }
  if (i === gt) return gt;
  let quote = 0;
  for (; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === QUOTE || c === APOS) {
      quote = c;
    } else if (c === GT) {
      return i;
    }
  }
  return -1;
}

/** Skips <!-- -->, <![CDATA[ ]]>, <!DOCTYPE … [ … ]> and <? ?>; returns the index after it, or -1. */
function skipSpecial(xml: string, at: number, h: XmlHandler): number {
  if (xml.startsWith("<!--", at)) {
    const end = xml.indexOf("-->", at + 4);
    return end < 0 ? -1 : end + 3;
  }
  if (xml.startsWith("<![CDATA[", at)) {
    const end = xml.indexOf("]]>", at + 9);
    if (end < 0) return -1;
    h.cdata(xml.slice(at + 9, end));
    return end + 3;
  }
  if (xml.charCodeAt(at + 1) === QUESTION) {
    const end = xml.indexOf("?>", at + 2);
    return end < 0 ? -1 : end + 2;
  }
  // <!DOCTYPE …> and other declarations; an internal subset [ … ] may hold '>' characters.
  const gt = xml.indexOf(">", at);
  const bracket = xml.indexOf("[", at);
  if (bracket >= 0 && (gt < 0 || bracket < gt)) {
    const close = xml.indexOf("]", bracket);
    if (close < 0) return -1;
    const end = xml.indexOf(">", close);
    return end < 0 ? -1 : end + 1;
  }
  return gt < 0 ? -1 : gt + 1;
}

/** Bytes decoded per step: small enough that no decoded string lands in V8's large-object space. */
const CHUNK_BYTES = 48 * 1024;

/**
 * Scans a whole document. Bytes are decoded a chunk at a time, so the document never exists as one
 * megabyte-sized string (V8 keeps those in its large-object space until a full collection, which is
 * what made a worker's memory climb); a tag or text cut by a chunk boundary is carried over.
 *
 * A closing tag closes the innermost open element of that name (and any left open inside it); a
 * closing tag with no open element of its name is ignored. Returns how many elements were still
 * open at the end of the input.
 */
export function scanXml(input: string | Uint8Array, h: XmlHandler, encoding = "utf-8"): number {
  const stack: string[] = [];
  if (typeof input === "string") {
    scanChunk(input, h, stack, true);
  } else if (/^utf-?8$/i.test(encoding)) {
    scanUtf8(input, h, stack);
  } else {
    const decoder = new TextDecoder(encoding);
    let carry = "";
    let step = CHUNK_BYTES;
    let offset = 0;
    do {
      const last = offset + step >= input.length;
      const buf = carry + decoder.decode(input.subarray(offset, offset + step), { stream: !last });
      offset += step;
      const consumed = scanChunk(buf, h, stack, last);
      carry = last ? "" : buf.slice(consumed);
      // A construct longer than a chunk (a huge comment or text) is carried whole: grow the step so
      // it is rescanned a logarithmic number of times, not once per chunk.
      if (carry.length > step) step *= 2;
    } while (offset < input.length);
  }
  const unclosed = stack.length;
  while (stack.length) h.close(stack.pop()!);
  return unclosed;
}

/**
 * UTF-8 without carrying text over: each chunk ends on a character boundary and is decoded on its
 * own, and what a chunk could not finish is decoded again, from its first byte, at the head of the
 * next. (Prepending the carried text to the next chunk made a two-part string that V8 copied whole
 * on the first search in it: a second copy of every chunk.) Only when the unfinished text holds a
 * U+FFFD, whose bytes cannot be told from the text (invalid UTF-8), is it carried as text.
 */
function scanUtf8(input: Uint8Array, h: XmlHandler, stack: string[]): void {
  // Each chunk is decoded on its own, so a byte order mark is skipped here, once, and a U+FEFF
  // that happens to start a later chunk is kept as the text it is.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let start = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  let carried = "";
  let step = CHUNK_BYTES;
  while (start < input.length || carried) {
    let end = Math.min(input.length, start + step);
    while (end < input.length && end > start && (input[end] & 0xc0) === 0x80) end--;
    const last = end >= input.length;
    const decoded = decoder.decode(input.subarray(start, end));
    const buf = carried ? carried + decoded : decoded;
    const consumed = scanChunk(buf, h, stack, last);
    if (last) return;
    const rewound = end - utf8Length(buf, consumed);
    // Rewinding must move forward whenever something was consumed; should it not (it cannot, from
    // valid UTF-8), the text is carried instead, so the scan never goes round in circles.
    if (buf.indexOf("\uFFFD", consumed) >= 0 || (consumed > 0 && rewound <= start) || rewound > end) {
      carried = buf.slice(consumed);
      start = end;
    } else {
      carried = "";
      start = rewound;
    }
    // Nothing finished: a construct longer than the chunk (a huge comment or text). Read more at
    // once, so it is rescanned a logarithmic number of times, not once per chunk.
    step = consumed === 0 ? step * 2 : CHUNK_BYTES;
  }
}

/** The UTF-8 length of buf[from, end), for text decoded from valid UTF-8. */
function utf8Length(buf: string, from: number): number {
  let bytes = 0;
  for (let i = from; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < buf.length && (buf.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Scans `buf` and returns how far it got. Unless `final`, it stops before anything the next chunk
 * may complete: a tag, comment or declaration without its end, and text not yet followed by '<'
 * (an entity such as &amp; may be cut in two).
 */
function scanChunk(buf: string, h: XmlHandler, stack: string[], final: boolean): number {
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const lt = buf.indexOf("<", i);
    if (lt < 0) {
      if (!final) return i;
      h.text(buf, i, n);
      return n;
    }
    if (lt > i) h.text(buf, i, lt);
    if (lt + 1 >= n) return final ? n : lt;
    const c = buf.charCodeAt(lt + 1);
    if (c === BANG || c === QUESTION) {
      const next = skipSpecial(buf, lt, h);
      if (next < 0) return final ? n : lt;
      i = next;
      continue;
    }
    if (c === SLASH) {
      // Nearly always the innermost open element closes: compared in place, no name is hashed.
      const top = stack[stack.length - 1];
      if (top !== undefined && buf.startsWith(top, lt + 2) && isNameEnd(buf.charCodeAt(lt + 2 + top.length))) {
        const end = buf.indexOf(">", lt + 2 + top.length);
        if (end < 0) return final ? n : lt;
        stack.pop();
        h.close(top);
        i = end + 1;
        continue;
      }
      let j = lt + 2;
      let hash = 0;
      for (let ch = buf.charCodeAt(j); !isNameEnd(ch); ch = buf.charCodeAt(++j)) hash = (Math.imul(hash, 31) + ch) | 0;
      const end = buf.indexOf(">", j);
      if (end < 0) return final ? n : lt;
      const name = nameAt(buf, lt + 2, j, hash);
      const at = stack.lastIndexOf(name);
      if (at >= 0) {
        while (stack.length > at) h.close(stack.pop()!);
      }
      i = end + 1;
      continue;
    }
    let j = lt + 1;
    let hash = 0;
    for (let ch = c; !isNameEnd(ch); ch = buf.charCodeAt(++j)) hash = (Math.imul(hash, 31) + ch) | 0;
    if (j >= n) return final ? n : lt;
    if (j === lt + 1) {
      // A '<' that starts no name is character data, as lenient parsers read it.
      h.text(buf, lt, lt + 1);
      i = lt + 1;
      continue;
    }
    const end = tagEnd(buf, j);
    if (end < 0) return final ? n : lt;
    const name = nameAt(buf, lt + 1, j, hash);
    const selfClosing = buf.charCodeAt(end - 1) === SLASH;
    const attrsEnd = end - (selfClosing ? 1 : 0);
    h.open(name, buf, j, Math.max(j, attrsEnd));
    if (selfClosing) h.close(name);
    else stack.push(name);
    i = end + 1;
  }
  return n;
}

/** The value of one attribute in raw attribute text, e.g. attribute(' w:val="restart"', "w:val"). */
export function attribute(attrs: string, name: string): string | undefined {
  let at = attrs.indexOf(name);
  while (at >= 0) {
    const before = at === 0 ? 32 : attrs.charCodeAt(at - 1);
    let k = at + name.length;
    while (attrs.charCodeAt(k) === 32) k++;
    if ((before === 32 || before === 9 || before === 10 || before === 13) && attrs.charCodeAt(k) === 61) {
      k++;
      while (attrs.charCodeAt(k) === 32) k++;
      const q = attrs.charCodeAt(k);
      if (q === QUOTE || q === APOS) {
        const close = attrs.indexOf(String.fromCharCode(q), k + 1);
        return close < 0 ? undefined : decodeEntities(attrs.slice(k + 1, close));
      }
      return undefined;
    }
    at = attrs.indexOf(name, at + 1);
  }
  return undefined;
}

/** Every attribute as [name, value], for the few tags that need them all (the root's xmlns). */
export function attributes(attrs: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of attrs.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.push([m[1], decodeEntities(m[2] ?? m[3] ?? "")]);
  return out;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The predefined entities and character references; anything else stays as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref];
    const code = ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
