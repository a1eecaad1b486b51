/**
 * The column grid from cell right boundaries, for the formats that describe a row by where its
 * cells end rather than by grid columns: RTF (`\trleft`, `\cellx`) and Word 97 (sprmTDefTable's
 * rgdxaCenter). Both readers collect a table's rows as `CellxRow`s and call `gridFromCellxRows`.
 *
 * Input, per row (all positions in twips, on one horizontal axis shared by every row of the table,
 * e.g. relative to the text margin; only differences matter):
 * - `left`: the left edge of the row's first cell (RTF `\trleft`, rgdxaCenter[0]);
 * - `widthBefore` / `widthAfter`: empty space before the first cell and after the last one (RTF
 *   `\trwWidthB` / `\trwWidthA`, sprmTWidthBefore / After), the same idea as w:gridBefore / After;
 * - `cells`, left to right: `right` boundary, horizontal merge (`"first"` = `\clmgf` / fFirstMerged,
 *   `"merged"` = `\clmrg` / fMerged: joins the cell to its left), vertical merge (`"restart"` =
 *   `\clvmgf` / fVertRestart, `"continue"` = `\clvmrg` / fVertMerge: joins the cell above), and the
 *   cell's content (text with "\n" between paragraphs, nested tables, hidden text).
 *
 * The grid is built as Word and LibreOffice build it: its columns lie between the sorted union of
 * every boundary of every row of the table; each cell spans the grid columns between its left and
 * right boundaries, and positions outside a row's cells are null. Boundaries are compared exactly:
 * LibreOffice keeps two boundaries 10 twips apart as two columns (a 10-twip grid column), and so
 * does Word's own .docx output, so merging near boundaries would make these grids differ from the
 * .docx of the same table. Merges are then resolved by the .docx rules (build.ts): a vertical
 * continuation joins the cell above only when it covers the same columns, and (as LibreOffice reads
 * these formats) only in a column where a vertical merge was started; what a continuation cell
 * holds goes to the merged cell's hiddenText / hiddenTables with a message, never into its text.
 * Horizontal merges follow the same rules, unless `joinMergedContents` (RTF) makes each merge one
 * cell first, contents joined, as the RTF specification and LibreOffice have it.
 *
 * A cell whose right boundary is not right of its left one (a malformed row) adds no boundary: it
 * still gets one grid column, after the cells before it, with a BAD_CELL_BOUNDARY warning, and the
 * cells after it may move right (the grid widens if needed).
 */
import { GridBudget, gridFromOoxmlRows, type OoxmlRowSpec } from "./build";
import { keepHiddenInCells } from "./hidden";
import type { Grid, GridMessage } from "./types";

export interface CellxCell {
  right: number;
  hMerge: "first" | "merged" | null;
  vMerge: "restart" | "continue" | null;
  text: string;
  tables: Grid[];
  /** Text the document hides (RTF `\v`, sprmCFVanish): kept on the cell's hiddenText, with a message. */
  hiddenText?: string[];
}

export interface CellxRow {
  left: number;
  widthBefore: number;
  widthAfter: number;
  cells: CellxCell[];
}

/** Sorted distinct boundaries of every row, the edges of the empty space before and after included. */
function boundaries(rows: CellxRow[]): number[] {
  const all = new Set<number>();
  for (const row of rows) {
    if (row.cells.length === 0) continue;
    all.add(row.left);
    if (row.widthBefore > 0) all.add(row.left - row.widthBefore);
    let right = row.left;
    for (const cell of row.cells) all.add((right = Math.max(right, cell.right)));
    if (row.widthAfter > 0) all.add(right + row.widthAfter);
  }
  return [...all].sort((a, b) => a - b);
}

export interface CellxOptions {
  /**
   * Horizontal merges as RTF defines them (and LibreOffice reads them): the merged cells become
   * one cell before the column grid is made, their contents joined (see joinHorizontalMerges).
   * Without it a merged cell joins the one to its left by the .docx rules: its boundaries stay
   * column edges and what it holds is kept aside in hiddenText, with a message.
   */
  joinMergedContents?: boolean;
}

/**
 * `\clmgf … \clmrg` (fFirstMerged … fMerged) make one cell, as Word shows them: its right edge is
 * the last merged cell's, the boundaries inside it are no column edges, and the contents of the
 * merged cells join its own ("contents … merged with those of the preceding cell", the RTF
 * specification says; LibreOffice adds each non-empty one as a paragraph, and so do we). A merged
 * cell with no cell to its left stays a cell of its own.
 */
