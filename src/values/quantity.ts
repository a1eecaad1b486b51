/**
 * Quantities: a number with its comparator, percent or unit, and the words around
 * it (≥95%, 90%以上, 超13万元/年, 30余次, 约5万元, 100人左右), or a band of two
 * numbers (14-24℃, 45%-60%, 5~10天).
 *
 * Works on the width-folded text; units are sliced from the original text at the
 * same positions (folding preserves length) so they stay as written.
 */
import { combineComparators, comparatorPrefix, comparatorSuffix, type Comparator, type Matched } from "./comparators";
import { cmp, decimalToString, parseDecimal } from "./decimal";
import type { NumberReading, RangeReading } from "./reading";
import { foldWidth, stripFinalPunctuation } from "./text";
import { isUnit } from "./units";

type Quantity = NumberReading | RangeReading;

/** A written number: sign, digits with optional comma groups of three, fraction. */
const NUMBER = /[+-]?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;
/** ≈ is what formatReading writes, so its output reads back the same. */
const APPROX_PREFIX = /(?:大约|大概|约|≈)\s*/y;
/**
 * Between the two ends of a band; the first end may repeat the unit (5天至10天).
 * (?=(\s*))\1 takes spaces atomically: plain \s* on both sides of an optional group
 * backtracks quadratically on a long run of spaces.
 */
const RANGE_SEPARATOR = /(?=(\s*))\1(%|百分比|[^\d\s~+\-.,%]{0,6}?)(?=(\s*))\3(?:-|~|至|到)\s*(?=[+-]?\d)/y;
const PERCENT = /(?:%|百分比)/y;
/** 余 / 多 between number and unit or percent: 30余次, 100多人, 30余%. */
const APPROX_INFIX = /[余多]/y;
const APPROX_SUFFIX = /(?:左右|上下)$/;
const ASIDE_SUFFIX = /[(（][^()（）]*[)）]$/;
const PER_SUFFIX = /\/([\p{L}\p{So}]{1,4})$/u;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}

/** What follows the (last) number: percent or unit, and the words that qualify it. */
interface Tail {
  percent: boolean;
  unit: string | null;
  approx: boolean;
  comparator: Comparator | null;
  per?: string;
}

/**
 * Read text[at..] as the tail of a quantity, or null if it is not one
 * (e.g. "件国务院…", "%核实办结").
 */
function readTail(folded: string, original: string, at: number): Tail | null {
  let start = skipSpaces(folded, at);
  let approx = matchAt(APPROX_INFIX, folded, start) !== null;
  if (approx) start += 1;
  const percent = matchAt(PERCENT, folded, start) !== null;
  if (percent) start = skipSpaces(folded, PERCENT.lastIndex);

  // Peel qualifying words off the end; each kind at most once, in any order.
  let end = folded.length;
  let comparator: Comparator | null = null;
  let per: string | undefined;
  let asideSeen = false;
  let approxWordSeen = false;
  for (let changed = true; changed && end > start; ) {
    changed = false;
    const rest = folded.slice(start, end).trimEnd();
    if (rest.length !== end - start) {
      end = start + rest.length;
      changed = true;
    }
    const punctuation = rest.length - stripFinalPunctuation(rest).length;
    const aside = asideSeen ? null : ASIDE_SUFFIX.exec(rest);
    const perMatch = per !== undefined ? null : PER_SUFFIX.exec(rest);
    const suffix: Matched | null = comparator !== null ? null : comparatorSuffix(rest);
    const approxMatch = approxWordSeen ? null : APPROX_SUFFIX.exec(rest);
    // Comparator and approx words before per, so 90%/年以上 is per 年, not per 年以上.
    if (punctuation > 0) {
      end -= punctuation;
    } else if (aside) {
      end -= aside[0].length;
      asideSeen = true;
    } else if (suffix) {
      end -= suffix.length;
      comparator = suffix.comparator;
    } else if (approxMatch) {
      end -= approxMatch[0].length;
      approx = approxWordSeen = true;
    } else if (perMatch) {
      end -= perMatch[0].length;
      per = original.slice(end + 1, end + perMatch[0].length).trim();
    } else {
      continue;
    }
    changed = true;
  }

  const middle = folded.slice(start, end).trim();
  if (percent) return middle === "" ? { percent, unit: null, approx, comparator, per } : null;
  if (middle === "") return { percent, unit: null, approx, comparator, per };
  // A second comparator or approx word (2内以下, 5左右左右) is not a unit.
  if (!isUnit(middle) || comparatorSuffix(middle) || APPROX_SUFFIX.test(middle)) return null;
  const unitStart = skipSpaces(folded, start);
  return { percent, unit: original.slice(unitStart, unitStart + middle.length), approx, comparator, per };
}

