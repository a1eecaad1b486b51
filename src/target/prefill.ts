/**
 * The year-end 项目支出绩效自评表 prefilled from the 项目支出绩效目标表 declared with the budget: its
 * 年度指标值 column must repeat the declared targets, which departments otherwise retype by hand.
 * What the target form declared is copied; what only the year's end can tell (执行数, 实际完成值,
 * scores, 偏差原因) is left empty. Amounts are copied as they are, never added as floats; weights
 * that must be added up are added as exact decimals.
 */
import { JixiaoError } from "../errors";
import { readLevel1 } from "../forms/sections/indicators";
import {
  DEFAULT_FUNDS_WEIGHT, DEFAULT_TITLE_MIDDLE, DEFAULT_TOTAL_WEIGHT, FUNDS_ROWS, normalizeLabel, STANDARD_STRUCTURE,
  TITLE_SUFFIX, withoutLabelSuffix, withoutLeadIn, type FundsRowKey,
} from "../model/labels";
import {
  emptyNotes, ProjectRecordSchema, ProjectTargetRecordSchema, type CellValue, type ProjectRecordInput, type Indicator, type ProjectRecord, type ProjectTargetRecord,
  type ProjectTargetRecordInput, type TargetIndicator,
} from "../model/record";
import { standardIndicators } from "../write/blank";
import { parseRecordOf } from "./parse-record";
import { cmp, parseDecimal, sub, sum, toNumber, type Decimal } from "../values/decimal";

export interface PrefillOptions {
  /** The year of the self-evaluation (default: the target form's year). */
  year?: number;
  /** 州级, 县级 …, printed before the title (default: the target form's level). */
  level?: string;
  /** e.g. "附件2"; none by default (the target form's 附件 number is the declaration's, not the self-evaluation's). */
  attachment?: string;
}

/** The key a self-evaluation's `indicator.more` keeps a target indicator's 备注 under. */
export const REMARK_KEY = "备注";

/**
 * A `project-self-evaluation` record from a `project-target` record (as parseDocx reads it, or from
 * JSON): project, budget columns, the year's goal and the annual indicators with their targets
 * filled in; actual values, scores and deviations empty. Throws INVALID_RECORD for a record that is
 * not a target form, BAD_OPTION for a bad option.
 */
export function selfEvaluationFromTarget(target: ProjectTargetRecordInput, options: PrefillOptions = {}): ProjectRecord {
  const t = parseRecordOf(ProjectTargetRecordSchema, "project-target", "a 项目支出绩效目标表 as parseDocx reads it", target);
  const { year, level, attachment } = checkOptions(options);
  const form = { year: year === undefined ? t.year : year, level: level === undefined ? t.level : level };
  const indicators = t.indicatorSets.annual.length > 0 ? t.indicatorSets.annual.map(fromTarget) : standardIndicators(() => 1, true);
  const scoring = formWeights(t.indicatorSets.annual);
  // Through the schema: the fields left out take their defaults (null, empty), as in a record from JSON.
  return ProjectRecordSchema.parse({
    kind: "project-self-evaluation",
    attachment: attachment ?? null,
    // The writer prints the level before 预算部门项目支出绩效自评表, and the reader reads it back so.
    title: `${form.level ?? ""}${DEFAULT_TITLE_MIDDLE}${TITLE_SUFFIX}`,
    level: form.level,
    year: form.year,
    // 主管部门编码 is the code of the 主管部门, which is what the self-evaluation's project.code holds.
    project: { name: t.project.name, department: t.project.department, implementingUnit: t.project.implementingUnit, code: t.project.departmentCode },
    funds: funds(t, scoring.funds),
    goal: { expected: t.goals.annual, actual: null },
    indicators: withLevelWeights(indicators, t.indicatorSets.annual),
    total: { weight: scoring.total, score: null },
    notes: emptyNotes(),
    footer: { unitLeader: null, filler: null, phone: null, date: null, projectLeader: t.project.leader, financeLeader: null, reportNo: null },
    extras: [],
  } satisfies ProjectRecordInput);
}

function checkOptions(options: PrefillOptions): PrefillOptions {
  if (typeof options !== "object" || options === null) throw new JixiaoError("BAD_OPTION", `options: expected { year?, level?, attachment? }, received ${options === null ? "null" : typeof options}`);
  const { year, level, attachment } = options;
  if (year !== undefined && !Number.isInteger(year)) throw new JixiaoError("BAD_OPTION", `year: expected a whole number, received ${year}`);
  if (level !== undefined && (typeof level !== "string" || level.trim() === "")) throw new JixiaoError("BAD_OPTION", `level: expected e.g. "县级", received ${JSON.stringify(level)}`);
  if (attachment !== undefined && typeof attachment !== "string") throw new JixiaoError("BAD_OPTION", `attachment: expected e.g. "附件2", received ${typeof attachment}`);
  return { year, level, attachment };
}

