/** Reading an XLSX back in tests (with exceljs): sheets as rows keyed by their header, and the fills. */
import ExcelJS from "exceljs";

/** The fills the exports give cells messages point at (error, warning), as exceljs reports them. */
export const RED = "FFFFC7CE";
export const YELLOW = "FFFFEB9C";

/** A workbook from a file path or from bytes. */
export async function readWorkbook(source: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === "string") await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(Buffer.from(source) as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet as objects keyed by its header, with the cells themselves for types and styles. */
export function sheetTable(sheet: ExcelJS.Worksheet) {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: { values: Record<string, unknown>; cell: (name: string) => ExcelJS.Cell; number: number }[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values = Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value ?? null]));
    rows.push({ values, number: r, cell: (name) => row.getCell(header.indexOf(name) + 1) });
  }
  return { header, rows };
}

/** A sheet's rows as { header: value }; with `filled`, empty cells left out. */
export function sheetRows(sheet: ExcelJS.Worksheet, { filled = false } = {}): Record<string, unknown>[] {
  return sheetTable(sheet).rows.map(({ values }) => (filled ? Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null)) : values));
}

export const fillOf = (cell: ExcelJS.Cell) => (cell.fill && cell.fill.type === "pattern" ? cell.fill.fgColor?.argb ?? null : null);
