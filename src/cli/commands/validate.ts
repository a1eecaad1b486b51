/**
 * `jixiao validate`: reads files as `parse` does, or JSON records as `parse` writes them, and prints
 * per file a line naming its forms' kinds, then each message on one line (message-lines.ts).
 */
import { FAIL_ON, poolOptions, oneOf, parseCommandArgs, UsageError } from "../args";
import { collectInputs, nothingToRead } from "../inputs";
import { messageLines } from "../message-lines";
import { readInOrder } from "../pool";
import { Progress } from "../progress";
import { runSummary } from "../summary";
import { Tally } from "../tally";
import { recordsOf } from "../delivery";
import { progressMode, readSettings } from "./parse";

const OPTIONS = {
  jobs: { type: "string", short: "j" },
  "file-timeout": { type: "string" },
  reader: { type: "string" },
  lang: { type: "string" },
  "fail-on": { type: "string" },
  soffice: { type: "string" },
  timeout: { type: "string" },
  convert: { type: "string" },
  quiet: { type: "boolean", short: "q" },
} as const;

export async function validateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("validate", argv, OPTIONS);
  if (positionals.length === 0) throw new UsageError("Name at least one file, directory or glob to check.", "validate");
  const language = oneOf("validate", "lang", values.lang, ["en", "zh"] as const, "en");
  const failOn = oneOf("validate", "fail-on", values["fail-on"], FAIL_ON, "error");
  const pool = poolOptions("validate", values);
  const settings = { ...readSettings("validate", values), validate: true, records: true };
  const inputs = await collectInputs(positionals);
  if (inputs.documents.length === 0) {
    throw new UsageError(nothingToRead(positionals, inputs), "validate");
  }
  const tally = new Tally();
  const progress = new Progress(inputs.documents.length, progressMode(values.quiet, true));
  for await (const delivery of readInOrder(inputs.documents, pool, settings)) {
    const lines = messageLines(recordsOf(delivery), language);
    if (lines.length > 0) {
      progress.clear();
      if (!process.stdout.write(lines.join("\n") + "\n")) await new Promise((resolve) => process.stdout.once("drain", resolve));
    }
    tally.add(delivery.counts);
    progress.update(tally);
  }
  progress.clear();
  if (!values.quiet) process.stderr.write(runSummary("validate", tally, inputs, language));
  return tally.fails(failOn) ? 1 : 0;
}
