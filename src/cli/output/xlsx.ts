/**
 * XLSX through exceljs's streaming WorkbookWriter, with the sheets of export/sheets.ts (the
 * library's toXlsx writes the same ones in memory). Rows are spooled to temporary files
 * (a hidden folder next to the output) while the files are read and written sheet by sheet at the
 * end (spool.ts), so memory does not grow with the number of files. Strings are stored as text cells, which Excel never evaluates,
 * so no formula guard is needed and the cells keep the form's exact text.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { EventEmitter, once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Destination } from "./destination";
import { headerRow, type HeaderLanguage } from "../../export/columns";
import { FILLS, HEADER_FILL, SHEETS, type SheetSpec } from "../../export/sheets";
import { loadExcelJS } from "./exceljs";
import type { Sink } from "./sink";
import { Spool } from "./spool";
import { columnLetters, columnWidth, headerRowHeight } from "../../export/width";
import { recordsOf } from "../delivery";
import { PAIR_COLUMNS, PAIR_SHEET, pairRows } from "../../export/pairs";

const solid = (argb: string) => ({ type: "pattern" as const, pattern: "solid" as const, fgColor: { argb } });

/** Lets the zip and the output stream catch up every few hundred rows: exceljs's streams do not push back. */
const ROWS_PER_PAUSE = 200;

/**
 * Where a streaming sheet's XML goes next: exceljs (4.x) buffers it and pipes each 64 KB to the zip
 * entry's input (a readable-stream PassThrough of archiver's), whose `needDrain` is the one sign
 * that the deflater is behind. Without waiting for it, a sheet of a hundred thousand rows piled up
 * in memory while it was compressed. Internal to exceljs, hence looked for carefully: without it
 * the run still pauses every ROWS_PER_PAUSE rows.
 */
interface ZipInput extends EventEmitter {
  writableNeedDrain?: boolean;
  _writableState?: { needDrain?: boolean };
}

function zipInputBehind(sheet: unknown): ZipInput | undefined {
  const pipe = (sheet as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0];
  if (!(pipe instanceof EventEmitter)) return undefined;
  const input = pipe as ZipInput;
  return (input.writableNeedDrain ?? input._writableState?.needDrain) ? input : undefined;
}

export async function xlsxSink(destination: Destination, headers: HeaderLanguage, spoolDir = tmpdir()): Promise<Sink> {
  const ExcelJS = await loadExcelJS();
  const dir = mkdtempSync(join(spoolDir, ".jixiao-xlsx-"));
  // Should the run stop half-way, the spooled rows still go.
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  process.once("exit", cleanUp);
  const spools = SHEETS.map((spec, i) => new Spool(join(dir, `${i}.jsonl`), spec.columns.length));
  let pairSpool: Spool | undefined;

  async function writeSheet(workbook: InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>, spec: SheetSpec, spool: Spool): Promise<void> {
    const header = headerRow(spec.columns, headers);
    const sheet = workbook.addWorksheet(spec.name[headers], {
      views: [{ state: "frozen", ySplit: 1 }],
      // 校验 is the sheet people print: landscape, as wide as the page.
      pageSetup: spec.fitWidth ? { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { orientation: "landscape" },
    });
    const widths = header.map((text, i) => columnWidth(spool.widest[i], text));
    sheet.columns = widths.map((width) => ({ width }));
    sheet.autoFilter = `A1:${columnLetters(header.length)}${spool.count + 1}`;
    const top = sheet.addRow(header);
    top.font = { bold: true };
    top.alignment = { wrapText: true, vertical: "top" };
    top.height = headerRowHeight(header, widths);
    top.eachCell((cell) => (cell.fill = solid(HEADER_FILL)));
    top.commit();
    let written = 0;
    for await (const { cells, marks } of spool.rows()) {
      const row = sheet.addRow(cells);
      for (const [col, severity] of marks ?? []) row.getCell(col + 1).fill = solid(FILLS[severity]);
      row.commit();
      const behind = zipInputBehind(sheet);
      if (behind) await once(behind, "drain");
      if (++written % ROWS_PER_PAUSE === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        if (destination.stream.writableNeedDrain) await once(destination.stream, "drain");
      }
    }
    sheet.commit();
  }

  return {
    async write(delivery) {
      const outcome = recordsOf(delivery);
      for (const [i, spec] of SHEETS.entries()) await spools[i].add(spec.rows(outcome));
    },
    async pairs(pairs) {
      pairSpool = new Spool(join(dir, "pairs.jsonl"), PAIR_COLUMNS.length);
      await pairSpool.add(pairRows(pairs));
    },
    async finish() {
      try {
        for (const spool of [...spools, ...(pairSpool ? [pairSpool] : [])]) await spool.close();
        const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: destination.stream, useStyles: true, useSharedStrings: false });
        workbook.creator = "jixiao-docx";
        for (const [i, spec] of SHEETS.entries()) if (spec.always || spools[i].count > 0) await writeSheet(workbook, spec, spools[i]);
        if (pairSpool) await writeSheet(workbook, PAIR_SHEET, pairSpool);
        await workbook.commit();
      } finally {
        cleanUp();
        process.removeListener("exit", cleanUp);
      }
    },
  };
}
