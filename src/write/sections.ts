/**
 * The parts every self-evaluation form prints, as layout rows: the heading lines, the funds block,
 * the goal, the indicator table, 总分, the notes rows and the signature lines. A kind's layout
 * (kinds/*.ts) picks these and adds its own unit rows; every label printed comes from
 * model/labels.ts, so what is written is what the reader looks for.
 *
 * The kind's standard layout is printed as published, plus whatever the record holds beyond it,
 * so that a form written and read back gives the same record: columns the standard layout lacks
 * (得分计算方法 and 原因 in the funds block; the target split over 指标性质 / 指标值 / 度量单位,
 * 得分计算方法 and the indicators' other columns) widen the table by `extra` grid columns at the
 * right, and only when the record fills them.
 */
import {
  EMPTY_MARKS,
  FOOTER_LABELS,
  FUNDS_COLUMNS,
  FUNDS_ROWS,
  FUNDS_TEXT_COLUMNS,
  GOAL_ADJUSTED_COLUMN,
  GOAL_COLUMNS,
  GOAL_LABEL,
  INDICATOR_COLUMNS,
  INDICATOR_TEXT_COLUMNS,
  INDICATORS_LABEL,
  LEADER_LABELS,
  NOTES_LABELS,
  PRINT_FORMS,
  REPORT_NO_PATTERN,
  TOTAL_LABEL,
  normalizeLabel,
  withoutLabelSuffix,
  type Label,
} from "../model/labels";
import type { CellValue, Indicator, SelfEvaluationRecord } from "../model/record";
import type { CellAlign, FormLayout, LayoutCell, LayoutParagraph, LayoutRow } from "./layout";
import { COLUMN_WIDTHS, PAGE } from "./style";

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

/** 报表编号：510000_0013zp, read back by REPORT_NO_PATTERN (checked when the module loads). */
const reportNoLine = (reportNo: string) => `报表编号${PRINT_FORMS.footerColon}${reportNo}`;
if (REPORT_NO_PATTERN.exec(reportNoLine("1"))?.[1] !== "1") throw new Error("报表编号 line is not read back by REPORT_NO_PATTERN");

/** 报表编号 when there is one (a line above everything, as the forms that have one print it), 附件 line, title, （YYYY年度）. */
export function heading(
  record: Pick<SelfEvaluationRecord, "attachment" | "title" | "year"> & { footer?: { reportNo: string | null } },
  defaultTitle: string,
): LayoutParagraph[] {
  const reportNo = record.footer?.reportNo ?? null;
  return [
    ...(reportNo === null ? [] : [{ kind: "reportNo" as const, text: reportNoLine(reportNo) }]),
    ...(record.attachment === null ? [] : [{ kind: "attachment" as const, text: PRINT_FORMS.attachmentLine(record.attachment) }]),
    { kind: "title", text: record.title ?? defaultTitle },
    { kind: "year", text: PRINT_FORMS.yearLine(record.year) },
  ];
}

/**
 * The project form's funds block (年初预算数 … 得分), used by the project and department forms.
 * Only the total row is scored; the form prints —— where the part rows have no weight or score,
 * and where they have no rate of their own. Rows beyond the standard four follow 其他资金;
 * 得分计算方法 and 原因, when filled, are columns at the right (see withFundsText).
 */
export function scoredFundsRows({ funds }: SelfEvaluationRecord, blockLabel: string, extra = 0): LayoutRow[] {
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
  return withFundsText(funds, [header, ...rows], extra);
}

/** 得分计算方法 and 原因 of the funds block, those filled in: each widens the table by a column. */
export function fundsTextColumns(funds: SelfEvaluationRecord["funds"]): { zh: string; text: string }[] {
  return FUNDS_TEXT_COLUMNS.flatMap((l) => (funds[l.key] === null ? [] : [{ zh: l.zh, text: funds[l.key]! }]));
}

/**
 * The funds block's header and rows, `extra` grid columns wider: each filled text column gets its
 * label in the header and one cell down the block's rows (the reader takes such a cell once, for
 * the whole block); without them the last column widens.
 */
export function withFundsText(funds: SelfEvaluationRecord["funds"], [header, ...rows]: LayoutRow[], extra: number): LayoutRow[] {
  const texts = fundsTextColumns(funds);
  if (texts.length === 0) return widen([header, ...rows], extra);
  const spans = texts.map((_, i) => (i === texts.length - 1 ? extra - texts.length + 1 : 1));
  return [
    { ...header, cells: [...header.cells, ...texts.map((t, i) => label(t.zh, spans[i]))] },
    { ...rows[0], cells: [...rows[0].cells, ...texts.map((t, i) => value(t.text, spans[i], "left", rows.length))] },
    ...rows.slice(1),
  ];
}

/**
 * 年度总体目标 over 预期目标 | 实际完成情况, each four columns wide, then the two texts (widen them
 * to the grid). An adjusted goal, when there is one, stands between them under 全年（调整）绩效目标
 * (3 | 2 | 3 columns).
 */
