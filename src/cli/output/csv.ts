import type { Destination } from "./destination";
import { headerRow, type CellData, type HeaderLanguage, type TableName } from "../../export/columns";
import { COLUMNS, tableRows } from "../../export/rows";
import type { Sink } from "./sink";
import { recordsOf } from "../delivery";

/** Excel reads a CSV as the local ANSI code page unless it starts with a UTF-8 byte order mark. */
const BOM = "\ufeff";

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

function csvLine(cells: readonly CellData[]): string {
  return cells.map(csvField).join(",") + "\r\n";
}

/**
 * RFC 4180 CSV in UTF-8 with a BOM and CRLF line ends. A CSV holds one table (--csv-table): forms
 * (every form of every kind, with the columns of all the XLSX's kind sheets, a kind's cells empty
 * where it has no such field), 指标 (the default) or 校验, with the columns of the XLSX sheet of that name.
 */
export function csvSink(destination: Destination, headers: HeaderLanguage, table: TableName = "indicators"): Sink {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    await destination.write(BOM + csvLine(headerRow(COLUMNS[table], headers)));
  };
  return {
    async write(delivery) {
      const outcome = recordsOf(delivery);
      await start();
      await destination.write(tableRows(outcome, table).map((r) => csvLine(r.cells)).join(""));
    },
    async finish() {
      await start();
    },
  };
}
