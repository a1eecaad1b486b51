/** `jixiao parse`: Word files in, one record per form out (JSONL, JSON, CSV or XLSX). */
import { dirname, resolve } from "node:path";
import { FAIL_ON, poolOptions, oneOf, parseCommandArgs, UsageError, wholeNumber } from "../args";
import { collectInputs, nothingToRead } from "../inputs";
import { openDestination } from "../output/destination";
import { readEarlierRun, type EarlierRun } from "../output/resume";
import { checkNotAnInput, checkRecordsOutput, formatOfName } from "../output/target";
import { FORMATS, openSink, type Format } from "../output/sink";
import { TABLES } from "../../export/columns";
import { loadExcelJS } from "../output/exceljs";
import { JixiaoError } from "../../errors";
import { readInOrder } from "../pool";
import { Overview } from "../overview";
import { PairCollector, pairSummary } from "../pairs";
import { Progress, type ProgressMode } from "../progress";
import { runSummary } from "../summary";
import { Tally } from "../tally";
import type { ReadSettings } from "../outcome";

const OPTIONS = {
  output: { type: "string", short: "o" },
  format: { type: "string", short: "f" },
  jobs: { type: "string", short: "j" },
  "file-timeout": { type: "string" },
  reader: { type: "string" },
  headers: { type: "string" },
  "csv-table": { type: "string" },
  resume: { type: "boolean" },
  "fail-on": { type: "string" },
  "no-validate": { type: "boolean" },
  overview: { type: "boolean" },
  pairs: { type: "boolean" },
  soffice: { type: "string" },
  timeout: { type: "string" },
  convert: { type: "string" },
  quiet: { type: "boolean", short: "q" },
} as const;

/** -o report.csv means CSV; a --format that says otherwise is refused, as is a Word name. */
function formatFor(value: string | undefined, output: string | undefined): Format {
  const format = oneOf("parse", "format", value ?? (output ? formatOfName(output) : undefined), FORMATS, "jsonl");
  if (output) checkRecordsOutput(output, format);
  return format;
}

export function readSettings(command: string, values: { reader?: string; "no-validate"?: boolean; soffice?: string; timeout?: string; convert?: string }): ReadSettings {
  const timeout = wholeNumber(command, "timeout", values.timeout, 1);
  const always = oneOf(command, "convert", values.convert, ["fallback", "always"] as const, "fallback") === "always";
  return {
    reader: oneOf(command, "reader", values.reader, ["direct", "mammoth"] as const, "direct"),
    validate: !values["no-validate"],
    convert: { ...(values.soffice ? { soffice: values.soffice } : {}), ...(timeout ? { timeoutMs: timeout * 1000 } : {}), ...(always ? { always } : {}) },
  };
}

/** The bar only when stderr is a terminal that is not also showing the output itself. */
export function progressMode(quiet: boolean | undefined, outputToStdout: boolean): ProgressMode {
  if (quiet) return "off";
  if (!process.stderr.isTTY) return "lines";
  return outputToStdout && process.stdout.isTTY ? "off" : "bar";
}

export async function parseCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("parse", argv, OPTIONS);
  if (positionals.length === 0) throw new UsageError("Name at least one file, directory or glob to read.", "parse");
  const output = values.output === "-" ? undefined : values.output;
  const format = formatFor(values.format, output);
  const headers = oneOf("parse", "headers", values.headers, ["zh", "en"] as const, "zh");
  const csvTable = oneOf("parse", "csv-table", values["csv-table"], TABLES, "indicators");
  if (values["csv-table"] !== undefined && format !== "csv") {
    throw new UsageError("--csv-table chooses the table of a CSV; an XLSX has all three as sheets, JSON has the records.", "parse");
  }
  const failOn = oneOf("parse", "fail-on", values["fail-on"], FAIL_ON, "failed");
  const pool = poolOptions("parse", values);
  const settings = readSettings("parse", values);
  if (values.resume && (output === undefined || format !== "jsonl")) {
    throw new UsageError("--resume needs -o FILE and the jsonl format: only JSON Lines can be appended to safely.", "parse");
  }
  if (values.pairs && format === "csv") {
    throw new UsageError("--pairs adds the comparison of each project's target and self-evaluation forms to JSON Lines, JSON or XLSX (its 目标对比 sheet); a CSV holds one table.", "parse");
  }
  if (values.pairs && values.resume) {
    throw new UsageError("--pairs compares forms across the whole run, and --resume does not read the earlier files again: run without --resume.", "parse");
  }
  if (values.overview && output === undefined) {
    throw new UsageError("--overview prints on stdout: write the records to a file with -o, e.g. -o forms.json.", "parse");
  }
  if (format === "xlsx" && output === undefined && process.stdout.isTTY) {
    throw new UsageError("XLSX is binary: write it to a file with -o report.xlsx.", "parse");
  }
  // Before any file is read: a long run must not fail at the end for want of the XLSX writer.
  if (format === "xlsx") {
    await loadExcelJS().catch((error: unknown) => {
      throw error instanceof JixiaoError ? new UsageError(`${error.code}: ${error.message}`, "parse") : error;
    });
  }

  const inputs = await collectInputs(positionals);
  if (inputs.documents.length === 0) {
    throw new UsageError(nothingToRead(positionals, inputs), "parse");
  }
  if (output !== undefined) await checkNotAnInput("parse", output, inputs.documents);
  const tally = new Tally();
  const earlier: EarlierRun = values.resume ? await readEarlierRun(output!) : { done: new Set<string>(), counts: [] };
  // Only the earlier lines of files still named on the command line count in this run's summary.
  const wanted = new Set(inputs.documents);
  for (const counts of earlier.counts) if (wanted.has(counts.file)) tally.add(counts, true);
  const documents = inputs.documents.filter((file) => !earlier.done.has(file));

  const destination = await openDestination(output, { resumable: format === "jsonl", continueFrom: earlier.continueFrom });
  // XLSX rows wait on disk next to the output, not in a temp folder that may be memory (tmpfs).
  const sink = await openSink(format, destination, { headers, csvTable, spoolDir: output === undefined ? undefined : dirname(resolve(output)) });
  const overview = values.overview ? new Overview() : undefined;
  const pairs = values.pairs ? new PairCollector() : undefined;
  const progress = new Progress(documents.length, progressMode(values.quiet, output === undefined || overview !== undefined));
  for await (const delivery of readInOrder(documents, pool, settings, format === "jsonl" && !overview && !pairs ? "jsonl" : "records")) {
    await sink.write(delivery);
    if ("outcome" in delivery) pairs?.add(delivery.outcome);
    await overview?.write(delivery);
    tally.add(delivery.counts);
    progress.update(tally);
  }
  const compared = pairs?.compare() ?? [];
  tally.addComparison(compared.flatMap((p) => p.messages));
  if (pairs) await sink.pairs?.(compared);
  await sink.finish();
  await destination.close();
  progress.clear();
  await overview?.finish(output!);
  if (!values.quiet) process.stderr.write(runSummary("parse", tally, inputs) + (pairs ? pairSummary(compared) : ""));
  return tally.fails(failOn) ? 1 : 0;
}
