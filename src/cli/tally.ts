/** Counts of a run for the progress display, the summary and the exit code. */
import type { Message } from "../model/message";
import type { FailOn } from "./args";
import type { FileError, FileOutcome } from "./outcome";

/** How many failed or skipped files the summary names before it says "and N more". */
export const LISTED = 20;

/** What one file gave, without its records. */
export interface Counts {
  file: string;
  forms: number;
  errors: number;
  warnings: number;
  error?: FileError;
}

export function countMessages(messages: readonly Pick<Message, "severity">[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const m of messages) {
    if (m.severity === "error") errors += 1;
    else if (m.severity === "warning") warnings += 1;
  }
  return { errors, warnings };
}

export function outcomeCounts(outcome: FileOutcome): Counts {
  return { file: outcome.file, forms: outcome.forms.length, ...countMessages(outcome.messages), ...(outcome.error ? { error: outcome.error } : {}) };
}

export class Tally {
  readonly startedAt = performance.now();
  /** Files read in this run. */
  files = 0;
  /** Files found complete in the output of an earlier run (--resume). */
  earlier = 0;
  failed = 0;
  forms = 0;
  /** Error-severity messages, plus one per failed file. */
  errors = 0;
  warnings = 0;
  readonly failures: (FileError & { file: string })[] = [];

  add(counts: Counts, fromEarlierRun = false): void {
    if (fromEarlierRun) this.earlier += 1;
    else this.files += 1;
    this.forms += counts.forms;
    this.errors += counts.errors;
    this.warnings += counts.warnings;
    if (counts.error) {
      this.failed += 1;
      this.errors += 1;
      if (this.failures.length < LISTED) this.failures.push({ file: counts.file, ...counts.error });
    }
  }

  /**
   * The messages comparing target forms with self-evaluation forms (`parse --pairs`), counted by
   * severity like the forms' own, so the summary's counts and --fail-on agree.
   */
  addComparison(messages: readonly Pick<Message, "severity">[]): void {
    const counts = countMessages(messages);
    this.errors += counts.errors;
    this.warnings += counts.warnings;
  }

  elapsedSeconds(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  /** Whether the run fails under --fail-on: "failed" counts files that gave no form, "error" and
   * "warning" count messages of that severity or worse as well. */
  fails(level: FailOn): boolean {
    switch (level) {
      case "never": return false;
      case "failed": return this.failed > 0;
      case "error": return this.errors > 0;
      case "warning": return this.errors + this.warnings > 0;
    }
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
