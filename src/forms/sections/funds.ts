/**
 * The funds block (项目资金（万元）, 预算资金（万元）, 预算执行情况（10分）…): a heading row of column
 * labels (年初预算数 … 得分), then one row per source, each named by its label (年度资金总额,
 * 其中：当年财政拨款 …). A source row the kind does not name (单位资金, 地方资金 …) goes to
 * `funds.more` with its label.
 */
import type { GridCell } from "../../grid/types";
import { FUNDS_COLUMNS, FUNDS_LABEL_PATTERN, FUNDS_LEAD_IN, FUNDS_ROWS, FUNDS_TEXT_COLUMNS, INDICATOR_COLUMNS, LENGTH_HINT, withoutLabelSuffix, withoutLeadIn } from "../../model/labels";
import { compact, readNumber } from "../cells";
import { isLabel, labelText } from "../rows";
import { columnsOf, matchesAny, type ReadContext, type RowView } from "./context";
import type { FormState, SectionReader } from "./state";

/** 预算执行情况（万元）（20分） → unit 万元, weight 20; null when the text is no funds block label. */
function blockLabel(normalized: string): { unit: string | null; weight: number | null } | null {
  if (!FUNDS_LABEL_PATTERN.test(normalized)) return null;
  const brackets = [...normalized.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]);
  const points = brackets.find((b) => /^\d+(?:\.\d+)?分$/.test(b));
  const unit = brackets.find((b) => b !== points) || null;
  return { unit, weight: points ? Number(points.slice(0, -1)) : null };
}

export const fundsSection: SectionReader = {
  name: "funds",
  labelled(view, state, ctx) {
    const { distinct } = view;
    const heads = columnsOf(distinct, FUNDS_COLUMNS);
    if (Object.keys(heads.map).length >= 3 && !matchesAny(distinct, INDICATOR_COLUMNS.slice(0, 3))) {
      state.columns.funds = heads.map;
      state.found.add("funds");
      heads.cells.forEach(ctx.label);
      const text = columnsOf(distinct, FUNDS_TEXT_COLUMNS);
      state.columns.fundsText = text.map;
      text.cells.forEach(ctx.label);
      for (const d of distinct) {
        if (ctx.used.has(d.cell)) continue;
        const read = blockLabel(labelText(d.cell));
        if (!read) continue;
        ctx.label(d.cell);
        if (read.unit !== null || state.body.funds.unit === null) {
          state.body.funds.unit = read.unit;
          ctx.cells["funds.unit"] = ctx.ref(d.cell);
        }
        if (read.weight !== null) state.fundsLabelWeight = { weight: read.weight, cell: d.cell };
      }
      for (const d of distinct) if (!ctx.used.has(d.cell) && !d.cell.text.trim()) ctx.label(d.cell);
      return true;
    }

    const columns = state.columns.funds;
    if (!columns) return false;
    // 其中 in a cell of its own (贵池's L1: 其中 | 当年财政拨款 | …) is a lead-in the reader understands:
    // looked up before the row is read, marked as a label once the row is known to be a funds row.
    const leadIn = view.distinct.find((d) => !ctx.used.has(d.cell) && isLabel(d.cell, FUNDS_LEAD_IN))?.cell;
    let fundsRow = FUNDS_ROWS.find((l) => view.find(l));
    if (fundsRow) ctx.label(view.find(fundsRow)!.cell);
    else if (readMoreRow(view, state, ctx, leadIn)) return true;
    else if (isUnlabelledTotal(view, state, ctx)) fundsRow = FUNDS_ROWS[0];
    else return false;
    if (leadIn) ctx.label(leadIn);
    const funds = state.body.funds;
    const part = funds[fundsRow.key] as Record<string, unknown>;
    const base = `funds.${fundsRow.key}`;
    part.initial = ctx.num(view.fresh(columns.initial), `${base}.initial`);
    part.annual = ctx.num(view.fresh(columns.annual), `${base}.annual`);
    part.executed = ctx.num(view.fresh(columns.executed), `${base}.executed`);
    if (fundsRow.key === "total") {
      funds.total.weight = ctx.num(view.fresh(columns.weight), `${base}.weight`);
      funds.total.rate = ctx.value(view.fresh(columns.rate), `${base}.rate`);
      funds.total.score = ctx.num(view.fresh(columns.score), `${base}.score`);
      if (columns.weight === undefined && state.fundsLabelWeight) {
        funds.total.weight = state.fundsLabelWeight.weight;
        ctx.cells[`${base}.weight`] = ctx.ref(state.fundsLabelWeight.cell);
      }
    } else {
      // The rate some layouts print on a 其中 row (L3, L12) is that row's.
      funds[fundsRow.key].rate = partRate(view.fresh(columns.rate), `${base}.rate`, ctx);
      // A source row's weight / score cells are printed empty (or ——); text there stays unread.
      for (const key of ["weight", "rate", "score"] as const) {
        const c = view.fresh(columns[key]);
        if (!c) continue;
        const { value, ok } = readNumber(c.text);
        if (ok && value === null) ctx.label(c);
      }
    }
    readTextColumns(view, state, ctx);
    return true;
  },
};

