import type { Grid, GridCell } from "../grid/types";
import { normalizeLabel, withoutLabelSuffix, type Label } from "../model/labels";

/** One row of a form's table, with the top-level table it belongs to (a form may span two tables). */
export interface FormRow {
  table: number;
  row: number;
  positions: (GridCell | null)[];
}

/** A distinct cell of a row: cells spanning several columns appear once, at their first column here. */
export interface RowCell {
  cell: GridCell;
  col: number;
}

export function rowsOf(table: number, grid: Grid): FormRow[] {
  return grid.positions.map((positions, row) => ({ table, row, positions }));
}

export function distinctCells(row: FormRow): RowCell[] {
  const out: RowCell[] = [];
  let last: GridCell | null = null;
  row.positions.forEach((cell, col) => {
    if (cell && cell !== last) out.push({ cell, col });
    last = cell;
  });
  return out;
}

/** A cell's text as labels are compared, computed once per cell: every row is matched against every label. */
const normalized = new WeakMap<GridCell, string>();

export function labelText(cell: GridCell): string {
  let n = normalized.get(cell);
  if (n === undefined) {
    n = normalizeLabel(cell.text);
    normalized.set(cell, n);
  }
  return n;
}

/** The cell's label text without printed hints in brackets ((A), (B/A), (万元), (10分)). */
const bare = new WeakMap<GridCell, string>();

export function bareLabelText(cell: GridCell): string {
  let n = bare.get(cell);
  if (n === undefined) {
    n = withoutLabelSuffix(labelText(cell));
    bare.set(cell, n);
  }
  return n;
}

export function isLabel(cell: GridCell, l: Label): boolean {
  const n = labelText(cell);
  if (n.length === 0) return false;
  if (l.synonyms.includes(n)) return true;
  const b = bareLabelText(cell);
  return b !== n && b.length > 0 && l.synonyms.includes(b);
}
