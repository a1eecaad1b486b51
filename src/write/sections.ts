/**
 * The parts every self-evaluation form prints, as layout rows: the heading lines, the funds block,
 * the goal, the indicator table, 总分, the notes rows and the signature line. A kind's layout
 * (kinds/*.ts) picks these and adds its own unit rows; every label printed comes from
 * model/labels.ts, so what is written is what the reader looks for.
 */
import {
  EMPTY_MARKS,
  FOOTER_LABELS,
  FUNDS_COLUMNS,
  FUNDS_ROWS,
  GOAL_COLUMNS,
  GOAL_LABEL,
  INDICATOR_COLUMNS,
  INDICATORS_LABEL,
  NOTES_LABELS,
  PRINT_FORMS,
  TOTAL_LABEL,
  normalizeLabel,
  withoutLabelSuffix,
  type Label,
} from "../model/labels";
import type { CellValue, Indicator, SelfEvaluationRecord } from "../model/record";
import type { CellAlign, LayoutCell, LayoutParagraph, LayoutRow } from "./layout";

export const label = (text: string, span = 1, rowSpan = 1): LayoutCell => ({ text, span, rowSpan, role: "label", align: "center" });
export const value = (text: string, span = 1, align: CellAlign = "left", rowSpan = 1): LayoutCell => ({ text, span, rowSpan, role: "value", align });
/** Short values (numbers, rates, targets) read best centred under their heading. */
export const short = (text: string, span = 1) => value(text, span, "center");

export const line = (...cells: LayoutCell[]): LayoutRow => ({ cells, height: "line" });
export const block = (...cells: LayoutCell[]): LayoutRow => ({ cells, height: "block" });

export const str = (s: string | null) => s ?? "";
export const num = (n: number | null) => (n === null ? "" : String(n));
/** `raw`, not `text`: the cell is written exactly as it was read, spaces included. */
export const cell = (v: CellValue | null) => v?.raw ?? "";

/**
 * One of a label's other spellings, for a kind whose form prints it so (转移支付 forms print
 * 全年实际完成值 where the project form prints 实际完成值). Checked against the label table when
 * the module loads, so the writer never prints a label the reader does not know (suffixes such as
 * (A) or (B/A) are no part of a label: the reader drops them too).
 */
export function spelled(l: Label, text: string): string {
  if (!l.synonyms.includes(withoutLabelSuffix(normalizeLabel(text)))) throw new Error(`${text} is not a spelling of ${l.zh} in model/labels.ts`);
  return text;
}

/** 附件 line, title, （YYYY年度）. */
export function heading(record: Pick<SelfEvaluationRecord, "attachment" | "title" | "year">, defaultTitle: string): LayoutParagraph[] {
  return [
    ...(record.attachment === null ? [] : [{ kind: "attachment" as const, text: PRINT_FORMS.attachmentLine(record.attachment) }]),
    { kind: "title", text: record.title ?? defaultTitle },
    { kind: "year", text: PRINT_FORMS.yearLine(record.year) },
  ];
}

/**
 * The project form's funds block (年初预算数 … 得分), used by the project and department forms.
 * Only the total row is scored; the form prints —— where the part rows have no weight or score,
 * and where they have no rate of their own. Rows beyond the standard four follow 其他资金.
 */
export function scoredFundsRows({ funds }: SelfEvaluationRecord, blockLabel: string): LayoutRow[] {
  const mark = () => label(EMPTY_MARKS[0]);
  const amounts = (part: { initial: number | null; annual: number | null; executed: number | null }) =>
    [short(num(part.initial)), short(num(part.annual)), short(num(part.executed))];
  const partRow = (zh: string, part: Parameters<typeof amounts>[0] & { rate: CellValue | null }) =>
    line(label(zh, 2), ...amounts(part), mark(), part.rate === null ? mark() : short(cell(part.rate)), mark());
  const rows = [
    line(label(FUNDS_ROWS[0].zh, 2), ...amounts(funds.total), short(num(funds.total.weight)), short(cell(funds.total.rate)), short(num(funds.total.score))),
    ...FUNDS_ROWS.slice(1).map((row) => partRow(row.zh, funds[row.key as Exclude<typeof row.key, "total">])),
    ...funds.more.map((more) => partRow(more.label, more)),
  ];
  const header = line(label(blockLabel, 1, 1 + rows.length), label("", 2), ...FUNDS_COLUMNS.map((c) => label(c.zh)));
  return [header, ...rows];
}

