/**
 * The one check of a target form (项目支出绩效目标表): when an indicator set prints 分值 (the L19-style
 * 申报表 that already scores its indicators), they add up to 100. A set with some 分值 empty is not
 * summed (SUM_INCOMPLETE names the empty cells, as for the self-evaluation sums); a set printing
 * none is not a scored set.
 */
import { DEFAULT_TOTAL_WEIGHT, TARGET_SET_LABELS, zhOf } from "../model/labels";
import type { ProjectTargetRecord } from "../model/record";
import { decimalToString, eq, parseDecimal, sum } from "../values";
import { dec, present, type RuleContext } from "./context";

export function checkTargetWeights({ record, emit }: RuleContext<ProjectTargetRecord>): void {
  for (const set of ["longTerm", "annual"] as const) {
    const indicators = record.indicatorSets[set];
    const weights = indicators.map((i, n) => ({ path: `indicatorSets.${set}.${n}.weight`, value: dec(i.weight), name: i.name }));
    if (!weights.some((w) => w.value !== null)) continue;
    const label = zhOf(TARGET_SET_LABELS, set);
    // A row with only a 二级 label (no name, no target) is a printed placeholder, not a missing 分值.
    const empty = weights.filter((w, n) => w.value === null && (indicators[n].name !== null || indicators[n].target !== null));
    if (empty.length > 0) {
      emit({
        code: "SUM_INCOMPLETE", severity: "info", path: empty[0].path,
        message: `The 分值 of ${set} indicators are not summed: ${empty.map((w) => `${w.path}${w.name ? ` (${w.name})` : ""}`).join(", ")} ${empty.length === 1 ? "is" : "are"} empty.`,
        messageZh: `${label}的分值未核对：${empty.map((w) => `${w.path}${w.name ? `（${w.name}）` : ""}`).join("、")}为空。`,
      });
      continue;
    }
    const total = sum(present(weights.map((w) => w.value)));
    const expected = parseDecimal(DEFAULT_TOTAL_WEIGHT)!;
    if (eq(total, expected)) continue;
    emit({
      // The first 分值 of the set: the message then points at a cell of it.
      code: "TARGET_WEIGHT_SUM", severity: "error", path: weights[0].path, expected, actual: total,
      message: `The 分值 of the ${set} indicators add up to ${decimalToString(total)}, not ${DEFAULT_TOTAL_WEIGHT}.`,
      messageZh: `${label}各指标分值之和为${decimalToString(total)}，不是${DEFAULT_TOTAL_WEIGHT}。`,
    });
  }
}
