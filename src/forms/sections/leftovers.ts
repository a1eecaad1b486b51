/**
 * The last pass over a form: every cell no section reader used goes to `extras` with a message,
 * and what hides in cells (text and tables in merge continuations, nested tables) is kept there
 * too. Nothing of the table is dropped, whatever the kind.
 */
import type { Grid, GridCell } from "../../grid/types";
import { distinctCells, type FormRow } from "../rows";
import type { ReadContext } from "./context";

export function keepLeftovers(rows: readonly FormRow[], ctx: ReadContext): void {
  const { extras, used, ref } = ctx;
  // A cell spanning rows is met once per row: what it holds goes into extras once.
  const kept = new Set<GridCell>();
  for (const row of rows) {
    for (const d of distinctCells(row)) {
      const cell = d.cell;
      if (kept.has(cell)) continue;
      kept.add(cell);
      for (const hidden of cell.hiddenText ?? []) {
        extras.push({ text: hidden, note: "text in a merged (hidden) continuation cell", cell: ref(cell) });
      }
      for (const hidden of cell.hiddenTables ?? []) {
        extras.push({ text: tableText(hidden), note: "table in a merged (hidden) continuation cell", cell: ref(cell) });
      }
      for (const nested of cell.tables) {
        extras.push({ text: tableText(nested), note: "table nested in a cell", cell: ref(cell) });
        ctx.warn("NESTED_TABLE", `A table nested in the cell "${cell.text.trim().slice(0, 40)}" is not part of the form's layout; its text is kept in extras.`,
          `单元格「${cell.text.trim().slice(0, 40)}」中嵌套的表格不属于该表的格式，其文字已保留在 extras 中。`, cell);
      }
      if (used.has(cell)) continue;
      used.add(cell);
      if (!cell.text.trim()) continue;
      extras.push({ text: cell.text, note: "cell not recognized", cell: ref(cell) });
      ctx.warn("UNRECOGNIZED_CELL", `Cell "${cell.text.trim().slice(0, 40)}" is not part of the form's known layout; kept in extras.`,
        `单元格「${cell.text.trim().slice(0, 40)}」不属于该表的已知格式，已保留在 extras 中。`, cell);
    }
  }
}

/**
 * A nested table's text for extras: its cells row by row, tab-separated; what a cell hides (text and
 * tables in its merge continuations) and the tables inside it follow its text, each on a line.
 */
function tableText(grid: Grid): string {
  return grid.positions
    .map((line, r) => {
      const parts: string[] = [];
      line.forEach((cell, c) => {
        // Each cell once, at its origin.
        if (!cell || cell.row !== r || cell.col !== c) return;
        const inner = [...cell.tables, ...(cell.hiddenTables ?? [])].map(tableText);
        parts.push([cell.text, ...(cell.hiddenText ?? []), ...inner].filter(Boolean).join("\n"));
      });
      return parts.join("\t");
    })
    .join("\n");
}
