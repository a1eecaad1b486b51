/** 总分 (or 合计): the total row, its weight and score under the indicator columns or right of the label. */
import { TOTAL_LABEL } from "../../model/labels";
import type { SectionReader } from "./state";

export const totalSection: SectionReader = {
  name: "total",
  labelled(view, state, ctx) {
    const totalLabel = view.find(TOTAL_LABEL);
    if (!totalLabel) return false;
    state.found.add("total");
    ctx.label(totalLabel.cell);
    const right = view.distinct.filter((d) => d.col > totalLabel.col);
    const columns = state.columns.indicators;
    const byColumn = columns && (view.fresh(columns.weight) || view.fresh(columns.score));
    const weightCell = byColumn ? view.fresh(columns!.weight) : right[0]?.cell;
    const scoreCell = byColumn ? view.fresh(columns!.score) : right[1]?.cell;
    state.body.total.weight = ctx.num(weightCell, "total.weight");
    state.body.total.score = ctx.num(scoreCell, "total.score");
    for (const d of right) if (!ctx.used.has(d.cell) && !d.cell.text.trim()) ctx.label(d.cell);
    state.columns.indicators = null;
    return true;
  },
};