export function goalRows({ goal }: SelfEvaluationRecord, labels = { block: GOAL_LABEL.zh, expected: GOAL_COLUMNS[0].zh, actual: GOAL_COLUMNS[1].zh }): LayoutRow[] {
  if (goal.adjusted !== null) {
    return [
      line(label(labels.block, 1, 2), label(labels.expected, 3), label(GOAL_ADJUSTED_COLUMN.zh, 2), label(labels.actual, 3)),
      block(value(str(goal.expected), 3), value(goal.adjusted, 2), value(str(goal.actual), 3)),
    ];
  }
  return [
    line(label(labels.block, 1, 2), label(labels.expected, 4), label(labels.actual, 4)),
    block(value(str(goal.expected), 4), value(str(goal.actual), 4)),
  ];
}

/** A column of the indicator table: what it prints (a field name), its printed label, its width in grid columns, its cell. */
export interface IndicatorColumn {
  key: string;
  zh: string;
  span: number;
  cell: (indicator: Indicator) => LayoutCell;
}

/** The project form's columns after 三级指标: 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施. */
export const SCORED_COLUMNS: IndicatorColumn[] = [
  { key: "target", zh: INDICATOR_COLUMNS[3].zh, span: 1, cell: (i) => short(cell(i.target)) },
  { key: "actual", zh: INDICATOR_COLUMNS[4].zh, span: 1, cell: (i) => short(cell(i.actual)) },
  { key: "weight", zh: INDICATOR_COLUMNS[5].zh, span: 1, cell: (i) => short(num(i.weight)) },
  { key: "score", zh: INDICATOR_COLUMNS[6].zh, span: 1, cell: (i) => short(num(i.score)) },
  { key: "deviation", zh: INDICATOR_COLUMNS[7].zh, span: 1, cell: (i) => value(str(i.deviation)) },
];

/** Grid columns of the standard layout right of 三级指标: what a kind's indicator columns span together. */
const VALUE_COLUMNS = 5;
/** The standard grid's columns (layout.ts's GRID_COLUMNS, which imports the kinds). */
const GRID = COLUMN_WIDTHS.length;
const spanOf = (columns: IndicatorColumn[]) => columns.reduce((n, c) => n + c.span, 0);

/**
 * A kind's indicator columns plus what its indicators hold beyond them: the target split over
 * 指标性质 | 指标值 | 度量单位 when some indicator was read so (an indicator without parts prints
 * its target as the 指标值), then 得分计算方法, then every `more` column by its label, in the
 * order first met. A record without these gets the kind's columns unchanged.
 */
export function indicatorColumns(indicators: Indicator[], standard: IndicatorColumn[]): IndicatorColumn[] {
  const [method, comparator, unit] = INDICATOR_TEXT_COLUMNS;
  const split = indicators.some((i) => i.targetParts !== null);
  const columns = standard.flatMap((c): IndicatorColumn[] =>
    c.key !== "target" || !split
      ? [c]
      : [
          { key: "targetParts.comparator", zh: comparator.zh, span: 1, cell: (i) => short(str(i.targetParts?.comparator ?? null)) },
          { key: "target", zh: spelled(INDICATOR_COLUMNS[3], "指标值"), span: c.span, cell: (i) => short(i.targetParts === null ? cell(i.target) : str(i.targetParts.value)) },
          { key: "targetParts.unit", zh: unit.zh, span: 1, cell: (i) => short(str(i.targetParts?.unit ?? null)) },
        ],
  );
  if (indicators.some((i) => i.method !== null)) columns.push({ key: "method", zh: method.zh, span: 1, cell: (i) => value(str(i.method)) });
  for (const key of new Set(indicators.flatMap((i) => Object.keys(i.more)))) {
    columns.push({ key: `more.${key}`, zh: key, span: 1, cell: (i) => value(i.more[key] ?? "") });
  }
  return columns;
}

/** Grid columns the record needs beyond the standard 9: the most any section adds. */
export function extraColumns(funds: SelfEvaluationRecord["funds"], columns: IndicatorColumn[]): number {
  return Math.max(0, fundsTextColumns(funds).length, spanOf(columns) - VALUE_COLUMNS);
}

/** The columns `extra` grid columns wider than the standard: the last takes what they do not use. */
export function fitColumns(columns: IndicatorColumn[], extra: number): IndicatorColumn[] {
  const spare = VALUE_COLUMNS + extra - spanOf(columns);
  return columns.map((c, i) => (i === columns.length - 1 ? { ...c, span: c.span + spare } : c));
}

/** Rows of the standard 9 columns on a grid `extra` columns wider: the last cell of each row takes them. */
export function widen(rows: LayoutRow[], extra: number): LayoutRow[] {
  if (extra === 0) return rows;
  return rows.map((row) => ({ ...row, cells: row.cells.map((c, i) => (i === row.cells.length - 1 ? { ...c, span: c.span + extra } : c)) }));
}

/**
 * Widths a column of a wider table wants (DXA; n characters of 五号 need n × 210 + 216): the
 * funds block's columns from 年初预算数 on, as in the standard grid (年初预算数 … 得分 from L3 to L8,
 * then 得分计算方法 and 原因), and each indicator column by what it holds.
 */
