/**
 * The readers of an indicator table (a form of a kind not modelled, or one whose kind nothing
 * decides): label / value pairs outside the indicators go to `fields`, the indicator header's
 * labels to `columns`, each indicator row to `indicators` with every column by its label, and
 * 合计 / 总分 to `total`. Everything stays text: nothing is guessed about what a column means.
 */
import { INDICATOR_COLUMNS, INDICATORS_LABEL, INDICATOR_NAME_COLUMN, LEVEL1_WEIGHT_PATTERN, SCORE_COLUMN, TOTAL_LABEL, normalizeLabel, withoutLabelSuffix, type Label } from "../../model/labels";
import { compact, textOrNull } from "../cells";
import { isLabel, labelsOf } from "../rows";
import type { ReadContext, RowView } from "./context";
import type { FormState, SectionReader } from "./state";

const LEVEL1 = INDICATOR_COLUMNS[0];
const LEVEL2 = INDICATOR_COLUMNS[1];
const WEIGHT = INDICATOR_COLUMNS[5];

/** "规划(15分)" → ["规划(15分)", 15]: the text keeps its points (whitespace removed), the weight is read from them. */
function category(text: string): [string | null, number | null] {
  const kept = textOrNull(compact(text));
  const m = LEVEL1_WEIGHT_PATTERN.exec(normalizeLabel(text));
  return [kept, m ? Number(m[2]) : null];
}

/** The header row: at least two of 一级指标 / 二级指标 / 三级指标 (指标名称 …). */
export const tableHeader: SectionReader = {
  name: "indicators",
  labelled(view, state, ctx) {
    const t = state.table;
    // A header seen again (Hubei repeats the table per target) starts the next block of rows.
    const role = (l: Label) => view.distinct.find((d) => isLabel(d.cell, l) && !ctx.used.has(d.cell))?.col;
    const roles = { level1: role(LEVEL1), level2: role(LEVEL2), name: role(INDICATOR_NAME_COLUMN) };
    const known = Object.values(roles).filter((c): c is number => c !== undefined);
    if (known.length < 2) return false;
    const first = Math.min(...known);
    // The block label to the left (绩效指标, 年度绩效目标1(40分)) spans the rows below it: not a column.
    const isBlockLabel = (d: { cell: { rowSpan: number; row: number } ; col: number }) => d.col < first && (d.cell.rowSpan > 1 || d.cell.row !== view.row.row);
    t.at = [];
    for (const d of view.distinct) {
      if (isLabel(d.cell, INDICATORS_LABEL) || isBlockLabel(d)) {
        ctx.label(d.cell);
        // A block label saying more than 绩效指标 (Hubei's 年度绩效目标1(40分)) names the rows below it: kept in fields, in order.
        if (!isLabel(d.cell, INDICATORS_LABEL) && d.cell.row === view.row.row) t.fields.push({ label: compact(d.cell.text), value: null });
        continue;
      }
      const printed = compact(d.cell.text);
      ctx.label(d.cell);
      if (printed === "") continue;
      if (!t.columns.includes(printed)) t.columns.push(printed);
      t.at.push({ col: d.col, label: printed });
    }
    t.roles = roles;
    state.found.add("indicators");
    return true;
  },
};

/** 合计 / 总分: the weight and score under their columns, or the numbers right of the label. */
export const tableTotal: SectionReader = {
  name: "total",
  labelled(view, state, ctx) {
    const totalLabel = view.find(TOTAL_LABEL);
    if (!totalLabel) return false;
    const t = state.table;
    ctx.label(totalLabel.cell);
    const colOf = (match: (label: string) => boolean) => t.at?.find((a) => match(withoutLabelSuffix(normalizeLabel(a.label))))?.col;
    const weightCol = colOf((l) => WEIGHT.synonyms.includes(l));
    const scoreCol = colOf((l) => SCORE_COLUMN.synonyms.includes(l));
    const right = view.distinct.filter((d) => d.col > totalLabel.col).map((d) => d.cell);
    const weightCell = weightCol !== undefined ? view.fresh(weightCol) : right[0];
    const scoreCell = scoreCol !== undefined ? view.fresh(scoreCol) : right[1] ?? (weightCol === undefined ? null : right[0]);
    t.total.weight = weightCol === undefined && scoreCol !== undefined ? null : ctx.num(weightCell, "total.weight");
    t.total.score = ctx.num(scoreCell, "total.score");
    for (const d of view.distinct) if (d.col > totalLabel.col && !ctx.used.has(d.cell) && !d.cell.text.trim()) ctx.label(d.cell);
    state.found.add("total");
    t.at = null;
    return true;
  },
};

/** "单位名称:黄冈市…": a short label, a colon, a value, in one cell. */
const LABEL_AND_VALUE = /^([^:：\d]{2,12})[:：]\s*(\S[\s\S]*)$/;

