/**
 * Reading one value cell of an indicator (年度指标值 / 实际完成值) or a rate (执行率)
 * into a typed value, without ever losing what was written.
 *
 * Order matters: dates first (2020.12.31 would otherwise read as the number
 * 2020.12), then quantities, then the known qualitative phrases; anything else is
 * text. Nothing here throws: a cell that cannot be read is a text reading, and the
 * checks decide whether that is a problem.
 */
import type { Comparator } from "./comparators";
import { readDate } from "./dates";
import { readQualitative, type Grade } from "./qualitative";
import { readQuantity } from "./quantity";
import { foldWidth, trimSpace } from "./text";

export type { Comparator } from "./comparators";
export type { Grade } from "./qualitative";

/** A quantity: 90%以上 → { comparator: ">=", value: "90", percent: true }. */
export interface NumberReading {
  readonly kind: "number";
  readonly raw: string;
  readonly comparator: Comparator | null;
  /** Exact decimal text without separators or sign "+": "13969.56", "1234.5", "92.60". */
  readonly value: string;
  readonly percent: boolean;
  /** As written in the cell ("万元", "标箱", "人（间）次"); null for a bare number or a percent. */
  readonly unit: string | null;
  /** 约 / 余 / 多 / 左右 / 上下: the filler did not claim an exact count. */
  readonly approx: boolean;
  /** The "per" of a rate unit: 年 in 超13万元/年. Absent when there is none. */
  readonly per?: string;
}

/** A closed band: 14-24℃, 45%-60%, 5~10天, 5至10天. */
export interface RangeReading {
  readonly kind: "range";
  readonly raw: string;
  readonly min: string;
  readonly max: string;
  readonly percent: boolean;
  readonly unit: string | null;
  readonly approx: boolean;
}

/** A deadline or date: 2020年12月31日之前 → { comparator: "<=", date: "2020-12-31" }. */
export interface DateReading {
  readonly kind: "date";
  readonly raw: string;
  readonly comparator: "<=" | ">=" | "=" | null;
  /** ISO calendar date, YYYY-MM-DD. */
  readonly date: string;
  /** The cell gave no year (12月底之前, 年底前); it came from the form's 年度. */
  readonly yearAssumed: boolean;
}

/** One of the known verdict phrases (达标, 完成, 是 …) or grades (好 / 较好 / 一般 / 差). */
export interface QualitativeReading {
  readonly kind: "qualitative";
  readonly raw: string;
  /** The phrase with width folded, spaces and final punctuation removed. */
  readonly value: string;
  readonly grade?: Grade;
}

/** Anything else, e.g. a target written as a sentence (政府网站群信息及时公开). */
export interface TextReading {
  readonly kind: "text";
  readonly raw: string;
  /** The text trimmed of surrounding whitespace, otherwise as written. */
  readonly value: string;
}

/** Nothing but whitespace. */
export interface EmptyReading {
  readonly kind: "empty";
  readonly raw: string;
}

export type Reading =
  | NumberReading
  | RangeReading
  | DateReading
  | QualitativeReading
  | TextReading
  | EmptyReading;

export interface ReadContext {
  /** The form's 年度, for dates written without a year (12月底之前, 年底前). */
  readonly year?: number | null;
}

/**
 * Read a value cell. Never throws; `raw` is always the input exactly.
 * A non-string from untyped JSON (a cell transcribed as the number 4) is read
 * through String().
 */
export function readValue(text: string, ctx: ReadContext = {}): Reading {
  const raw = typeof text === "string" ? text : String(text ?? "");
  const trimmed = trimSpace(raw);
  if (trimmed === "") return { kind: "empty", raw };
  const folded = foldWidth(trimmed);

  const date = readDate(folded, ctx.year ?? null);
  if (date) return { kind: "date", raw, ...date };

  const quantity = readQuantity(folded, trimmed, raw);
  if (quantity) return quantity;

  const qualitative = readQualitative(folded);
  if (qualitative) return { kind: "qualitative", raw, ...qualitative };

  return { kind: "text", raw, value: trimmed };
}
