/**
 * When a total can be compared with its parts. Forms are checked while they are being filled in,
 * and a blank form carries printed totals (总分分值 100, 资金分值 10, 一级指标 (N分)) over empty
 * parts: summing a partly empty column would report a mismatch that is only a form not filled in
 * yet. So every rule that compares a total with its parts follows one rule (README, "When sums are
 * checked"):
 *
 * - no part filled: nothing to compare, nothing said (the total may be the printed one);
 * - the total and every part filled: compared;
 * - otherwise: not compared, and a SUM_INCOMPLETE info names the empty cells.
 *
 * A part marked `optional` counts as 0 when empty and is never named: the 其中 lines of the funds
 * (当年财政拨款 / 上年结转资金 / 其他资金) are left empty for a source a project did not have.
 */
import type { SelfEvaluationRecord as FormRecord } from "../model/record";
import type { Decimal } from "../values";
import type { RuleContext } from "./context";

/** A cell of a comparison: its record path, and whether it holds a value. */
export interface Term {
  path: string;
  value: Decimal | boolean | null;
  optional?: boolean;
}

/** What is being checked, as the message names it: "总分 weight" / "总分分值". */
export interface Subject {
  en: string;
  zh: string;
}

const isFilled = (t: Term) => t.value !== null && t.value !== false;

/** True when the comparison can be made; otherwise reports it incomplete where the rule says so. */
export function whenFilled({ record, emit }: RuleContext, total: Term, parts: readonly Term[], subject: Subject): boolean {
  if (!parts.some(isFilled)) return false;
  const empty = [total, ...parts.filter((p) => !p.optional)].filter((t) => !isFilled(t)).map((t) => t.path);
  if (empty.length === 0) return true;
  const en = empty.map((path) => `${path}${nameOf(record, path, " (", ")")}`).join(", ");
  const zh = empty.map((path) => `${path}${nameOf(record, path, "（", "）")}`).join("、");
  emit({
    code: "SUM_INCOMPLETE",
    severity: "info",
    path: total.path,
    message: `${subject.en} is not checked: ${en} ${empty.length === 1 ? "is" : "are"} empty.`,
    messageZh: `${subject.zh}未核对：${zh}为空。`,
  });
  return false;
}

/** The indicator's 三级指标 name after a path into it, so the cell can be found in Word. */
function nameOf(record: FormRecord, path: string, open: string, close: string): string {
  const n = /^indicators\.(\d+)\./.exec(path)?.[1];
  const name = n === undefined ? null : record.indicators[Number(n)]?.name;
  return name ? `${open}${name}${close}` : "";
}

/**
 * Whether any figure a filler writes is there: an indicator's 分值 or 得分, a funds amount, the
 * 执行率, the funds 得分 or the 总分得分. The printed weights (总分分值, 资金分值, (N分)) do not count.
 */
export function hasFigures(record: FormRecord): boolean {
  const { total, appropriation, carryover, other } = record.funds;
  const amounts = [total, appropriation, carryover, other].flatMap((p) => [p.initial, p.annual, p.executed]);
  const figures = [...amounts, total.score, record.total.score, ...record.indicators.flatMap((i) => [i.weight, i.score])];
  return figures.some((v) => v !== null) || (total.rate?.text ?? "") !== "";
}

/** The one message of a form with no figures, instead of a SUM_INCOMPLETE per printed total. */
export function reportNotFilled({ emit }: RuleContext): void {
  emit({
    code: "FORM_NOT_FILLED",
    severity: "info",
    message: "No weight, score or amount is filled in yet (a blank form): the totals are checked once they are.",
    messageZh: "尚未填写任何分值、得分或金额（空白表）：填写后再核对各项合计。",
  });
}
