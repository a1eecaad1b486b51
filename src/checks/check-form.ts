import { z } from "zod";
import type { Message } from "../model/message";
import { FormRecordSchema, isSelfEvaluation, type FormRecord } from "../model/record";
import { makeContext, type RuleContext } from "./context";
import { checkDeviations } from "./deviation";
import { hasFigures, reportNotFilled } from "./filled";
import { checkFundsScore, checkRate, checkRateReason } from "./funds";
import { resolvePolicy, type ScoringPolicy } from "./policy";
import { checkTableTotal } from "./table";
import { checkTargetWeights } from "./target";
import { checkFundsSums, checkLevel1Weights, checkScoreRanges, checkTotals } from "./totals";

export interface ValidateOptions {
  /** Index of the form in its document, carried into each message. */
  form?: number;
}

/**
 * Checks one record, from a document or from JSON. A malformed record gives zod's issues as
 * messages (code INVALID_RECORD), never an exception. The record is never changed.
 */
export function validateForm(record: unknown, policy?: Partial<ScoringPolicy>, options: ValidateOptions = {}): Message[] {
  const resolved = resolvePolicy(policy);
  const parsed = FormRecordSchema.safeParse(record);
  if (!parsed.success) {
    // The same issues again in Chinese (zod's zh-CN locale), in the same order: only bad records pay.
    const zh = FormRecordSchema.safeParse(record, { error: z.locales.zhCN().localeError }).error?.issues ?? [];
    return parsed.error.issues.map((issue, i) => ({
      code: "INVALID_RECORD",
      severity: "error" as const,
      message: `${issue.path.join(".") || "(record)"}: ${issue.message}`,
      messageZh: `记录字段 ${issue.path.join(".") || "（整条记录）"} 不合规：${zh[i]?.message ?? issue.message}`,
      path: issue.path.join("."),
      ...(options.form === undefined ? {} : { form: options.form }),
    }));
  }
  // A record from JSON may carry assessments older than its values: judge the values afresh
  // (zod's output is a copy, so the caller's record is untouched).
  if (isSelfEvaluation(parsed.data)) for (const indicator of parsed.data.indicators) delete indicator.assessment;
  return checkRecord(parsed.data as FormRecord, resolved, options);
}

/** The rules in report order; a `sum` rule compares a total with its parts (see filled.ts). */
const RULES: readonly { check: (ctx: RuleContext, policy: ScoringPolicy) => void; sum: boolean }[] = [
  { check: checkTotals, sum: true },
  { check: checkLevel1Weights, sum: true },
  { check: checkScoreRanges, sum: false },
  { check: checkFundsSums, sum: true },
  { check: checkRate, sum: true },
  { check: checkFundsScore, sum: true },
  { check: checkDeviations, sum: false },
  { check: checkRateReason, sum: false },
];

/**
 * Transfer-payment forms print no weights and no scores: only the funds and the targets are
 * checked (the weight and score rules would have nothing to compare).
 */
const TRANSFER_RULES = RULES.filter((r) => r.check === checkFundsSums || r.check === checkRate || r.check === checkDeviations);

/** The rules alone, for a record already known to fit the schema (parseDocx builds its own). */
export function checkRecord(record: FormRecord, policy?: Partial<ScoringPolicy>, options: ValidateOptions = {}): Message[] {
  const resolved = resolvePolicy(policy);
  const messages: Message[] = [];
  // A target form declares targets: only the 分值 it may print are summed.
  if (record.kind === "project-target") {
    checkTargetWeights(makeContext(record, options.form, messages));
    return messages;
  }
  if (record.kind === "indicator-table") {
    checkTableTotal(makeContext(record, options.form, messages));
    return messages;
  }
  const ctx = makeContext(record, options.form, messages);
  // A form with no figures yet gets one message, not one per printed total.
  const figures = hasFigures(record);
  if (!figures) reportNotFilled(ctx);
  const rules = record.kind === "transfer-self-evaluation" ? TRANSFER_RULES : RULES;
  for (const { check, sum } of rules) if (figures || !sum) check(ctx, resolved);
  return messages;
}
