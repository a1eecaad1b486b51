/**
 * `jixiao generate data.json -o out.docx`: records → a .docx of forms. Takes what `parse` writes
 * (its JSON array or JSON Lines, whose `record` fields are used and error lines skipped), a
 * parseDocx result ({ forms }), an array of records, or one record.
 */
import { readFile } from "node:fs/promises";
import { JixiaoError } from "../../errors";
import { writeDocxWithMessages } from "../../write";
import { parseCommandArgs, UsageError } from "../args";
import { reportWriterMessages, requireOutput, writeDocxFile } from "../output/docx";

const OPTIONS = {
  output: { type: "string", short: "o" },
  quiet: { type: "boolean", short: "q" },
} as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A parse output line carries its record under `record`; a line for a failed file has none. */
function recordsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(recordsOf);
  if (isObject(value) && Array.isArray(value.forms)) return value.forms;
  if (isObject(value) && "file" in value && ("record" in value || "error" in value)) return value.record ? [value.record] : [];
  return [value];
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new JixiaoError("INVALID_RECORD", `${where} is not valid JSON: ${(error as Error).message}`);
  }
}

export async function loadRecords(path: string): Promise<unknown[]> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new JixiaoError("FILE_NOT_FOUND", error.code === "ENOENT" ? `File not found: ${path}. Check the path.` : `Cannot read ${path}: ${error.message}`);
  });
  const body = text.replace(/^\ufeff/, "");
  const lines = /\.jsonl$/i.test(path)
    ? body.split(/\r?\n/).flatMap((line, i) => (line.trim() ? [parseJson(line, `${path} line ${i + 1}`)] : []))
    : [parseJson(body, path)];
  return lines.flatMap(recordsOf);
}

export async function generateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("generate", argv, OPTIONS);
  if (positionals.length !== 1) throw new UsageError("Name one JSON or JSONL file of records.", "generate");
  const output = requireOutput("generate", values.output);
  const records = await loadRecords(positionals[0]);
  const { value, messages } = await writeDocxWithMessages(records as Parameters<typeof writeDocxWithMessages>[0]);
  await writeDocxFile(output, value);
  if (!values.quiet) {
    reportWriterMessages(messages);
    if (output !== "-") process.stderr.write(`jixiao generate: ${records.length} form${records.length === 1 ? "" : "s"} written to ${output}\n`);
  }
  return 0;
}
