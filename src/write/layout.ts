/**
 * The form as data: one record → the paragraphs and table rows of the official layout, with
 * HTML-like spans. This file is the only place that knows where a field sits on the form; the
 * renderer turns any such description into Word XML without knowing what a form is.
 *
 * The table has GRID_COLUMNS logical columns L0..L8. A row lists only the cells that start in it
 * (as in HTML): a cell with rowSpan > 1 covers the same columns of the rows below.
 */
import {
  DEFAULT_TITLE_MIDDLE,
  EMPTY_MARKS,
  FOOTER_LABELS,
  FUNDS_COLUMNS,
  FUNDS_ROWS,
  GOAL_COLUMNS,
  GOAL_LABEL,
  INDICATOR_COLUMNS,
  INDICATORS_LABEL,
  PRINT_FORMS,
  PROJECT_LABELS,
  TITLE_SUFFIX,
  TOTAL_LABEL,
} from "../model/labels";
import type { CellValue, ProjectRecord as FormRecord, Indicator } from "../model/record";

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

export type ParagraphKind = "attachment" | "title" | "year" | "footer";
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
}

const label = (text: string, span = 1, rowSpan = 1): LayoutCell => ({ text, span, rowSpan, role: "label", align: "center" });
const value = (text: string, span = 1, align: CellAlign = "left", rowSpan = 1): LayoutCell => ({ text, span, rowSpan, role: "value", align });
/** Short values (numbers, rates, targets) read best centred under their heading. */
const short = (text: string, span = 1) => value(text, span, "center");

const line = (...cells: LayoutCell[]): LayoutRow => ({ cells, height: "line" });
const block = (...cells: LayoutCell[]): LayoutRow => ({ cells, height: "block" });

const str = (s: string | null) => s ?? "";
const num = (n: number | null) => (n === null ? "" : String(n));
/** `raw`, not `text`: the cell is written exactly as it was read, spaces included. */
const cell = (v: CellValue | null) => v?.raw ?? "";

/**
 * The signature line never starts a page on its own: it stays with 总分 and the last indicator
 * row above it (a signature under a lone 总分 row would not say which indicators it signs for).
 */
const ROWS_WITH_SIGNATURE = 2;

function keepLastWithNext(rows: LayoutRow[], count: number): LayoutRow[] {
  return rows.map((row, i) => (i >= rows.length - count ? { ...row, keepWithNext: true } : row));
}

/** The blank of the footer between one label and the next, as on the official form. */
const FOOTER_GAP = "      ";

export function formLayout(record: FormRecord): FormLayout {
  return {
    before: [
      ...(record.attachment === null ? [] : [{ kind: "attachment" as const, text: PRINT_FORMS.attachmentLine(record.attachment) }]),
      { kind: "title", text: record.title ?? `${str(record.level)}${DEFAULT_TITLE_MIDDLE}${TITLE_SUFFIX}` },
      { kind: "year", text: PRINT_FORMS.yearLine(record.year) },
    ],
    rows: keepLastWithNext(
      [...projectRows(record), ...fundsRows(record), ...goalRows(record), ...indicatorRows(record.indicators), totalRow(record)],
      ROWS_WITH_SIGNATURE,
    ),
    after: [{ kind: "footer", text: footerText(record.footer) }],
  };
}

function projectRows({ project }: FormRecord): LayoutRow[] {
  const [name, department, implementingUnit] = PROJECT_LABELS;
  return [
    line(label(name.zh), value(str(project.name), 8)),
    line(label(department.zh), value(str(project.department), 3), label(implementingUnit.zh, 2), value(str(project.implementingUnit), 3)),
  ];
}

function fundsRows({ funds }: FormRecord): LayoutRow[] {
  const header = line(label(PRINT_FORMS.fundsLabel(funds.unit), 1, 1 + FUNDS_ROWS.length), label("", 2), ...FUNDS_COLUMNS.map((c) => label(c.zh)));
  const parts = FUNDS_ROWS.map((row) => {
    const part = funds[row.key];
    const amounts = [short(num(part.initial)), short(num(part.annual)), short(num(part.executed))];
    // Only the total row is scored; the form prints —— where the part rows have no score.
    const scoring =
      row.key === "total"
        ? [short(num(funds.total.weight)), short(cell(funds.total.rate)), short(num(funds.total.score))]
        : [label(EMPTY_MARKS[0]), label(EMPTY_MARKS[0]), label(EMPTY_MARKS[0])];
    return line(label(row.zh, 2), ...amounts, ...scoring);
  });
  return [header, ...parts];
}

function goalRows({ goal }: FormRecord): LayoutRow[] {
  const [expected, actual] = GOAL_COLUMNS;
  return [
    line(label(GOAL_LABEL.zh, 1, 2), label(expected.zh, 4), label(actual.zh, 4)),
    block(value(str(goal.expected), 4), value(str(goal.actual), 4)),
  ];
}

function indicatorRows(indicators: Indicator[]): LayoutRow[] {
  const header = line(label(INDICATORS_LABEL.zh, 1, 1 + indicators.length), ...INDICATOR_COLUMNS.map((c) => label(c.zh)));
  const level1Runs = runs(indicators, 0, indicators.length, (a, b) => a.level1 === b.level1 && a.level1Weight === b.level1Weight);
  const level2Runs = new Map<number, number>();
  for (const [start, length] of level1Runs) {
    for (const [s, l] of runs(indicators, start, start + length, (a, b) => a.level2 === b.level2)) level2Runs.set(s, l);
  }
  const rows = indicators.map((indicator, i) => {
    const level1Rows = level1Runs.get(i);
    const level2Rows = level2Runs.get(i);
    return line(
      ...(level1Rows === undefined ? [] : [value(level1Text(indicator), 1, "center", level1Rows)]),
      ...(level2Rows === undefined ? [] : [value(str(indicator.level2), 1, "center", level2Rows)]),
      value(str(indicator.name)),
      short(cell(indicator.target)),
      short(cell(indicator.actual)),
      short(num(indicator.weight)),
      short(num(indicator.score)),
      value(str(indicator.deviation)),
    );
  });
  return [header, ...rows];
}

/** 产出指标 over （50分）: the weight goes on its own line, as on the official form. */
function level1Text({ level1, level1Weight }: Indicator): string {
  if (level1Weight === null) return str(level1);
  const weight = PRINT_FORMS.level1Weight(level1Weight);
  return level1 === null ? weight : `${level1}\n${weight}`;
}

/** Start index → length of each run of neighbours in [from, to) that `same` groups together. */
function runs<T>(items: T[], from: number, to: number, same: (a: T, b: T) => boolean): Map<number, number> {
  const found = new Map<number, number>();
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i === to || !same(items[start], items[i])) {
      found.set(start, i - start);
      start = i;
    }
  }
  return found;
}

function totalRow({ total }: FormRecord): LayoutRow {
  return line(label(TOTAL_LABEL.zh, 6), short(num(total.weight)), short(num(total.score)), value(""));
}

function footerText(footer: FormRecord["footer"]): string {
  return FOOTER_LABELS.map((l) => {
    const filled = l.key === "date" ? (footer.date ?? PRINT_FORMS.blankDate) : str(footer[l.key]);
    return `${l.zh}${PRINT_FORMS.footerColon}${filled}`;
  }).join(FOOTER_GAP);
}
