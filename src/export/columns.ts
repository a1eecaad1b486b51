/**
 * The tables of `jixiao parse`'s CSV and XLSX, one list of columns each: the header in Chinese and
 * English, the record path the column shows (so a message's path finds its cell), and how to get
 * the value. Chinese headers reuse the form's own labels (model/labels.ts) where the form has one;
 * the rest are names of the export, not text of the form. The forms table has the columns of every
 * kind (CSV's `forms`); the XLSX splits it into a summary and one sheet per kind, each with the
 * columns its kind has (KIND_COLUMNS).
 */
import {
  DEPARTMENT_LABELS, EXPORT_LABELS, FOOTER_LABELS, FUND_LABELS, FUNDS_COLUMNS, FUNDS_ROWS, GOAL_ADJUSTED_COLUMN, GOAL_COLUMNS, INDICATOR_COLUMNS, PROJECT_LABELS,
  TARGET_FUNDS_AMOUNTS, TARGET_GOAL_LABELS, TARGET_OVERVIEW_LABEL, TARGET_PROJECT_LABELS, TARGET_SET_LABELS, withoutLeadIn, type ExportLabelKey, type Label, type TargetSetKey,
} from "../model/labels";
import type { Message } from "../model/message";
import { isSelfEvaluation, type FormRecord, type Indicator, type SelfEvaluationRecord, type TableIndicator, type TargetIndicator } from "../model/record";

export type CellData = string | number | null;
export type HeaderLanguage = "zh" | "en";
export const TABLES = ["forms", "indicators", "messages"] as const;
export type TableName = (typeof TABLES)[number];

/** The kinds a record can have, in the order of their XLSX sheets. */
export const RECORD_KINDS = ["project-self-evaluation", "department-self-evaluation", "transfer-self-evaluation", "project-target", "indicator-table"] as const;
export type RecordKind = FormRecord["kind"];

export interface Column<S> {
  en: string;
  zh: string;
  /** The kinds whose XLSX sheet shows the column (absent: every kind; empty: only the all-kinds table). */
  kinds?: readonly RecordKind[];
  /** The record path shown, relative to the form (or to the indicator in the 指标 table). */
  path?: string;
  value(source: S): CellData;
}

/** One form, or a file that gave none (record null, error set). `form` counts from 1. */
export interface FormSource {
  file: string;
  form: number | null;
  record: FormRecord | null;
  messages: readonly Message[];
  error: string | null;
}

export interface IndicatorSource {
  file: string;
  form: number | null;
  record: FormRecord | null;
  /** A self-evaluation's indicator, one a target form declares (no actual value, no score), or an indicator table's row. */
  indicator: AnyIndicator | null;
  /** The target form's set the indicator is declared in; null for the other kinds. */
  set?: TargetSetKey | null;
  error: string | null;
}

export interface MessageSource {
  file: string;
  form: number | null;
  record: FormRecord | null;
  /** `code` is a message code, or the code of the error that stopped the file (not a message code). */
  message: Pick<Message, "severity" | "message" | "path" | "cell" | "expected" | "actual"> & { code: string; messageZh: string | null };
}

function zh<K extends string>(labels: readonly Label<K>[], key: K): string {
  return labels.find((l) => l.key === key)!.zh;
}
/** A header of the export's own (not a label of the form). */
export const ex = (key: ExportLabelKey) => zh(EXPORT_LABELS, key);

/** 其中：当年财政拨款 → 当年财政拨款: the row's name without the form's lead-in. */
const fundsRowName = (key: (typeof FUNDS_ROWS)[number]["key"]) => withoutLeadIn(zh(FUNDS_ROWS, key));

const count = (messages: readonly Message[], severity: Message["severity"]) => messages.filter((m) => m.severity === severity).length;

type Field<S> = (record: FormRecord, source: S) => CellData;

