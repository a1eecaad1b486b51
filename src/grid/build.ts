import { JixiaoError } from "../errors";
import type { Grid, GridCell, GridMessage } from "./types";

/** A w:tc as read from the XML, before merges are resolved. */
export interface OoxmlCellSpec {
  gridSpan: number;
  /** w:vMerge: "restart" starts a vertical merge, "continue" extends the one above. */
  vMerge: "restart" | "continue" | null;
  /** Legacy w:hMerge, same meaning horizontally. */
  hMerge: "restart" | "continue" | null;
  text: string;
  tables: Grid[];
}

export interface OoxmlRowSpec {
  gridBefore: number;
  gridAfter: number;
  cells: OoxmlCellSpec[];
}

/** An HTML <td>: spans are explicit, positions come from the HTML table algorithm. */
export interface HtmlCellSpec {
  rowSpan: number;
  colSpan: number;
  text: string;
  tables: Grid[];
}

/**
 * The grid positions the document may still use (limits.maxGridCells). Every row of a grid is
 * padded to the widest row, so width is checked against the row count before each placement
 * that widens the grid, before anything is allocated.
 */
export class GridBudget {
  private left: number;

  constructor(private readonly limit: number) {
    this.left = limit;
  }

  reserve(rows: number, cols: number): void {
    if (rows * cols > this.left) {
      throw new JixiaoError("LIMIT_EXCEEDED", `The document's tables need more than ${this.limit} grid positions (rows × columns, limits.maxGridCells), here a table of ${rows} rows by ${cols} columns. A real form has a few hundred; raise the limit if the file is trusted.`);
    }
  }

  spend(grid: Grid): void {
    this.left -= grid.rowCount * grid.colCount;
  }
}

function newCell(row: number, col: number, colSpan: number, text: string, tables: Grid[]): GridCell {
  return { row, col, rowSpan: 1, colSpan, text, tables };
}

function place(positions: (GridCell | null)[][], cell: GridCell, row: number, col: number, span: number): void {
  const line = (positions[row] ??= []);
  for (let c = col; c < col + span; c++) line[c] = cell;
}

function finish(positions: (GridCell | null)[][], cells: GridCell[], minCols: number): Grid {
  let colCount = minCols;
  for (const line of positions) colCount = Math.max(colCount, line.length);
  for (const line of positions) {
    for (let c = 0; c < colCount; c++) if (line[c] === undefined) line[c] = null;
  }
  return { rowCount: positions.length, colCount, cells, positions };
}

function hide(cell: GridCell, text: string): void {
  (cell.hiddenText ??= []).push(text);
}

/**
 * Resolves Word's merge markup into a grid. Word merges vertically only when the continuation
 * cell starts at the same grid column with the same span as the cell above; anything else is
 * shown by Word as a separate cell, so we do the same and say so.
 */
