/**
 * The flat table behind CSV and XLSX: one row per indicator, the form's fields repeated on each,
 * so a spreadsheet can filter and pivot without lookups. A form without indicators still gets
 * one row, and a failed file one row with its error, so no file disappears from the table.
 */
import { EXPORT_LABELS, INDICATOR_COLUMNS, PROJECT_LABELS, type Label } from "../../model/labels";
import type { FormRecord, Indicator } from "../../model/record";
import type { FileOutcome } from "../outcome";

export type CellData = string | number | null;
export type HeaderLanguage = "zh" | "en";

interface RowSource {
  file: string;
  form: number | null;
  record: FormRecord | null;
  indicator: Indicator | null;
  error: string | null;
}

interface Column {
  en: string;
  zh: string;
  value(row: RowSource): CellData;
}

function zh<K extends string>(labels: readonly Label<K>[], key: K): string {
  return labels.find((l) => l.key === key)!.zh;
}

export const COLUMNS: readonly Column[] = [
  { en: "file", zh: zh(EXPORT_LABELS, "file"), value: (r) => r.file },
  { en: "form", zh: zh(EXPORT_LABELS, "form"), value: (r) => r.form },
  { en: "attachment", zh: zh(EXPORT_LABELS, "attachment"), value: (r) => r.record?.attachment ?? null },
  { en: "project", zh: zh(PROJECT_LABELS, "name"), value: (r) => r.record?.project.name ?? null },
  { en: "department", zh: zh(PROJECT_LABELS, "department"), value: (r) => r.record?.project.department ?? null },
  { en: "implementingUnit", zh: zh(PROJECT_LABELS, "implementingUnit"), value: (r) => r.record?.project.implementingUnit ?? null },
  { en: "year", zh: zh(EXPORT_LABELS, "year"), value: (r) => r.record?.year ?? null },
  { en: "level1", zh: zh(INDICATOR_COLUMNS, "level1"), value: (r) => r.indicator?.level1 ?? null },
  { en: "level2", zh: zh(INDICATOR_COLUMNS, "level2"), value: (r) => r.indicator?.level2 ?? null },
  { en: "indicator", zh: zh(INDICATOR_COLUMNS, "name"), value: (r) => r.indicator?.name ?? null },
  { en: "target", zh: zh(INDICATOR_COLUMNS, "target"), value: (r) => r.indicator?.target?.text ?? null },
  { en: "actual", zh: zh(INDICATOR_COLUMNS, "actual"), value: (r) => r.indicator?.actual?.text ?? null },
  { en: "weight", zh: zh(INDICATOR_COLUMNS, "weight"), value: (r) => r.indicator?.weight ?? null },
  { en: "score", zh: zh(INDICATOR_COLUMNS, "score"), value: (r) => r.indicator?.score ?? null },
  { en: "deviation", zh: zh(INDICATOR_COLUMNS, "deviation"), value: (r) => r.indicator?.deviation ?? null },
  { en: "error", zh: zh(EXPORT_LABELS, "error"), value: (r) => r.error },
];

export function headerRow(language: HeaderLanguage): string[] {
  return COLUMNS.map((c) => c[language]);
}

export function outcomeRows(outcome: FileOutcome): CellData[][] {
  const { file, forms, error } = outcome;
  const sources: RowSource[] = error
    ? [{ file, form: null, record: null, indicator: null, error: `${error.code}: ${error.message}` }]
    : forms.flatMap((record, form) => {
        const indicators: (Indicator | null)[] = record.indicators.length === 0 ? [null] : record.indicators;
        return indicators.map((indicator) => ({ file, form, record, indicator, error: null }));
      });
  return sources.map((source) => COLUMNS.map((c) => c.value(source)));
}
