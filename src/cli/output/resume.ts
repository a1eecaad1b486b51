/**
 * --resume: which files an earlier run already wrote to a JSONL output. An interrupted run left
 * its lines in `<output>.partial` (see destination.ts), which is taken first; otherwise the
 * finished output is. Lines are grouped by file; a file counts as done when its error line, or all
 * `forms` of its form lines, are there. The run then continues from the complete files' lines: an
 * incomplete last file (the run was stopped while writing it) is left out, so that it is read again
 * and written whole. The outcomes of the done files are rebuilt from their lines, so the summary and
 * the exit code cover the whole output.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { countMessages, type Counts } from "../tally";
import { partialPath } from "./destination";
import type { OutputLine } from "../../export/lines";

export interface EarlierRun {
  done: Set<string>;
  /** What the done files gave, for the summary and the exit code. */
  counts: Counts[];
  /** The output read, and the bytes of it that hold complete files, to continue from. */
  continueFrom?: { path: string; length: number };
}

interface Group {
  file: string;
  start: number;
  expected: number;
  counts: Counts;
  seen: number;
}

function parseLine(text: string): OutputLine | null {
  try {
    const line = JSON.parse(text) as OutputLine;
    return typeof line?.file === "string" && Array.isArray(line.messages) ? line : null;
  } catch {
    return null;
  }
}

const isFile = (path: string) => stat(path).then((s) => s.isFile(), () => false);

/** Reads the earlier output and returns what it holds in full; it is not changed. */
export async function readEarlierRun(output: string): Promise<EarlierRun> {
  const run: EarlierRun = { done: new Set(), counts: [] };
  const partial = partialPath(output);
  const source = (await isFile(partial)) ? partial : (await isFile(output)) ? output : null;
  if (source === null) return run;
  let group: Group | null = null;
  let cut: number | null = null;
  const complete = (g: Group) => g.seen >= g.expected;
  const close = (g: Group | null) => {
    if (g === null || !complete(g)) return;
    run.done.add(g.file);
    run.counts.push(g.counts);
  };
  const take = (text: string, start: number) => {
    if (cut !== null) return;
    const line = parseLine(text);
    if (line === null) {
      cut = start;
      return;
    }
    if (group === null || group.file !== line.file || complete(group)) {
      close(group);
      const counts: Counts = { file: line.file, forms: 0, errors: 0, warnings: 0, ...(line.form === null ? { error: line.error } : {}) };
      group = { file: line.file, start, expected: line.form === null ? 1 : Math.max(1, line.forms), counts, seen: 0 };
    }
    group.seen += 1;
    if (line.form !== null) group.counts.forms += 1;
    const { errors, warnings } = countMessages(line.messages);
    group.counts.errors += errors;
    group.counts.warnings += warnings;
  };

  // Offsets are counted in bytes, since the cut is made on bytes.
  let pending = Buffer.alloc(0);
  let pendingStart = 0;
  let size = 0;
  for await (const chunk of createReadStream(source) as AsyncIterable<Buffer>) {
    size += chunk.length;
    let data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    let newline: number;
    while ((newline = data.indexOf(0x0a)) !== -1) {
      take(data.subarray(0, newline).toString("utf8"), pendingStart);
      pendingStart += newline + 1;
      data = data.subarray(newline + 1);
    }
    pending = Buffer.from(data);
  }
  // A last line without its newline was cut short by the interruption.
  if (pending.length > 0 && cut === null) cut = pendingStart;
  const last = group as Group | null;
  if (last !== null && !complete(last)) cut = Math.min(cut ?? last.start, last.start);
  else close(last);
  run.continueFrom = { path: source, length: cut ?? size };
  return run;
}
