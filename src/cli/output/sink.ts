/** The output formats of `jixiao parse`: each takes the outcomes one file at a time, in order. */
import type { Delivery } from "../delivery";
import type { ComparedPair } from "../../target/pairs";
import { csvSink } from "./csv";
import type { Destination } from "./destination";
import { jsonSink } from "./json";
import { jsonlSink } from "./jsonl";
import type { HeaderLanguage, TableName } from "../../export/columns";
import { xlsxSink } from "./xlsx";

export const FORMATS = ["jsonl", "json", "csv", "xlsx"] as const;
export type Format = (typeof FORMATS)[number];

export interface Sink {
  write(delivery: Delivery): Promise<void>;
  /** parse --pairs: the run's target and self-evaluation forms, paired and compared, before finish. */
  pairs?(pairs: readonly ComparedPair[]): Promise<void>;
  /** Writes what the format needs at the end; the destination is closed by the caller. */
  finish(): Promise<void>;
}

export interface SinkOptions {
  headers: HeaderLanguage;
  /** The one table a CSV holds (an XLSX has all three). */
  csvTable?: TableName;
  /** Where XLSX keeps its rows until the end (default: the system's temporary folder). */
  spoolDir?: string;
}

export function openSink(format: Format, destination: Destination, options: SinkOptions): Promise<Sink> {
  switch (format) {
    case "jsonl": return Promise.resolve(jsonlSink(destination));
    case "json": return Promise.resolve(jsonSink(destination));
    case "csv": return Promise.resolve(csvSink(destination, options.headers, options.csvTable));
    case "xlsx": return xlsxSink(destination, options.headers, options.spoolDir);
  }
}
