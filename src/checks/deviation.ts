import type { SelfEvaluationRecord as FormRecord } from "../model/record";
import { assessIndicator, cmp } from "../values";
import { dec, type RuleContext } from "./context";

/** The assessment of each indicator: from the record when the reader put it there, else computed. */
export function assessmentsOf(record: FormRecord) {
  // From the text, not a reading the cell may carry: a record from JSON may carry readings older than its text.
  return record.indicators.map((i) => i.assessment ?? assessIndicator(i.target?.text ?? null, i.actual?.text ?? null, { year: record.year }));
}

/** A target not met needs a 偏差原因; a score below its weight should have one. */
export function checkDeviations({ record, emit }: RuleContext): void {
  const assessments = assessmentsOf(record);
  record.indicators.forEach((indicator, n) => {
    if (indicator.deviation !== null) return;
    const name = indicator.name ?? `indicator ${n + 1}`;
    if (assessments[n].met === false) {
      emit({
        code: "TARGET_NOT_MET_NO_REASON",
        severity: "warning",
        path: `indicators.${n}.deviation`,
        expected: indicator.target?.text ?? "",
        actual: indicator.actual?.text ?? "",
        message: `${name}: the actual value ${indicator.actual?.text} does not meet the target ${indicator.target?.text}, and no 偏差原因 is given.`,
        messageZh: `「${name}」实际完成值${indicator.actual?.text}未达到年度指标值${indicator.target?.text}，但未填写偏差原因。`,
      });
      return;
    }
    const score = dec(indicator.score);
    const weight = dec(indicator.weight);
    if (score && weight && cmp(score, weight) < 0) {
      emit({
        code: "SCORE_BELOW_WEIGHT_NO_REASON",
        severity: "info",
        path: `indicators.${n}.deviation`,
        expected: weight,
        actual: score,
        message: `${name}: scored ${indicator.score} of ${indicator.weight} with no 偏差原因.`,
        messageZh: `「${name}」得分${indicator.score}低于分值${indicator.weight}，未填写偏差原因。`,
      });
    }
  });
}
