/**
 * What every section reader shares while one form is read: the cells already used (as labels or
 * values), where each record path was read from, the extras, and the form's messages. A cell
 * nobody uses ends in extras (leftovers.ts), so a reader only has to take what it understands.
 */
import type { GridCell } from "../../grid/types";
import type { MessageCode } from "../../model/codes";
import type { Label } from "../../model/labels";
import type { CellRef, Message } from "../../model/message";
import type { CellValue, Extra } from "../../model/record";
import { cellValue, readNumber, refOf, textOrNull } from "../cells";
import { distinctCells, isLabel, labelsOf, type FormRow, type RowCell } from "../rows";

export interface ReadContext {
  formIndex: number;
  messages: Message[];
  used: Set<GridCell>;
  cells: Record<string, CellRef>;
  extras: Extra[];
  ref(cell: GridCell): CellRef;
  warn(code: MessageCode, message: string, messageZh: string, cell?: GridCell, path?: string): void;
  info(code: MessageCode, message: string, messageZh: string, cell?: GridCell, path?: string): void;
  /** Marks a cell as read for `path`; returns it (null for no cell). */
  take(cell: GridCell | null | undefined, path: string): GridCell | null;
  /** Marks a cell as a label (read, but no field of its own). */
  label(cell: GridCell): void;
  num(cell: GridCell | null | undefined, path: string): number | null;
  text(cell: GridCell | null | undefined, path: string): string | null;
  value(cell: GridCell | null | undefined, path: string): CellValue | null;
}

export function readContext(rows: readonly FormRow[], formIndex: number, messages: Message[]): ReadContext {
  const used = new Set<GridCell>();
  const cells: Record<string, CellRef> = {};
  const extras: Extra[] = [];
  const tableOf = new Map<GridCell, number>();
  for (const r of rows) for (const c of r.positions) if (c) tableOf.set(c, r.table);
  const ref = (cell: GridCell) => refOf(tableOf.get(cell) ?? -1, cell);
  const say = (severity: "warning" | "info") => (code: MessageCode, message: string, messageZh: string, cell?: GridCell, path?: string) => {
    messages.push({ code, severity, message, messageZh, form: formIndex, path, cell: cell ? ref(cell) : undefined });
  };
  const warn = say("warning");
  const take = (cell: GridCell | null | undefined, path: string): GridCell | null => {
    if (!cell) return null;
    used.add(cell);
    cells[path] = ref(cell);
    return cell;
  };
  return {
    formIndex, messages, used, cells, extras, ref, warn, info: say("info"), take,
    label: (cell) => void used.add(cell),
    num(cell, path) {
      const c = take(cell, path);
      if (!c) return null;
      const { value, ok } = readNumber(c.text);
      if (!ok) {
        warn("NOT_A_NUMBER", `"${c.text.trim()}" at ${path} is not a number; the field is null and the text is kept in extras.`,
          `${path} 处的「${c.text.trim()}」不是数字：该字段为空（null），原文保留在 extras 中。`, c, path);
        extras.push({ text: c.text, note: `${path}: not a number`, cell: ref(c) });
      }
      return value;
    },
    text: (cell, path) => textOrNull(take(cell, path)?.text),
    value: (cell, path) => cellValue(take(cell, path)?.text),
  };
}

/** One row as the section readers see it: its distinct cells, and its cells by grid column. */
export interface RowView {
  row: FormRow;
  distinct: RowCell[];
  find(l: Label): RowCell | undefined;
  at(col: number | undefined): GridCell | null;
  /** The cell at a column when no reader has used it yet. */
  fresh(col: number | undefined): GridCell | null;
}

export function rowView(row: FormRow, used: ReadonlySet<GridCell>): RowView {
  const distinct = distinctCells(row);
  const at = (col: number | undefined) => (col === undefined ? null : row.positions[col] ?? null);
  return {
    row,
    distinct,
    find: (l) => distinct.find((d) => isLabel(d.cell, l)),
    at,
    fresh(col) {
      const c = at(col);
      return c && !used.has(c) ? c : null;
    },
  };
}

export type ColumnMap<K extends string> = Partial<Record<K, number>>;

const NO_COLUMNS = Object.freeze({ map: Object.freeze({}), cells: Object.freeze([]) as readonly GridCell[] });

/** The grid column of each label found in a row (the first cell holding it), and those cells. */
export function columnsOf<K extends string>(distinct: RowCell[], labels: readonly Label<K>[]): { map: Readonly<ColumnMap<K>>; cells: readonly GridCell[] } {
  // Most rows hold no label at all (every indicator row): one shared, frozen answer for them.
  if (!distinct.some((d) => labelsOf(d.cell).length !== 0)) return NO_COLUMNS;
  const map: ColumnMap<K> = {};
  const cells: GridCell[] = [];
  for (const l of labels) {
    const d = distinct.find((x) => isLabel(x.cell, l));
    if (d && map[l.key] === undefined) {
      map[l.key] = d.col;
      cells.push(d.cell);
    }
  }
  return { map, cells };
}

export function matchesAny(distinct: RowCell[], labels: readonly Label[]): boolean {
  return labels.some((l) => distinct.some((d) => isLabel(d.cell, l)));
}

export function joinText(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a + "\n" + b;
}
