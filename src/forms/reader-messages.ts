/**
 * The reader's messages, placed: a message about a table cell gets the cell's text, the form whose
 * table holds it, and the record path that cell fills, when it fills one. A cell of a nested table
 * is named by the top-level cell that holds the table, with its own place under `nested`.
 */
import type { Block, Grid, GridCell, GridMessage } from "../grid/types";
import { messageCode } from "../model/codes";
import type { CellRef, Message } from "../model/message";
import type { FormRecord } from "../model/record";
import type { LocatedForm } from "./locate";

interface Home {
  /** Index of the top-level table in document order. */
  table: number;
  /** The top-level cell holding a nested table; null for a top-level table. */
  holder: GridCell | null;
}

export function placeReaderMessages(messages: readonly GridMessage[], blocks: readonly Block[], forms: readonly LocatedForm[], records: readonly FormRecord[]): Message[] {
  if (messages.length === 0) return [];
  const homes = tableHomes(blocks);
  const formOfTable = new Map<number, number>();
  forms.forEach((form, i) => form.tables.forEach((t) => formOfTable.set(t.index, i)));

  return messages.map((m) => {
    const { grid, table: _path, row, col, code, ...fields } = m;
    const rest = { code: messageCode(code), ...fields };
    const home = grid ? homes.get(grid) : undefined;
    if (!grid || !home || row === undefined || col === undefined) return rest;
    const at = grid.positions[row]?.[col] ?? null;
    const text = at?.text ?? "";
    const holder = home.holder;
    const cell: CellRef = holder
      ? { table: home.table, row: holder.row, col: holder.col, text: holder.text, nested: { row, col, text } }
      : { table: home.table, row, col, text };
    const form = formOfTable.get(home.table);
    const origin = holder ?? at;
    const path = form === undefined || !origin ? undefined : pathOf(records[form], home.table, origin);
    return { ...rest, cell, ...(form === undefined ? {} : { form }), ...(path === undefined ? {} : { path }) };
  });
}

/** Every grid, nested ones included, with the top-level table it belongs to. */
function tableHomes(blocks: readonly Block[]): Map<Grid, Home> {
  const homes = new Map<Grid, Home>();
  const visit = (grid: Grid, table: number, holder: GridCell | null) => {
    homes.set(grid, { table, holder });
    for (const cell of grid.cells) {
      for (const inner of cell.tables) visit(inner, table, holder ?? cell);
      for (const inner of cell.hiddenTables ?? []) visit(inner, table, holder ?? cell);
    }
  };
  for (const block of blocks) if (block.kind === "table") visit(block.grid, block.index, null);
  return homes;
}

/** The record path whose value came from this cell (its origin position), if any. */
function pathOf(record: FormRecord | undefined, table: number, cell: GridCell): string | undefined {
  const cells = record?.source?.cells;
  if (!cells) return undefined;
  for (const [path, ref] of Object.entries(cells)) {
    if (ref.table === table && ref.row === cell.row && ref.col === cell.col) return path;
  }
  return undefined;
}
