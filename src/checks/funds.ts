import { FUNDS_CHECK_NAMES, FUNDS_COLUMNS, zhOf } from "../model/labels";
import type { SelfEvaluationRecord as FormRecord } from "../model/record";
import {
  cmp, decimalToString, div, eq, min, mul, parseDecimal, placesOf, readValue, round, sub, type Decimal,
} from "../values";
import { dec, type RuleContext } from "./context";
import { whenFilled } from "./filled";
import type { ScoringPolicy } from "./policy";

const HUNDRED = parseDecimal(100)!;
const RATE_ZH = zhOf(FUNDS_COLUMNS, "rate");
const EXECUTED_ZH = zhOf(FUNDS_COLUMNS, "executed");
const WEIGHT_ZH = zhOf(FUNDS_COLUMNS, "weight");
const SCORE_ZH = zhOf(FUNDS_CHECK_NAMES, "score");
/** Places kept when the rate has to be computed (no rate written): far beyond any score's. */
const RATE_SCALE = 12;

/** Whether a 执行率 is written at all (readable or not). */
function rateGiven(record: FormRecord): boolean {
  return (record.funds.total.rate?.text ?? "") !== "";
}

/** The written 执行率 as a fraction (92.60% → 0.9260), with the places it is written to. */
function writtenRate(record: FormRecord): { fraction: Decimal; shown: Decimal; places: number; percent: boolean } | null {
  const rate = record.funds.total.rate;
  if (!rate) return null;
  const reading = readValue(rate.text, { year: record.year });
  if (reading.kind !== "number" || reading.comparator !== null) return null;
  const shown = parseDecimal(reading.value);
  if (!shown) return null;
  const places = placesOf(reading.value);
  const fraction = reading.percent ? div(shown, HUNDRED, places + 2, "down")! : shown;
  return { fraction, shown, places, percent: reading.percent };
}

function accepted(written: Decimal, exact: Decimal, places: number, policy: ScoringPolicy): { ok: boolean; expected: Decimal } {
  const tolerance = parseDecimal(policy.tolerance) ?? parseDecimal(0)!;
  const candidates = policy.rounding.map((mode) => round(exact, places, mode));
  const ok = candidates.some((c) => {
    const d = sub(written, c);
    return cmp(d.coef < 0n ? mul(d, parseDecimal(-1)!) : d, tolerance) <= 0;
  });
  return { ok, expected: candidates[0] ?? exact };
}

/**
 * The budget the rate divides by: 全年预算数, or 年初预算数 (A) on a form that prints no 全年预算数
 * column (Beijing's: 年初预算数(A) | 全年执行数(B) | 执行率(B/A)). Without the record's source cells
 * (a record from JSON) a form is taken to print the column.
 */
function rateBase(record: FormRecord): { value: Decimal | null; path: string; label: string } {
  const { annual, initial } = record.funds.total;
  const printsAnnual = annual !== null || !record.source || record.source.cells["funds.total.annual"] !== undefined;
  return printsAnnual
    ? { value: dec(annual), path: "funds.total.annual", label: zhOf(FUNDS_COLUMNS, "annual") }
    : { value: dec(initial), path: "funds.total.initial", label: zhOf(FUNDS_COLUMNS, "initial") };
}

/** 执行率 = 全年执行数 / 全年预算数 (or 年初预算数, see rateBase), at the precision the rate is written with. */
export function checkRate(ctx: RuleContext, policy: ScoringPolicy): void {
  const { record, emit } = ctx;
  const executed = dec(record.funds.total.executed);
  const base = rateBase(record);
  const annual = base.value;
  const parts = [{ path: "funds.total.executed", value: executed }, { path: base.path, value: annual }];
  if (!whenFilled(ctx, { path: "funds.total.rate", value: rateGiven(record) }, parts, { en: RATE_ZH, zh: RATE_ZH })) return;
  // A rate that is not a plain number ("——", "见附表") or a zero budget leaves nothing to compare.
  const rate = writtenRate(record);
  if (!rate || !executed || !annual || annual.coef === 0n) return;
  const exact = div(rate.percent ? mul(executed, HUNDRED) : executed, annual, rate.places + RATE_SCALE, "down")!;
  const { ok, expected } = accepted(rate.shown, exact, rate.places, policy);
  if (ok) return;
  const shown = (d: Decimal) => decimalToString(d) + (rate.percent ? "%" : "");
  emit({
    code: "RATE_MISMATCH",
    severity: "error",
    path: "funds.total.rate",
    expected: shown(expected),
    actual: record.funds.total.rate!.text,
    message: `${RATE_ZH} is written ${record.funds.total.rate!.text} but ${EXECUTED_ZH} / ${base.label} = ${decimalToString(executed)} / ${decimalToString(annual)} = ${shown(expected)}.`,
    messageZh: `${RATE_ZH}填写为${record.funds.total.rate!.text}，但${EXECUTED_ZH}÷${base.label}＝${decimalToString(executed)}÷${decimalToString(annual)}＝${shown(expected)}。`,
  });
}

