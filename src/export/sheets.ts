/**
 * The workbook's sheets, in order, for every XLSX writer (the CLI's streaming one and the
 * library's in-memory one): 汇总 (one row per form of any kind, and per failed file), one sheet per
 * kind present (项目支出自评, 部门整体自评, 转移支付自评, 绩效目标表, 其他指标表, each with its
 * kind's columns), 指标 (one row per indicator) and 校验 (one row per check message).
 */
import type { Severity } from "../model/message";
import {
  INDICATOR_COLUMNS_OUT, KIND_COLUMNS, MESSAGE_COLUMNS, RECORD_KINDS, SUMMARY_COLUMNS,
  type Column, type HeaderLanguage, type RecordKind,
} from "./columns";
import type { ExportInput } from "./input";
import { indicatorRows, kindRows, messageRows, summaryRows, type Row } from "./rows";

export interface SheetSpec {
  name: Record<HeaderLanguage, string>;
  columns: readonly Column<never>[];
  rows(outcome: ExportInput): Row[];
  /** Written even when no row came: the summary, 指标 and 校验 are always there; a kind's sheet only when the run has such forms. */
  always: boolean;
  /** Printed as wide as the page: 校验 is the sheet people print. */
  fitWidth: boolean;
}

export const KIND_SHEET_NAMES: Record<RecordKind, string> = {
  "project-self-evaluation": "项目支出自评",
  "department-self-evaluation": "部门整体自评",
  "transfer-self-evaluation": "转移支付自评",
  "project-target": "绩效目标表",
  "indicator-table": "其他指标表",
};

/** The sheets in workbook order. English sheet names of the kinds are the kinds themselves (all within Excel's 31 characters). */
export const SHEETS: readonly SheetSpec[] = [
  { name: { zh: "汇总", en: "summary" }, columns: SUMMARY_COLUMNS, rows: summaryRows, always: true, fitWidth: false },
  ...RECORD_KINDS.map((kind): SheetSpec => ({
    name: { zh: KIND_SHEET_NAMES[kind], en: kind }, columns: KIND_COLUMNS[kind], rows: (o) => kindRows(o, kind), always: false, fitWidth: false,
  })),
  { name: { zh: "指标", en: "indicators" }, columns: INDICATOR_COLUMNS_OUT, rows: indicatorRows, always: true, fitWidth: false },
  { name: { zh: "校验", en: "messages" }, columns: MESSAGE_COLUMNS, rows: messageRows, always: true, fitWidth: true },
];

/** Fills (ARGB) of the cells a message points at: Excel's own "bad" / "neutral" colours, and a pale blue for info. */
export const FILLS: Record<Severity, string> = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7" };
export const HEADER_FILL = "FFF2F2F2";
