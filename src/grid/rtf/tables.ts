/**
 * RTF tables as the reader meets them: paragraphs end with `\par`, cells with `\cell` (level 1)
 * or `\nestcell` (deeper), rows with `\row` / `\nestrow`, and the row's cell boundaries come from
 * the last `\trowd … \cellx` of that level (for nested rows, in `{\*\nesttableprops …}` after their
 * cells). A paragraph's level (`\intbl`, `\itapN`) says which table it is in; a paragraph at a lower
 * level closes the deeper tables, which then hang off the cell that holds them.
 */
import { JixiaoError } from "../../errors";
import type { Limits } from "../../input/limits";
import type { GridBudget } from "../build";
import { gridFromCellxRows, type CellxCell, type CellxRow } from "../cellx";
import { hiddenInParagraphMessage } from "../hidden";
import type { Block, Grid, GridMessage } from "../types";

/** One cell's part of a row definition (`\clvmgf … \cellxN`). */
export interface CellDefinition {
  right: number;
  hMerge: CellxCell["hMerge"];
  vMerge: CellxCell["vMerge"];
}

/** `\trowd … \cellx …`: positions in twips. */
export interface RowDefinition {
  left: number;
  widthBefore: number;
  widthAfter: number;
  /** \trftsWidthB / \trftsWidthA, in either order with the width: 3 = twips; none given counts as twips. */
  widthBeforeUnit?: number;
  widthAfterUnit?: number;
  cells: CellDefinition[];
}

/** Only a width in twips places cells; "auto" (1) and percentages (2) are left to layout. */
const inTwips = (width: number, unit: number | undefined) => (unit === undefined || unit === 3 ? Math.max(0, width) : 0);

/** A paragraph as it ends: its shown text and what was hidden in it. */
export interface Paragraph {
  text: string;
  hidden: string;
}

interface CellContent {
  paragraphs: string[];
  tables: Grid[];
  hidden: string[];
}

interface OpenTable {
  index: number[];
  rows: CellxRow[];
  cells: CellContent[];
  cell: CellContent;
}

/** Width of a cell that has no `\cellx` of its own: Word's default column, 1440 twips (one inch). */
const DEFAULT_CELL_WIDTH = 1440;

const emptyCell = (): CellContent => ({ paragraphs: [], tables: [], hidden: [] });

export class RtfTables {
  private readonly open: OpenTable[] = [];
  private readonly definitions: RowDefinition[] = [];
  private topTables = 0;

  constructor(
    private readonly blocks: Block[],
    private readonly messages: GridMessage[],
    private readonly budget: GridBudget,
    private readonly limits: Pick<Limits, "maxDepth" | "maxGridCells">,
  ) {}

  /** Cells ended so far: each takes at least one grid position, so limits.maxGridCells bounds them as they come. */
  private cellCount = 0;

  /** A paragraph mark (`\par`) at `level` (0 = the body). */
  paragraph(p: Paragraph, level: number): void {
    if (level === 0) {
      this.closeDeeper(0);
      this.blocks.push({ kind: "paragraph", text: p.text });
      if (p.hidden.trim()) this.hiddenInBody(p.hidden);
      return;
    }
    this.addTo(this.reach(level).cell, p);
  }

  /** A cell mark: `\cell` closes a cell of level 1, `\nestcell` one of its own level. */
  cellEnd(p: Paragraph, level: number): void {
    if (++this.cellCount > this.limits.maxGridCells) {
      throw new JixiaoError("LIMIT_EXCEEDED", `The RTF's tables have more than ${this.limits.maxGridCells} cells (limits.maxGridCells); a real form has a few hundred. Raise the limit if the file is trusted.`);
    }
    const table = this.reach(level);
    this.addTo(table.cell, p);
    table.cells.push(table.cell);
    table.cell = emptyCell();
  }

  /** `\trowd`: a new row definition for tables of `level`, kept until the next one. */
  newDefinition(level: number): RowDefinition {
    const definition: RowDefinition = { left: 0, widthBefore: 0, widthAfter: 0, cells: [] };
    if (level <= this.limits.maxDepth) this.definitions[level] = definition;
    return definition;
  }

  /** A row mark: the cells since the last row, with the row definition of their level. */
  rowEnd(level: number): void {
    if (this.open.length < level || this.open[level - 1].cells.length === 0) return;
    this.addRow(this.reach(level), level);
  }

