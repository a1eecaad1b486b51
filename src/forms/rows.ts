import type { Grid, GridCell } from "../grid/types";
import { labelsSpelled, normalizeLabel, withoutLabelSuffix, type Label } from "../model/labels";

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

/** A cell's text as labels are compared, and the labels it spells. */
interface CellLabel {
  /** normalizeLabel of the text. */
  text: string;
  /** The same without printed hints in brackets ((A), (B/A), (万元), (10分)). */
  bare: string;
  /** Every label of the labels table that the text or the bare text spells. */
  labels: readonly Label[];
}

/**
 * Computed once per cell, as every row is matched against every section's labels, and kept on the
 * cell itself under a symbol (not in a WeakMap: looking a new cell up in one cost more than
 * normalizing its text). A symbol-keyed property is no content: JSON and Object.keys skip it.
 */
const NO_LABELS: readonly Label[] = [];
const LABEL = Symbol("jixiao.cellLabel");
type Labelled = GridCell & { [LABEL]?: CellLabel };

function cellLabel(cell: GridCell): CellLabel {
  let c = (cell as Labelled)[LABEL];
  if (c === undefined) {
    const text = normalizeLabel(cell.text);
    const bare = withoutLabelSuffix(text);
    const labels = text.length === 0 ? NO_LABELS : bare === text || bare.length === 0 ? labelsSpelled(text) : [...labelsSpelled(text), ...labelsSpelled(bare)];
    c = { text, bare, labels };
    (cell as Labelled)[LABEL] = c;
  }
  return c;
}

export function labelText(cell: GridCell): string {
  return cellLabel(cell).text;
}

/** Whether the cell's text, or its text without bracketed hints, is one of the label's spellings. */
export function isLabel(cell: GridCell, l: Label): boolean {
  const { labels } = cellLabel(cell);
  return labels.length !== 0 && labels.includes(l);
}

/** The labels of the labels table the cell spells (see isLabel). */
export function labelsOf(cell: GridCell): readonly Label[] {
  return cellLabel(cell).labels;
}
