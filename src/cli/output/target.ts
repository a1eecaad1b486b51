/**
 * Checks on -o made before anything is opened: an output is never one of the inputs, never a
 * Word file when records are written, and its extension never says another format than the one
 * written. Each is a usage error (exit 2), so nothing is truncated by a slip of the keyboard.
 */
import { stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { UsageError } from "../args";

/** Names Word, WPS or RTF would open: records written under one would be taken for a document. */
const DOCUMENT_EXTENSIONS = [".docx", ".docm", ".dotx", ".dotm", ".doc", ".dot", ".wps", ".wpt", ".rtf"];

/** The output formats of `parse` told by an -o name; .ndjson is another name for JSON Lines. */
const FORMAT_OF_EXTENSION: Record<string, string> = { ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".xlsx": "xlsx" };

export function extensionOf(path: string): string {
  return extname(path).toLowerCase();
}

/** The format an -o name implies, if its extension names one. */
export function formatOfName(output: string): string | undefined {
  return FORMAT_OF_EXTENSION[extensionOf(output)];
}

/** `parse -o`: records, never under a Word document's name; an extension that names a format must agree with --format. */
export function checkRecordsOutput(output: string, format: string): void {
  const ext = extensionOf(output);
  if (DOCUMENT_EXTENSIONS.includes(ext)) {
    throw new UsageError(`-o ${output}: parse writes records (JSON Lines, JSON, CSV or XLSX), not a Word document; name the output e.g. forms.jsonl. (To write forms to Word, use "jixiao generate".)`, "parse");
  }
  const named = formatOfName(output);
  if (named !== undefined && named !== format) {
    throw new UsageError(`-o ${output} names a ${ext} file but --format is ${format}: drop --format, or give -o a .${format} name.`, "parse");
  }
}

/** `generate` and `blank` write .docx bytes: any other extension would mislabel them. */
export function checkDocxOutput(command: string, output: string): void {
  if (output === "-" || extensionOf(output) === ".docx") return;
  throw new UsageError(`-o ${output}: ${command} writes a .docx; name the output FILE.docx (or -o - for stdout).`, command);
}

/**
 * Refuses an -o that is one of the inputs, by its path or, when it already exists, by being the
 * same file (a link, another spelling of the path).
 */
export async function checkNotAnInput(command: string, output: string, inputs: readonly string[]): Promise<void> {
  const target = resolve(output);
  const existing = await stat(output).catch(() => null);
  if (existing?.isDirectory()) throw new UsageError(`-o ${output} is a directory; name a file.`, command);
  for (const input of inputs) {
    let same = resolve(input) === target;
    if (!same && existing) {
      const info = await stat(input).catch(() => null);
      same = info !== null && info.dev === existing.dev && info.ino === existing.ino;
    }
    if (same) throw new UsageError(`-o ${output} is also an input (${input}); writing it would destroy what is being read. Name another output file.`, command);
  }
}
