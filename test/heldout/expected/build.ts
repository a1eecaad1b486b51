/**
 * Builders for the held-out expected records. Every argument is a literal copied by hand from
 * make_heldout.py (the printed cell), never from the reader's output. Value cells (target, actual,
 * rate) are given as their text; the test compares them with the cell's `text`.
 */
export type Kind = "project-self-evaluation" | "department-self-evaluation" | "transfer-self-evaluation" | "indicator-table";

type N = number | null;
type T = string | null;

export interface Expected {
  kind: Kind;
  [field: string]: unknown;
}

export const head = (attachment: T, title: T, level: T, year: N) => ({ attachment, title, level, year });

/** A funds row: 其中 rows have a rate of their own (null when the row prints none). */
export const sub = (initial: N, annual: N, executed: N, rate: T = null) => ({ initial, annual, executed, rate });
export const total = (initial: N, annual: N, executed: N, weight: N, rate: T, score: N) => ({ initial, annual, executed, weight, rate, score });
export const more = (label: string, initial: N, annual: N, executed: N, rate: T = null) => ({ label, initial, annual, executed, rate });
export const EMPTY_ROW = sub(null, null, null);

export function funds(parts: {
  unit: T; total: ReturnType<typeof total>; appropriation?: ReturnType<typeof sub>; carryover?: ReturnType<typeof sub>;
  other?: ReturnType<typeof sub>; more?: ReturnType<typeof more>[]; method?: T; reason?: T;
}) {
  return {
    unit: parts.unit, total: parts.total,
    appropriation: parts.appropriation ?? EMPTY_ROW, carryover: parts.carryover ?? EMPTY_ROW, other: parts.other ?? EMPTY_ROW,
    more: parts.more ?? [], method: parts.method ?? null, reason: parts.reason ?? null,
  };
}

export interface IndicatorExtra {
  level2Weight?: N; method?: T; more?: Record<string, string>;
  targetParts?: { comparator: T; value: T; unit: T } | null;
}

/** One indicator row: level1 and level2 as stored (whitespace removed, points moved to the weight). */
export function ind(
  level1: T, level1Weight: N, level2: T, name: T, target: T, actual: T, weight: N, score: N,
  deviation: T = null, extra: IndicatorExtra = {},
) {
  return {
    level1, level1Weight, level2, level2Weight: extra.level2Weight ?? null, name, target, actual, weight, score, deviation,
    method: extra.method ?? null, targetParts: extra.targetParts ?? null, more: extra.more ?? {},
  };
}

export const parts = (comparator: string, value: string, unit: string) => ({ targetParts: { comparator, value, unit } });

type Notes = Record<"conclusion" | "problems" | "improvements" | "remark" | "deviation", T>;
type Footer = Record<"unitLeader" | "filler" | "phone" | "date" | "projectLeader" | "financeLeader" | "reportNo", T>;
export const NO_NOTES: Notes = { conclusion: null, problems: null, improvements: null, remark: null, deviation: null };
export const notes = (n: Partial<Notes>): Notes => ({ ...NO_NOTES, ...n });
export const NO_FOOTER: Footer = { unitLeader: null, filler: null, phone: null, date: null, projectLeader: null, financeLeader: null, reportNo: null };
export const footer = (f: Partial<Footer>): Footer => ({ ...NO_FOOTER, ...f });

export const goal = (expected: T, actual: T, adjusted: T = null) => ({ expected, adjusted, actual });

/** A table-indicator row of an indicator-table record: values by column label, empty cells left out. */
export const row = (level1: T, level1Weight: N, level2: T, level2Weight: N, name: T, values: Record<string, string>) =>
  ({ level1, level1Weight, level2, level2Weight, name, values });
