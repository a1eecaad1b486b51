/**
 * XLSX through exceljs's streaming WorkbookWriter: each row is committed (turned into XML and
 * handed to the zip stream) as it comes, so memory does not grow with the number of files.
 * Strings are stored as text cells, which Excel never evaluates, so no formula guard is needed
 * and the cells keep the form's exact text.
 */
import type { Destination } from "./destination";
import { COLUMNS, headerRow, outcomeRows, type HeaderLanguage } from "./rows";
import type { Sink } from "./sink";
import { recordsOf } from "../delivery";

const WIDTHS: Partial<Record<string, number>> = {
  file: 36, project: 30, department: 24, implementingUnit: 24, level1: 12, level2: 14,
  indicator: 30, target: 18, actual: 18, deviation: 36, error: 40,
};

export async function xlsxSink(destination: Destination, headers: HeaderLanguage): Promise<Sink> {
  // Loaded here so that the other formats do not pay for exceljs's start-up.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: destination.stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "jixiao-docx";
  const sheet = workbook.addWorksheet(headers === "zh" ? "绩效指标" : "indicators", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ key: c.en, width: WIDTHS[c.en] ?? 9 }));
  const header = sheet.addRow(headerRow(headers));
  header.font = { bold: true };
  header.commit();
  return {
    async write(delivery) {
      const outcome = recordsOf(delivery);
      for (const cells of outcomeRows(outcome)) sheet.addRow(cells).commit();
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