const NINETY = parseDecimal(90)!;

/**
 * A form that prints a 原因 cell in its funds block (Sichuan: "预算执行率未达到90%的需说明原因")
 * wants the reason when the rate is under 90%. Forms without that cell are not asked for one.
 */
export function checkRateReason({ record, emit }: RuleContext): void {
  if (record.funds.reason !== null || !record.source?.cells["funds.reason"]) return;
  const rate = writtenRate(record);
  if (!rate) return;
  const percent = rate.percent ? rate.shown : mul(rate.shown, HUNDRED);
  if (cmp(percent, NINETY) >= 0) return;
  emit({
    code: "RATE_REASON_MISSING",
    severity: "warning",
    path: "funds.reason",
    actual: record.funds.total.rate!.text,
    message: `预算执行率 is ${record.funds.total.rate!.text}, under 90%, and its 原因 is not given.`,
    messageZh: `预算执行率为${record.funds.total.rate!.text}，未达到90%，且未说明原因。`,
  });
}

/**
 * The places the funds score is written with: from its cell when the record came from a document
 * ("8.50" has two, though the number 8.5 has one), else from the number.
 */
function scorePlaces(record: FormRecord): number {
  const written = record.funds.total.score!;
  const text = record.source?.cells["funds.total.score"]?.text;
  const reading = text === undefined ? null : readValue(text);
  const fromCell = reading?.kind === "number" && !reading.percent && reading.comparator === null ? reading.value : null;
  return fromCell !== null && eq(parseDecimal(fromCell)!, parseDecimal(written)!) ? placesOf(fromCell) : placesOf(String(written));
}

/** 资金得分 = 执行率 × 分值 under the scoring policy (a warning: policies differ by department). */
export function checkFundsScore(ctx: RuleContext, policy: ScoringPolicy): void {
  const { record, emit } = ctx;
  const score = dec(record.funds.total.score);
  const weight = dec(record.funds.total.weight);
  const { executed } = record.funds.total;
  // The rate is there when written, or when it can be computed from the two amounts.
  const rate = rateGiven(record) || (executed !== null && rateBase(record).value !== null);
  const parts = [{ path: "funds.total.weight", value: weight }, { path: "funds.total.rate", value: rate }];
  if (!whenFilled(ctx, { path: "funds.total.score", value: score }, parts, { en: `The funds score (${SCORE_ZH})`, zh: SCORE_ZH })) return;
  if (!score || !weight) return;
  let fraction = writtenRate(record)?.fraction ?? null;
  if (!fraction) {
    const executed = dec(record.funds.total.executed);
    const annual = rateBase(record).value;
    if (!executed || !annual || annual.coef === 0n) return;
    fraction = div(executed, annual, RATE_SCALE, "down")!;
  }
  let exact = mul(fraction, weight);
  if (policy.cap) exact = min(exact, weight);
  const { ok, expected } = accepted(score, exact, scorePlaces(record), policy);
  if (ok) return;
  emit({
    code: "FUNDS_SCORE_POLICY",
    severity: "warning",
    path: "funds.total.score",
    expected,
    actual: score,
    message: `The funds score is ${decimalToString(score)}; ${RATE_ZH} × ${WEIGHT_ZH} = ${decimalToString(round(exact, 4, "half-up"))} gives ${decimalToString(expected)} under the scoring policy.`,
    messageZh: `${SCORE_ZH}为${decimalToString(score)}，按${RATE_ZH}×${WEIGHT_ZH}（${decimalToString(round(exact, 4, "half-up"))}）应为${decimalToString(expected)}。`,
  });
}