  private addRow(table: OpenTable, level: number): void {
    const definition = this.definitions[level] ?? { left: 0, widthBefore: 0, widthAfter: 0, cells: [] };
    const cells = table.cells;
    table.cells = [];
    // \trleft is the table's edge; the invisible cell of \trwWidthB comes before the first real cell.
    const widthBefore = inTwips(definition.widthBefore, definition.widthBeforeUnit);
    const widthAfter = inTwips(definition.widthAfter, definition.widthAfterUnit);
    const left = definition.left + widthBefore;
    let right = left;
    const row: CellxRow = { left, widthBefore, widthAfter, cells: [] };
    cells.forEach((content, i) => {
      const def = definition.cells[i];
      right = def ? def.right : right + DEFAULT_CELL_WIDTH;
      row.cells.push({
        right,
        hMerge: def?.hMerge ?? null,
        vMerge: def?.vMerge ?? null,
        text: content.paragraphs.join("\n"),
        tables: content.tables,
        ...(content.hidden.length ? { hiddenText: content.hidden } : {}),
      });
    });
    if (cells.length > definition.cells.length) {
      this.messages.push({
        code: "CELL_WITHOUT_BOUNDARY", severity: "warning", table: table.index, row: table.rows.length,
        message: `Row ${table.rows.length + 1} has ${cells.length} cells but defines the boundaries of ${definition.cells.length} (\\cellx); the others are read as ${DEFAULT_CELL_WIDTH} twips wide.`,
        messageZh: `第${table.rows.length + 1}行有${cells.length}个单元格，但只定义了${definition.cells.length}个单元格边界（\\cellx）；其余单元格按 ${DEFAULT_CELL_WIDTH} 缇宽读取。`,
      });
    }
    table.rows.push(row);
  }

  /** The end of the document: every open table is finished. */
  end(): void {
    this.closeDeeper(0);
  }

  /** The table at `level`, opening missing ones and closing deeper ones. */
  private reach(level: number): OpenTable {
    if (level > this.limits.maxDepth) {
      throw new JixiaoError("LIMIT_EXCEEDED", `The RTF nests tables ${level} deep (\\itap), above limits.maxDepth (${this.limits.maxDepth}); a real form nests one or two.`);
    }
    this.closeDeeper(level);
    while (this.open.length < level) {
      const parent = this.open[this.open.length - 1];
      const index = parent ? [...parent.index, parent.cell.tables.length] : [this.topTables++];
      this.open.push({ index, rows: [], cells: [], cell: emptyCell() });
    }
    return this.open[level - 1];
  }

  private closeDeeper(level: number): void {
    while (this.open.length > level) this.finish(this.open.pop()!);
  }

  private addTo(cell: CellContent, p: Paragraph): void {
    cell.paragraphs.push(p.text);
    if (p.hidden.trim()) cell.hidden.push(p.hidden);
  }

  /**
   * A table ends. Cells with no row mark after them still make a last row (Word needs the mark,
   * other writers forget it), and paragraphs after the last cell mark go after the table.
   */
  private finish(table: OpenTable): void {
    const parent = this.open[this.open.length - 1];
    if (table.cells.length) this.addRow(table, this.open.length + 1);
    if (table.rows.length === 0) {
      this.after(parent, table.cell);
      if (!parent) this.topTables--;
      return;
    }
    const before = this.messages.length;
    const grid = gridFromCellxRows(table.rows, table.index, this.messages, this.budget, { joinMergedContents: true });
    for (let i = before; i < this.messages.length; i++) this.messages[i].grid = grid;
    if (parent) parent.cell.tables.push(grid);
    else this.blocks.push({ kind: "table", index: table.index[0], grid });
    this.after(parent, table.cell);
  }

  private after(parent: OpenTable | undefined, cell: CellContent): void {
    if (cell.paragraphs.length === 0 && cell.tables.length === 0 && cell.hidden.length === 0) return;
    if (parent) {
      parent.cell.paragraphs.push(...cell.paragraphs);
      parent.cell.tables.push(...cell.tables);
      parent.cell.hidden.push(...cell.hidden);
      return;
    }
    for (const text of cell.paragraphs) this.blocks.push({ kind: "paragraph", text });
    for (const grid of cell.tables) this.blocks.push({ kind: "table", index: this.topTables++, grid });
    if (cell.hidden.length) this.hiddenInBody(cell.hidden.join(" "));
  }

  private hiddenInBody(text: string): void {
    this.messages.push(hiddenInParagraphMessage(text));
  }
}
