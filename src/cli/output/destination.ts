/**
 * Where a command's output goes: a file (-o) or stdout. Writes wait for the stream to drain, so a
 * slow disk or a slow pipe slows the run down instead of filling memory.
 *
 * A file is written as `<name>.partial` beside it and renamed to its name once complete, so the
 * name only ever holds a whole output (an earlier one stays untouched until then). A run that ends
 * early removes its partial file, except JSON Lines: those lines are complete records that
 * `--resume` continues from (see resume.ts), so the partial file is kept and the user told.
 */
import { createReadStream, createWriteStream, unlinkSync } from "node:fs";
import { once } from "node:events";
import { rename, truncate } from "node:fs/promises";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { UsageError } from "../args";

export interface Destination {
  stream: Writable;
  /** `written` is called once the bytes are out of the stream's hands (or the write failed). */
  write(text: string | Uint8Array, written?: () => void): Promise<void>;
  /** Ends a file and gives it its name; leaves stdout open for whatever the process prints next. */
  close(): Promise<void>;
}

export interface DestinationOptions {
  /** Keep the partial file when the run ends early (JSON Lines, which --resume continues). */
  resumable?: boolean;
  /**
   * Start from the first `length` bytes of an earlier output (--resume): the partial file itself
   * is cut there and appended to; the finished output is copied that far into a new partial file.
   */
  continueFrom?: { path: string; length: number };
}

export function partialPath(path: string): string {
  return `${path}.partial`;
}

export async function openDestination(path: string | undefined, options: DestinationOptions = {}): Promise<Destination> {
  if (path === undefined || path === "-") return stdoutDestination();
  const partial = partialPath(path);
  const from = options.continueFrom;
  // An interrupted run may have left a longer tail after the complete lines: it is cut off.
  if (from?.path === partial) await truncate(partial, from.length);
  const stream = createWriteStream(partial, { flags: from?.path === partial ? "a" : "w" });
  await once(stream, "open").catch((error: Error) => {
    throw new UsageError(`Cannot write ${path}: ${error.message}`);
  });
  const unfinished = watchUnfinished(path, partial, options.resumable === true);
  if (from && from.path !== partial && from.length > 0) {
    for await (const chunk of createReadStream(from.path, { start: 0, end: from.length - 1 })) await writeTo(stream, chunk as Buffer);
  }
  return {
    stream,
    write: (text, written) => writeTo(stream, text, written),
    async close() {
      // The xlsx writer pipes into the stream and ends it itself.
      if (!stream.writableEnded) stream.end();
      await finished(stream);
      await rename(partial, path);
      unfinished.done();
    },
  };
}

function stdoutDestination(): Destination {
  const stream = process.stdout;
  return { stream, write: (text, written) => writeTo(stream, text, written), async close() {} };
}

async function writeTo(stream: Writable, text: string | Uint8Array, written?: () => void): Promise<void> {
  if (!stream.write(text, written && (() => written()))) await once(stream, "drain");
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Until the output is complete: on an exit or a signal (Ctrl-C), removes the partial file, or,
 * when it can be resumed, keeps it and says how to continue. A signal is then raised again, so the
 * process ends the way it would have.
 */
function watchUnfinished(path: string, partial: string, resumable: boolean): { done(): void } {
  let handled = false;
  const leave = () => {
    if (handled) return;
    handled = true;
    if (resumable) {
      process.stderr.write(`\njixiao: the run did not finish; the lines written so far are in ${partial}. Run the same command with --resume to continue; ${path} is unchanged.\n`);
      return;
    }
    try {
      unlinkSync(partial);
    } catch {
      // Already gone.
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    leave();
    stop();
    process.kill(process.pid, signal);
  };
  const stop = () => {
    process.off("exit", leave);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  process.on("exit", leave);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return {
    done() {
      handled = true;
      stop();
    },
  };
}
