/**
 * A project's target form (绩效目标表 / 申报表) against its year-end self-evaluation form: were the
 * declared targets changed? The target form's 年度绩效指标 are matched with the self-evaluation's
 * indicators (match.ts), their targets compared as typed readings (same-target.ts); the 长期 set has no counterpart
 * in a self-evaluation form and is not compared. Every message is about the self-evaluation form
 * (`form`, `path`, `cell`) and names the target form's cell in `related`.
 */
import type { Message, RelatedCell } from "../model/message";
import {
  ProjectRecordSchema, ProjectTargetRecordSchema, type CellValue, type ProjectRecordInput, type ProjectTargetRecordInput, type TargetIndicator,
} from "../model/record";
import { eq, mul, parseDecimal, type Decimal } from "../values/decimal";
import { readValue, type Reading } from "../values/reading";
import { MONEY_UNITS } from "../values/units";
import { indicatorNameKey } from "./keys";
import { matchIndicators } from "./match";
import { parseRecordOf } from "./parse-record";
import { sameTarget } from "./same-target";

export interface CompareOptions {
  /** Index of the self-evaluation form in its document: the messages' `form`. */
  form?: number;
  /** The target form's file (default: its record's `source.file`) and its index in that file. */
  related?: { file?: string; form?: number };
}

interface Indicator {
  level1: string | null;
  level2: string | null;
  name: string | null;
  target: CellValue | null;
  weight: number | null;
}

/** A row that declares nothing (a template's 指标1： with no value): not an indicator to match. */
function declaresNothing(indicator: Indicator): boolean {
  return indicatorNameKey(indicator.name) === "" && (indicator.target?.text ?? "") === "";
}

function readingOf(cell: CellValue | null, year: number | null): Reading {
  if (cell === null) return { kind: "empty", raw: "" };
  return cell.reading ?? readValue(cell.raw, { year });
}

/** 产出指标 / 数量指标 / 培训人数, the parts the forms print. */
function nameOf(indicator: Indicator): string {
  // A category printed over two lines (社会效益\n指标) is named on one.
  const level = (text: string | null) => text?.replace(/\s+/g, "") ?? null;
  return [level(indicator.level1), level(indicator.level2), indicator.name].filter((part) => part).join(" / ");
}

const textOf = (cell: CellValue | null) => cell?.text ?? "";
const shown = (text: string) => (text === "" ? "(empty)" : text);
const shownZh = (text: string) => (text === "" ? "（空）" : text);

/** The amount in 元 when both units are money units (MONEY_UNITS); another unit is compared as written. */
function inYuan(amount: number, unit: string | null, other: string | null): Decimal | null {
  const value = parseDecimal(amount);
  if (value === null) return null;
  // Without both units known, the two amounts are taken to be in the same one.
  if (unit === null || other === null || unit === other || !Object.hasOwn(MONEY_UNITS, unit) || !Object.hasOwn(MONEY_UNITS, other)) return value;
  return mul(value, { coef: MONEY_UNITS[unit], scale: 0 });
}

/**
 * The records as parseDocx reads them, or from JSON (value cells may be text); a record of another
 * kind, or one that does not fit its schema, throws INVALID_RECORD.
 */