/** The funds, goal, indicators, total and footer of a self-evaluation form; null for an indicator table (its cells stay empty). */
const selfEvaluation = (r: FormRecord | null): SelfEvaluationRecord | null => (r && isSelfEvaluation(r) ? r : null);
/** The project of a project form or a target form; null for the other kinds. */
const projectOf = (r: FormRecord | null) => (r?.kind === "project-self-evaluation" || r?.kind === "project-target" ? r.project : null);
/** The target form's fields; null for the other kinds. */
const targetOf = (r: FormRecord | null) => (r?.kind === "project-target" ? r : null);
type AnyIndicator = Indicator | TargetIndicator | TableIndicator;
/** The parts of an indicator only a self-evaluation form has (actual value, score, deviation). */
const evaluated = (i: AnyIndicator | null): Indicator | null => (i && "actual" in i ? i : null);
/** A target form's or a self-evaluation's indicator: the columns both name (target, weight, method). */
const named = (i: AnyIndicator | null): Indicator | TargetIndicator | null => (i && "target" in i ? i : null);
const declaredOf = (i: AnyIndicator | null): TargetIndicator | null => (i && "remark" in i ? i : null);
/** The 一级 / 二级 points: a self-evaluation's and an indicator table's (a target form prints none). */
const levelWeights = (i: AnyIndicator | null): { level1Weight: number | null; level2Weight: number | null } | null =>
  i && "level1Weight" in i ? i : null;
/**
 * The indicator's other columns, "label：value" one a line: a self-evaluation's or target form's
 * `more`, an indicator table's `values` (every column but its categories and name). An empty cell
 * has no line: it says nothing the sheet would lose.
 */
function moreOf(i: AnyIndicator | null): string | null {
  const more = !i ? {} : "values" in i ? i.values : i.more;
  return Object.entries(more).filter(([, value]) => value.trim() !== "").map(([label, value]) => `${label}：${value}`).join("\n") || null;
}
/** The name of what the form evaluates: the project, the department, or the fund. */
const subjectName = (r: FormRecord | null): string | null =>
  r?.kind === "project-self-evaluation" || r?.kind === "project-target" ? r.project.name
    : r?.kind === "department-self-evaluation" ? r.department.name
      : r?.kind === "transfer-self-evaluation" ? r.fund.name : null;

/** A column of a record field: empty on the row of a failed file. */
function field<S extends { record: FormRecord | null }>(en: string, zhText: string, get: Field<S>, path: string | null = en): Column<S> {
  return { en, zh: zhText, ...(path ? { path } : {}), value: (s) => (s.record ? get(s.record, s) : null) };
}

/** The column shown only on the sheets of these kinds. */
const only = <S>(kinds: readonly RecordKind[], column: Column<S>): Column<S> => ({ ...column, kinds });
const SELF_EVALUATION: readonly RecordKind[] = ["project-self-evaluation", "department-self-evaluation", "transfer-self-evaluation"];
/** Transfer forms print no weights and no scores: those columns would always be empty on their sheet. */
const SCORED: readonly RecordKind[] = ["project-self-evaluation", "department-self-evaluation", "indicator-table"];
const SCORED_SELF_EVALUATION: readonly RecordKind[] = ["project-self-evaluation", "department-self-evaluation"];
/** The kinds about one project: its self-evaluation and its target form. */
const PROJECT_KINDS: readonly RecordKind[] = ["project-self-evaluation", "project-target"];

const fundsAmounts: Column<FormSource>[] = FUNDS_ROWS.flatMap((row) =>
  (["initial", "annual", "executed"] as const).map((col) =>
    only(SELF_EVALUATION, field<FormSource>(`funds.${row.key}.${col}`, `${fundsRowName(row.key)}·${zh(FUNDS_COLUMNS, col)}`, (r) => selfEvaluation(r)?.funds[row.key][col] ?? null))),
);

