import { add, cmp, decimalToString, eq, sum, type Decimal } from "../values";
import { dec, present, type RuleContext } from "./context";

/** 总分 = 资金得分 + Σ 指标得分, and the same for the weights (分值). */
export function checkTotals({ record, emit }: RuleContext): void {
  for (const field of ["score", "weight"] as const) {
    const written = dec(record.total[field]);
    if (!written) continue;
    const parts = present([dec(record.funds.total[field]), ...record.indicators.map((i) => dec(i[field]))]);
    if (parts.length === 0) continue;
    const computed = sum(parts);
    if (eq(written, computed)) continue;
    const zh = field === "score" ? "得分" : "分值";
    emit({
      code: field === "score" ? "TOTAL_SCORE_MISMATCH" : "TOTAL_WEIGHT_MISMATCH",
      severity: "error",
      path: `total.${field}`,
      expected: computed,
      actual: written,
      message: `总分 ${field} is ${decimalToString(written)} but the funds ${field} plus the indicator ${field}s make ${decimalToString(computed)}.`,
      messageZh: `总分${zh}为${decimalToString(written)}，但资金${zh}与各指标${zh}之和为${decimalToString(computed)}。`,
    });
  }
}

/** A 一级指标 labelled (N分) must carry indicators whose weights sum to N. */
export function checkLevel1Weights({ record, emit }: RuleContext): void {
  let start = 0;
  while (start < record.indicators.length) {
    const first = record.indicators[start];
    let end = start + 1;
    while (end < record.indicators.length && sameGroup(record.indicators[end], first)) end++;
    const weights = present(record.indicators.slice(start, end).map((i) => dec(i.weight)));
    const label = dec(first.level1Weight);
    if (label && weights.length > 0) {
      const computed = sum(weights);
      if (!eq(label, computed)) {
        emit({
          code: "LEVEL1_WEIGHT_MISMATCH",
          severity: "error",
          path: `indicators.${start}.level1Weight`,
          expected: computed,
          actual: label,
          message: `${first.level1} is labelled (${decimalToString(label)}分) but its indicator weights sum to ${decimalToString(computed)}.`,
          messageZh: `${first.level1}标注（${decimalToString(label)}分），但其下各指标分值之和为${decimalToString(computed)}。`,
        });
      }
    }
    start = end;
  }
}

function sameGroup(a: { level1: string | null; level1Weight: number | null }, b: typeof a): boolean {
  return a.level1 === b.level1 && a.level1Weight === b.level1Weight;
}

/** 0 ≤ 得分 ≤ 分值, for the funds row and every indicator. */
export function checkScoreRanges({ record, emit }: RuleContext): void {
  const rows = [
    { path: "funds.total", weight: record.funds.total.weight, score: record.funds.total.score, name: "资金执行率" },
    ...record.indicators.map((i, n) => ({ path: `indicators.${n}`, weight: i.weight, score: i.score, name: i.name ?? `indicator ${n + 1}` })),
  ];
  for (const r of rows) {
    const score = dec(r.score);
    if (!score) continue;
    const weight = dec(r.weight);
    const negative = score.coef < 0n;
    const above = weight !== null && cmp(score, weight) > 0;
    if (!negative && !above) continue;
    const s = decimalToString(score);
    emit({
      code: "SCORE_OUT_OF_RANGE",
      severity: "error",
      path: `${r.path}.score`,
      expected: negative ? "≥ 0" : `≤ ${decimalToString(weight as Decimal)}`,
      actual: score,
      message: negative ? `The score of ${r.name} is negative (${s}).` : `The score of ${r.name} (${s}) is above its weight (${decimalToString(weight as Decimal)}).`,
      messageZh: negative ? `「${r.name}」得分为负（${s}）。` : `「${r.name}」得分（${s}）超过其分值（${decimalToString(weight as Decimal)}）。`,
    });
  }
}

/** 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, per column, where any part is filled. */
export function checkFundsSums({ record, emit }: RuleContext): void {
  const { total, appropriation, carryover, other } = record.funds;
  const zh = { initial: "年初预算数", annual: "全年预算数", executed: "全年执行数" } as const;
  for (const column of ["initial", "annual", "executed"] as const) {
    const parts = present([appropriation, carryover, other].map((p) => dec(p[column])));
    if (parts.length === 0) continue;
    const computed = parts.reduce(add);
    const written = dec(total[column]);
    if (written && eq(written, computed)) continue;
    emit({
      code: "FUNDS_TOTAL_MISMATCH",
      severity: "error",
      path: `funds.total.${column}`,
      expected: computed,
      actual: written ? written : "empty",
      message: `年度资金总额 ${column} is ${written ? decimalToString(written) : "empty"} but 当年财政拨款 + 上年结转资金 + 其他资金 make ${decimalToString(computed)}.`,
      messageZh: `年度资金总额的${zh[column]}为${written ? decimalToString(written) : "空"}，但当年财政拨款、上年结转资金与其他资金之和为${decimalToString(computed)}。`,
    });
  }
}
