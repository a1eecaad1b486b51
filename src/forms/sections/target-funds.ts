/**
 * The funds of a target form, under a label such as 年度资金总额及构成, 资金情况（万元）, 项目资金申请
 * （万元）: either prose in one cell ("总额260万元；财政拨款：200万元（其中：上级财政资金：150万元…）"),
 * kept whole in `funds.text` with the amounts it names read out, or label / amount cells on the rows
 * the label spans. 总额 / 财政拨款 / 其他 go to total / appropriation / other, every other name to
 * `funds.more`, in order. Amounts are read as printed decimals (readNumber); a placeholder ("**万元")
 * is no amount.
 */
import type { GridCell } from "../../grid/types";
import { normalizeLabel, TARGET_FUNDS_AMOUNTS, TARGET_FUNDS_LABEL } from "../../model/labels";
import { compact, readNumber } from "../cells";
import { joinText, type ReadContext } from "./context";
import type { SectionReader } from "./state";
import { findTarget, targetOf, type TargetParts } from "./target-state";

/** "上级财政资金：150万元": a name (no punctuation), an optional colon, a decimal, its unit. */
const PROSE_AMOUNT = /([^\s:：;；,，。、()（）\d]+)\s*[:：]?\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)?/gu;

/** The label of an amount as kept: whitespace, 其中 and a trailing colon removed. */
function amountLabel(text: string): string {
  return compact(text).replace(/^其中[:：]?/, "").replace(/[:：]$/, "").replace(/[(（](?:万元|元)[)）]$/, "");
}

/** Where a named amount goes: total / appropriation / other when it is one of them and not read yet, else `more`. */
function knownKey(funds: TargetParts["funds"], label: string): "total" | "appropriation" | "other" | null {
  const known = TARGET_FUNDS_AMOUNTS.find((l) => l.synonyms.includes(normalizeLabel(label)));
  return known && funds[known.key] === null ? known.key : null;
}

/** The amounts a prose cell names; the unit written after them when they all share one. */
function readProse(cell: GridCell, funds: TargetParts["funds"], ctx: ReadContext): string | null {
  ctx.take(cell, "funds.text");
  funds.text = joinText(funds.text, cell.text.trim());
  const units = new Set<string | undefined>();
  for (const m of cell.text.matchAll(PROSE_AMOUNT)) {
    const { value, ok } = readNumber(m[2]);
    if (!ok || value === null) continue;
    const label = amountLabel(m[1]);
    const key = knownKey(funds, label);
    if (key) funds[key] = value;
    else funds.more.push({ label, amount: value });
    ctx.cells[key ? `funds.${key}` : `funds.more.${funds.more.length - 1}.amount`] = ctx.ref(cell);
    units.add(m[3]);
  }
  return units.size === 1 ? [...units][0] ?? null : null;
}

/** The cells right of the funds label on one of its rows: label / amount pairs, or prose. */
function readFundsCells(cells: GridCell[], target: TargetParts, ctx: ReadContext): void {
  const funds = target.funds;
  cells.filter((c) => c.text.trim() === "").forEach(ctx.label);
  const filled = cells.filter((c) => c.text.trim() !== "");
  const isAmount = (c: GridCell | undefined) => c !== undefined && readNumber(c.text).ok;
  for (let k = 0; k < filled.length; k++) {
    const cell = filled[k];
    if (isAmount(cell)) continue; // an amount with no label before it stays unread (extras)
    if (!isAmount(filled[k + 1])) {
      // Prose ("总额260万元；…", or "资金总额：1200" in one cell): kept whole, its amounts read out.
      const unit = readProse(cell, funds, ctx);
      if (funds.unit === null && unit) funds.unit = unit;
      continue;
    }
    const label = amountLabel(cell.text);
    const key = knownKey(funds, label);
    ctx.label(cell);
    if (key) funds[key] = ctx.num(filled[k + 1], `funds.${key}`);
    else {
      const i = funds.more.length;
      funds.more.push({ label, amount: null });
      funds.more[i].amount = ctx.num(filled[k + 1], `funds.more.${i}.amount`);
    }
    k++;
  }
}

export const targetFundsSection: SectionReader = {
  name: "funds",
  labelled(view, state, ctx) {
    const target = targetOf(state);
    if (target.mode === "indicators") return false;
    const block = findTarget(view.distinct, TARGET_FUNDS_LABEL);
    if (!block) return false;
    if (!ctx.used.has(block.cell)) {
      ctx.label(block.cell);
      const unit = /\(([^()]*)\)/.exec(normalizeLabel(block.cell.text))?.[1];
      if (unit) {
        target.funds.unit = unit;
        ctx.cells["funds.unit"] = ctx.ref(block.cell);
      }
    }
    state.found.add("funds");
    target.mode = null;
    readFundsCells(view.distinct.filter((d) => d.col > block.col && !ctx.used.has(d.cell)).map((d) => d.cell), target, ctx);
    return true;
  },
};
