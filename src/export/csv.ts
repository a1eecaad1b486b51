/**
 * CSV of one table (forms, indicators or messages), as `jixiao parse --format csv` writes it: RFC 4180
 * in UTF-8 with a byte order mark and CRLF line ends, formula-like text neutralized.
 */
import { headerRow, type CellData, type HeaderLanguage, type TableName } from "./columns";
import type { ExportInput } from "./input";
import { COLUMNS, tableRows } from "./rows";

/** Excel reads a CSV as the local ANSI code page unless it starts with a UTF-8 byte order mark. */
export const BOM = "\ufeff";

/**
 * Excel and LibreOffice run a cell starting with = + - @ (or a tab or CR before one) as a formula:
 * a form cell reading =HYPERLINK(…) would become a live link. A leading apostrophe makes it text
 * (OWASP's advice). Numbers are written as numbers and need no guard.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(value: CellData): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CellData[]): string {
  return cells.map(csvField).join(",") + "\r\n";
}

/** The header line of a table's CSV. */
export const csvHeader = (table: TableName, headers: HeaderLanguage): string => csvLine(headerRow(COLUMNS[table], headers));

/** One file's lines of a table's CSV. */
export const csvLines = (outcome: ExportInput, table: TableName): string => tableRows(outcome, table).map((r) => csvLine(r.cells)).join("");

export interface CsvOptions {
  /** The table: forms (every form, the columns of every kind), indicators (the default, one row per indicator) or messages. */
  table?: TableName;
  /** The header row's language: "zh" (the default) or "en". */
  headers?: HeaderLanguage;
}

/** The CSV text of the outcomes' table, starting with the byte order mark. */
export function toCsv(outcomes: Iterable<ExportInput>, options: CsvOptions = {}): string {
  const table = options.table ?? "indicators";
  let text = BOM + csvHeader(table, options.headers ?? "zh");
  for (const outcome of outcomes) text += csvLines(outcome, table);
  return text;
}
