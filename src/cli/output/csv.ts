import type { Destination } from "./destination";
import type { HeaderLanguage, TableName } from "../../export/columns";
import { BOM, csvHeader, csvLines } from "../../export/csv";
import type { Sink } from "./sink";
import { recordsOf } from "../delivery";

/**
 * RFC 4180 CSV in UTF-8 with a BOM and CRLF line ends (export/csv.ts, which the library's toCsv
 * writes too). A CSV holds one table (--csv-table): forms (every form of every kind, with the
 * columns of all the XLSX's kind sheets, a kind's cells empty where it has no such field), 指标 (the
 * default) or 校验, with the columns of the XLSX sheet of that name.
 */
export function csvSink(destination: Destination, headers: HeaderLanguage, table: TableName = "indicators"): Sink {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    await destination.write(BOM + csvHeader(table, headers));
  };
  return {
    async write(delivery) {
      const outcome = recordsOf(delivery);
      await start();
      await destination.write(csvLines(outcome, table));
    },
    async finish() {
      await start();
    },
  };
}
