/**
 * What the target-form readers (target-*.ts) fill while a 绩效目标表's rows go by, kept beside the
 * shared FormState (one per form, made on first use) so the self-evaluation kinds' state stays as
 * it is; and the helpers they share: label matching that ignores printed length hints, and value
 * cells that hold only such a hint.
 */
import type { GridCell } from "../../grid/types";
import { LENGTH_HINT, withoutLabelSuffix, withoutLengthHints, type Label, type TargetIndicatorKey, type TargetProjectKey, type TargetSetKey } from "../../model/labels";
import type { CellRef } from "../../model/message";
import type { ProjectTargetRecord } from "../../model/record";
import { compact } from "../cells";
import { isLabel, labelText, type RowCell } from "../rows";
import type { ColumnMap, ReadContext } from "./context";
import type { FormState } from "./state";

export interface TargetParts {
  project: Partial<Record<TargetProjectKey, string | null>>;
  funds: ProjectTargetRecord["funds"];
  overview: string | null;
  basis: ProjectTargetRecord["basis"];
  schedule: ProjectTargetRecord["schedule"];
  goals: ProjectTargetRecord["goals"];
  indicatorSets: ProjectTargetRecord["indicatorSets"];
  review: ProjectTargetRecord["review"];
  fields: ProjectTargetRecord["fields"];
  /** 填报单位 read from a row of the table (the lines above the table are read by the kind). */
  fillingUnit: { text: string; cell: CellRef } | null;
  /** The sub-table whose rows come next, set by its heading row, ended by any other labelled row. */
  mode: "funds" | "schedule" | "goals" | "indicators" | null;
  columns: {
    /** The names printed over the funds amounts of the row below (资金总额 | 财政拨款 | 其他资金). */
    funds: GridCell[];
    schedule: ColumnMap<"content" | "start" | "end">;
    goals: ColumnMap<"longTerm" | "annual">;
    indicators: ColumnMap<TargetIndicatorKey>;
    /** Indicator columns not named by the kind (→ `more`), by grid column and printed label. */
    more: { col: number; label: string }[];
  };
  /** The set the indicator rows being read belong to; a set label on a row of its own names the next. */
  set: TargetSetKey;
  pendingSet: TargetSetKey | null;
  /** How many indicator headers were read: a form with one set has it in `annual`, whatever its label. */
  headers: number;
}

const parts = new WeakMap<FormState, TargetParts>();

export function targetOf(state: FormState): TargetParts {
  let p = parts.get(state);
  if (!p) {
    p = {
      project: {},
      funds: { unit: null, total: null, appropriation: null, other: null, more: [], text: null },
      overview: null,
      basis: { legal: null, feasibility: null, necessity: null },
      schedule: [],
      goals: { longTerm: null, annual: null },
      indicatorSets: { longTerm: [], annual: [] },
      review: [],
      fields: [],
      fillingUnit: null,
      mode: null,
      columns: { funds: [], schedule: {}, goals: {}, indicators: {}, more: [] },
      set: "annual",
      pendingSet: null,
      headers: 0,
    };
    parts.set(state, p);
  }
  return p;
}

/** An example in a label's brackets: 项目起止时间(如20190101). */
const EXAMPLE_HINTS = /\(如[^()]*\)/g;

/** A cell's label text as target forms are matched: normalized, without hints ((450字内), (如20190101)) and unit brackets. */
export function targetLabelText(cell: GridCell): string {
  return withoutLabelSuffix(withoutLengthHints(labelText(cell)).replace(EXAMPLE_HINTS, ""));
}

/** The label as printed (whitespace removed) minus its length hint and a trailing colon: for `fields` and `more` keys. */
export function printedLabel(text: string): string {
  return withoutLengthHints(compact(text)).replace(/[:：]$/, "");
}

function isTargetLabel(cell: GridCell, l: Label): boolean {
  return isLabel(cell, l) || l.synonyms.includes(targetLabelText(cell));
}

export function findTarget(distinct: RowCell[], l: Label, used?: ReadonlySet<GridCell>): RowCell | undefined {
  return distinct.find((d) => (!used || !used.has(d.cell)) && isTargetLabel(d.cell, l));
}

/** The cell right of a label cell in its row: where a label's value stands. */
export function rightOf(distinct: RowCell[], label: RowCell): GridCell | null {
  return distinct[distinct.indexOf(label) + 1]?.cell ?? null;
}

/** The grid column of each label found in a row, hints ignored; the cells found are marked as labels. */
export function targetColumns<K extends string>(distinct: RowCell[], labels: readonly Label<K>[], ctx: ReadContext): ColumnMap<K> {
  const map: ColumnMap<K> = {};
  for (const l of labels) {
    const d = findTarget(distinct, l, ctx.used);
    if (d && map[l.key] === undefined) {
      map[l.key] = d.col;
      ctx.label(d.cell);
    }
  }
  return map;
}

/**
 * A text field's cell: its text, or null when the cell holds the form's printed hint ("(450字内)"),
 * which then goes to extras with a HINT_TEXT info (as notes and funds do).
 */
export function textOrHint(ctx: ReadContext, cell: GridCell | null | undefined, path: string): string | null {
  if (!cell) return null;
  if (!LENGTH_HINT.test(cell.text)) return ctx.text(cell, path);
  ctx.take(cell, path);
  ctx.extras.push({ text: cell.text, note: `${path}: printed hint text`, cell: ctx.ref(cell) });
  ctx.info("HINT_TEXT", `${path} holds the form's printed hint, not a value; the field is null and the hint is kept in extras.`,
    `${path} 中是表格印好的填写提示而非内容：该字段为空，提示保留在 extras 中。`, cell, path);
  return null;
}

/** Label / value pairs among a row's unused cells (项目类型 | 专项业务费) → `fields`, in order. */
export function readFieldPairs(cells: GridCell[], target: TargetParts, ctx: ReadContext): void {
  for (let k = 0; k + 1 < cells.length; k += 2) {
    const label = printedLabel(cells[k].text);
    if (label === "") continue;
    ctx.label(cells[k]);
    target.fields.push({ label, value: textOrHint(ctx, cells[k + 1], `fields.${target.fields.length}.value`) });
  }
}
