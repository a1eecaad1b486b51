import { FUNDS_CHECK_NAMES, FUNDS_COLUMNS, FUNDS_ROWS, INDICATOR_COLUMNS, TOTAL_LABEL, withoutLeadIn, zhOf } from "../model/labels";
import { add, cmp, decimalToString, eq, sum, type Decimal } from "../values";
import { dec, present, type RuleContext } from "./context";
import { whenFilled } from "./filled";

/** 总分 = 资金得分 + Σ 指标得分, and the same for the weights (分值). */
export function checkTotals(ctx: RuleContext): void {
  const { record, emit } = ctx;
  for (const field of ["score", "weight"] as const) {
    const zh = zhOf(INDICATOR_COLUMNS, field);
    const totalZh = TOTAL_LABEL.zh;
    const written = dec(record.total[field]);
    const parts = [
      { path: `funds.total.${field}`, value: dec(record.funds.total[field]) },
      ...record.indicators.map((i, n) => ({ path: `indicators.${n}.${field}`, value: dec(i[field]) })),
    ];
    const total = { path: `total.${field}`, value: written };
    if (!whenFilled(ctx, total, parts, { en: `${totalZh} ${field}`, zh: `${totalZh}${zh}` })) continue;
    const computed = sum(present(parts.map((p) => p.value)));
    if (eq(written!, computed)) continue;
    emit({
      code: field === "score" ? "TOTAL_SCORE_MISMATCH" : "TOTAL_WEIGHT_MISMATCH",
      severity: "error",
      path: `total.${field}`,
      expected: computed,
      actual: written!,
      message: `${totalZh} ${field} is ${decimalToString(written!)} but the funds ${field} plus the indicator ${field}s make ${decimalToString(computed)}.`,
      messageZh: `${totalZh}${zh}为${decimalToString(written!)}，但资金${zh}与各指标${zh}之和为${decimalToString(computed)}。`,
    });
  }
}

/** A 一级指标 labelled (N分) must carry indicators whose weights sum to N; a label without (N分) is not checked. */
export function checkLevel1Weights(ctx: RuleContext): void {
  const { record, emit } = ctx;
  let start = 0;
  while (start < record.indicators.length) {
    const first = record.indicators[start];
    let end = start + 1;
    while (end < record.indicators.length && sameGroup(record.indicators[end], first)) end++;
    const label = dec(first.level1Weight);
    const weights = record.indicators.slice(start, end).map((i, k) => ({ path: `indicators.${start + k}.weight`, value: dec(i.weight) }));
    const total = { path: `indicators.${start}.level1Weight`, value: label };
    // A 一级指标 cell read as no name (its points alone, "（50分）") is named by where it is.
    const name = first.level1 === null ? { en: `the 一级指标 of indicator ${start + 1}`, zh: `第${start + 1}个指标的一级指标` } : { en: first.level1, zh: first.level1 };
    const subject = { en: `The (N分) of ${name.en}`, zh: `${name.zh}的（N分）` };
    if (label && whenFilled(ctx, total, weights, subject)) {
      const computed = sum(present(weights.map((w) => w.value)));
      if (!eq(label, computed)) {
        emit({
          code: "LEVEL1_WEIGHT_MISMATCH",
          severity: "error",
          path: `indicators.${start}.level1Weight`,
          expected: computed,
          actual: label,
          message: `${name.en[0].toUpperCase()}${name.en.slice(1)} is labelled (${decimalToString(label)}分) but its indicator weights sum to ${decimalToString(computed)}.`,
          messageZh: `${name.zh}标注（${decimalToString(label)}分），但其下各指标分值之和为${decimalToString(computed)}。`,
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
    { path: "funds.total", weight: record.funds.total.weight, score: record.funds.total.score, name: zhOf(FUNDS_CHECK_NAMES, "rate") },
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

/**
 * 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金 + the form's other rows (funds.more: 财政专户管理资金,
 * 单位资金, a 转移支付 form's 地方资金 — sources of their own on the forms that print them), per column,
 * once a part is filled. An empty part is a source the project did not have (0); an empty total is
 * not yet filled in.
 */
export function checkFundsSums(ctx: RuleContext): void {
  const { record, emit } = ctx;
  const { total, appropriation, carryover, other, more } = record.funds;
  const zh = { initial: zhOf(FUNDS_COLUMNS, "initial"), annual: zhOf(FUNDS_COLUMNS, "annual"), executed: zhOf(FUNDS_COLUMNS, "executed") } as const;
  // 其中：当年财政拨款 → 当年财政拨款: the row names without the form's lead-in.
  const [totalZh, appropriationZh, carryoverZh, otherZh] = (["total", "appropriation", "carryover", "other"] as const).map((k) => withoutLeadIn(zhOf(FUNDS_ROWS, k)));
  const names = [appropriationZh, carryoverZh, otherZh, ...more.map((m) => withoutLeadIn(m.label))];
  const rows = { appropriation, carryover, other };
  for (const column of ["initial", "annual", "executed"] as const) {
    const parts = [
      ...(["appropriation", "carryover", "other"] as const).map((row) => ({ path: `funds.${row}.${column}`, value: dec(rows[row][column]), optional: true })),
      ...more.map((m, n) => ({ path: `funds.more.${n}.${column}`, value: dec(m[column]), optional: true })),
    ];
    const written = dec(total[column]);
    const subject = { en: `${totalZh} ${column}`, zh: `${totalZh}的${zh[column]}` };
    if (!whenFilled(ctx, { path: `funds.total.${column}`, value: written }, parts, subject)) continue;
    const computed = present(parts.map((p) => p.value)).reduce(add);
    if (eq(written!, computed)) continue;
    emit({
      code: "FUNDS_TOTAL_MISMATCH",
      severity: "error",
      path: `funds.total.${column}`,
      expected: computed,
      actual: written!,
      message: `${totalZh} ${column} is ${decimalToString(written!)} but ${names.join(" + ")} make ${decimalToString(computed)}.`,
      messageZh: `${totalZh}的${zh[column]}为${decimalToString(written!)}，但${names.slice(0, -1).join("、")}与${names[names.length - 1]}之和为${decimalToString(computed)}。`,
    });
  }
}
