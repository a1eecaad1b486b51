/**
 * The indicator sets of a target form: a header row (一级指标 | 二级指标 | 指标内容 / 三级指标 | 指标值,
 * with 分值, 评分细则, 备注 when printed), the set's label (长期绩效指标, 年度绩效指标 …) to its left or
 * on a row of its own above, then one indicator per row until another labelled row. A set with no
 * label is the annual one. Columns the kind does not name go to the indicator's `more`.
 */
import { LENGTH_HINT, TARGET_INDICATOR_COLUMNS, TARGET_SET_LABELS, type TargetSetKey } from "../../model/labels";
import type { TargetIndicator } from "../../model/record";
import { compact, textOrNull } from "../cells";
import type { SectionReader } from "./state";
import { findTarget, printedLabel, targetColumns, targetOf, textOrHint } from "./target-state";

function setOf(cells: Parameters<typeof findTarget>[0]): { key: TargetSetKey; cell: (typeof cells)[number] } | null {
  for (const l of TARGET_SET_LABELS) {
    const d = findTarget(cells, l);
    if (d) return { key: l.key, cell: d };
  }
  return null;
}

export const targetIndicatorSection: SectionReader = {
  name: "indicators",
  labelled(view, state, ctx) {
    const target = targetOf(state);
    // A set label on a row of its own (总目标绩效指标：) names the set whose header follows.
    const fresh = view.distinct.filter((d) => !ctx.used.has(d.cell) && d.cell.text.trim());
    const alone = fresh.length === 1 ? setOf(fresh) : null;
    if (alone) {
      ctx.label(alone.cell.cell);
      target.pendingSet = alone.key;
      target.mode = null;
      return true;
    }
    const probe = TARGET_INDICATOR_COLUMNS.filter((l) => findTarget(view.distinct, l, ctx.used));
    const keys = probe.map((l) => l.key);
    if (!keys.includes("level1") || !(keys.includes("name") || keys.includes("target")) || keys.length < 3) return false;
    const columns = targetColumns(view.distinct, TARGET_INDICATOR_COLUMNS, ctx);
    const first = Math.min(...Object.values(columns).filter((c): c is number => c !== undefined));
    const left = view.distinct.filter((d) => d.col < first);
    const labelled = setOf(left);
    target.set = labelled?.key ?? target.pendingSet ?? "annual";
    target.pendingSet = null;
    // The block label to the left (长期绩效指标, 绩效指标 …) spans the set's rows: a label, not a column.
    left.forEach((d) => ctx.label(d.cell));
    target.columns.indicators = columns;
    target.columns.more = [];
    for (const d of view.distinct) {
      if (d.col < first || ctx.used.has(d.cell)) continue;
      ctx.label(d.cell);
      const label = printedLabel(d.cell.text);
      if (label !== "") target.columns.more.push({ col: d.col, label });
    }
    target.mode = "indicators";
    target.headers++;
    state.found.add("indicators");
    return true;
  },
  continued(view, state, ctx) {
    const target = targetOf(state);
    if (target.mode !== "indicators") return false;
    const columns = target.columns.indicators;
    const anchors = Object.values(columns).map((col) => view.at(col));
    // An indicator row has a cell of its own under each column; a row with one cell across them
    // (其他说明的问题 | …) is no indicator and ends the set.
    if (new Set(anchors).size < anchors.length) {
      target.mode = null;
      return false;
    }
    // A row with nothing in it at all is skipped; a row whose own cells are empty under a merged
    // 一级 / 二级 (a blank form's second row for 数量指标) is an indicator with every value null, as
    // in the self-evaluation forms: dropping it would shift every later indicator.
    if (anchors.every((c) => !c || !c.text.trim())) {
      anchors.filter((c) => c && !ctx.used.has(c)).forEach((c) => ctx.label(c!));
      return true;
    }
    const set = target.indicatorSets[target.set];
    const path = (k: string) => `indicatorSets.${target.set}.${set.length}.${k}`;
    const level = (col: number | undefined, key: "level1" | "level2") => {
      const c = view.at(col);
      if (!c) return null;
      ctx.take(c, path(key));
      return textOrNull(compact(c.text));
    };
    const indicator: TargetIndicator = {
      level1: level(columns.level1, "level1"),
      level2: level(columns.level2, "level2"),
      name: textOrHint(ctx, view.fresh(columns.name), path("name")),
      target: null,
      weight: ctx.num(view.fresh(columns.weight), path("weight")),
      method: textOrHint(ctx, view.fresh(columns.method), path("method")),
      remark: textOrHint(ctx, view.fresh(columns.remark), path("remark")),
      more: {},
    };
    // 指标值 as printed, placeholders ("≥**%") included; only the form's hint ("(150字内)") is no value.
    const targetCell = view.fresh(columns.target);
    if (targetCell && LENGTH_HINT.test(targetCell.text)) textOrHint(ctx, targetCell, path("target"));
    else indicator.target = ctx.value(targetCell, path("target"));
    for (const { col, label } of target.columns.more) {
      const text = textOrHint(ctx, view.fresh(col), path(`more.${label}`));
      if (text !== null) indicator.more[label] = text;
    }
    set.push(indicator);
    return true;
  },
};
