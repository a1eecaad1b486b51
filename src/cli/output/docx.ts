/** Writes the .docx bytes of `generate` and `blank` to -o, or to stdout with -o -. */
import type { Message } from "../../model/message";
import { UsageError } from "../args";
import { openDestination } from "./destination";
import { checkDocxOutput, checkNotAnInput } from "./target";

/** -o, checked before anything is read or written: a .docx name (or -), and none of `inputs`. */
export async function requireOutput(command: string, output: string | undefined, inputs: readonly string[] = []): Promise<string> {
  if (output === undefined) throw new UsageError("Name the .docx to write with -o FILE.docx (or -o - for stdout).", command);
  if (output === "-" && process.stdout.isTTY) throw new UsageError(".docx is binary: write it to a file with -o FILE.docx.", command);
  checkDocxOutput(command, output);
  if (output !== "-") await checkNotAnInput(command, output, inputs);
  return output;
}

/** Through a partial file renamed when complete, as every output of the command. */
export async function writeDocxFile(output: string, bytes: Uint8Array): Promise<void> {
  const destination = await openDestination(output);
  await destination.write(bytes);
  await destination.close();
}

export function reportWriterMessages(messages: readonly Message[]): void {
  for (const m of messages) process.stderr.write(`${m.path ?? ""}${m.path ? " " : ""}${m.severity} ${m.code} ${m.message}\n`);
}
