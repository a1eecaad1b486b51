/**
 * Which cells of the form sheets (the summary, each kind's sheet, CSV's forms table) and the 指标 sheet a check message points at, found through the message's
 * record path: `total.score` is the form row's 总分得分 cell, `indicators.3.score` the 得分 cell of
 * that form's fourth indicator row, and a path naming a group (`total`, `funds.total`) marks each
 * of its columns. A cell named by several messages takes the most severe.
 */
import type { Message, Severity } from "../model/message";
import { FORM_COLUMNS, INDICATOR_COLUMNS_OUT, type Column } from "./columns";

/** Column index → the severity its fill shows. */
export type Marks = Map<number, Severity>;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * The indicator's level-1 weight is printed in the 一级指标 cell, "产出指标(50分)": a message on it fills
 * that cell as well as its own 一级指标分值 column, so the row shows where the form printed it.
 */
const INDICATOR_ALSO: Record<string, string> = { level1Weight: "level1" };

function columnsAt(columns: readonly Column<never>[], path: string): number[] {
  const found: number[] = [];
  columns.forEach((c, i) => {
    if (c.path !== undefined && (c.path === path || c.path.startsWith(`${path}.`))) found.push(i);
  });
  return found;
}

function mark(marks: Marks, columns: number[], severity: Severity): void {
  for (const col of columns) {
    const now = marks.get(col);
    if (now === undefined || RANK[severity] > RANK[now]) marks.set(col, severity);
  }
}

export interface FileMarks {
  /** Per form index (0-based, as in the messages). */
  forms: Map<number, Marks>;
  /** Per "form:indicator" (both 0-based). */
  indicators: Map<string, Marks>;
}

/** `formColumns`: the columns of the form sheet the marks are for (each kind's sheet has its own). */
export function marksOf(messages: readonly Message[], formColumns: readonly Column<never>[] = FORM_COLUMNS): FileMarks {
  const result: FileMarks = { forms: new Map(), indicators: new Map() };
  for (const m of messages) {
    if (m.form === undefined || !m.path) continue;
    const indicator = /^indicators\.(\d+)(?:\.(.+))?$/.exec(m.path);
    if (indicator) {
      const [, n, rest] = indicator;
      const fields = rest === undefined ? ["name"] : [rest, ...(INDICATOR_ALSO[rest] ? [INDICATOR_ALSO[rest]] : [])];
      const key = `${m.form}:${n}`;
      if (!result.indicators.has(key)) result.indicators.set(key, new Map());
      for (const field of fields) mark(result.indicators.get(key)!, columnsAt(INDICATOR_COLUMNS_OUT, field), m.severity);
      continue;
    }
    if (!result.forms.has(m.form)) result.forms.set(m.form, new Map());
    mark(result.forms.get(m.form)!, columnsAt(formColumns, m.path), m.severity);
  }
  return result;
}
