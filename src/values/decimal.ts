/**
 * Exact decimal arithmetic for money (万元) and rates (执行率).
 *
 * A budget form states 505.22 = 443.7 + 53.52 + 8; in binary floats that sum is
 * 505.21999999999997, and a checker built on floats would report a false error.
 * So every sum, difference and division of form values goes through this type:
 * a BigInt coefficient and a count of decimal places, value = coef / 10^scale.
 *
 * The scale is kept as written ("92.60" has scale 2) because the number of places
 * a filler wrote is evidence (e.g. of how a rate was rounded); `normalize` drops it.
 */
import { foldWidth, trimSpace } from "./text";

export interface Decimal {
  readonly coef: bigint;
  readonly scale: number;
}

/** How to round a value that falls between two representable decimals. */
export type RoundingMode = "half-up" | "half-even" | "down" | "up";

const ZERO: Decimal = { coef: 0n, scale: 0 };

function make(coef: bigint, scale: number): Decimal {
  return { coef, scale };
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Cell text: optional sign, digits (optionally grouped by commas in threes), optional fraction. */
const PLAIN = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
/** What String(n) may produce for a finite number; only ever applied to numbers. */
const JS_NUMBER = /^(-)?(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * Read a decimal written in a cell ("505.22", "-3", "1,234.5", "６７") or a JS number.
 *
 * Strings in exponent form ("1e3") are rejected: no form writes them, so such a cell
 * is not a number. Numbers go through String(n), whose shortest round-trip text is
 * what the number means, so 0.1 reads as exactly 0.1 and 1e-7 as 0.0000001.
 * NaN and ±Infinity → null.
 */
export function parseDecimal(input: string | number): Decimal | null {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return null;
    return parseJsNumber(String(input));
  }
  if (typeof input !== "string") return null;
  const text = foldWidth(trimSpace(input));
  const m = PLAIN.exec(text);
  if (!m) return null;
  const fraction = m[3] ?? "";
  const digits = m[2].replace(/,/g, "") + fraction;
  const coef = BigInt(digits);
  return make(m[1] === "-" ? -coef : coef, fraction.length);
}

function parseJsNumber(text: string): Decimal | null {
  const m = JS_NUMBER.exec(text);
  if (!m) return null;
  const fraction = m[3] ?? "";
  let coef = BigInt(m[2] + fraction);
  let scale = fraction.length - Number(m[4] ?? "0");
  if (scale < 0) {
    coef *= pow10(-scale);
    scale = 0;
  }
  return make(m[1] === "-" ? -coef : coef, scale);
}

/** The value with exactly `scale` places, e.g. "92.60", "-0.05", "67". */
export function decimalToString(d: Decimal): string {
  const negative = d.coef < 0n;
  const digits = (negative ? -d.coef : d.coef).toString();
  if (d.scale === 0) return (negative ? "-" : "") + digits;
  const padded = digits.padStart(d.scale + 1, "0");
  const cut = padded.length - d.scale;
  return (negative ? "-" : "") + padded.slice(0, cut) + "." + padded.slice(cut);
}

/** The same value with no trailing fractional zeros ("92.60" → "92.6", "100.00" → "100"). */
export function normalize(d: Decimal): Decimal {
  let { coef, scale } = d;
  while (scale > 0 && coef % 10n === 0n) {
    coef /= 10n;
    scale -= 1;
  }
  return make(coef, scale);
}

/** Both coefficients brought to the larger scale, so they can be added or compared. */
function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.coef * pow10(scale - a.scale), b.coef * pow10(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return make(x + y, scale);
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return make(x - y, scale);
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return make(a.coef * b.coef, a.scale + b.scale);
}

function checkScale(scale: number): void {
  if (!Number.isInteger(scale) || scale < 0) {
    throw new RangeError(`decimal scale must be a non-negative integer, got ${scale}`);
  }
}

/** numerator / denominator as an integer, rounded by `mode`; denominator ≠ 0. */
function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  const quotient = numerator / denominator; // BigInt division truncates toward zero
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const away = (numerator < 0n) !== (denominator < 0n) ? -1n : 1n;
  const twiceRemainder = 2n * (remainder < 0n ? -remainder : remainder);
  const absDenominator = denominator < 0n ? -denominator : denominator;
  switch (mode) {
    case "down":
      return quotient;
    case "up":
      return quotient + away;
    case "half-up":
      return twiceRemainder >= absDenominator ? quotient + away : quotient;
    case "half-even":
      if (twiceRemainder > absDenominator) return quotient + away;
      if (twiceRemainder < absDenominator) return quotient;
      return quotient % 2n === 0n ? quotient : quotient + away;
  }
}

/**
 * a / b with exactly `scale` places, rounded by `mode` (default half-up, the way
 * 执行率 is usually rounded by hand). Division by zero → null: a form with a zero
 * 全年预算数 has no execution rate, which is a finding, not a crash.
 */
export function div(a: Decimal, b: Decimal, scale: number, mode: RoundingMode = "half-up"): Decimal | null {
  checkScale(scale);
  if (b.coef === 0n) return null;
  // a/b = (a.coef / 10^a.scale) / (b.coef / 10^b.scale); scaled up by 10^scale.
  const numerator = a.coef * pow10(scale + b.scale);
  const denominator = b.coef * pow10(a.scale);
  return make(divideRounded(numerator, denominator, mode), scale);
}

/**
 * The value with exactly `scale` places: fewer places are rounded by `mode`,
 * more places are padded with zeros (so round(92.6, 2) prints "92.60").
 */
export function round(d: Decimal, scale: number, mode: RoundingMode = "half-up"): Decimal {
  checkScale(scale);
  if (scale >= d.scale) return make(d.coef * pow10(scale - d.scale), scale);
  return make(divideRounded(d.coef, pow10(d.scale - scale), mode), scale);
}

/** -1, 0 or 1 by numeric value; scale does not matter (92.6 and 92.60 compare equal). */
export function cmp(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Numeric equality: eq(92.6, 92.60) is true. */
export function eq(a: Decimal, b: Decimal): boolean {
  return cmp(a, b) === 0;
}

export function min(a: Decimal, b: Decimal): Decimal {
  return cmp(a, b) <= 0 ? a : b;
}

export function isZero(d: Decimal): boolean {
  return d.coef === 0n;
}

/** For display and charts only; never feed the result back into arithmetic. */
export function toNumber(d: Decimal): number {
  return Number(decimalToString(d));
}

/** Exact sum; the sum of nothing is 0. */
export function sum(list: readonly Decimal[]): Decimal {
  return list.reduce(add, ZERO);
}

/**
 * Decimal places of the first number as written: "92.60%" → 2, "100%" → 0,
 * text with no number → 0. Lets a checker recompute a rate to the precision the
 * filler used before comparing.
 */
export function placesOf(text: string): number {
  const m = /\d+(?:\.(\d+))?/.exec(foldWidth(text));
  return m?.[1]?.length ?? 0;
}
