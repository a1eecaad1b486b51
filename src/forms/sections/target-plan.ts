/**
 * 项目实施进度计划 (a sub-table of 实施内容 | 开始时间 | 完成时间 rows, or one text cell) and the goals
 * (长期目标 | 年度目标 as column heads with the texts below, or each a label with its text to the right).
 */
import { LENGTH_HINT, TARGET_GOAL_LABELS, TARGET_GOALS_LABEL, TARGET_SCHEDULE_COLUMNS, TARGET_SCHEDULE_LABEL } from "../../model/labels";
import { joinText } from "./context";
import type { SectionReader } from "./state";
import { findTarget, rightOf, targetColumns, targetOf, textOrHint } from "./target-state";

export const targetScheduleSection: SectionReader = {
  name: "header",
  labelled(view, state, ctx) {
    const target = targetOf(state);
    if (target.mode === "indicators") return false;
    const block = findTarget(view.distinct, TARGET_SCHEDULE_LABEL, ctx.used);
    const columns = targetColumns(view.distinct, TARGET_SCHEDULE_COLUMNS, ctx);
    if (Object.keys(columns).length >= 2) {
      if (block) ctx.label(block.cell);
      target.columns.schedule = columns;
      target.mode = "schedule";
      return true;
    }
    if (!block) return false;
    ctx.label(block.cell);
    target.mode = null;
    // The plan written as text (or the form's hint alone): one entry holding it.
    const value = rightOf(view.distinct, block);
    if (value && !ctx.used.has(value) && value.text.trim()) {
      if (LENGTH_HINT.test(value.text)) textOrHint(ctx, value, "schedule");
      else target.schedule.push({ content: ctx.text(value, `schedule.${target.schedule.length}.content`), start: null, end: null });
    }
    return true;
  },
  continued(view, state, ctx) {
    const target = targetOf(state);
    if (target.mode !== "schedule") return false;
    const { content, start, end } = target.columns.schedule;
    const cells = [content, start, end].map((col) => view.at(col));
    // A row of the sub-table has a cell of its own under each heading; anything else ends it.
    if (cells.some((c, i) => c !== null && cells.indexOf(c) !== i)) {
      target.mode = null;
      return false;
    }
    if (cells.every((c) => !c || !c.text.trim())) {
      cells.forEach((c) => c && ctx.label(c));
      return true;
    }
    const i = target.schedule.length;
    target.schedule.push({
      content: ctx.text(view.fresh(content), `schedule.${i}.content`),
      start: ctx.text(view.fresh(start), `schedule.${i}.start`),
      end: ctx.text(view.fresh(end), `schedule.${i}.end`),
    });
    return true;
  },
};

export const targetGoalsSection: SectionReader = {
  name: "goal",
  labelled(view, state, ctx) {
    const target = targetOf(state);
    if (target.mode === "indicators") return false;
    const found = TARGET_GOAL_LABELS.map((l) => ({ l, d: findTarget(view.distinct, l, ctx.used) })).filter((x) => x.d !== undefined);
    if (found.length === 0) return false;
    const block = findTarget(view.distinct, TARGET_GOALS_LABEL);
    if (block) ctx.label(block.cell);
    state.found.add("goal");
    found.forEach(({ d }) => ctx.label(d!.cell));
    if (found.length === 2) {
      // 长期目标 | 年度目标 as column heads: the texts are on the rows below.
      target.columns.goals = { longTerm: found[0].d!.col, annual: found[1].d!.col };
      target.mode = "goals";
      return true;
    }
    target.mode = null;
    const { l, d } = found[0];
    const value = rightOf(view.distinct, d!);
    if (value && !ctx.used.has(value)) target.goals[l.key] = joinText(target.goals[l.key], textOrHint(ctx, value, `goals.${l.key}`));
    return true;
  },
  continued(view, state, ctx) {
    const target = targetOf(state);
    if (target.mode !== "goals") return false;
    const { longTerm, annual } = target.columns.goals;
    const a = view.fresh(longTerm);
    const b = view.fresh(annual);
    if (a && a === b) {
      target.mode = null;
      return false;
    }
    if (a) target.goals.longTerm = joinText(target.goals.longTerm, textOrHint(ctx, a, "goals.longTerm"));
    if (b) target.goals.annual = joinText(target.goals.annual, textOrHint(ctx, b, "goals.annual"));
    return a !== null || b !== null;
  },
};