const departmentOf = (r: FormRecord) => (r.kind === "department-self-evaluation" ? r.department : null);
const fundOf = (r: FormRecord) => (r.kind === "transfer-self-evaluation" ? r.fund : null);
const indicatorTable = (r: FormRecord) => (r.kind === "indicator-table" ? r : null);
/** A target form declares no total; its indicators are both sets together. */
const totalOf = (r: FormRecord) => (r.kind === "project-target" ? null : r.total);
const indicatorCount = (r: FormRecord) =>
  r.kind === "project-target" ? r.indicatorSets.longTerm.length + r.indicatorSets.annual.length : r.indicators.length;
/** The department's 联系电话 is not the footer's: the sheet names them apart. */
const departmentHeader = (l: (typeof DEPARTMENT_LABELS)[number]) => (l.key === "phone" ? ex("departmentPhone") : l.zh);

export const FORM_COLUMNS: readonly Column<FormSource>[] = [
  { en: "file", zh: ex("file"), value: (s) => s.file },
  { en: "form", zh: ex("form"), value: (s) => s.form },
  field("attachment", ex("attachment"), (r) => r.attachment),
  // A kind's sheet is named after the kind; a failed file (its error) is only in the summary.
  only([], field("kind", ex("kind"), (r) => r.kind)),
  field("title", ex("title"), (r) => r.title),
  field("level", ex("level"), (r) => r.level),
  field("year", ex("year"), (r) => r.year),
  ...PROJECT_LABELS.map((l) => only(PROJECT_KINDS, field<FormSource>(`project.${l.key}`, l.zh, (r) => projectOf(r)?.[l.key] ?? null))),
  // The target form's other project rows; its 联系电话 is the 项目负责人's, not the footer's.
  ...TARGET_PROJECT_LABELS.filter((l) => !PROJECT_LABELS.some((p) => p.key === l.key)).map((l) =>
    only(["project-target"], field<FormSource>(`project.${l.key}`, l.key === "phone" ? ex("leaderPhone") : l.zh, (r) => targetOf(r)?.project[l.key] ?? null))),
  ...DEPARTMENT_LABELS.map((l) => only(["department-self-evaluation"], field<FormSource>(`department.${l.key}`, departmentHeader(l), (r) => departmentOf(r)?.[l.key] ?? null))),
  ...FUND_LABELS.map((l) => only(["transfer-self-evaluation"], field<FormSource>(`fund.${l.key}`, l.zh, (r) => fundOf(r)?.[l.key] ?? null))),
  only(["indicator-table"], field("fields", ex("fields"), (r) => indicatorTable(r)?.fields.map((f) => `${f.label}：${f.value ?? ""}`).join("\n") || null)),
  only(["indicator-table"], field("columns", ex("columns"), (r) => indicatorTable(r)?.columns.join("、") || null)),
  only([...SELF_EVALUATION, "project-target"], field("funds.unit", ex("fundsUnit"), (r) => (selfEvaluation(r) ?? targetOf(r))?.funds.unit ?? null)),
  ...fundsAmounts,
  ...TARGET_FUNDS_AMOUNTS.map((l) => only(["project-target"], field<FormSource>(`funds.${l.key}`, l.zh, (r) => targetOf(r)?.funds[l.key] ?? null))),
  only(["project-target"], field("funds.more", ex("fundsMore"), (r) => targetOf(r)?.funds.more.map((m) => `${m.label}：${m.amount ?? ""}`).join("\n") || null)),
  only(["project-target"], field("funds.text", ex("fundsText"), (r) => targetOf(r)?.funds.text ?? null)),
  only(["project-target"], field("overview", TARGET_OVERVIEW_LABEL.zh, (r) => targetOf(r)?.overview ?? null)),
  ...TARGET_GOAL_LABELS.map((l) => only(["project-target"], field<FormSource>(`goals.${l.key}`, l.zh, (r) => targetOf(r)?.goals[l.key] ?? null))),
  only(SCORED_SELF_EVALUATION, field("funds.total.weight", ex("fundsWeight"), (r) => selfEvaluation(r)?.funds.total.weight ?? null)),
  only(SELF_EVALUATION, field("funds.total.rate", zh(FUNDS_COLUMNS, "rate"), (r) => selfEvaluation(r)?.funds.total.rate?.text ?? null)),
  only(SCORED_SELF_EVALUATION, field("funds.total.score", ex("fundsScore"), (r) => selfEvaluation(r)?.funds.total.score ?? null)),
  ...[...GOAL_COLUMNS, GOAL_ADJUSTED_COLUMN].map((l) => only(SELF_EVALUATION, field<FormSource>(`goal.${l.key}`, `${ex("goal")}·${l.zh}`, (r) => selfEvaluation(r)?.goal[l.key] ?? null))),
  field("indicators", ex("indicatorCount"), (r) => indicatorCount(r), null),
  only(SCORED, field("total.weight", ex("totalWeight"), (r) => totalOf(r)?.weight ?? null)),
  only(SCORED, field("total.score", ex("totalScore"), (r) => totalOf(r)?.score ?? null)),
  ...FOOTER_LABELS.map((l) => only([...SELF_EVALUATION, "project-target"], field<FormSource>(`footer.${l.key}`, l.zh, (r) => (selfEvaluation(r) ?? targetOf(r))?.footer[l.key] ?? null))),
  field("extras", ex("extras"), (r) => r.extras.length, null),
  field("errors", ex("errors"), (_r, s) => count(s.messages, "error"), null),
  field("warnings", ex("warnings"), (_r, s) => count(s.messages, "warning"), null),
  field("infos", ex("infos"), (_r, s) => count(s.messages, "info"), null),
  { en: "error", zh: ex("error"), kinds: [], value: (s) => s.error },
];

