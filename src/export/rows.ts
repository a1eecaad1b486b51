/**
 * A file's outcome as the rows of the tables (columns.ts). No file disappears: a failed file gets
 * one row with its error in the forms table (the XLSX's summary) and 指标 and one error row in 校验,
 * and a form without indicators still gets its 指标 row.
 */
import type { Message, Severity } from "../model/message";
import { isSelfEvaluation, type Indicator, type ProjectTargetRecord, type TableIndicator } from "../model/record";
import type { ExportInput } from "./input";
import {
  FORM_COLUMNS, INDICATOR_COLUMNS_OUT, KIND_COLUMNS, MESSAGE_COLUMNS, SUMMARY_COLUMNS,
  type CellData, type Column, type FormSource, type RecordKind, type TableName,
} from "./columns";
import { marksOf, type Marks } from "./highlight";

export interface Row {
  cells: CellData[];
  /** [column index, severity] of the cells a message points at. */
  marks?: [number, Severity][];
}

export const COLUMNS: Record<TableName, readonly Column<never>[]> = {
  forms: FORM_COLUMNS,
  indicators: INDICATOR_COLUMNS_OUT,
  messages: MESSAGE_COLUMNS,
};

function row<S>(columns: readonly Column<S>[], source: S, marks?: Marks): Row {
  const cells = columns.map((c) => c.value(source));
  return marks && marks.size > 0 ? { cells, marks: [...marks] } : { cells };
}

const fileError = (outcome: ExportInput) => (outcome.error ? `${outcome.error.code}: ${outcome.error.message}` : null);

/** One row per form in `columns`, or the failed file's row; `kind` keeps only that kind's forms (and no failed file). */
function formRowsIn(outcome: ExportInput, columns: readonly Column<FormSource>[], kind?: RecordKind): Row[] {
  const { file, forms } = outcome;
  if (outcome.error) return kind ? [] : [row(columns, { file, form: null, record: null, messages: [], error: fileError(outcome) })];
  if (kind && !forms.some((f) => f.kind === kind)) return [];
  const marks = marksOf(outcome.messages, columns);
  return forms.flatMap((record, i) => (kind && record.kind !== kind ? [] : [
    row(columns, { file, form: i + 1, record, messages: outcome.messages.filter((m) => m.form === i), error: null }, marks.forms.get(i)),
  ]));
}

/** Every form with the columns of every kind: CSV's forms table. */
export const formRows = (outcome: ExportInput): Row[] => formRowsIn(outcome, FORM_COLUMNS);
/** The XLSX's summary sheet: every form, and every failed file. */
export const summaryRows = (outcome: ExportInput): Row[] => formRowsIn(outcome, SUMMARY_COLUMNS);
/** A kind's XLSX sheet: the forms of that kind (表序号 still counts every form of the file). */
export const kindRows = (outcome: ExportInput, kind: RecordKind): Row[] => formRowsIn(outcome, KIND_COLUMNS[kind], kind);

export function indicatorRows(outcome: ExportInput): Row[] {
  const { file, forms } = outcome;
  if (outcome.error) return [row(INDICATOR_COLUMNS_OUT, { file, form: null, record: null, indicator: null, error: fileError(outcome) })];
  const marks = marksOf(outcome.messages);
  return forms.flatMap((record, i) => {
    if (record.kind === "project-target") return targetIndicatorRows(file, i, record);
    // An indicator table's columns differ table by table: its categories, name and points have their
    // columns, every other value goes to 其他列 as "label：value" lines.
    const own = isSelfEvaluation(record) || record.kind === "indicator-table" ? record.indicators : [];
    const indicators: (Indicator | TableIndicator | null)[] = own.length === 0 ? [null] : own;
    return indicators.map((indicator, n) =>
      row(INDICATOR_COLUMNS_OUT, { file, form: i + 1, record, indicator, error: null }, marks.indicators.get(`${i}:${n}`)));
  });
}

/** A target form's indicators, 长期 set then 年度, each row naming its set (指标集); one empty row when it declares none. */
function targetIndicatorRows(file: string, i: number, record: ProjectTargetRecord): Row[] {
  const sets = (["longTerm", "annual"] as const).flatMap((set) => record.indicatorSets[set].map((indicator) => ({ set, indicator })));
  if (sets.length === 0) return [row(INDICATOR_COLUMNS_OUT, { file, form: i + 1, record, indicator: null, set: null, error: null })];
  return sets.map(({ set, indicator }) => row(INDICATOR_COLUMNS_OUT, { file, form: i + 1, record, indicator, set, error: null }));
}

/** In 校验, the severity cell shows the colour its message gives the cells it points at. */
const SEVERITY_COLUMN = MESSAGE_COLUMNS.findIndex((c) => c.en === "severity");
const severityMark = (severity: Severity): Marks => new Map([[SEVERITY_COLUMN, severity]]);

export function messageRows(outcome: ExportInput): Row[] {
  const { file, forms, error } = outcome;
  const rows: Row[] = [];
  if (error) {
    const message = { severity: "error" as const, code: error.code, message: error.message, messageZh: null };
    rows.push(row(MESSAGE_COLUMNS, { file, form: null, record: null, message }, severityMark("error")));
  }
  for (const m of outcome.messages as Message[]) {
    const record = m.form === undefined ? null : forms[m.form] ?? null;
    const form = m.form === undefined ? null : m.form + 1;
    rows.push(row(MESSAGE_COLUMNS, { file, form, record, message: { ...m, messageZh: m.messageZh || null } }, severityMark(m.severity)));
  }
  return rows;
}

export function tableRows(outcome: ExportInput, table: TableName): Row[] {
  switch (table) {
    case "forms": return formRows(outcome);
    case "indicators": return indicatorRows(outcome);
    case "messages": return messageRows(outcome);
  }
}
