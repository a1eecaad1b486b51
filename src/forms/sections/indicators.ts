/**
 * 绩效指标: a heading row of column labels (一级指标 … 偏差原因分析及改进措施), then one indicator
 * per row. The 一级 / 二级 cells span the rows of their group, so each row reads them again.
 */
import { INDICATOR_COLUMNS, INDICATOR_TEXT_COLUMNS, INDICATORS_LABEL, LEVEL1_WEIGHT_PATTERN, normalizeLabel } from "../../model/labels";
import type { GridCell } from "../../grid/types";
import type { Indicator } from "../../model/record";
import { compact, textOrNull } from "../cells";
import { columnsOf, type ReadContext, type RowView } from "./context";
import type { FormState, SectionReader } from "./state";

export const indicatorSection: SectionReader = {
  name: "indicators",
  labelled(view, state, ctx) {
    const heads = columnsOf(view.distinct, INDICATOR_COLUMNS);
    if (Object.keys(heads.map).length < 4) return false;
    state.columns.indicators = heads.map;
    const text = columnsOf(view.distinct, INDICATOR_TEXT_COLUMNS);
    // The target is split only when 指标性质 | 指标值 | 度量单位 stand side by side (L3, L5). Elsewhere
    // 指标性质 is the kind of indicator (定量指标 / 定性指标) and 计量单位 its unit: columns of their own, in `more`.
    const t = heads.map.target;
    const split = t !== undefined && text.map.comparator === t - 1 && text.map.unit === t + 1;
    const kept = text.cells.filter((c) => split || !(["comparator", "unit"] as const).some((k) => text.map[k] !== undefined && view.at(text.map[k]) === c));
    state.columns.indicatorText = split ? text.map : { method: text.map.method };
    kept.forEach(ctx.label);
    state.found.add("indicators");
    heads.cells.forEach(ctx.label);
    const blockLabel = view.find(INDICATORS_LABEL);
    if (blockLabel) ctx.label(blockLabel.cell);
    // Every other label of the header row (是否核心指标, 得分系数（%）…) is a column the kind does not
    // name: its cells go to the indicator's `more` under the label as printed, whitespace removed.
    const first = Math.min(...Object.values(heads.map));
    state.columns.indicatorMore = [];
    for (const d of view.distinct) {
      if (d.col < first || ctx.used.has(d.cell)) continue;
      const printed = compact(d.cell.text);
      ctx.label(d.cell);
      if (printed !== "") state.columns.indicatorMore.push({ col: d.col, label: printed });
    }
    state.columns.goal = null;
    state.columns.funds = null;
    return true;
  },
  continued(view, state, ctx) {
    const columns = state.columns.indicators;
    if (!columns) return false;
    const { row } = view;
    if (row.positions.every((c) => !c || !c.text.trim())) return true;
    // An indicator row has a cell of its own under each column label; a row whose cell spans
    // two of them (a 备注 line, say) is something else and stays unrecognized.
    const anchors = Object.values(columns).map((col) => view.at(col));
    if (new Set(anchors).size < anchors.length) return true;
    const indicators = state.body.indicators;
    const i = indicators.length;
    const path = (k: string) => `indicators.${i}.${k}`;
    const level1Cell = view.at(columns.level1);
    const level2Cell = view.at(columns.level2);
    const level1 = levelOf(level1Cell);
    const level2 = levelOf(level2Cell);
    // Written out field by field (not spread): every indicator then has one shape, built quickly.
    const indicator: Indicator = {
      level1: level1.level1,
      level1Weight: level1.level1Weight,
      level2: level2.level1,
      level2Weight: level2.level1Weight,
      name: ctx.text(view.fresh(columns.name), path("name")),
      target: null,
      actual: ctx.value(view.fresh(columns.actual), path("actual")),
      weight: ctx.num(view.fresh(columns.weight), path("weight")),
      score: ctx.num(view.fresh(columns.score), path("score")),
      deviation: ctx.text(view.fresh(columns.deviation), path("deviation")),
      method: ctx.text(view.fresh(state.columns.indicatorText?.method), path("method")),
      targetParts: null,
      more: {},
    };
    readTarget(view, state, ctx, indicator, path);
    for (const { col, label } of state.columns.indicatorMore ?? []) {
      const text = ctx.text(view.fresh(col), path(`more.${label}`));
      if (text !== null) indicator.more[label] = text;
    }
    if (level1Cell) {
      ctx.take(level1Cell, path("level1"));
      if (indicator.level1Weight !== null) ctx.cells[path("level1Weight")] = ctx.ref(level1Cell);
    }
    if (level2Cell) ctx.take(level2Cell, path("level2"));
    // A table split across pages restarts with empty category cells: they continue the group above.
    const previous = state.previous;
    if (previous && indicator.level1 === null && level1Cell && (state.continued.has(level1Cell) || previous.table !== row.table)) {
      state.continued.add(level1Cell);
      indicator.level1 = previous.indicator.level1;
      indicator.level1Weight = previous.indicator.level1Weight;
      if (indicator.level2 === null) [indicator.level2, indicator.level2Weight] = [previous.indicator.level2, previous.indicator.level2Weight];
      if (level1Cell.row === row.row) {
        ctx.info("LEVEL_CONTINUED", `Empty 一级指标 cell at the top of a continued table: taken as continuing "${previous.indicator.level1}" from the table before.`,
          `续表顶部的一级指标单元格为空：视为接续上一表格的「${previous.indicator.level1}」。`, level1Cell, path("level1"));
      }
    }
    indicators.push(indicator);
    state.previous = { indicator, table: row.table };
    return true;
  },
};

