/**
 * What reading one file hands to the main thread: the counts the tally needs, and the output itself.
 * For JSON Lines, the default format, the worker serializes and UTF-8-encodes the lines and the bytes
 * are transferred, not cloned: the main thread shares the machine's cores with the workers, and
 * stringifying, cloning and encoding every record there cost a fifth of a core on two (see
 * bench/README.md). Other formats need the records themselves.
 */
import { jsonLinesOf } from "../export/lines";
import type { FileOutcome } from "./outcome";
import { outcomeCounts, type Counts } from "./tally";

export type Encoding = "jsonl" | "records";

export type Delivery =
  | { counts: Counts; jsonl: Uint8Array; release?: () => void }
  | { counts: Counts; outcome: FileOutcome };

const encoder = new TextEncoder();

/**
 * Buffers the main thread has written and handed back, for the next files. A file's lines take a
 * few hundred kilobytes; allocating them afresh for every file, and freeing them only when the
 * main thread's small heap happened to be collected, let the process's memory drift up by a
 * hundred megabytes and more in some runs.
 */
const spare: ArrayBuffer[] = [];
const SPARE_BUFFERS = 4;

export function reuseBuffer(buffer: ArrayBuffer): void {
  if (spare.length < SPARE_BUFFERS) spare.push(buffer);
}

function bufferOf(capacity: number): Uint8Array {
  const at = spare.findIndex((b) => b.byteLength >= capacity);
  if (at >= 0) return new Uint8Array(spare.splice(at, 1)[0]);
  // None is large enough: let the smallest go, so the spares grow with the files.
  if (spare.length === SPARE_BUFFERS) spare.sort((a, b) => a.byteLength - b.byteLength).shift();
  return new Uint8Array(capacity);
}

/**
 * Each line is encoded on its own into one buffer: joining a file's lines first would make one
 * string of a few hundred kilobytes per file, which V8 keeps in its large-object space until a
 * full collection.
 */
export function jsonlBytes(outcome: FileOutcome): Uint8Array {
  const lines = jsonLinesOf(outcome);
  let capacity = 0;
  for (const line of lines) capacity += line.length * 3 + 1;
  const bytes = bufferOf(capacity);
  let at = 0;
  for (const line of lines) {
    at += encoder.encodeInto(line, bytes.subarray(at)).written;
    bytes[at++] = 10;
  }
  return bytes.subarray(0, at);
}

export function deliver(outcome: FileOutcome, encoding: Encoding): Delivery {
  const counts = outcomeCounts(outcome);
  return encoding === "jsonl" ? { counts, jsonl: jsonlBytes(outcome) } : { counts, outcome };
}

/** The records of a delivery; a JSON Lines delivery carries none (the pool is asked for records then). */
export function recordsOf(delivery: Delivery): FileOutcome {
  if ("outcome" in delivery) return delivery.outcome;
  throw new Error("internal: a JSON Lines delivery has no records");
}