/** Each kind's XLSX sheet: the forms table's columns that kind has. */
const columnsOf = (kind: RecordKind) => FORM_COLUMNS.filter((c) => !c.kinds || c.kinds.includes(kind));
export const KIND_COLUMNS: Record<RecordKind, readonly Column<FormSource>[]> = {
  "project-self-evaluation": columnsOf("project-self-evaluation"),
  "department-self-evaluation": columnsOf("department-self-evaluation"),
  "transfer-self-evaluation": columnsOf("transfer-self-evaluation"),
  "project-target": columnsOf("project-target"),
  "indicator-table": columnsOf("indicator-table"),
};

const formColumn = (en: string) => FORM_COLUMNS.find((c) => c.en === en)!;

/** The XLSX's summary sheet: every form of every kind, and every file that gave none, with its error. */
export const SUMMARY_COLUMNS: readonly Column<FormSource>[] = [
  formColumn("file"), formColumn("form"), formColumn("attachment"), formColumn("kind"), formColumn("title"),
  { en: "name", zh: ex("name"), value: (s) => subjectName(s.record) },
  formColumn("errors"), formColumn("warnings"), formColumn("infos"), formColumn("error"),
];

/** One row per indicator, the form's fields repeated on each, so a sheet can filter and pivot without lookups. */
export const INDICATOR_COLUMNS_OUT: readonly Column<IndicatorSource>[] = [
  { en: "file", zh: ex("file"), value: (s) => s.file },
  { en: "form", zh: ex("form"), value: (s) => s.form },
  { en: "attachment", zh: ex("attachment"), value: (s) => s.record?.attachment ?? null },
  { en: "kind", zh: ex("kind"), value: (s) => s.record?.kind ?? null },
  { en: "project", zh: zh(PROJECT_LABELS, "name"), value: (s) => subjectName(s.record) },
  { en: "department", zh: zh(PROJECT_LABELS, "department"), value: (s) => projectOf(s.record)?.department ?? null },
  { en: "implementingUnit", zh: zh(PROJECT_LABELS, "implementingUnit"), value: (s) => projectOf(s.record)?.implementingUnit ?? null },
  { en: "year", zh: ex("year"), value: (s) => s.record?.year ?? null },
  // A target form declares two sets (长期 / 年度绩效指标): the one the row is from.
  { en: "set", zh: ex("set"), value: (s) => (s.set ? zh(TARGET_SET_LABELS, s.set) : null) },
  { en: "level1", zh: zh(INDICATOR_COLUMNS, "level1"), path: "level1", value: (s) => s.indicator?.level1 ?? null },
  { en: "level2", zh: zh(INDICATOR_COLUMNS, "level2"), path: "level2", value: (s) => s.indicator?.level2 ?? null },
  { en: "indicator", zh: zh(INDICATOR_COLUMNS, "name"), path: "name", value: (s) => s.indicator?.name ?? null },
  { en: "target", zh: zh(INDICATOR_COLUMNS, "target"), path: "target", value: (s) => named(s.indicator)?.target?.text ?? null },
  { en: "actual", zh: zh(INDICATOR_COLUMNS, "actual"), path: "actual", value: (s) => evaluated(s.indicator)?.actual?.text ?? null },
  { en: "weight", zh: zh(INDICATOR_COLUMNS, "weight"), path: "weight", value: (s) => named(s.indicator)?.weight ?? null },
  { en: "score", zh: zh(INDICATOR_COLUMNS, "score"), path: "score", value: (s) => evaluated(s.indicator)?.score ?? null },
  { en: "deviation", zh: zh(INDICATOR_COLUMNS, "deviation"), path: "deviation", value: (s) => evaluated(s.indicator)?.deviation ?? null },
  { en: "level1Weight", zh: ex("level1Weight"), path: "level1Weight", value: (s) => levelWeights(s.indicator)?.level1Weight ?? null },
  { en: "level2Weight", zh: ex("level2Weight"), path: "level2Weight", value: (s) => levelWeights(s.indicator)?.level2Weight ?? null },
  { en: "method", zh: ex("method"), path: "method", value: (s) => named(s.indicator)?.method ?? null },
  { en: "remark", zh: ex("remark"), path: "remark", value: (s) => declaredOf(s.indicator)?.remark ?? null },
  { en: "more", zh: ex("more"), path: "more", value: (s) => moreOf(s.indicator) },
  { en: "error", zh: ex("error"), value: (s) => s.error },
];

