import type { GridCell } from "../grid/types";
import { EMPTY_MARKS } from "../model/labels";
import type { CellRef } from "../model/message";
import type { CellValue } from "../model/record";

const ALL_WHITESPACE = /[\s\u00a0\u3000\u2000-\u200b\ufeff]+/g;

/** Category labels (一级 / 二级) are compared and stored without any whitespace: "社会效\n益指标" → "社会效益指标". */
export function compact(text: string): string {
  return text.replace(ALL_WHITESPACE, "");
}

/** Free text: trimmed at both ends, null when nothing is left. */
export function textOrNull(text: string | undefined): string | null {
  const t = (text ?? "").trim();
  return t === "" ? null : t;
}

/** A value cell keeps its raw text; null when the cell holds only whitespace. */
export function cellValue(text: string | undefined): CellValue | null {
  const raw = text ?? "";
  const trimmed = raw.trim();
  return trimmed === "" ? null : { raw, text: trimmed };
}

const FULL_WIDTH_DIGIT = /[０-９．－＋，]/g;

function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * A number cell: empty or —— is null; a plain decimal (full-width digits, thousands separators
 * and a trailing 分 or 万元 tolerated) is its value; anything else is not a number and the
 * caller keeps the text in extras.
 */
export function readNumber(text: string | undefined): { value: number | null; ok: boolean } {
  const t = compact(text ?? "");
  if (t === "" || (EMPTY_MARKS as readonly string[]).includes(t)) return { value: null, ok: true };
  const n = halfWidth(t).replace(/(分|万元|元|万)$/, "");
  if (!PLAIN_NUMBER.test(n)) return { value: null, ok: false };
  const value = Number(n.replace(/,/g, ""));
  return Number.isFinite(value) ? { value: Object.is(value, -0) ? 0 : value, ok: true } : { value: null, ok: false };
}

export function refOf(table: number, cell: GridCell): CellRef {
  return { table, row: cell.row, col: cell.col, text: cell.text };
}
