/**
 * An indicator table (a form of a kind not modelled) has no funds or weights we know the meaning
 * of: the one sum checked is its 总分 / 合计 score against the scores of its rows.
 */
import { SCORE_COLUMN, normalizeLabel, withoutLabelSuffix } from "../model/labels";
import type { IndicatorTableRecord } from "../model/record";
import { decimalToString, eq, parseDecimal, sum } from "../values";
import type { RuleContext } from "./context";
import { dec } from "./context";

export function checkTableTotal({ record, emit }: RuleContext<IndicatorTableRecord>): void {
  // Points may sit outside the rows (Hubei's funds row scores 20 of the 总分): only a table read
  // whole, with no unread cell and no score among its fields, is summed.
  if (record.extras.some((e) => e.note === "cell not recognized")) return;
  if (record.fields.some((f) => SCORE_COLUMN.synonyms.includes(withoutLabelSuffix(normalizeLabel(f.label))))) return;
  const written = dec(record.total.score);
  const column = record.columns.find((c) => SCORE_COLUMN.synonyms.includes(normalizeLabel(c)));
  if (!written || column === undefined) return;
  const scores = record.indicators.map((i) => (i.values[column] ?? "").trim()).filter((s) => s !== "");
  // A score that is not a plain number (a note, a dash) leaves the sum unchecked; blank rows count for nothing.
  const parts = scores.map((s) => parseDecimal(s));
  if (parts.length === 0 || parts.some((p) => p === null)) return;
  const computed = sum(parts as NonNullable<(typeof parts)[number]>[]);
  if (eq(written, computed)) return;
  emit({
    code: "TOTAL_SCORE_MISMATCH",
    severity: "error",
    path: "total.score",
    expected: computed,
    actual: written,
    message: `The total score is ${decimalToString(written)} but the ${column} of the rows make ${decimalToString(computed)}.`,
    messageZh: `总分得分为${decimalToString(written)}，但各行${column}之和为${decimalToString(computed)}。`,
  });
}