function joinHorizontalMerges(rows: CellxRow[]): CellxRow[] {
  return rows.map((row) => {
    if (!row.cells.some((cell) => cell.hMerge === "merged")) return row;
    const cells: CellxCell[] = [];
    for (const cell of row.cells) {
      const last = cells[cells.length - 1];
      if (cell.hMerge !== "merged" || !last) {
        cells.push(cell);
        continue;
      }
      cells[cells.length - 1] = {
        ...last,
        right: Math.max(last.right, cell.right),
        text: [last.text, cell.text].filter((text) => text !== "").join("\n"),
        tables: [...last.tables, ...cell.tables],
        ...(last.hiddenText || cell.hiddenText ? { hiddenText: [...(last.hiddenText ?? []), ...(cell.hiddenText ?? [])] } : {}),
      };
    }
    return { ...row, cells };
  });
}

/** Index of `value` in the sorted `edges` (present by construction). */
function columnOf(edges: number[], value: number): number {
  let lo = 0;
  let hi = edges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edges[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A vertical continuation under a plain cell, in a column where no vertical merge was ever
 * started, is kept a cell of its own, with a warning: LibreOffice reads these formats so. (Where a
 * merge was started in that column before, LibreOffice joins the continuation to the cell above
 * even when a plain cell interrupted the merge, and so do we; no cell above with the same columns
 * at all is left to build.ts, which says MERGE_WITHOUT_ORIGIN too.)
 */
function continueOnlyMerges(specs: OoxmlRowSpec[], table: number[], messages: GridMessage[]): void {
  let above = new Map<number, OoxmlRowSpec["cells"][number]>();
  const started = new Set<number>();
  specs.forEach((spec, r) => {
    const here = new Map<number, OoxmlRowSpec["cells"][number]>();
    let col = spec.gridBefore;
    for (const tc of spec.cells) {
      const over = above.get(col);
      if (tc.vMerge === "restart") started.add(col);
      if (tc.vMerge === "continue" && over && over.gridSpan === tc.gridSpan && over.vMerge === null && !started.has(col)) {
        tc.vMerge = null;
        messages.push({
          code: "MERGE_WITHOUT_ORIGIN", severity: "warning", table, row: r, col,
          message: `A vertically merged cell at row ${r + 1}, column ${col + 1} continues no merge (none was started above it); it is kept as a cell of its own.`,
          messageZh: `第${r + 1}行第${col + 1}列的纵向合并单元格上方没有开始过合并，按独立单元格保留。`,
        });
      }
      here.set(col, tc);
      col += tc.gridSpan;
    }
    above = here;
  });
}

/**
 * Rows described by cell boundaries → a Grid. `table` is the path of table indexes the messages
 * carry; `budget` is the document's limits.maxGridCells, checked before anything is allocated.
 */
export function gridFromCellxRows(given: CellxRow[], table: number[], messages: GridMessage[], budget: GridBudget, options: CellxOptions = {}): Grid {
  const rows = options.joinMergedContents ? joinHorizontalMerges(given) : given;
  const edges = boundaries(rows);
  const gridCols = Math.max(0, edges.length - 1);
  budget.reserve(rows.length, gridCols);
  const hidden: { row: number; col: number; text: string[] }[] = [];
  const specs: OoxmlRowSpec[] = rows.map((row, r) => {
    let col = row.cells.length ? columnOf(edges, row.left) : 0;
    const gridBefore = col;
    let right = row.left;
    let start = col;
    const cells = row.cells.map((cell, c) => {
      const end = columnOf(edges, (right = Math.max(right, cell.right)));
      if (end <= start) {
        messages.push({
          code: "BAD_CELL_BOUNDARY", severity: "warning", table, row: r, col,
          message: `Cell ${c + 1} of row ${r + 1} ends at ${cell.right} twips, not right of where it starts; it is kept as a cell one grid column wide, the cells after it may move right.`,
          messageZh: `第${r + 1}行第${c + 1}个单元格的右边界（${cell.right} 缇）不在其左边界右侧；按一列宽的单元格保留，其后的单元格可能右移。`,
        });
      }
      start = end;
      if (cell.hiddenText?.length) hidden.push({ row: r, col, text: cell.hiddenText });
      const span = Math.max(1, end - col);
      col += span;
      return {
        gridSpan: span,
        vMerge: cell.vMerge,
        hMerge: cell.hMerge === "first" ? ("restart" as const) : cell.hMerge === "merged" ? ("continue" as const) : null,
        text: cell.text,
        tables: cell.tables,
      };
    });
    return { gridBefore, gridAfter: Math.max(0, gridCols - col), cells };
  });
  continueOnlyMerges(specs, table, messages);
  const grid = gridFromOoxmlRows(specs, gridCols, table, messages, budget);
  keepHiddenInCells(grid, hidden, table, messages);
  return grid;
}
