/**
 * Where a command's output goes: a file (-o) or stdout. Writes wait for the stream to drain, so a
 * slow disk or a slow pipe slows the run down instead of filling memory.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { UsageError } from "../args";

export interface Destination {
  stream: Writable;
  /** `written` is called once the bytes are out of the stream's hands (or the write failed). */
  write(text: string | Uint8Array, written?: () => void): Promise<void>;
  /** Ends a file; leaves stdout open for whatever the process prints next. */
  close(): Promise<void>;
}

export async function openDestination(path: string | undefined, options: { append?: boolean } = {}): Promise<Destination> {
  const toFile = path !== undefined && path !== "-";
  const stream: Writable = toFile ? createWriteStream(path, { flags: options.append ? "a" : "w" }) : process.stdout;
  if (toFile) {
    await once(stream, "open").catch((error: Error) => {
      throw new UsageError(`Cannot write ${path}: ${error.message}`);
    });
  }
  return {
    stream,
    async write(text, written) {
      if (!stream.write(text, written && (() => written()))) await once(stream, "drain");
    },
    async close() {
      if (!toFile) return;
      // The xlsx writer pipes into the stream and ends it itself.
      if (!stream.writableEnded) stream.end();
      await finished(stream);
    },
  };
}
