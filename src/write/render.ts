/**
 * A generic renderer: layout rows with HTML-like spans → a docx Table, layout paragraphs → docx
 * Paragraphs. It knows nothing of forms.
 *
 * Vertical merges are expanded here, in `placeCells`, rather than by docx's `rowSpan`: docx 9.7
 * inserts its w:vMerge continuation cells without w:tcW, and WPS / Google Docs size a fixed
 * table from the cell widths as much as from w:tblGrid (dolanmiu/docx#272, #545). Writing both
 * cells of a merge ourselves lets every w:tc carry its width.
 */
import {
  AlignmentType,
  HeightRule,
  LineRuleType,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from "docx";
import type { CellAlign, LayoutCell, LayoutParagraph, LayoutRow } from "./layout";
import { BODY_SIZE, CELL_MARGIN, FONTS, LANGUAGE, PARAGRAPH_LOOK, ROW_HEIGHTS, runFonts, TABLE_LINE } from "./style";
import { splitLines } from "./text";

interface TextLook {
  font: string;
  size: number;
  bold?: boolean;
}

/** "\n" → w:br within one paragraph (the reader reads a break back as "\n"), "\t" → w:tab. */
function textRuns(text: string, look: TextLook): TextRun[] {
  if (text === "") return [];
  return splitLines(text).map(
    (segments, line) =>
      new TextRun({
        children: segments.flatMap((segment, i) => (i === 0 ? [segment] : [new Tab(), segment])),
        break: line === 0 ? undefined : 1,
        font: runFonts(look.font),
        language: LANGUAGE,
        size: look.size,
        bold: look.bold || undefined,
      }),
  );
}

const ALIGN: Record<CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
};

export function renderParagraph(paragraph: LayoutParagraph, pageBreakBefore = false): Paragraph {
  const look = PARAGRAPH_LOOK[paragraph.kind];
  return new Paragraph({
    alignment: ALIGN[look.align],
    spacing: { before: look.before ?? 0, after: look.after },
    pageBreakBefore: pageBreakBefore || undefined,
    children: textRuns(paragraph.text, look),
  });
}

/** A cell at its grid position; a "continue" cell is the lower part of a vertical merge. */
export interface PlacedCell {
  cell: LayoutCell;
  col: number;
  merge: "none" | "restart" | "continue";
}

/**
 * Every grid row as the w:tc elements Word wants: cells starting in the row, plus a continuation
 * cell wherever a cell from above still covers the column. Throws when the layout does not tile
 * the grid exactly, which is a bug in the layout, not in the record.
 */
export function placeCells(rows: LayoutRow[], columns: number): PlacedCell[][] {
  const above: ({ cell: LayoutCell; lastRow: number } | undefined)[] = new Array(columns);
  const placed = rows.map((row, r) => {
    const starting = [...row.cells];
    const out: PlacedCell[] = [];
    let col = 0;
    while (col < columns) {
      const held = above[col];
      if (held !== undefined && held.lastRow >= r) {
        out.push({ cell: held.cell, col, merge: "continue" });
        col += held.cell.span;
        continue;
      }
      const cell = starting.shift();
      if (cell === undefined) throw new Error(`layout row ${r} covers ${col} of ${columns} columns`);
      out.push({ cell, col, merge: cell.rowSpan > 1 ? "restart" : "none" });
      if (cell.rowSpan > 1) above[col] = { cell, lastRow: r + cell.rowSpan - 1 };
      col += cell.span;
    }
    if (col !== columns || starting.length > 0) throw new Error(`layout row ${r} does not fit ${columns} columns`);
    return out;
  });
  if (above.some((held) => held !== undefined && held.lastRow >= rows.length)) {
    throw new Error("layout has a rowSpan reaching below the table");
  }
  return placed;
}

export function renderTable(rows: LayoutRow[], widths: readonly number[]): Table {
  const width = (from: number, span: number) => widths.slice(from, from + span).reduce((a, b) => a + b, 0);
  const body = { font: FONTS.body, size: BODY_SIZE };
  return new Table({
    columnWidths: [...widths],
    width: { size: width(0, widths.length), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    alignment: AlignmentType.CENTER,
    rows: placeCells(rows, widths.length).map(
      (cells, r) =>
        new TableRow({
          cantSplit: true,
          height: { value: ROW_HEIGHTS[rows[r].height], rule: HeightRule.ATLEAST },
          children: cells.map(
            ({ cell, col, merge }) =>
              new TableCell({
                width: { size: width(col, cell.span), type: WidthType.DXA },
                columnSpan: cell.span > 1 ? cell.span : undefined,
                verticalMerge: merge === "restart" ? VerticalMergeType.RESTART : merge === "continue" ? VerticalMergeType.CONTINUE : undefined,
                verticalAlign: VerticalAlign.CENTER,
                children: [
                  new Paragraph({
                    alignment: ALIGN[cell.align],
                    // Word and LibreOffice keep a row with the next when its paragraphs say so.
                    keepNext: rows[r].keepWithNext || undefined,
                    spacing: { line: TABLE_LINE, lineRule: LineRuleType.EXACT },
                    children: merge === "continue" ? [] : textRuns(cell.text, body),
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}