export function gridFromOoxmlRows(rows: OoxmlRowSpec[], gridCols: number, table: number[], messages: GridMessage[], budget: GridBudget): Grid {
  const positions: (GridCell | null)[][] = [];
  const cells: GridCell[] = [];
  let width = gridCols;
  budget.reserve(rows.length, width);
  rows.forEach((spec, r) => {
    positions[r] = [];
    let col = Math.max(0, spec.gridBefore);
    let previous: GridCell | null = null;
    for (const tc of spec.cells) {
      const span = Math.max(1, tc.gridSpan);
      if (col + span > width) budget.reserve(rows.length, (width = col + span));
      if (tc.hMerge === "continue" && previous && previous.row === r && previous.col + previous.colSpan === col) {
        previous.colSpan += span;
        place(positions, previous, r, col, span);
        keepHidden(previous, tc, "horizontal", table, r, col, messages);
        col += span;
        continue;
      }
      if (tc.vMerge === "continue") {
        const above: GridCell | null = r > 0 ? positions[r - 1][col] : null;
        if (above && above.col === col && above.colSpan === span && above.row + above.rowSpan === r) {
          above.rowSpan++;
          place(positions, above, r, col, span);
          keepHidden(above, tc, "vertical", table, r, col, messages);
          previous = above;
          col += span;
          continue;
        }
        messages.push({
          code: "MERGE_WITHOUT_ORIGIN", severity: "warning", table, row: r, col,
          message: `A vertically merged cell at row ${r + 1}, column ${col + 1} has no matching cell above; it is kept as a cell of its own.`,
          messageZh: `第${r + 1}行第${col + 1}列的纵向合并单元格上方没有对应的起始单元格，按独立单元格保留。`,
        });
      } else if (tc.hMerge === "continue") {
        messages.push({
          code: "MERGE_WITHOUT_ORIGIN", severity: "warning", table, row: r, col,
          message: `A horizontally merged cell at row ${r + 1}, column ${col + 1} has no cell to its left to merge with; it is kept as a cell of its own.`,
          messageZh: `第${r + 1}行第${col + 1}列的横向合并单元格左侧没有可合并的单元格，按独立单元格保留。`,
        });
      }
      const cell = newCell(r, col, span, tc.text, tc.tables);
      cells.push(cell);
      place(positions, cell, r, col, span);
      previous = cell;
      col += span;
    }
  });
  const grid = finish(positions, cells, gridCols);
  budget.spend(grid);
  return grid;
}

/** What a merge continuation holds (Word hides it) is kept on the merged cell, with a message. */
function keepHidden(cell: GridCell, tc: OoxmlCellSpec, direction: "horizontal" | "vertical", table: number[], row: number, col: number, messages: GridMessage[]): void {
  if (tc.text.trim()) hideWithMessage(cell, tc.text, direction, table, row, col, messages);
  if (tc.tables.length === 0) return;
  (cell.hiddenTables ??= []).push(...tc.tables);
  messages.push({
    code: "TABLE_IN_MERGED_CELL", severity: "warning", table, row, col,
    message: `A table sits in a ${direction} merge continuation at row ${row + 1}, column ${col + 1}; Word hides it. It is kept in the cell's hiddenTables.`,
    messageZh: `第${row + 1}行第${col + 1}列的${direction === "vertical" ? "纵向" : "横向"}合并单元格中有一个表格，Word 不显示它；已保留在该单元格的 hiddenTables 中。`,
  });
}

function hideWithMessage(cell: GridCell, text: string, direction: string, table: number[], row: number, col: number, messages: GridMessage[]): void {
  hide(cell, text);
  messages.push({
    code: "TEXT_IN_MERGED_CELL", severity: "warning", table, row, col,
    message: `Text "${text.trim().slice(0, 40)}" sits in a ${direction} merge continuation at row ${row + 1}, column ${col + 1}; Word hides it. It is kept in the cell's hiddenText, not in its text.`,
    messageZh: `第${row + 1}行第${col + 1}列的${direction === "vertical" ? "纵向" : "横向"}合并单元格中有文字「${text.trim().slice(0, 40)}」，Word 不显示它；已保留在该单元格的 hiddenText 中，不计入其文本。`,
  });
}

/** The HTML table algorithm: each cell takes the first free position left to right. */
export function gridFromHtmlRows(rows: HtmlCellSpec[][], budget: GridBudget): Grid {
  const positions: (GridCell | null)[][] = rows.map(() => []);
  const cells: GridCell[] = [];
  let width = 0;
  rows.forEach((tds, r) => {
    let col = 0;
    for (const td of tds) {
      while (positions[r][col]) col++;
      const cell = newCell(r, col, Math.max(1, td.colSpan), td.text, td.tables);
      if (col + cell.colSpan > width) budget.reserve(rows.length, (width = col + cell.colSpan));
      cell.rowSpan = Math.max(1, Math.min(td.rowSpan, rows.length - r));
      cells.push(cell);
      for (let dr = 0; dr < cell.rowSpan; dr++) place(positions, cell, r + dr, col, cell.colSpan);
      col += cell.colSpan;
    }
  });
  const grid = finish(positions, cells, 0);
  budget.spend(grid);
  return grid;
}
