import type { Block, Grid } from "../grid/types";
import {
  FUNDS_LABEL, FUNDS_LABEL_STEM, GOAL_LABEL, INDICATOR_COLUMNS, INDICATORS_LABEL, PROJECT_LABELS, TOTAL_LABEL, type Label,
} from "../model/labels";
import { isFooterLine } from "./sections/footer";
import { isLabel, labelsOf, labelText } from "./rows";

/** A form as found in the body: its table(s) and the paragraphs around them. */
export interface LocatedForm {
  /** Top-level table indexes; two when the table was split by a page break. */
  tables: { index: number; grid: Grid }[];
  /** Non-empty paragraphs between the previous form (or the start) and the table. */
  before: string[];
  /** The signature line after the table, if any. */
  footer: string | null;
}

const FORM_SIGNS: ReadonlySet<Label> = new Set([
  PROJECT_LABELS[0], FUNDS_LABEL, GOAL_LABEL, INDICATORS_LABEL, TOTAL_LABEL,
  INDICATOR_COLUMNS[0], INDICATOR_COLUMNS[1], INDICATOR_COLUMNS[2], INDICATOR_COLUMNS[3],
]);

/** How many of the form's landmark labels the table holds. */
function signsIn(grid: Grid): number {
  const found = new Set<Label>();
  for (const cell of grid.cells) {
    const n = labelText(cell);
    if (n.length > 40) continue;
    for (const l of labelsOf(cell)) if (FORM_SIGNS.has(l)) found.add(l);
    if (n.startsWith(FUNDS_LABEL_STEM)) found.add(FUNDS_LABEL);
  }
  return found.size;
}

export function isFormTable(grid: Grid): boolean {
  return signsIn(grid) >= 3;
}

function hasTotalRow(grid: Grid): boolean {
  return grid.cells.some((c) => isLabel(c, TOTAL_LABEL));
}

/** A table whose first row is the indicator header (一级指标, 三级指标 …). */
function startsWithIndicatorHeader(grid: Grid): boolean {
  return (grid.positions[0] ?? []).some((c) => c !== null && (isLabel(c, INDICATOR_COLUMNS[0]) || isLabel(c, INDICATOR_COLUMNS[2])));
}

/**
 * A form laid out inside a one-cell table (a web page's frame, saved as Word) is read as if the
 * frame were not there: the cell's lines, then its tables, under the frame's table index.
 */
function unwrapped(blocks: Block[]): Block[] {
  const isFrame = (b: Block) => b.kind === "table" && b.grid.cells.length === 1 && b.grid.cells[0].tables.some(isFormTable);
  if (!blocks.some(isFrame)) return blocks;
  return blocks.flatMap((b): Block[] => {
    if (b.kind !== "table" || !isFrame(b)) return [b];
    const cell = b.grid.cells[0];
    return [
      ...cell.text.split("\n").map((text): Block => ({ kind: "paragraph", text })),
      ...cell.tables.map((grid): Block => ({ kind: "table", index: b.index, grid })),
    ];
  });
}

/**
 * Walks the body in order. A table with the form's landmark labels starts a form; the
 * paragraphs before it (since the last form) may hold its 附件 / title / year; the first
 * signature line after it is its footer. A table that directly follows a form without a 总分
 * row, with only blank paragraphs between, is that form's continuation (a page-broken table),
 * also when it starts with the indicator header copied over.
 */
export function locateForms(blocks: Block[]): LocatedForm[] {
  blocks = unwrapped(blocks);
  const forms: LocatedForm[] = [];
  let pending: string[] = [];
  let open: LocatedForm | null = null;
  let onlyBlankSinceOpen = true;

  for (const block of blocks) {
    if (block.kind === "paragraph") {
      const text = block.text.trim();
      if (!text) continue;
      if (open && open.footer === null && isFooterLine(text)) {
        open.footer = text;
        onlyBlankSinceOpen = false;
        continue;
      }
      onlyBlankSinceOpen = false;
      pending.push(text);
      continue;
    }
    const grid = block.grid;
    const continues = open !== null && onlyBlankSinceOpen && open.footer === null && !open.tables.some((t) => hasTotalRow(t.grid));
    if (open && continues && startsWithIndicatorHeader(grid)) {
      // The indicator header copied on top of the table's next page is no new form.
      open.tables.push({ index: block.index, grid });
      continue;
    }
    if (isFormTable(grid)) {
      open = { tables: [{ index: block.index, grid }], before: pending, footer: null };
      forms.push(open);
      pending = [];
      onlyBlankSinceOpen = true;
      continue;
    }
    if (open && continues) {
      open.tables.push({ index: block.index, grid });
      continue;
    }
    onlyBlankSinceOpen = false;
  }
  return forms;
}