/**
 * The target: its cell, or, when the form splits it (指标性质 | 指标值 | 度量单位), the three joined
 * ("≥" "95" "%" → "≥95%") with the parts in targetParts.
 */
function readTarget(view: RowView, state: FormState, ctx: ReadContext, indicator: Indicator, path: (k: string) => string): void {
  const columns = state.columns.indicators!;
  const split = state.columns.indicatorText;
  if (split?.comparator === undefined || split.unit === undefined) {
    indicator.target = ctx.value(view.fresh(columns.target), path("target"));
    return;
  }
  const part = (col: number | undefined, key: string) => textOrNull(ctx.take(view.fresh(col), path(key))?.text);
  const parts = { comparator: part(split.comparator, "targetParts.comparator"), value: part(columns.target, "target"), unit: part(split.unit, "targetParts.unit") };
  indicator.targetParts = parts;
  const joined = [parts.comparator, parts.value, parts.unit].filter((p) => p !== null).join("");
  indicator.target = joined === "" ? null : { raw: joined, text: joined };
}

const NO_LEVEL: Pick<Indicator, "level1" | "level1Weight"> = { level1: null, level1Weight: null };
/**
 * A 一级 / 二级 cell spans the rows of its group and is read for each of them: read once per cell.
 * "数量指标（10分）" → 数量指标, weight 10 (as level1 / level1Weight, whichever level the cell is).
 */
const levels = new WeakMap<GridCell, Pick<Indicator, "level1" | "level1Weight">>();
function levelOf(cell: GridCell | null): Pick<Indicator, "level1" | "level1Weight"> {
  if (!cell) return NO_LEVEL;
  let read = levels.get(cell);
  if (read === undefined) {
    read = readLevel1(cell.text);
    levels.set(cell, read);
  }
  return read;
}

/** "产出指标（50分）" → level1 产出指标, weight 50. */
export function readLevel1(text: string): Pick<Indicator, "level1" | "level1Weight"> {
  const n = normalizeLabel(text);
  const m = LEVEL1_WEIGHT_PATTERN.exec(n);
  if (m) return { level1: m[1] || null, level1Weight: Number(m[2]) };
  return { level1: textOrNull(compact(text)), level1Weight: null };
}
