import { isSelfEvaluation, type CellValue, type FormRecord } from "../model/record";
import { assessIndicator, readValue } from "../values";

/**
 * Adds the typed reading beside raw/text of every target, actual and rate, and each indicator's
 * assessment. Nothing that was read is changed.
 */
export function addReadings(record: FormRecord): void {
  if (record.kind === "indicator-table") return;
  const ctx = { year: record.year };
  const read = (v: CellValue | null) => {
    if (v) v.reading = readValue(v.raw, ctx);
  };
  // A target form's 指标值 only: placeholders ("≥**%") read as text, never as numbers.
  if (!isSelfEvaluation(record)) {
    for (const indicator of [...record.indicatorSets.longTerm, ...record.indicatorSets.annual]) read(indicator.target);
    return;
  }
  read(record.funds.total.rate);
  // The assessment reads the trimmed text; when that is the raw text, its reading is the one just made.
  const ofText = (v: CellValue | null) => (v && v.reading && v.text === v.raw ? v.reading : readValue(v?.text ?? "", ctx));
  for (const indicator of record.indicators) {
    read(indicator.target);
    read(indicator.actual);
    indicator.assessment = assessIndicator(ofText(indicator.target), ofText(indicator.actual));
  }
}
