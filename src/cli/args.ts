/**
 * Command-line arguments with node:util parseArgs, and the one error type for bad usage: the
 * command prints its message and exits 2, never a stack trace.
 */
import type { PoolOptions } from "./pool";
import { availableParallelism } from "node:os";
import { parseArgs, type ParseArgsConfig } from "node:util";

export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
    this.name = "UsageError";
  }
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** parseArgs in strict mode, its errors turned into UsageError with the command's name. */
export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, "."), command);
  }
}

export function oneOf<T extends string>(command: string, option: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${choices.join(", ")} (got "${value}").`, command);
}

export function wholeNumber(command: string, option: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${option} must be a whole number ≥ ${min} (got "${value}").`, command);
  return n;
}

/** --jobs: default one worker per CPU. */
export function jobsOption(command: string, value: string | undefined): number {
  return wholeNumber(command, "jobs", value, 1) ?? availableParallelism();
}

/** Above LibreOffice's own default timeout (120 s), so a conversion is stopped by that first. */
export const DEFAULT_FILE_TIMEOUT_S = 300;

/**
 * --jobs and --file-timeout. The time limit needs a worker to stop: with --jobs 1 the files are
 * read on the main thread unless --file-timeout is given, which then reads them on one worker.
 */
export function poolOptions(command: string, values: { jobs?: string; "file-timeout"?: string }): PoolOptions {
  const jobs = jobsOption(command, values.jobs);
  const seconds = wholeNumber(command, "file-timeout", values["file-timeout"], 0);
  const limit = seconds ?? DEFAULT_FILE_TIMEOUT_S;
  return { jobs, fileTimeoutMs: limit === 0 ? null : limit * 1000, isolate: jobs === 1 && seconds !== undefined && seconds > 0 };
}

/** Severities, most to least severe, that --fail-on can stop at; "failed" counts only files that gave no form. */
export const FAIL_ON = ["failed", "error", "warning", "never"] as const;
export type FailOn = (typeof FAIL_ON)[number];
