/**
 * Comparator words and symbols of indicator values (指标值), folded to five operators.
 *
 * Chinese 以上 / 以下 include the number itself (90%以上 means ≥ 90%), as in the
 * legal convention, so they map to >= and <=, not > and <.
 */
export type Comparator = ">=" | "<=" | ">" | "<" | "=";

/** Written before the number. Input is width-folded first, so ＞ arrives as >. */
const PREFIXES: ReadonlyArray<readonly [string, Comparator]> = [
  [">=", ">="], ["≥", ">="], ["≧", ">="], ["⩾", ">="],
  ["不低于", ">="], ["不少于", ">="], ["不小于", ">="], ["至少", ">="], ["达到", ">="],
  ["<=", "<="], ["≤", "<="], ["≦", "<="], ["⩽", "<="],
  ["不超过", "<="], ["不高于", "<="], ["不大于", "<="], ["不多于", "<="], ["至多", "<="], ["最多", "<="],
  [">", ">"], ["超过", ">"], ["高于", ">"], ["大于", ">"], ["多于", ">"], ["超", ">"],
  ["<", "<"], ["低于", "<"], ["小于", "<"], ["少于", "<"],
  ["=", "="], ["等于", "="],
];

/** Written after the number and unit: 90%以上, 5天内. */
const SUFFIXES: ReadonlyArray<readonly [string, Comparator]> = [
  ["及以上", ">="], ["以上", ">="],
  ["及以下", "<="], ["以下", "<="], ["以内", "<="], ["之内", "<="], ["内", "<="],
];

/** Longest entry first, so 超过 is not read as 超 followed by 过. */
function longestFirst(list: ReadonlyArray<readonly [string, Comparator]>) {
  return [...list].sort((a, b) => b[0].length - a[0].length);
}

const PREFIXES_LONGEST = longestFirst(PREFIXES);
const SUFFIXES_LONGEST = longestFirst(SUFFIXES);

export interface Matched {
  comparator: Comparator;
  /** Length of the matched word or symbol in the text. */
  length: number;
}

export function comparatorPrefix(text: string): Matched | null {
  for (const [word, comparator] of PREFIXES_LONGEST) {
    if (text.startsWith(word)) return { comparator, length: word.length };
  }
  return null;
}

export function comparatorSuffix(text: string): Matched | null {
  for (const [word, comparator] of SUFFIXES_LONGEST) {
    if (text.endsWith(word)) return { comparator, length: word.length };
  }
  return null;
}

function sense(c: Comparator): "up" | "down" | "exact" {
  return c === ">=" || c === ">" ? "up" : c === "<=" || c === "<" ? "down" : "exact";
}

/**
 * One comparator from a prefix and a suffix (达到90%以上). Pleonasms keep the prefix,
 * which is the more specific; contradictions (≥90%以下) and = with any suffix give
 * undefined, meaning the value cannot be read as a number.
 */
export function combineComparators(prefix: Comparator | null, suffix: Comparator | null): Comparator | null | undefined {
  if (prefix === null) return suffix;
  if (suffix === null) return prefix;
  const p = sense(prefix);
  return p !== "exact" && p === sense(suffix) ? prefix : undefined;
}
