/**
 * Paragraphs → body blocks. Word 97 has no table element: a table is a run of paragraphs marked
 * in-table, at a depth (sprmPItap); at depth 1 a cell ends with a cell mark (0x07) and a row with
 * a row-end mark (sprmPFTtp) whose properties define the row's cells (sprmTDefTable); nested
 * tables end their cells and rows with paragraph marks flagged sprmPFInnerTableCell /
 * sprmPFInnerTtp. A table ends where a paragraph of lower depth begins.
 */
import type { GridBudget } from "../build";
import { gridFromCellxRows, type CellxCell, type CellxRow } from "../cellx";
import { hiddenInCellMessage, hiddenInParagraphMessage } from "../hidden";
import type { Block, Grid, GridMessage } from "../types";
import { MAX_CELLS, type RowDefinition } from "./props";
import type { DocParagraph } from "./text";

interface CellDraft { text: string; hidden: string[]; tables: Grid[]; markDeleted: boolean }

interface OpenTable {
  index: number[];
  rows: { cells: CellDraft[]; definition: RowDefinition | null }[];
  cells: CellDraft[];
  /** The open cell's paragraphs and hidden runs; its nested tables. */
  paragraphs: string[];
  hidden: string[];
  tables: Grid[];
}

/**
 * `maxDepth` is limits.maxDepth, which bounds a .docx's XML nesting: a table level there costs four
 * elements (table, row, cell, paragraph), so a .doc's tables nest at most a quarter as deep.
 */
export function blocksFromParagraphs(paragraphs: DocParagraph[], maxDepth: number, budget: GridBudget, messages: GridMessage[]): Block[] {
  const maxTableDepth = Math.max(1, Math.floor(maxDepth / 4));
  const blocks: Block[] = [];
  const open: OpenTable[] = [];
  let topTables = 0;

  const openTable = () => {
    const outer = open[open.length - 1];
    const index = outer ? [...outer.index, outer.tables.length] : [topTables];
    open.push({ index, rows: [], cells: [], paragraphs: [], hidden: [], tables: [] });
  };
  const closeTable = () => {
    const table = open.pop()!;
    // A row left without its row-end mark (a damaged file) still counts, with the last row's cells.
    if (table.paragraphs.length || table.hidden.length || table.tables.length) endCell(table, false);
    if (table.cells.length) table.rows.push({ cells: table.cells, definition: null });
    // A table with no row at all (a depth claimed by a paragraph mark and left at once) is nothing.
    if (table.rows.length === 0) return;
    const grid = buildGrid(table, budget, messages);
    const outer = open[open.length - 1];
    if (outer) outer.tables.push(grid);
    else blocks.push({ kind: "table", index: topTables++, grid });
  };

  for (const p of paragraphs) {
    // A paragraph goes at most two levels deeper than the one before it (a cell that begins with a
    // nested table): a deeper jump is a damaged or hostile depth, and each level costs a table.
    const depth = Math.min(maxTableDepth, open.length + 2, Math.max(0, p.props.itap ?? (p.props.inTable ? 1 : 0)));
    while (open.length > depth) closeTable();
    while (open.length < depth) openTable();
    if (depth === 0) {
      blocks.push({ kind: "paragraph", text: p.text });
      if (p.hidden.join("").trim()) messages.push(hiddenInParagraphMessage(p.hidden.join(" ")));
      continue;
    }
    const table = open[open.length - 1];
    const rowEnd = depth === 1 ? p.props.rowEnd && p.end === "cell" : p.props.innerRowEnd;
    if (rowEnd) {
      if (table.paragraphs.length || table.tables.length) endCell(table, false);
      // A row deleted with tracked changes (its row mark and every cell mark deleted) is not in the
      // accepted document; its text was dropped with its characters.
      if (!(p.markDeleted && table.cells.every((cell) => cell.markDeleted))) table.rows.push({ cells: table.cells, definition: p.props.row });
      table.cells = [];
      continue;
    }
    table.paragraphs.push(p.text);
    table.hidden.push(...p.hidden.filter((t) => t.trim()));
    if (depth === 1 ? p.end === "cell" : p.props.innerCellEnd) endCell(table, p.markDeleted);
  }
  while (open.length) closeTable();
  return blocks;
}

