/**
 * Text formatted as hidden (.docx `w:vanish`, RTF `\v`, Word 97 sprmCFVanish) is not printed and
 * not shown by Word unless asked, so every reader keeps it out of the text, and none drops it: in a
 * cell it goes to the cell's hiddenText (and from there to a record's extras), elsewhere into a
 * message. These are the messages, one wording for every format.
 */
import type { Grid, GridMessage } from "./types";

/** Hidden text of the cells at (row, col), placed on the cell covering that position, with a message each. */
export function keepHiddenInCells(grid: Grid, hidden: { row: number; col: number; text: string[] }[], table: number[], messages: GridMessage[]): void {
  for (const { row, col, text } of hidden) {
    const origin = grid.positions[row]?.[col];
    if (!origin) continue;
    (origin.hiddenText ??= []).push(...text);
    messages.push({ ...hiddenInCellMessage(text, row, col), table, grid });
  }
}

export function hiddenInCellMessage(text: string[], row: number, col: number): GridMessage {
  const quoted = text.join(" ").trim().slice(0, 40);
  return {
    code: "HIDDEN_TEXT", severity: "info", row, col,
    message: `Hidden text "${quoted}" at row ${row + 1}, column ${col + 1} (formatted as hidden, Word does not show it) is kept in the cell's hiddenText, not in its text.`,
    messageZh: `第${row + 1}行第${col + 1}列有隐藏文字「${quoted}」（设为隐藏格式，Word 不显示）；已保留在该单元格的 hiddenText 中，不计入其文本。`,
  };
}

/** Hidden text in a paragraph outside tables: only this message keeps it. */
export function hiddenInParagraphMessage(text: string): GridMessage {
  const quoted = text.trim().slice(0, 40);
  return {
    code: "HIDDEN_TEXT", severity: "info",
    message: `Hidden text "${quoted}" in a paragraph (formatted as hidden, Word does not show it) is left out of the paragraph's text.`,
    messageZh: `段落中有隐藏文字「${quoted}」（设为隐藏格式，Word 不显示），未计入段落文本。`,
  };
}
