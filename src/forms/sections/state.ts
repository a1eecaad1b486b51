/**
 * The part of a record the section readers fill while a form's rows go by, and the contract of a
 * section reader. A kind (kinds/) lists which readers it uses, in order; the first to claim a row
 * by its labels reads it, and only then may a section read it as a row under its column labels.
 */
import type { GridCell } from "../../grid/types";
import type { FundsColumnKey, IndicatorColumnKey } from "../../model/labels";
import type { Indicator, IndicatorTableRecord, ProjectRecord } from "../../model/record";
import type { ColumnMap, ReadContext, RowView } from "./context";
import type { Footer, HeaderInfo } from "./header";

/** The sections a self-evaluation form's readers fill. */
export type SelfEvaluationBody = Pick<ProjectRecord, "funds" | "goal" | "indicators" | "total" | "notes">;

export type SectionName = "header" | "unit" | "funds" | "goal" | "indicators" | "total" | "notes" | "footer";

export interface FormState {
  /** The kind's unit fields (project / department / fund), by key. */
  unit: Record<string, string | null>;
  /** The label and value cells of a unit field read under a fallback label (主管部门 for the department), by key. */
  unitFallbacks: Record<string, GridCell[]>;
  /** The label each unit field was read under, as printed (主管部门及代码 says a code stands before the name). */
  unitLabels: Record<string, string>;
  body: SelfEvaluationBody;
  /** Title lines found inside the table's first rows. */
  header: HeaderInfo;
  /** A signature line found as a row of the table. */
  footer: Footer | null;
  /** 项目负责人 / 财务负责人 found in a row of the table. */
  leaders: Partial<Record<"projectLeader" | "financeLeader", string | null>>;
  /** The sections whose labels were found. */
  found: Set<SectionName>;
  /** The column labels of the section being read, set by its heading row. */
  columns: {
    funds: ColumnMap<FundsColumnKey> | null;
    fundsText: ColumnMap<"method" | "reason"> | null;
    goal: ColumnMap<"expected" | "adjusted" | "actual"> | null;
    indicators: ColumnMap<IndicatorColumnKey> | null;
    indicatorText: ColumnMap<"method" | "comparator" | "unit"> | null;
    /** Indicator columns the kind does not name, by grid column and printed label (→ `more`). */
    indicatorMore: { col: number; label: string }[] | null;
  };
  /** 自评得分 / 自评总分 printed among the unit rows, and its cell. */
  headerScore: { value: number; cell: GridCell } | null;
  /** The points printed in the funds block's label (预算执行情况（10分）), for a form with no weight column. */
  fundsLabelWeight: { weight: number; cell: GridCell } | null;
  /** For an indicator table split across pages: the last indicator read and the table it came from. */
  previous: { indicator: Indicator; table: number } | null;
  continued: Set<GridCell>;
  /** What the indicator-table readers fill (tables of a kind not modelled). */
  table: Pick<IndicatorTableRecord, "fields" | "columns" | "indicators" | "total"> & {
    /** Grid column of each header label; the level / name columns by role. */
    at: { col: number; label: string }[] | null;
    roles: { level1?: number; level2?: number; name?: number };
    /** Column labels printed over rows of values outside the indicators, by grid column (see table.ts). */
    above: { col: number; label: string; cell: GridCell }[] | null;
  };
}

export interface SectionReader {
  name: SectionName;
  /** A row this section recognizes by its labels (a heading, a labelled row). True when read. */
  labelled?(row: RowView, state: FormState, ctx: ReadContext): boolean;
  /** A row under the section's column labels, when no section claimed it by label. True when read. */
  continued?(row: RowView, state: FormState, ctx: ReadContext): boolean;
}
