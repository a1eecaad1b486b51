/**
 * `jixiao prefill 目标表.docx -o 自评表.docx`: one 项目支出绩效自评表 per 项目支出绩效目标表 in the
 * files (Word or any format parse reads, or target records as JSON / JSON Lines), prefilled from it
 * (selfEvaluationFromTarget); `--format json` gives the records instead.
 */
import { parseFile } from "../../parse-file";
import type { ProjectTargetRecordInput } from "../../model/record";
import { selfEvaluationFromTarget } from "../../target/prefill";
import { writeDocxWithMessages } from "../../write";
import { oneOf, parseCommandArgs, UsageError, wholeNumber } from "../args";
import { openDestination } from "../output/destination";
import { reportWriterMessages, requireOutput, writeDocxFile } from "../output/docx";
import { checkNotAnInput, formatOfName } from "../output/target";
import { loadRecords, looksLikeJson } from "../records";

const OPTIONS = {
  output: { type: "string", short: "o" },
  format: { type: "string", short: "f" },
  year: { type: "string" },
  level: { type: "string" },
  quiet: { type: "boolean", short: "q" },
} as const;

const FORMATS = ["docx", "json"] as const;
type Format = (typeof FORMATS)[number];

/** -o 自评表.json means JSON; otherwise the forms are written to Word. */
async function outputFor(values: { output?: string; format?: string }, inputs: string[]): Promise<{ format: Format; output: string | undefined }> {
  const named = values.output !== undefined && formatOfName(values.output) === "json" ? "json" : undefined;
  const format = oneOf("prefill", "format", values.format ?? named, FORMATS, "docx");
  if (format === "docx") return { format, output: await requireOutput("prefill", values.output, inputs) };
  const output = values.output;
  if (output !== undefined && output !== "-") {
    if (named !== "json") throw new UsageError(`-o ${output}: --format json writes JSON; name the output e.g. 自评表.json (or leave -o out for stdout).`, "prefill");
    await checkNotAnInput("prefill", output, inputs);
  }
  return { format, output };
}

/** What a file holds, for the message when it holds no target form: "11 project-self-evaluation". */
function kindsFound(forms: readonly unknown[]): string {
  if (forms.length === 0) return "no form at all";
  const counts = new Map<string, number>();
  for (const f of forms) {
    const kind = (f as { kind?: unknown } | null)?.kind;
    const name = typeof kind === "string" ? kind : "record without a kind";
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(", ");
}

export async function prefillCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("prefill", argv, OPTIONS);
  if (positionals.length === 0) throw new UsageError("Name the target form file(s) to prefill from, e.g. jixiao prefill 目标表.docx -o 自评表.docx.", "prefill");
  const year = wholeNumber("prefill", "year", values.year, 1900);
  if (values.level !== undefined && values.level.trim() === "") throw new UsageError("--level: expected e.g. 县级.", "prefill");
  const { format, output } = await outputFor(values, positionals);

  const targets: ProjectTargetRecordInput[] = [];
  for (const file of positionals) {
    // Target records as JSON or JSON Lines (what parse --format json writes, or records written by
    // hand) are read as generate reads them; selfEvaluationFromTarget checks each against the schema.
    const forms: readonly unknown[] = (await looksLikeJson(file)) ? await loadRecords(file) : (await parseFile(file, { validate: false })).forms;
    const found = forms.filter((f): f is ProjectTargetRecordInput => (f as { kind?: unknown } | null)?.kind === "project-target");
    if (found.length === 0) {
      // Nothing is written: a run that silently left a file out would look complete.
      process.stderr.write(`jixiao prefill: NO_FORM: ${file} holds no 项目支出绩效目标表 (read: ${kindsFound(forms)}); nothing was written.\n`);
      return 1;
    }
    targets.push(...found);
  }
  const records = targets.map((t) => selfEvaluationFromTarget(t, { ...(year === undefined ? {} : { year }), ...(values.level ? { level: values.level } : {}) }));

  if (format === "json") {
    const destination = await openDestination(output);
    await destination.write(`${JSON.stringify(records, null, 2)}\n`);
    await destination.close();
  } else {
    const { value, messages } = await writeDocxWithMessages(records);
    await writeDocxFile(output!, value);
    if (!values.quiet) reportWriterMessages(messages);
  }
  if (!values.quiet && output !== undefined && output !== "-") {
    process.stderr.write(`jixiao prefill: ${records.length} self-evaluation form${records.length === 1 ? "" : "s"} written to ${output}\n`);
  }
  return 0;
}
