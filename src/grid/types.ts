/**
 * The faithful table model. A table is rows × grid columns; every position holds the cell that
 * covers it (its origin, with spans) or null where no cell exists (w:gridBefore / w:gridAfter,
 * short rows). Nested tables hang off the cell that contains them.
 */
export interface GridCell {
  /** Origin position: 0-based row and grid column of the top-left corner. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Paragraphs and line breaks kept as "\n"; exactly the cell's text otherwise. */
  text: string;
  /** Tables nested inside this cell. */
  tables: Grid[];
  /** Text found in vertical-merge continuation cells (Word hides it); kept, never merged in. */
  hiddenText?: string[];
  /** Tables found in merge continuation cells (Word hides them); kept, never merged in. */
  hiddenTables?: Grid[];
}

export interface Grid {
  rowCount: number;
  colCount: number;
  /** Every origin cell, in reading order (row, then column). */
  cells: GridCell[];
  /** positions[r][c] → the origin cell covering (r, c), or null. */
  positions: (GridCell | null)[][];
}

export interface GridMessage {
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
  messageZh: string;
  /** The table `row` and `col` refer to (a nested one included), once it is built. */
  grid?: Grid;
  /** Path of table indexes from the top-level table down to nested ones. */
  table?: number[];
  row?: number;
  col?: number;
}

/** A body-level block in document order: the form locator walks these. */
export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "table"; index: number; grid: Grid };

export interface DocumentModel {
  blocks: Block[];
  messages: GridMessage[];
}