/** 年度总体目标 over 预期目标 | 实际完成情况, each four columns wide, then the two texts. */
export function goalRows({ goal }: SelfEvaluationRecord, labels = { block: GOAL_LABEL.zh, expected: GOAL_COLUMNS[0].zh, actual: GOAL_COLUMNS[1].zh }): LayoutRow[] {
  return [
    line(label(labels.block, 1, 2), label(labels.expected, 4), label(labels.actual, 4)),
    block(value(str(goal.expected), 4), value(str(goal.actual), 4)),
  ];
}

/** A column of the indicator table: its printed label, its width in grid columns, its cell. */
export interface IndicatorColumn {
  zh: string;
  span: number;
  cell: (indicator: Indicator) => LayoutCell;
}

/** The project form's columns after 三级指标: 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施. */
export const SCORED_COLUMNS: IndicatorColumn[] = [
  { zh: INDICATOR_COLUMNS[3].zh, span: 1, cell: (i) => short(cell(i.target)) },
  { zh: INDICATOR_COLUMNS[4].zh, span: 1, cell: (i) => short(cell(i.actual)) },
  { zh: INDICATOR_COLUMNS[5].zh, span: 1, cell: (i) => short(num(i.weight)) },
  { zh: INDICATOR_COLUMNS[6].zh, span: 1, cell: (i) => short(num(i.score)) },
  { zh: INDICATOR_COLUMNS[7].zh, span: 1, cell: (i) => value(str(i.deviation)) },
];

/**
 * 绩效指标 over 一级 | 二级 | 三级 and the kind's value columns, 一级 and 二级 merged down over the
 * indicators they group.
 */
export function indicatorRows(indicators: Indicator[], columns: IndicatorColumn[]): LayoutRow[] {
  const [level1, level2, name] = INDICATOR_COLUMNS;
  const header = line(label(INDICATORS_LABEL.zh, 1, 1 + indicators.length), label(level1.zh), label(level2.zh), label(name.zh), ...columns.map((c) => label(c.zh, c.span)));
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
      ...columns.map((c) => ({ ...c.cell(indicator), span: c.span })),
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
export function runs<T>(items: T[], from: number, to: number, same: (a: T, b: T) => boolean): Map<number, number> {
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

export function totalRow({ total }: SelfEvaluationRecord): LayoutRow {
  return line(label(TOTAL_LABEL.zh, 6), short(num(total.weight)), short(num(total.score)), value(""));
}

/**
 * The rows after the indicators (评价结论, 存在问题, 改进措施, 说明, …): label, then its text across
 * the rest of the row. `always` are printed even when empty (the 转移支付 form's 说明).
 */
export function notesRows({ notes }: SelfEvaluationRecord, always: readonly string[] = []): LayoutRow[] {
  return NOTES_LABELS.filter((l) => notes[l.key] !== null || always.includes(l.key)).map((l) => block(label(l.zh), value(str(notes[l.key]), 8)));
}

/** The signature line under the table. */
const FOOTER_GAP = "      ";

export function footerParagraph(footer: SelfEvaluationRecord["footer"]): LayoutParagraph {
  const text = FOOTER_LABELS.map((l) => {
    const filled = l.key === "date" ? (footer.date ?? PRINT_FORMS.blankDate) : str(footer[l.key]);
    return `${l.zh}${PRINT_FORMS.footerColon}${filled}`;
  }).join(FOOTER_GAP);
  return { kind: "footer", text };
}

/**
 * The signature line never starts a page on its own: it stays with the last rows above it (a
 * signature under a lone 总分 row would not say which indicators it signs for).
 */
export function keepLastWithNext(rows: LayoutRow[], count: number): LayoutRow[] {
  return rows.map((row, i) => (i >= rows.length - count ? { ...row, keepWithNext: true } : row));
}
