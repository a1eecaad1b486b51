/**
 * Character-level clean-up shared by the value readers.
 *
 * Forms are typed with Chinese input methods, so the same symbol arrives in
 * full-width (６７, ％, ＞, ～) or half-width form, and cells are padded with
 * ideographic spaces (U+3000) to line things up in Word.
 */

/**
 * Symbols with several spellings mapped to one. Every mapping is one UTF-16 unit to
 * one, so a folded string has the same length as its source and positions found
 * in the folded text can slice the original ("kept as written").
 */
const SINGLE: Record<string, string> = {
  "\u3000": " ", // ideographic space
  "\u00A0": " ", // no-break space
  "\u2212": "-", // minus sign
  "\u2013": "-", // en dash, used as a range dash
  "\u2014": "-", // em dash, used as a range dash
  "\u301C": "~", // wave dash 〜, the Japanese-IME range tilde
};

/** Full-width ASCII (U+FF01–U+FF5E) → ASCII, plus the symbols in SINGLE. Length-preserving. */
export function foldWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += SINGLE[text[i]] ?? text[i];
  }
  return out;
}

const SPACE = /[\s\u200B\uFEFF]/;

/**
 * Leading and trailing whitespace, including U+3000, U+00A0 and zero-width spaces.
 * A loop, not /\s+$/: that regex is quadratic on long runs of inner spaces.
 */
export function trimSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Sentence-final punctuation a filler may leave on a short value ("符合采购要求。"). */
const FINAL_PUNCTUATION = /[。.!！;；,，、]+$/;

export function stripFinalPunctuation(text: string): string {
  return text.replace(FINAL_PUNCTUATION, "");
}