/** The budget the target form declares is both the 年初预算数 and, until adjusted, the 全年预算数. */
function budget(amount: number | null) {
  return { initial: amount, annual: amount, executed: null, rate: null };
}

function funds(t: ProjectTargetRecord, weight: number | null): ProjectRecord["funds"] {
  const rows: Record<FundsRowKey, ReturnType<typeof budget>> = {
    total: budget(t.funds.total), appropriation: budget(t.funds.appropriation), carryover: budget(null), other: budget(t.funds.other),
  };
  const more: ProjectRecord["funds"]["more"] = [];
  // A named amount the self-evaluation has a row for (上年结转资金) goes to that row, the other sources
  // to rows of their own. A part of another amount (上级财政资金 within 财政拨款) is already in that
  // amount: a row of its own would count it twice in the 年度资金总额.
  for (const { label, amount } of t.funds.more.filter((m) => m.within === null)) {
    const key = fundsRowOf(label);
    if (key !== undefined && rows[key].initial === null) rows[key] = budget(amount);
    else more.push({ label, ...budget(amount) });
  }
  return {
    unit: t.funds.unit,
    total: { ...rows.total, weight, score: null },
    appropriation: rows.appropriation, carryover: rows.carryover, other: rows.other,
    more, method: null, reason: null,
  };
}

function fundsRowOf(label: string): FundsRowKey | undefined {
  const compared = withoutLeadIn(withoutLabelSuffix(normalizeLabel(label)));
  return FUNDS_ROWS.find((row) => row.synonyms.includes(compared) || row.synonyms.includes(`其中${compared}`))?.key;
}

function fromTarget(t: TargetIndicator): Indicator {
  const level2 = readLevel1(t.level2 ?? "");
  return {
    level1: readLevel1(t.level1 ?? "").level1,
    level1Weight: null,
    level2: level2.level1,
    level2Weight: level2.level1Weight,
    name: t.name,
    target: cellOf(t.target),
    actual: null,
    weight: t.weight,
    score: null,
    deviation: null,
    method: t.method,
    targetParts: null,
    more: { ...t.more, ...(t.remark === null ? {} : { [REMARK_KEY]: t.remark }) },
  };
}

/** The target cell's text; its reading (which may depend on the year) is the reader's to add. */
function cellOf(value: CellValue | null): CellValue | null {
  return value === null ? null : { raw: value.raw, text: value.text };
}

const decimal = (n: number): Decimal => parseDecimal(n)!;

/**
 * The (N分) of each 一级指标: printed on the target form when it is; else, when the target form
 * scores its indicators (分值), the sum of its indicators' 分值, so the form's sums agree; else the
 * standard form's weight for that 一级指标 (none for a 一级指标 the standard form does not have).
 */
function withLevelWeights(indicators: Indicator[], annual: readonly TargetIndicator[]): Indicator[] {
  const scored = annual.some((i) => i.weight !== null);
  const printed = new Map<string | null, number>();
  annual.forEach((i) => {
    const { level1, level1Weight } = readLevel1(i.level1 ?? "");
    if (level1Weight !== null && !printed.has(level1)) printed.set(level1, level1Weight);
  });
  const weightOf = (level1: string | null): number | null => {
    if (printed.has(level1)) return printed.get(level1)!;
    if (scored) {
      const weights = indicators.filter((i) => i.level1 === level1 && i.weight !== null).map((i) => decimal(i.weight!));
      return weights.length === 0 ? null : toNumber(sum(weights));
    }
    return STANDARD_STRUCTURE.find((group) => level1 !== null && group.level1 === normalizeLabel(level1))?.weight ?? null;
  };
  return indicators.map((i) => ({ ...i, level1Weight: weightOf(i.level1) }));
}

/**
 * 资金 and 总分 weights. Without 分值 the standard form's apply (funds 10, total 100). With 分值, the
 * total stays 100 and the funds row takes what the indicators leave (10 when they add up to 90, the
 * standard split; none when they take all 100); indicators adding up to more than 100 leave both
 * for the user to set.
 */
function formWeights(annual: readonly TargetIndicator[]): { funds: number | null; total: number | null } {
  const weights = annual.filter((i) => i.weight !== null).map((i) => decimal(i.weight!));
  if (weights.length === 0) return { funds: DEFAULT_FUNDS_WEIGHT, total: DEFAULT_TOTAL_WEIGHT };
  const left = sub(decimal(DEFAULT_TOTAL_WEIGHT), sum(weights));
  const sign = cmp(left, decimal(0));
  if (sign < 0) return { funds: null, total: null };
  return { funds: sign === 0 ? null : toNumber(left), total: DEFAULT_TOTAL_WEIGHT };
}