type Cells = RowView["distinct"];
type TableState = FormState["table"];

/**
 * A row of column labels over rows of values (Hubei's 预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) …,
 * then 年度财政资金总额 | 10 | 10 …): read along the row, a value would be a label of the labels
 * table. The first cell names the block (a field with no value); the labels wait for the rows below.
 */
function columnLabelRow(distinct: Cells, t: TableState, ctx: ReadContext): boolean {
  const [first, ...rest] = distinct;
  const heads = rest.filter((d) => d.cell.text.trim() !== "");
  const known = heads.filter((d) => labelsOf(d.cell).length !== 0);
  const asValues = rest.filter((_, k) => k % 2 === 0 && rest[k].cell.text.trim() !== "");
  if (known.length < 2 || asValues.length === 0 || !asValues.every((d) => labelsOf(d.cell).length !== 0)) return false;
  ctx.label(first.cell);
  for (const d of rest) if (d.cell.text.trim() === "") ctx.label(d.cell);
  const block = compact(first.cell.text);
  if (block !== "") t.fields.push({ label: block, value: null });
  // The column labels are read with the values under them; with none, they stay unread (→ extras).
  t.above = heads.map((d) => ({ col: d.col, label: compact(d.cell.text), cell: d.cell }));
  return true;
}

/**
 * A row of values under the column labels above: each value by its column's label, in order, after
 * the row's own label (年度财政资金总额) as a field with no value, as a block label is.
 */
function underColumnLabels(distinct: Cells, t: TableState, ctx: ReadContext): boolean {
  const above = t.above;
  t.above = null;
  if (!above) return false;
  const [first, ...rest] = distinct;
  const rowLabel = above.some((a) => a.col === first.col) ? null : first;
  const values = rowLabel ? rest : distinct;
  if (values.length === 0 || !values.every((d) => above.some((a) => a.col === d.col))) return false;
  for (const a of above) ctx.label(a.cell);
  if (rowLabel) {
    ctx.label(rowLabel.cell);
    t.fields.push({ label: compact(rowLabel.cell.text), value: null });
  }
  for (const d of values) {
    const label = above.find((a) => a.col === d.col)!.label;
    t.fields.push({ label, value: ctx.text(d.cell, `fields.${t.fields.length}.value`) });
  }
  t.above = above;
  return true;
}

/** An indicator row under the header, or a label / value row anywhere else. */
export const tableRows: SectionReader = {
  name: "header",
  continued(view, state, ctx) {
    const t = state.table;
    if (t.at) {
      t.above = null;
      if (view.row.positions.every((c) => !c || !c.text.trim())) return true;
      const i = t.indicators.length;
      const cellAt = (col: number | undefined) => (col === undefined ? null : view.at(col));
      const [level1, level1Weight] = category(cellAt(t.roles.level1)?.text ?? "");
      const [level2, level2Weight] = category(cellAt(t.roles.level2)?.text ?? "");
      const values: Record<string, string> = {};
      let name: string | null = null;
      for (const { col, label: key } of t.at) {
        const c = view.at(col);
        if (!c) continue;
        if (col === t.roles.level1 || col === t.roles.level2) {
          ctx.take(c, `indicators.${i}.${col === t.roles.level1 ? "level1" : "level2"}`);
          continue;
        }
        if (ctx.used.has(c)) continue;
        if (col === t.roles.name) name = ctx.text(c, `indicators.${i}.name`);
        else {
          ctx.take(c, `indicators.${i}.values.${key}`);
          const text = c.text.trim();
          if (text !== "") values[key] = text;
        }
      }
      t.indicators.push({ level1, level1Weight, level2, level2Weight, name, values });
      return true;
    }
    // Outside the indicators: label, value, label, value … along the row.
    const distinct = view.distinct.filter((d) => !ctx.used.has(d.cell));
    const cells = distinct.map((d) => d.cell);
    if (cells.length < 2) return false;
    if (underColumnLabels(distinct, t, ctx)) return true;
    if (columnLabelRow(distinct, t, ctx)) return true;
    const inline = cells.filter((c) => c.text.trim() !== "").map((c) => [c, LABEL_AND_VALUE.exec(c.text.trim())] as const);
    if (inline.every(([, m]) => m)) {
      // 单位名称:黄冈市… | 填报日期:2021年3月10日 — each cell is a pair of its own.
      for (const [c, m] of inline) {
        ctx.take(c, `fields.${t.fields.length}.value`);
        t.fields.push({ label: compact(m![1]), value: m![2].trim() });
      }
      return true;
    }
    for (let k = 0; k + 1 < cells.length; k += 2) {
      const labelCell = cells[k];
      const printed = compact(labelCell.text);
      if (printed === "") continue;
      ctx.label(labelCell);
      t.fields.push({ label: printed, value: ctx.text(cells[k + 1], `fields.${t.fields.length}.value`) });
    }
    return true;
  },
};
