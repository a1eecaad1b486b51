/**
 * Exports of parsed forms for programs and pages: CSV and JSON Lines as text, XLSX as bytes. The
 * XLSX writer (and its zip compressor) loads on the first toXlsx call, so a page that only reads
 * forms does not download it.
 */
import type { ExportInput } from "./input";
import type { XlsxOptions } from "./xlsx";

export { toCsv, type CsvOptions } from "./csv";
export { toJsonLines } from "./lines";
export type { ExportInput, ExportError } from "./input";
export type { HeaderLanguage, TableName } from "./columns";
export type { XlsxOptions } from "./xlsx";

/**
 * The workbook of the outcomes, as `jixiao parse --format xlsx` writes it: 汇总, a sheet per kind
 * present, 指标, 校验, and with `pairs` (comparePairs(outcomes)) 目标对比, as `--pairs` adds it.
 */
export async function toXlsx(outcomes: Iterable<ExportInput>, options: XlsxOptions = {}): Promise<Uint8Array> {
  return (await import("./xlsx")).toXlsx(outcomes, options);
}
