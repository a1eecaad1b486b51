/**
 * The form as data: one record → the paragraphs and table rows of its kind's official layout, with
 * HTML-like spans. kinds/*.ts say where each field of a kind sits on the form (from the shared
 * parts in sections.ts); the renderer turns any such description into Word XML without knowing
 * what a form is.
 *
 * The table has GRID_COLUMNS logical columns L0..L8, and a few more at the right when the record
 * holds columns the standard layout lacks (sections.ts, gridOf). A row lists only the cells that
 * start in it (as in HTML): a cell with rowSpan > 1 covers the same columns of the rows below.
 */
import type { ProjectTargetRecord, SelfEvaluationRecord } from "../model/record";
import { departmentLayout } from "./kinds/department";
import { projectLayout } from "./kinds/project";
import { targetLayout } from "./kinds/target";
import { transferLayout } from "./kinds/transfer";

export const GRID_COLUMNS = 9;

export type CellRole = "label" | "value";
export type CellAlign = "left" | "center";

export interface LayoutCell {
  text: string;
  /** Grid columns covered, ≥ 1. */
  span: number;
  /** Rows covered, ≥ 1. */
  rowSpan: number;
  /** Printed by the form itself, or filled in from the record. */
  role: CellRole;
  align: CellAlign;
}
/** "line" rows hold a word or a number; "block" rows hold paragraphs and get room to write. */
export type RowHeight = "line" | "block";
export interface LayoutRow {
  cells: LayoutCell[];
  height: RowHeight;
  /** Kept on the same page as what follows it: the next row, or the paragraph after the table. */
  keepWithNext?: boolean;
}

/** "unit": a line of the form above the table (填报单位（盖章）：), set as the footer is. */
export type ParagraphKind = "reportNo" | "attachment" | "title" | "year" | "unit" | "footer";
export interface LayoutParagraph {
  kind: ParagraphKind;
  text: string;
}

export interface FormLayout {
  /** Above the table: 附件 line, title, year. */
  before: LayoutParagraph[];
  rows: LayoutRow[];
  /** Below the table: the signature line. */
  after: LayoutParagraph[];
  /** The grid's column widths when the kind has its own (the target form); else style.ts's COLUMN_WIDTHS. */
  widths?: readonly number[];
  /** The page the form is printed on; portrait when left out (a record with columns beyond the standard turns it). */
  orientation?: "portrait" | "landscape";
}

/** The records the writer prints. */
export type WrittenRecord = SelfEvaluationRecord | ProjectTargetRecord;

/** The kinds the writer prints, each with its layout. */
const LAYOUTS: { [K in WrittenRecord["kind"]]: (record: Extract<WrittenRecord, { kind: K }>) => FormLayout } = {
  "project-self-evaluation": projectLayout,
  "department-self-evaluation": departmentLayout,
  "transfer-self-evaluation": transferLayout,
  "project-target": targetLayout,
};
export const WRITTEN_KINDS: readonly string[] = Object.keys(LAYOUTS);

export function formLayout(record: WrittenRecord): FormLayout {
  return (LAYOUTS[record.kind] as (r: WrittenRecord) => FormLayout)(record);
}
