/**
 * Whether an indicator's 实际完成值 meets its 年度指标值, and in which direction
 * the indicator points (正向: more is better, 反向: less is better, 等于: hit the
 * value or band, 定性: a qualitative target).
 *
 * Only like is compared with like: percent with percent, a unit with the same unit
 * (money converted between 元 / 万元 / 亿元), dates with dates. Everything else
 * — "7个" against "100%", a deadline against "100%" — is null, not false: the form
 * does not say, and the checks must not invent a failure.
 */
import { type Decimal, mul, parseDecimal } from "./decimal";
import { closed, fromComparator, type Interval, meets, point } from "./interval";
import { GRADE_ORDER, normalizePhrase, phraseEntry } from "./qualitative";
import { readValue, type DateReading, type NumberReading, type RangeReading, type ReadContext, type Reading } from "./reading";
import { foldWidth } from "./text";
import { MONEY_UNITS } from "./units";

export type Direction = "正向" | "反向" | "等于" | "定性";

export interface Assessment {
  /** null when the target is empty. */
  readonly direction: Direction | null;
  /** null when the two values cannot be compared. */
  readonly met: boolean | null;
}

/**
 * A target or an actual value as a caller has it: a reading, a value cell (`{ text, reading? }`,
 * as in a record), the cell's text, or null for an empty cell.
 */
export type AssessValue = Reading | { readonly text: string; readonly reading?: Reading } | string | null;

export interface AssessOptions extends ReadContext {
  /**
   * Direction of a target written as a bare number ("40次", "100%"). Default 正向:
   * in these forms a bare count or rate is a floor (40次 is met by 47次). A caller
   * that knows the indicator is a cost ceiling (成本指标) can pass 反向.
   */
  readonly bareNumber?: Bare;
}

type Bare = "正向" | "反向" | "等于";

/**
 * Text and cells without a reading are read here with readValue; `options.year` is the form's 年度,
 * for dates written without one (12月底之前), as in readValue.
 */
export function assessIndicator(targetValue: AssessValue, actualValue: AssessValue, options: AssessOptions = {}): Assessment {
  const target = readingOf(targetValue, options);
  const actual = readingOf(actualValue, options);
  const direction = directionOf(target, options.bareNumber ?? "正向");
  if (direction === null) return { direction, met: null };
  if (direction === "定性") return { direction, met: qualitativeMet(target, actual) };
  return { direction, met: quantityMet(target, actual, direction) };
}

function readingOf(value: AssessValue | undefined, ctx: ReadContext): Reading {
  if (value === null || value === undefined) return readValue("", ctx);
  // A number or boolean from untyped JSON is read through String(), as readValue does.
  if (typeof value !== "object") return readValue(value, ctx);
  if ("kind" in value) return value;
  return value.reading ?? readValue(value.text, ctx);
}

function directionOf(target: Reading, bare: Bare): Direction | null {
  switch (target.kind) {
    case "empty":
      return null;
    case "number":
      if (target.comparator === ">=" || target.comparator === ">") return "正向";
      if (target.comparator === "<=" || target.comparator === "<") return "反向";
      return target.comparator === "=" ? "等于" : bare;
    case "range":
      return "等于";
    case "date":
      // A bare date in a 时效指标 is a deadline: on or before it.
      if (target.comparator === ">=") return "正向";
      return target.comparator === "=" ? "等于" : "反向";
    case "qualitative":
    case "text":
      return "定性";
  }
}

const BARE_COMPARATOR = { 正向: ">=", 反向: "<=", 等于: "=" } as const;

function quantityMet(target: Reading, actual: Reading, direction: Bare): boolean | null {
  if (target.kind === "date" || actual.kind === "date") {
    if (target.kind !== "date" || actual.kind !== "date") return null;
    const t = dayNumber(target.date);
    const a = dayNumber(actual.date);
    if (!t || !a) return null;
    const targetSet = fromComparator(target.comparator ?? "<=", t);
    return meets(actual.comparator ? fromComparator(actual.comparator, a) : point(a), targetSet);
  }
  if (!isQuantity(target) || !isQuantity(actual)) return null;
  if (measureKey(target) !== measureKey(actual)) return null;
  const targetSet = quantitySet(target, direction);
  const actualSet = quantitySet(actual, "等于");
  return targetSet && actualSet ? meets(actualSet, targetSet) : null;
}

type Quantity = NumberReading | RangeReading;

function isQuantity(r: Reading): r is Quantity {
  return r.kind === "number" || r.kind === "range";
}

function moneyFactor(q: Quantity): bigint | undefined {
  if (q.unit === null || q.percent) return undefined;
  const unit = foldWidth(q.unit).trim();
  return Object.hasOwn(MONEY_UNITS, unit) ? MONEY_UNITS[unit] : undefined;
}

/** Values with equal keys are in the same unit once scaled by moneyFactor. */
function measureKey(q: Quantity): string {
  const per = q.kind === "number" && q.per !== undefined ? `/${foldWidth(q.per)}` : "";
  if (q.percent) return `%${per}`;
  if (moneyFactor(q) !== undefined) return `元${per}`;
  return `unit:${foldWidth(q.unit ?? "").replace(/\s+/g, "")}${per}`;
}

function scaled(q: Quantity, text: string): Decimal | null {
  const d = parseDecimal(text);
  return d && mul(d, { coef: moneyFactor(q) ?? 1n, scale: 0 });
}

/** A quantity as a set; `bare` says what a number without a comparator means. */
function quantitySet(q: Quantity, bare: Bare): Interval | null {
  if (q.kind === "range") {
    const lo = scaled(q, q.min);
    const hi = scaled(q, q.max);
    return lo && hi ? closed(lo, hi) : null;
  }
  const value = scaled(q, q.value);
  if (!value) return null;
  const comparator = q.comparator ?? BARE_COMPARATOR[bare];
  return fromComparator(comparator, value);
}

/** Days since 1970-01-01, as an exact decimal for the interval code. */
function dayNumber(iso: DateReading["date"]): Decimal | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? { coef: BigInt(ms / 86_400_000), scale: 0 } : null;
}

function phraseOf(r: Reading): string | null {
  return r.kind === "qualitative" || r.kind === "text" ? normalizePhrase(foldWidth(r.value)) : null;
}

/**
 * A qualitative or text target. Met when the actual repeats the target, when both
 * are graded and the actual grade is at least the target's, or when the actual is
 * a verdict (达标, 完成, 是 → met; 未完成, 否 → not met). Answers (是/否, 有/无)
 * against an answer target are compared by equality.
 */
function qualitativeMet(target: Reading, actual: Reading): boolean | null {
  const targetPhrase = phraseOf(target);
  const actualPhrase = phraseOf(actual);
  if (targetPhrase === null || actualPhrase === null) return null;
  if (targetPhrase === actualPhrase) return true;
  if (actual.kind !== "qualitative") return null;

  const said = phraseEntry(actualPhrase);
  const wanted = target.kind === "qualitative" ? phraseEntry(targetPhrase) : undefined;
  if (said?.grade && wanted?.grade) {
    return GRADE_ORDER.indexOf(said.grade) <= GRADE_ORDER.indexOf(wanted.grade);
  }
  if (said?.answer && wanted?.answer) return false; // different answers
  if (!said || said.verdict === null) return null;
  return said.verdict === "met";
}