const FUNDS_WANTS = [1280, 1280, 1280, 650, 860, 860];
const TEXT_WANTS = 1280;
const INDICATOR_WANTS: Record<string, number> = {
  "targetParts.comparator": 1070, target: 1280, "targetParts.unit": 1070, actual: 1280, weight: 650, score: 860, deviation: 1486, method: 1280,
};
const MORE_WANTS = 1070;

/**
 * Column widths and page for a table `extra` grid columns wider than the standard: the standard
 * grid (style.ts) when there are none. A wider table is printed on a landscape page, so that the
 * standard columns keep the room their labels need (narrowed to fit portrait, 分值's —— and 执行率's
 * 92.27% broke over two lines): each column gets what the funds block or the indicator table wants
 * there, whichever is more, and the widths are scaled together to the page's text width.
 */
export function gridOf(extra: number, columns: IndicatorColumn[]): Required<Pick<FormLayout, "widths" | "orientation">> {
  if (extra === 0) return { widths: COLUMN_WIDTHS, orientation: "portrait" };
  const wanted = [...COLUMN_WIDTHS.slice(0, 3), ...new Array<number>(GRID - 3 + extra).fill(0)];
  [...FUNDS_WANTS, ...new Array<number>(extra).fill(TEXT_WANTS)].forEach((w, i) => (wanted[3 + i] = w));
  wanted[3] = Math.max(wanted[3], COLUMN_WIDTHS[3]);
  let at = GRID - VALUE_COLUMNS;
  for (const c of columns) {
    // A column over several grid columns (the 转移支付 form's reasons, the last column taking what is left) has its room in the first, and more.
    wanted[at] = Math.max(wanted[at], INDICATOR_WANTS[c.key] ?? MORE_WANTS);
    at += c.span;
  }
  const textWidth = PAGE.height - PAGE.margin.left - PAGE.margin.right;
  const total = wanted.reduce((a, b) => a + b, 0);
  const widths = wanted.map((w) => Math.floor((w * textWidth) / total));
  // Rounding down leaves a few twips: 三级指标's column takes them, so the table fills the line.
  widths[3] += textWidth - widths.reduce((a, b) => a + b, 0);
  return { widths, orientation: "landscape" };
}

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
    for (const [s, l] of runs(indicators, start, start + length, (a, b) => a.level2 === b.level2 && a.level2Weight === b.level2Weight)) level2Runs.set(s, l);
  }
  const rows = indicators.map((indicator, i) => {
    const level1Rows = level1Runs.get(i);
    const level2Rows = level2Runs.get(i);
    return line(
      ...(level1Rows === undefined ? [] : [value(withPoints(indicator.level1, indicator.level1Weight), 1, "center", level1Rows)]),
      ...(level2Rows === undefined ? [] : [value(withPoints(indicator.level2, indicator.level2Weight), 1, "center", level2Rows)]),
      value(str(indicator.name)),
      ...columns.map((c) => ({ ...c.cell(indicator), span: c.span })),
    );
  });
  return [header, ...rows];
}

/** 产出指标 over （50分）, 数量指标 over （10分）: the points go on their own line, as on the official form. */
function withPoints(name: string | null, points: number | null): string {
  if (points === null) return str(name);
  const weight = PRINT_FORMS.level1Weight(points);
  return name === null ? weight : `${name}\n${weight}`;
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

/** 总分, its weight and score under the indicators' 分值 and 得分 (the reader takes them from those columns). */
export function totalRow({ total }: SelfEvaluationRecord, columns: IndicatorColumn[] = SCORED_COLUMNS): LayoutRow {
  const at = columns.findIndex((c) => c.key === "weight");
  const [weight, score, ...rest] = columns.slice(at);
  const after = spanOf(rest);
  return line(
    label(TOTAL_LABEL.zh, 4 + spanOf(columns.slice(0, at))),
    short(num(total.weight), weight.span),
    short(num(total.score), score.span),
    ...(after === 0 ? [] : [value("", after)]),
  );
}

/**
 * The rows after the indicators (评价结论, 存在问题, 改进措施, 说明, …): label, then its text across
 * the rest of the row. `always` are printed even when empty (the 转移支付 form's 说明).
 */
export function notesRows({ notes }: SelfEvaluationRecord, always: readonly string[] = []): LayoutRow[] {
  return NOTES_LABELS.filter((l) => notes[l.key] !== null || always.includes(l.key)).map((l) => block(label(l.zh), value(str(notes[l.key]), 8)));
}

/**
 * 项目负责人：… | 财务负责人：…, the table's last row on the forms that print it; only when one of
 * them is filled in.
 */
export function leaderRows(footer: SelfEvaluationRecord["footer"]): LayoutRow[] {
  if (footer.projectLeader === null && footer.financeLeader === null) return [];
  const [project, finance] = LEADER_LABELS.map((l) => `${l.zh}${PRINT_FORMS.footerColon}${str(footer[l.key])}`);
  return [line(value(project, 4), value(finance, 5))];
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
