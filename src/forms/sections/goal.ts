/**
 * 年度总体目标: a heading row (预期目标 | 实际完成情况, with 全年（调整）绩效目标 between them on some
 * forms), then the text under each column.
 */
import { GOAL_ADJUSTED_COLUMN, GOAL_COLUMNS, GOAL_LABEL } from "../../model/labels";
import { columnsOf, joinText, type ReadContext, type RowView } from "./context";
import type { FormState, SectionReader } from "./state";
import { textOrHint } from "./target-state";

/**
 * Older layouts print the goal on one row with no column labels (年度总体目标 | <expected> | <actual>):
 * the two texts beside the label, in order.
 */
function unlabelledGoal(view: RowView, state: FormState, ctx: ReadContext): boolean {
  if (state.found.has("goal")) return false;
  const blockLabel = view.find(GOAL_LABEL);
  if (!blockLabel) return false;
  const texts = view.distinct.filter((d) => d.col > blockLabel.col && !ctx.used.has(d.cell) && d.cell.text.trim() !== "");
  if (texts.length !== 2) return false;
  ctx.label(blockLabel.cell);
  state.body.goal.expected = textOrHint(ctx, texts[0].cell, "goal.expected");
  state.body.goal.actual = textOrHint(ctx, texts[1].cell, "goal.actual");
  state.columns.funds = null;
  state.found.add("goal");
  return true;
}

export const goalSection: SectionReader = {
  name: "goal",
  labelled(view, state, ctx) {
    const heads = columnsOf(view.distinct, [...GOAL_COLUMNS, GOAL_ADJUSTED_COLUMN]);
    if (heads.cells.length === 0) return unlabelledGoal(view, state, ctx);
    if (heads.map.expected === undefined || heads.map.actual === undefined) return false;
    state.columns.goal = heads.map;
    state.columns.funds = null;
    state.found.add("goal");
    heads.cells.forEach(ctx.label);
    const blockLabel = view.find(GOAL_LABEL);
    if (blockLabel) ctx.label(blockLabel.cell);
    return true;
  },
  continued(view, state, ctx) {
    const columns = state.columns.goal;
    if (!columns) return false;
    const goal = state.body.goal;
    const expected = view.fresh(columns.expected);
    const actual = view.fresh(columns.actual);
    const adjusted = view.fresh(columns.adjusted);
    // One cell across both columns is no goal text (Sichuan's 2.项目实施内容及过程概述): it stays unread.
    if (expected && expected === actual) return false;
    // A printed hint left in the cell (Sichuan's "…完成情况(100字以内)") is no goal: null, the hint kept in extras.
    if (expected) goal.expected = joinText(goal.expected, textOrHint(ctx, expected, "goal.expected"));
    if (adjusted) goal.adjusted = joinText(goal.adjusted, textOrHint(ctx, adjusted, "goal.adjusted"));
    if (actual) goal.actual = joinText(goal.actual, textOrHint(ctx, actual, "goal.actual"));
    return true;
  },
};
