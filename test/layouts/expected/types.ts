/**
 * Shapes and small builders for the hand-written expectations in this folder. Each builder only fills
 * in the defaults written here (null, or an empty `more`); every value comes from the file using it.
 */
import { exactly, type Exactly } from "../compare";
import type { LayoutName } from "../literals";

export type Kind = "project-self-evaluation" | "department-self-evaluation" | "transfer-self-evaluation" | "project-target" | "indicator-table";

export interface LayoutExpectation {
  fixture: LayoutName;
  /** The records parseDocx returns for the fixture (python-docx file and LibreOffice twin), in order. */
  records: ({ kind: Kind } & Record<string, unknown>)[];
  /** Message codes that must be among parseDocx's messages for the fixture (others may be there too). */
  messages: string[];
  /**
   * The title-less variant (-notitle-python-docx.docx): one record whose kind is one of `kinds` (the
   * kind the rows decide, or indicator-table; never another kind), with these message codes.
   */
  titleless?: { kinds: Kind[]; messages: string[] };
}

/** A value cell (target, actual, rate): only its trimmed text is compared (raw and reading are not). */
export const cell = (text: string | null) => (text === null ? null : { text });

/** A funds row with only the three amounts (the form prints no weight / rate / score on it). */
export const amounts = (initial: number | null, annual: number | null, executed: number | null) => ({ initial, annual, executed });

export interface IndicatorInput {
  level1: string | null;
  level1Weight?: number | null;
  level2: string | null;
  level2Weight?: number | null;
  name: string | null;
  target: string | null;
  actual: string | null;
  weight: number | null;
  score: number | null;
  deviation?: string | null;
  method?: string | null;
  targetParts?: { comparator: string | null; value: string | null; unit: string | null } | null;
  more?: Record<string, string>;
}

/** A self-evaluation indicator; left-out optional fields are null, `more` is exactly {} unless given. */
export function indicator(i: IndicatorInput) {
  return {
    level1: i.level1,
    level1Weight: i.level1Weight ?? null,
    level2: i.level2,
    level2Weight: i.level2Weight ?? null,
    name: i.name,
    target: cell(i.target),
    actual: cell(i.actual),
    weight: i.weight,
    score: i.score,
    deviation: i.deviation ?? null,
    method: i.method ?? null,
    targetParts: i.targetParts ?? null,
    more: exactly(i.more ?? {}),
  };
}

/** An empty indicator row: only its 二级 label (kept so later indicators do not shift). */
export const onlyLevel2 = (level1: string | null, level1Weight: number | null, level2: string) =>
  indicator({ level1, level1Weight, level2, name: null, target: null, actual: null, weight: null, score: null });

/** Notes rows after the indicators; left-out ones are null. */
export const notes = (n: Partial<Record<"conclusion" | "problems" | "improvements" | "remark" | "deviation", string>> = {}) => ({
  conclusion: n.conclusion ?? null,
  problems: n.problems ?? null,
  improvements: n.improvements ?? null,
  remark: n.remark ?? null,
  deviation: n.deviation ?? null,
});

/** Footer; left-out fields are null. */
export const footer = (f: Partial<Record<"unitLeader" | "filler" | "phone" | "date" | "projectLeader" | "financeLeader" | "reportNo", string>> = {}) => ({
  unitLeader: f.unitLeader ?? null,
  filler: f.filler ?? null,
  phone: f.phone ?? null,
  date: f.date ?? null,
  projectLeader: f.projectLeader ?? null,
  financeLeader: f.financeLeader ?? null,
  reportNo: f.reportNo ?? null,
});

/** An indicator-table row: `values` exactly the listed non-empty columns (empty cells left out). */
export function row(level1: string | null, level1Weight: number | null, level2: string | null, level2Weight: number | null, name: string | null, values: Record<string, string>) {
  return { level1, level1Weight, level2, level2Weight, name, values: exactly(values) };
}

export type { Exactly };

export interface TargetIndicatorInput {
  level1: string | null;
  level2: string | null;
  name: string | null;
  target: string | null;
  weight?: number | null;
  method?: string | null;
  remark?: string | null;
  more?: Record<string, string>;
}

/** A target form's indicator; left-out fields are null, `more` is exactly {} unless given. */
export function targetIndicator(i: TargetIndicatorInput) {
  return {
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    target: cell(i.target),
    weight: i.weight ?? null,
    method: i.method ?? null,
    remark: i.remark ?? null,
    more: exactly(i.more ?? {}),
  };
}