/** Table, row and column as Word shows them: counted from 1 (the JSON's cell counts from 0). */
const oneBased = (n: number | undefined) => (n === undefined ? null : n + 1);

export const MESSAGE_COLUMNS: readonly Column<MessageSource>[] = [
  { en: "file", zh: ex("file"), value: (s) => s.file },
  { en: "form", zh: ex("form"), value: (s) => s.form },
  { en: "attachment", zh: ex("attachment"), value: (s) => s.record?.attachment ?? null },
  { en: "project", zh: zh(PROJECT_LABELS, "name"), value: (s) => subjectName(s.record) },
  { en: "severity", zh: ex("severity"), value: (s) => s.message.severity },
  { en: "code", zh: ex("code"), value: (s) => s.message.code },
  { en: "path", zh: ex("path"), value: (s) => s.message.path ?? null },
  { en: "table (from 1, as in Word)", zh: ex("table"), value: (s) => oneBased(s.message.cell?.table) },
  { en: "row (from 1)", zh: ex("row"), value: (s) => oneBased(s.message.cell?.row) },
  { en: "col (from 1)", zh: ex("col"), value: (s) => oneBased(s.message.cell?.col) },
  { en: "nested cell (row/col from 1)", zh: ex("nested"), value: (s) => (s.message.cell?.nested ? `${s.message.cell.nested.row + 1}/${s.message.cell.nested.col + 1}` : null) },
  { en: "cell text", zh: ex("cellText"), value: (s) => s.message.cell?.nested?.text ?? s.message.cell?.text ?? null },
  { en: "expected", zh: ex("expected"), value: (s) => s.message.expected ?? null },
  { en: "actual", zh: ex("actual"), value: (s) => s.message.actual ?? null },
  { en: "message (Chinese)", zh: ex("messageZh"), value: (s) => s.message.messageZh },
  { en: "message", zh: ex("message"), value: (s) => s.message.message },
];

export function headerRow(columns: readonly Column<never>[], language: HeaderLanguage): string[] {
  return columns.map((c) => c[language]);
}
