/** Writes the .docx bytes of `generate` and `blank` to -o, or to stdout with -o -. */
import { writeFile } from "node:fs/promises";
import type { Message } from "../../model/message";
import { UsageError } from "../args";

export function requireOutput(command: string, output: string | undefined): string {
  if (output === undefined) throw new UsageError("Name the .docx to write with -o FILE.docx (or -o - for stdout).", command);
  if (output === "-" && process.stdout.isTTY) throw new UsageError(".docx is binary: write it to a file with -o FILE.docx.", command);
  return output;
}

export async function writeDocxFile(output: string, bytes: Uint8Array): Promise<void> {
  if (output === "-") await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (e) => (e ? reject(e) : resolve())));
  else await writeFile(output, bytes);
}

export function reportWriterMessages(messages: readonly Message[]): void {
  for (const m of messages) process.stderr.write(`${m.path ?? ""}${m.path ? " " : ""}${m.severity} ${m.code} ${m.message}\n`);
}