/** The decimal text of a matched number: "1,234.50" → "1234.50", "+3" → "3". */
function exactText(written: string): string | null {
  const d = parseDecimal(written);
  return d && decimalToString(d);
}

/** `folded` is `original` width-folded (same length); `raw` is carried into the reading. */
export function readQuantity(folded: string, original: string, raw: string): Quantity | null {
  let at = 0;
  let approx = matchAt(APPROX_PREFIX, folded, at) !== null;
  if (approx) at = APPROX_PREFIX.lastIndex;
  const prefix = comparatorPrefix(folded.slice(at));
  if (prefix) at = skipSpaces(folded, at + prefix.length);
  if (!approx && matchAt(APPROX_PREFIX, folded, at)) {
    approx = true;
    at = APPROX_PREFIX.lastIndex;
  }

  const first = matchAt(NUMBER, folded, at);
  if (!first) return null;
  at = NUMBER.lastIndex;
  const firstValue = exactText(first[0]);
  if (firstValue === null) return null;

  const separator = matchAt(RANGE_SEPARATOR, folded, at);
  if (separator) {
    return readRange(folded, original, RANGE_SEPARATOR.lastIndex, {
      raw,
      min: firstValue,
      firstUnit: separator[2],
      prefixed: prefix !== null,
      approx,
    });
  }

  const tail = readTail(folded, original, at);
  if (!tail) return null;
  const comparator = combineComparators(prefix?.comparator ?? null, tail.comparator);
  if (comparator === undefined) return null;
  const reading: NumberReading = {
    kind: "number",
    raw,
    comparator,
    value: firstValue,
    percent: tail.percent,
    unit: tail.unit,
    approx: approx || tail.approx,
  };
  return tail.per === undefined ? reading : { ...reading, per: tail.per };
}

interface RangeStart {
  raw: string;
  min: string;
  /** What stood between the first number and the separator: "", "%", or a unit. */
  firstUnit: string;
  prefixed: boolean;
  approx: boolean;
}

/**
 * The second half of a band. A comparator or a "per" makes no sense on a band, so
 * those read as text; so do bands whose ends disagree on unit or run backwards.
 */
function readRange(folded: string, original: string, at: number, start: RangeStart): Quantity | null {
  if (start.prefixed) return null;
  const second = matchAt(NUMBER, folded, at);
  if (!second) return null;
  const tail = readTail(folded, original, NUMBER.lastIndex);
  if (!tail || tail.comparator !== null || tail.per !== undefined) return null;

  const firstPercent = start.firstUnit === "%" || start.firstUnit === "百分比";
  if (start.firstUnit !== "") {
    const sameUnit = firstPercent ? tail.percent : tail.unit !== null && foldWidth(tail.unit) === start.firstUnit;
    if (!sameUnit) return null;
  }
  const max = exactText(second[0]);
  const minDecimal = parseDecimal(start.min);
  const maxDecimal = max === null ? null : parseDecimal(max);
  if (max === null || !minDecimal || !maxDecimal || cmp(minDecimal, maxDecimal) > 0) return null;
  return {
    kind: "range",
    raw: start.raw,
    min: start.min,
    max,
    percent: tail.percent,
    unit: tail.unit,
    approx: start.approx || tail.approx,
  };
}
