/**
 * `jixiao validate`: reads files as `parse` does and prints each message on one line, the way a
 * compiler does, so editors and grep can jump to it:
 *
 *   in/a.docx:附件4-7:total.score error TOTAL_SCORE_MISMATCH 总分 score is 96 but … [table 7, row 19, col 8]
 */
import type { Message } from "../../model/message";
import { FAIL_ON, poolOptions, oneOf, parseCommandArgs, UsageError } from "../args";
import { collectInputs, nothingToRead } from "../inputs";
import type { FileOutcome } from "../outcome";
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
  quiet: { type: "boolean", short: "q" },
} as const;

type Language = "en" | "zh";

/** Table, row and column counted from 1, as a person counts them in Word. */
function place(m: Message): string {
  return m.cell ? ` [table ${m.cell.table + 1}, row ${m.cell.row + 1}, col ${m.cell.col + 1}]` : "";
}

export function messageLines(outcome: FileOutcome, language: Language): string[] {
  const { file, forms, messages, error } = outcome;
  const formName = (i: number) => forms[i]?.attachment ?? `form ${i}`;
  const text = (m: Message) => (language === "zh" && m.messageZh ? m.messageZh : m.message);
  const lines = messages.map((m) => {
    const where = [file, ...(m.form === undefined ? [] : [formName(m.form)]), ...(m.path ? [m.path] : [])].join(":");
    return `${where} ${m.severity} ${m.code} ${text(m)}${place(m)}`;
  });
  if (error) lines.unshift(`${file} error ${error.code} ${error.message}`);
  return lines;
}

export async function validateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("validate", argv, OPTIONS);
  if (positionals.length === 0) throw new UsageError("Name at least one file, directory or glob to check.", "validate");
  const language = oneOf("validate", "lang", values.lang, ["en", "zh"] as const, "en");
  const failOn = oneOf("validate", "fail-on", values["fail-on"], FAIL_ON, "error");
  const pool = poolOptions("validate", values);
  const settings = { ...readSettings("validate", values), validate: true };
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
  if (!values.quiet) process.stderr.write(runSummary("validate", tally, inputs));
  return tally.fails(failOn) ? 1 : 0;
}
