/**
 * Dates and deadlines in 时效指标 cells: 2020年12月31日之前, 2021年6月30日前,
 * 12月底之前完成, 年底前, 2020年底, 2020.12.31, 截至2020年12月31日, ≤2020-12-31.
 *
 * A date written without a year takes the form's 年度 (ctx.year) and says so
 * (yearAssumed); with no year to take, it is not read as a date at all.
 * Months without a day ("6月前") are left as text: 6月前 may mean "before June
 * starts" or "by the end of June", and guessing would move a deadline by a month.
 */
import type { DateReading } from "./reading";
import { stripFinalPunctuation } from "./text";

type DateParts = Omit<DateReading, "kind" | "raw">;
type DateComparator = DateReading["comparator"];

/** Words after a deadline that say nothing about the date: 12月底之前完成. */
const COMPLETION = /(?:按时|按期|如期|全部)?完成(?:任务)?$/;
/**
 * Before a date: symbols, and words about time. Quantity words (达到, 超过) are not
 * accepted here: "达到2020年底" is not a sensible deadline and stays text.
 * 截至 / 截止 mean "up to and including". Longest first.
 */
const DATE_PREFIXES: ReadonlyArray<readonly [string, "<=" | ">=" | "="]> = [
  ["截至到", "<="], ["截止到", "<="], ["截至", "<="], ["截止", "<="], ["不晚于", "<="], ["不迟于", "<="],
  ["不早于", ">="], ["<=", "<="], [">=", ">="], ["≤", "<="], ["≦", "<="], ["⩽", "<="],
  ["≥", ">="], ["≧", ">="], ["⩾", ">="], ["=", "="], ["到", "<="],
];
/** A leading 在 / 于 ("在2020年底前") adds nothing. */
const AT = /^[在于]/;

const SUFFIXES: ReadonlyArray<readonly [RegExp, "<=" | ">="]> = [
  [/(?:之前|以前|前)$/, "<="],
  [/(?:之内|以内|内)$/, "<="],
  [/(?:之后|以后|后)$/, ">="],
];

interface Core {
  year: number | null;
  month: number;
  /** null: the last day of the month. */
  day: number | null;
}

const CORES: ReadonlyArray<(text: string) => Core | null> = [
  (t) => ymd(/^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/.exec(t)),
  (t) => ymd(/^(\d{4})([.\-/])(\d{1,2})\2(\d{1,2})$/.exec(t), true),
  (t) => monthEnd(/^(\d{4})年(\d{1,2})月(?:底|末)$/.exec(t)),
  (t) => yearEnd(/^(\d{4})年(?:年底|年末|底|末)$/.exec(t)),
  (t) => ymd(/^()(\d{1,2})月(\d{1,2})[日号]$/.exec(t)),
  (t) => monthEnd(/^()(\d{1,2})月(?:底|末)$/.exec(t)),
  (t) => yearEnd(/^(?:本|当|今)?()年(?:度末|底|末)$/.exec(t)),
];

function yearOf(text: string | undefined): number | null {
  return text ? Number(text) : null;
}

function ymd(m: RegExpExecArray | null, separated = false): Core | null {
  if (!m) return null;
  const [year, month, day] = separated ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
  return { year: yearOf(year), month: Number(month), day: Number(day) };
}

function monthEnd(m: RegExpExecArray | null): Core | null {
  return m && { year: yearOf(m[1]), month: Number(m[2]), day: null };
}

function yearEnd(m: RegExpExecArray | null): Core | null {
  return m && { year: yearOf(m[1]), month: 12, day: null };
}

function readCore(text: string): Core | null {
  for (const read of CORES) {
    const core = read(text);
    if (core) return core;
  }
  return null;
}

/** 2020年内 / 年度内: within the year, i.e. by its last day. Only with 内. */
const WITHIN_YEAR = /^(?:本|当|今)?(\d{4})?年度?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function usableYear(year: number | null): number | null {
  return year !== null && Number.isInteger(year) && year >= 1000 && year <= 9999 ? year : null;
}

/** Read width-folded, trimmed text as a date, or null if it is not one. */
export function readDate(folded: string, contextYear: number | null): DateParts | null {
  let text = stripFinalPunctuation(folded.replace(/\s+/g, "")).replace(COMPLETION, "");
  let prefix: DateComparator = null;
  const written = DATE_PREFIXES.find(([word]) => text.startsWith(word));
  if (written) {
    prefix = written[1];
    text = text.slice(written[0].length);
  }
  text = text.replace(AT, "");

  let suffix: DateComparator = null;
  let withinYear = false;
  for (const [pattern, comparator] of SUFFIXES) {
    const m = pattern.exec(text);
    if (!m) continue;
    suffix = comparator;
    withinYear = m[0].endsWith("内");
    text = text.slice(0, m.index);
    break;
  }
  if (prefix !== null && suffix !== null && prefix !== suffix) return null;
  const comparator = prefix ?? suffix;

  const within = withinYear ? WITHIN_YEAR.exec(text) : null;
  const core = within ? { year: yearOf(within[1]), month: 12, day: null } : readCore(text);
  if (!core) return null;

  const year = usableYear(core.year ?? contextYear);
  if (year === null || core.month < 1 || core.month > 12) return null;
  const lastDay = daysInMonth(year, core.month);
  const day = core.day ?? lastDay;
  if (day < 1 || day > lastDay) return null;
  return { comparator, date: iso(year, core.month, day), yearAssumed: core.year === null };
}
