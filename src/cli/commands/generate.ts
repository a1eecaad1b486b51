/** `jixiao generate data.json -o out.docx`: records (see records.ts) → a .docx of forms. */
import { writeDocxWithMessages } from "../../write";
import { parseCommandArgs, UsageError } from "../args";
import { reportWriterMessages, requireOutput, writeDocxFile } from "../output/docx";
import { loadRecords } from "../records";

const OPTIONS = {
  output: { type: "string", short: "o" },
  quiet: { type: "boolean", short: "q" },
} as const;

export async function generateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("generate", argv, OPTIONS);
  if (positionals.length !== 1) throw new UsageError("Name one JSON or JSONL file of records.", "generate");
  const output = await requireOutput("generate", values.output, positionals);
  const records = await loadRecords(positionals[0]);
  const { value, messages } = await writeDocxWithMessages(records as Parameters<typeof writeDocxWithMessages>[0]);
  await writeDocxFile(output, value);
  if (!values.quiet) {
    reportWriterMessages(messages);
    if (output !== "-") process.stderr.write(`jixiao generate: ${records.length} form${records.length === 1 ? "" : "s"} written to ${output}\n`);
  }
  return 0;
}