/**
 * The rate printed on a part of the funds (a 其中 row, or a row of funds.more): "——" and "/" there
 * mean none, so the field is null and the mark counts as read, not as an unknown cell.
 */
function partRate(cell: GridCell | null | undefined, path: string, ctx: ReadContext) {
  if (!cell) return null;
  const { ok, value } = readNumber(cell.text);
  if (ok && value === null) {
    ctx.label(cell);
    return null;
  }
  return ctx.value(cell, path);
}

/** 得分计算方法 / 原因: the text in its column (often one cell spanning the block's rows), read once. */
function readTextColumns(view: RowView, state: FormState, ctx: ReadContext): void {
  const text = state.columns.fundsText;
  if (!text) return;
  for (const key of ["method", "reason"] as const) {
    const c = view.fresh(text[key]);
    if (c && LENGTH_HINT.test(c.text)) {
      ctx.take(c, `funds.${key}`);
      ctx.extras.push({ text: c.text, note: `funds.${key}: printed hint text`, cell: ctx.ref(c) });
      ctx.info("HINT_TEXT", `funds.${key} holds the form's printed hint, not a value; the field is null and the hint is kept in extras.`,
        `funds.${key} 中是表格印好的填写提示而非内容：该字段为空，提示保留在 extras 中。`, c, `funds.${key}`);
    } else if (c) state.body.funds[key] = ctx.text(c, `funds.${key}`);
  }
}

/** The columns of the funds heading that hold amounts (年初预算数, 全年预算数, 全年执行数), as printed. */
function amountColumns(state: FormState): number[] {
  const columns = state.columns.funds!;
  return (["initial", "annual", "executed"] as const).map((k) => columns[k]).filter((c): c is number => c !== undefined);
}

/**
 * A row of amounts with no label of its own (Chongqing: the block label spans the heading and this one
 * row) is the total: only while the total is unread, when every cell left of the amounts is already
 * read (the block label) or empty, and every amount cell is its own cell holding a number or nothing.
 */
function isUnlabelledTotal(view: RowView, state: FormState, ctx: ReadContext): boolean {
  const { total } = state.body.funds;
  if (total.initial !== null || total.annual !== null || total.executed !== null) return false;
  const amountCols = amountColumns(state);
  if (amountCols.length === 0) return false;
  const first = Math.min(...amountCols);
  if (view.distinct.some((d) => d.col < first && d.cell.text.trim() !== "" && !ctx.used.has(d.cell))) return false;
  const amounts = amountCols.map((c) => view.at(c));
  if (amounts.some((c) => !c || ctx.used.has(c) || !readNumber(c.text).ok) || new Set(amounts).size < amounts.length) return false;
  return amounts.some((c) => readNumber(c!.text).value !== null);
}

/**
 * A source row the kind does not name: its label is the cell left of the amounts, and every amount
 * cell is its own cell holding a number or nothing (a goal or indicator row never is).
 */
function readMoreRow(view: RowView, state: FormState, ctx: ReadContext, leadIn: GridCell | undefined): boolean {
  const columns = state.columns.funds!;
  const amountCols = amountColumns(state);
  if (amountCols.length === 0) return false;
  const first = Math.min(...amountCols);
  const labels = view.distinct.filter((d) => d.col < first && d.cell.text.trim() !== "" && !ctx.used.has(d.cell) && d.cell !== leadIn);
  const labelCell: GridCell | undefined = labels[labels.length - 1]?.cell;
  if (!labelCell) return false;
  const amounts = amountCols.map((c) => view.at(c));
  if (amounts.some((c) => !c || c === labelCell || !readNumber(c.text).ok)) return false;
  if (new Set(amounts).size < amounts.length) return false;
  const i = state.body.funds.more.length;
  const base = `funds.more.${i}`;
  ctx.take(labelCell, `${base}.label`);
  if (leadIn) ctx.label(leadIn);
  state.body.funds.more.push({
    label: withoutLabelSuffix(withoutLeadIn(compact(labelCell.text))),
    initial: ctx.num(view.fresh(columns.initial), `${base}.initial`),
    annual: ctx.num(view.fresh(columns.annual), `${base}.annual`),
    executed: ctx.num(view.fresh(columns.executed), `${base}.executed`),
    rate: partRate(view.fresh(columns.rate), `${base}.rate`, ctx),
  });
  for (const key of ["weight", "score"] as const) {
    const c = view.fresh(columns[key]);
    if (c && readNumber(c.text).ok && readNumber(c.text).value === null) ctx.label(c);
  }
  readTextColumns(view, state, ctx);
  return true;
}
