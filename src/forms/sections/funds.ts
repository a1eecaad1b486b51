/**
 * The funds block (项目资金（万元）): a heading row of column labels (年初预算数 … 得分), then one
 * row per source, each named by its label (年度资金总额, 其中：当年财政拨款 …).
 */
import { FUNDS_COLUMNS, FUNDS_LABEL, FUNDS_LABEL_PATTERN, FUNDS_ROWS, INDICATOR_COLUMNS } from "../../model/labels";
import { readNumber } from "../cells";
import { labelText } from "../rows";
import { columnsOf, matchesAny } from "./context";
import type { SectionReader } from "./state";

export const fundsSection: SectionReader = {
  name: "funds",
  labelled(view, state, ctx) {
    const { distinct } = view;
    const heads = columnsOf(distinct, FUNDS_COLUMNS);
    if (Object.keys(heads.map).length >= 3 && !matchesAny(distinct, INDICATOR_COLUMNS.slice(0, 3))) {
      state.columns.funds = heads.map;
      state.found.add("funds");
      heads.cells.forEach(ctx.label);
      const blockLabel = view.find(FUNDS_LABEL) ?? distinct.find((d) => FUNDS_LABEL_PATTERN.test(labelText(d.cell)));
      if (blockLabel) {
        ctx.label(blockLabel.cell);
        state.body.funds.unit = FUNDS_LABEL_PATTERN.exec(labelText(blockLabel.cell))?.[1] || null;
        ctx.cells["funds.unit"] = ctx.ref(blockLabel.cell);
      }
      for (const d of distinct) if (!ctx.used.has(d.cell) && !d.cell.text.trim()) ctx.label(d.cell);
      return true;
    }

    const columns = state.columns.funds;
    const fundsRow = columns ? FUNDS_ROWS.find((l) => view.find(l)) : undefined;
    if (!columns || !fundsRow) return false;
    ctx.label(view.find(fundsRow)!.cell);
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
    } else {
      // A source row's weight / rate / score cells are printed empty (or ——); text there stays unread.
      for (const key of ["weight", "rate", "score"] as const) {
        const c = view.fresh(columns[key]);
        if (!c) continue;
        const { value, ok } = readNumber(c.text);
        if (ok && value === null) ctx.label(c);
      }
    }
    return true;
  },
};
