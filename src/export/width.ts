/**
 * How wide a text shows in a spreadsheet column, in Excel's width units (about one Latin
 * character): Chinese and other full-width characters take two.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function textWidth(text: string): number {
  let widest = 0;
  for (const line of text.split("\n")) {
    let width = 0;
    for (const char of line) width += WIDE.test(char) ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest;
}

/** Room for the widest cell, within bounds: a 300-character 预期目标 should not make a column a screen wide. */
export const MIN_COLUMN_WIDTH = 6;
export const MAX_COLUMN_WIDTH = 60;
/** A header wider than this wraps (the header row is made tall enough) rather than widen a column of numbers. */
export const HEADER_WRAP_WIDTH = 12;

export function columnWidth(widestCell: number, header: string): number {
  const widest = Math.max(widestCell, Math.min(textWidth(header), HEADER_WRAP_WIDTH));
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 2));
}

/** The lines a header takes in a column of this width once wrapped. */
export function headerLines(header: string, width: number): number {
  return Math.max(1, Math.ceil(textWidth(header) / (width - 2)));
}

/** Points per line of 11-point text, CJK included. */
export const LINE_HEIGHT = 16;

/** The header row's height in points: tall enough for the most wrapped header. */
export function headerRowHeight(header: readonly string[], widths: readonly number[]): number {
  return LINE_HEIGHT * Math.max(...header.map((text, i) => headerLines(text, widths[i])));
}

/** A, B, … Z, AA, …: a spreadsheet column's letters, from 1. */
export function columnLetters(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
