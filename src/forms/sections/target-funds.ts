/**
 * The funds of a target form, under a label such as 年度资金总额及构成, 资金情况（万元）, 项目资金申请
 * （万元）: either prose in one cell ("总额260万元；财政拨款：200万元（其中：上级财政资金：150万元…）"),
 * kept whole in `funds.text` with the amounts it names read out, or label / amount cells on the rows
 * the label spans. 总额 / 财政拨款 / 其他 go to total / appropriation / other, every other name to
 * `funds.more`, in order. Amounts are read as printed decimals (readNumber); a placeholder ("**万元")
 * is no amount.
 */
import type { GridCell } from "../../grid/types";
import { normalizeLabel, TARGET_FUNDS_AMOUNTS, TARGET_FUNDS_LABEL, withoutLeadIn } from "../../model/labels";
import { div, mul, normalize, parseDecimal, toNumber } from "../../values/decimal";
import { MONEY_UNITS } from "../../values/units";
import { compact, readNumber } from "../cells";
import type { RowCell } from "../rows";
import { joinText, type ReadContext } from "./context";
import type { SectionReader } from "./state";
import { findTarget, targetOf, type TargetParts } from "./target-state";

/** "上级财政资金：150万元": a name (no punctuation), an optional colon, a decimal, its unit. */
const PROSE_AMOUNT = /([^\s:：;；,，。.．、()（）\d]+)\s*[:：]?\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|千元|元)?/gu;
/** A unit in brackets after a name ("财政拨款（万元）：200"): the unit of the amount that follows. */
const UNIT_IN_BRACKETS = /[(（](亿元|万元|千元|元)[)）]/gu;

/** The label of an amount as kept: whitespace, 其中 and a trailing colon removed. */
function amountLabel(text: string): string {
  return withoutLeadIn(compact(text)).replace(/[:：]$/, "").replace(/[(（](?:万元|元)[)）]$/, "");
}

/** Where a named amount goes: total / appropriation / other when it is one of them and not read yet, else `more`. */
function knownKey(funds: TargetParts["funds"], label: string): "total" | "appropriation" | "other" | null {
  const known = TARGET_FUNDS_AMOUNTS.find((l) => l.synonyms.includes(normalizeLabel(label)));
  return known && funds[known.key] === null ? known.key : null;
}

/**
 * The amounts a prose cell names, in one unit. An amount's unit is the one written after it, else
 * one in brackets in the cell ("财政拨款（万元）：200"), else the label's. When they differ ("总额1.2亿元；
 * 财政拨款：8000万元"), or differ from the label's, each is converted exactly (decimals, powers of ten)
 * to the label's unit, else to the smallest unit the cell names, and an info says so; an amount
 * without a unit among amounts with different units cannot be placed and is left null (a warning).
 * Returns the unit of the amounts read: the one they share, or the one they were converted to.
 */
function readProse(cell: GridCell, funds: TargetParts["funds"], ctx: ReadContext): string | null {
  ctx.take(cell, "funds.text");
  funds.text = joinText(funds.text, cell.text.trim());
  const bracketed = [...cell.text.matchAll(UNIT_IN_BRACKETS)].map((m) => m[1]);
  const text = cell.text.replace(UNIT_IN_BRACKETS, "");
  const labelUnit = funds.unit !== null && Object.hasOwn(MONEY_UNITS, funds.unit) ? funds.unit : null;
  const found: { label: string; end: number; value: number; unit: string | null; within: string | null }[] = [];
  for (const m of text.matchAll(PROSE_AMOUNT)) {
    const { value, ok } = readNumber(m[2]);
    if (!ok || value === null) continue;
    const label = amountLabel(m[1]);
    found.push({ label, end: m.index + m[0].length, value, unit: m[3] ?? bracketed[0] ?? labelUnit, within: partOf(text, m.index, found) });
  }
  const named = [...new Set(found.map((a) => a.unit))];
  const target = conversionTarget(named, labelUnit);
  const unplaced: string[] = [];
  for (const { label, value, unit, within } of found) {
    const amount = target === null || unit === target ? value : unit === null ? null : convertMoney(value, unit, target);
    if (amount === null) unplaced.push(label);
    const key = within === null ? knownKey(funds, label) : null;
    if (key) funds[key] = amount;
    else funds.more.push({ label, amount, within });
    ctx.cells[key ? `funds.${key}` : `funds.more.${funds.more.length - 1}.amount`] = ctx.ref(cell);
  }
  if (target === null) return named.length === 1 ? named[0] : null;
  const list = named.filter((u) => u !== null).join(" / ");
  ctx.info("FUNDS_UNITS_MIXED", `The funds text names amounts in ${list}: they are read in ${target}, converted exactly; the text is kept as printed.`,
    `资金情况中的金额单位不一（${list}），已按${target}精确换算读取，原文保留。`, cell, "funds.text");
  if (unplaced.length > 0) {
    ctx.warn("FUNDS_UNITS_MIXED", `${unplaced.join(", ")}: no unit is written with the amount among amounts in ${list}, so it is not read (null); the text is kept.`,
      `${unplaced.join("、")}：金额未写单位，而其他金额单位不一（${list}），无法确定单位，未读取（为空），原文保留。`, cell, "funds.text");
  }
  return target;
}

/**
 * The unit amounts are converted to: none when the units written are one (or none), and the
 * label's if it has one; else the label's unit, else the smallest unit named (converting to it
 * multiplies, never leaving long fractions).
 */