function endCell(table: OpenTable, markDeleted: boolean): void {
  table.cells.push({ text: table.paragraphs.join("\n"), hidden: table.hidden, tables: table.tables, markDeleted });
  table.paragraphs = [];
  table.hidden = [];
  table.tables = [];
}

/** Rows with their boundaries → the grid; hidden text goes to the cell that holds it. */
function buildGrid(table: OpenTable, budget: GridBudget, messages: GridMessage[]): Grid {
  const before = messages.length;
  const rows: CellxRow[] = table.rows.map((row, r) => {
    const definition = row.definition?.badCount === undefined ? row.definition : null;
    const centers = definition?.centers.length ? definition.centers : [0];
    const defined = centers.length - 1;
    if (row.cells.length > defined) {
      const claimed = row.definition?.badCount;
      messages.push({
        code: "CELL_WITHOUT_BOUNDARY", severity: "warning", table: table.index, row: r, col: defined,
        message: `Row ${r + 1} has ${row.cells.length} cells but ${claimed ? `claims ${claimed} (Word allows ${MAX_CELLS}), which is not trusted` : `gives boundaries for ${defined}`}; the cells without one are read ${EXTRA_WIDTH} twips (one inch) wide.`,
        messageZh: `第${r + 1}行有 ${row.cells.length} 个单元格，${claimed ? `却声称有 ${claimed} 个（Word 最多 ${MAX_CELLS} 个），不予采信` : `但只给出 ${defined} 个单元格的边界`}；没有边界的单元格按 ${EXTRA_WIDTH} 缇（1 英寸）宽读取。`,
      });
    }
    const right = (c: number) => (c < defined ? centers[c + 1] : centers[defined] + (c + 1 - defined) * EXTRA_WIDTH);
    const cells: CellxCell[] = row.cells.map((cell, c) => ({
      right: right(c),
      hMerge: definition?.merges[c]?.h ?? null,
      vMerge: definition?.merges[c]?.v ?? null,
      text: cell.text,
      tables: cell.tables,
    }));
    return { left: centers[0], widthBefore: definition?.widthBefore ?? 0, widthAfter: definition?.widthAfter ?? 0, cells };
  });
  const grid = gridFromCellxRows(rows, table.index, messages, budget);
  for (let i = before; i < messages.length; i++) messages[i].grid ??= grid;
  placeHidden(table, grid, messages);
  return grid;
}

/** Cells beyond a row's boundaries are read one inch wide, as the RTF reader reads them. */
const EXTRA_WIDTH = 1440;

/**
 * The grid's cells keep the `tables` array each cell was given, which identifies the cell the
 * hidden text came from (with a message, as every reader gives). Text hidden inside a merge
 * continuation (which Word hides anyway) has no cell of its own: it is kept in a message.
 */
function placeHidden(table: OpenTable, grid: Grid, messages: GridMessage[]): void {
  const byTables = new Map<Grid[], string[]>();
  table.rows.forEach((row) => row.cells.forEach((cell) => cell.hidden.length && byTables.set(cell.tables, cell.hidden)));
  if (byTables.size === 0) return;
  for (const cell of grid.cells) {
    const hidden = byTables.get(cell.tables);
    if (!hidden) continue;
    byTables.delete(cell.tables);
    (cell.hiddenText ??= []).push(...hidden);
    messages.push({ ...hiddenInCellMessage(hidden, cell.row, cell.col), grid, table: table.index });
  }
  for (const hidden of byTables.values()) messages.push({ ...hiddenTextMessage(hidden.join(" ")), grid, table: table.index });
}

/** Hidden text in a merge continuation: no cell of its own to name. */
function hiddenTextMessage(text: string): GridMessage {
  const quoted = text.trim().slice(0, 40);
  return {
    code: "HIDDEN_TEXT", severity: "info",
    message: `Hidden text "${quoted}" (formatted as hidden, Word does not show it) is left out of the text.`,
    messageZh: `隐藏文字「${quoted}」（设为隐藏格式，Word 不显示）未计入文本。`,
  };
}