export function compareTargetAndSelf(targetInput: ProjectTargetRecordInput, selfInput: ProjectRecordInput, options: CompareOptions = {}): Message[] {
  const target = parseRecordOf(ProjectTargetRecordSchema, "project-target", "a 项目支出绩效目标表 as parseDocx reads it", targetInput);
  const self = parseRecordOf(ProjectRecordSchema, "project-self-evaluation", "a 项目支出绩效自评表 as parseDocx reads it", selfInput);
  const related = { file: options.related?.file ?? target.source?.file, form: options.related?.form };
  const selfCell = (path: string) => self.source?.cells[path];
  const targetCell = (path: string): RelatedCell => strip({ ...related, path, cell: target.source?.cells[path] });
  // The target form as a whole (an indicator it does not declare): no `related` when nothing names it.
  const whole = Object.values(strip(related)).length > 0 ? strip(related) : undefined;
  const messages: Message[] = [];
  const say = (m: Omit<Message, "severity" | "form">) => messages.push(strip({ ...m, severity: "warning", form: options.form }));

  const budget = target.funds.total;
  const initial = self.funds.total.initial;
  if (budget !== null && initial !== null) {
    const a = inYuan(budget, target.funds.unit, self.funds.unit);
    const b = inYuan(initial, self.funds.unit, target.funds.unit);
    if (a !== null && b !== null && !eq(a, b)) {
      const declared = `${budget}${target.funds.unit ?? ""}`;
      const written = `${initial}${self.funds.unit ?? ""}`;
      say({
        code: "BUDGET_CHANGED",
        message: `年初预算数 is ${written} but the target form declares 年度资金总额 ${declared}.`,
        messageZh: `年初预算数为${written}，但绩效目标表的年度资金总额为${declared}。`,
        path: "funds.total.initial", cell: selfCell("funds.total.initial"), expected: declared, actual: written,
        related: targetCell("funds.total"),
      });
    }
  }

  const annual: readonly TargetIndicator[] = target.indicatorSets.annual;
  const matches = matchIndicators(annual, self.indicators, declaresNothing);
  const matched = new Set(matches.values());
  self.indicators.forEach((indicator, i) => {
    if (declaresNothing(indicator)) return;
    const j = matches.get(i);
    const at = (field: string) => `indicators.${i}.${field}`;
    const theirs = (field: string) => `indicatorSets.annual.${j}.${field}`;
    const name = nameOf(indicator);
    if (j === undefined) {
      say({
        code: "INDICATOR_ADDED",
        message: `Indicator ${name} is not among the target form's 年度绩效指标.`,
        messageZh: `指标「${name}」不在绩效目标表的年度绩效指标中。`,
        path: at("name"), cell: selfCell(at("name")), actual: textOf(indicator.target), related: whole,
      });
      return;
    }
    const declaredIndicator = annual[j];
    if (!sameTarget(readingOf(declaredIndicator.target, target.year), readingOf(indicator.target, self.year))) {
      const [was, is] = [textOf(declaredIndicator.target), textOf(indicator.target)];
      say({
        code: "TARGET_CHANGED",
        message: `The target of ${name} is ${shown(is)} but the target form declares ${shown(was)}.`,
        messageZh: `指标「${name}」的年度指标值为${shownZh(is)}，但绩效目标表的指标值为${shownZh(was)}。`,
        path: at("target"), cell: selfCell(at("target")), expected: was, actual: is, related: targetCell(theirs("target")),
      });
    }
    const [was, is] = [declaredIndicator.weight, indicator.weight];
    if (was !== null && is !== null && !eq(parseDecimal(was)!, parseDecimal(is)!)) {
      say({
        code: "WEIGHT_CHANGED",
        message: `The weight of ${name} is ${is} but the target form gives it ${was}.`,
        messageZh: `指标「${name}」的分值为${is}，但绩效目标表中为${was}。`,
        path: at("weight"), cell: selfCell(at("weight")), expected: String(was), actual: String(is), related: targetCell(theirs("weight")),
      });
    }
  });
  annual.forEach((indicator, j) => {
    if (matched.has(j) || declaresNothing(indicator)) return;
    const name = nameOf(indicator);
    const value = textOf(indicator.target);
    say({
      code: "INDICATOR_DROPPED",
      message: `Indicator ${name} (target ${shown(value)}) is declared in the target form but missing from the self-evaluation form.`,
      messageZh: `绩效目标表中的指标「${name}」（指标值${shownZh(value)}）未出现在自评表中。`,
      expected: value, related: targetCell(`indicatorSets.annual.${j}.name`),
    });
  });
  return messages;
}

/** Leaves out the fields that are undefined, so JSON and test expectations hold only what is known. */
function strip<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