function conversionTarget(named: readonly (string | null)[], labelUnit: string | null): string | null {
  const units = named.filter((u): u is string => u !== null);
  if (units.length === 0 || (units.length === 1 && (labelUnit === null || units[0] === labelUnit))) return null;
  return labelUnit ?? units.reduce((a, b) => (MONEY_UNITS[b] < MONEY_UNITS[a] ? b : a));
}

/** `value` in unit `from` as an amount in unit `to`, exactly: both units are powers of ten of 元. */
function convertMoney(value: number, from: string, to: string): number {
  const d = parseDecimal(value)!;
  const scaled = mul(d, { coef: MONEY_UNITS[from], scale: 0 });
  const places = String(MONEY_UNITS[to]).length - 1;
  return toNumber(normalize(div(scaled, { coef: MONEY_UNITS[to], scale: 0 }, d.scale + places)!));
}

/**
 * The amount a prose amount at `at` is a part of: in "财政拨款：200万元（其中：上级财政资金：150万元；…）"
 * the amounts in the brackets opened with 其中 are parts of the amount before the bracket, which
 * they do not add to. Outside such brackets ("总额260万元，其中：财政拨款200万元") an amount is a
 * source of its own (null).
 */
function partOf(text: string, at: number, before: readonly { label: string; end: number }[]): string | null {
  let open = -1;
  for (let i = 0; i < at; i++) {
    if (text[i] === "（" || text[i] === "(") open = i;
    else if (text[i] === "）" || text[i] === ")") open = -1;
  }
  if (open < 0 || !/^\s*其中/u.test(text.slice(open + 1))) return null;
  const owner = [...before].reverse().find((a) => a.end <= open);
  return owner?.label ?? null;
}

const isAmount = (c: GridCell | undefined) => c !== undefined && readNumber(c.text).ok;

/** Puts the amount in `cell` under the name `label`, reading it as a number (NOT_A_NUMBER otherwise). */
function readAmount(funds: TargetParts["funds"], label: string, cell: GridCell, ctx: ReadContext): void {
  const key = knownKey(funds, label);
  if (key) funds[key] = ctx.num(cell, `funds.${key}`);
  else {
    const i = funds.more.length;
    funds.more.push({ label, amount: null, within: null });
    funds.more[i].amount = ctx.num(cell, `funds.more.${i}.amount`);
  }
}

/**
 * Names over their amounts (资金总额 | 其中：财政拨款 | 其他资金, the amounts on the row below): a row of
 * two or more short names without digits, one of them a known amount. Returns whether it was one.
 */
function readHeads(filled: GridCell[], target: TargetParts, ctx: ReadContext): boolean {
  if (filled.length < 2 || !filled.every((c) => !/\d/.test(c.text) && compact(c.text).length <= 20)) return false;
  if (!filled.some((c) => TARGET_FUNDS_AMOUNTS.some((l) => l.synonyms.includes(normalizeLabel(amountLabel(c.text)))))) return false;
  filled.forEach(ctx.label);
  target.columns.funds = filled;
  target.mode = "funds";
  return true;
}

/** A row of amounts under the names read by readHeads: each amount under the name whose columns cover it. */
function readUnderHeads(cells: RowCell[], target: TargetParts, ctx: ReadContext): boolean {
  const heads = target.columns.funds;
  const filled = cells.filter((d) => d.cell.text.trim() !== "");
  if (heads.length === 0 || filled.length === 0 || !filled.every((d) => isAmount(d.cell))) return false;
  const headOf = (col: number) => heads.find((h) => h.col <= col && col < h.col + h.colSpan);
  if (!filled.every((d) => headOf(d.col))) return false;
  cells.forEach((d) => ctx.label(d.cell));
  for (const d of filled) readAmount(target.funds, amountLabel(headOf(d.col)!.text), d.cell, ctx);
  target.columns.funds = [];
  target.mode = null;
  return true;
}

/**
 * The cells right of the funds label on one of its rows: label / amount pairs (an empty amount cell
 * gives a null amount: a blank form), names over the amounts of the next row, or prose.
 */
function readFundsCells(cells: RowCell[], target: TargetParts, ctx: ReadContext): void {
  const funds = target.funds;
  if (readUnderHeads(cells, target, ctx)) return;
  const all = cells.map((d) => d.cell);
  if (all.every((c) => c.text.trim() !== "") && readHeads(all, target, ctx)) return;
  for (let k = 0; k < all.length; k++) {
    const cell = all[k];
    if (cell.text.trim() === "") {
      ctx.label(cell);
      continue;
    }
    if (isAmount(cell)) continue; // an amount with no label before it stays unread (extras)
    if (!isAmount(all[k + 1])) {
      // Prose ("总额260万元；…", or "资金总额：1200" in one cell): kept whole, its amounts read out.
      const unit = readProse(cell, funds, ctx);
      if (funds.unit === null && unit) funds.unit = unit;
      continue;
    }
    ctx.label(cell);
    readAmount(funds, amountLabel(cell.text), all[k + 1], ctx);
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
    if (target.mode !== "funds") target.mode = null;
    readFundsCells(view.distinct.filter((d) => d.col > block.col && !ctx.used.has(d.cell)), target, ctx);
    return true;
  },
  // The amounts under their names when the funds label does not span their row.
  continued(view, state, ctx) {
    const target = targetOf(state);
    if (target.mode !== "funds") return false;
    if (readUnderHeads(view.distinct.filter((d) => !ctx.used.has(d.cell)), target, ctx)) return true;
    target.mode = null;
    return false;
  },
};
