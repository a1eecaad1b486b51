/**
 * 年度总体目标: a heading row (预期目标 | 实际完成情况, with 全年（调整）绩效目标 between them on some
 * forms), then the text under each column.
 */
import { GOAL_ADJUSTED_COLUMN, GOAL_COLUMNS, GOAL_LABEL } from "../../model/labels";
import { columnsOf, joinText } from "./context";
import type { SectionReader } from "./state";

export const goalSection: SectionReader = {
  name: "goal",
  labelled(view, state, ctx) {
    const heads = columnsOf(view.distinct, [...GOAL_COLUMNS, GOAL_ADJUSTED_COLUMN]);
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
    if (expected) goal.expected = joinText(goal.expected, ctx.text(expected, "goal.expected"));
    if (adjusted) goal.adjusted = joinText(goal.adjusted, ctx.text(adjusted, "goal.adjusted"));
    if (actual) goal.actual = joinText(goal.actual, ctx.text(actual, "goal.actual"));
    return true;
  },
};
