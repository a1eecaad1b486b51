/**
 * Runs one fuzz case through parseDocx and says what, if anything, is wrong with the outcome:
 * an exception that is not a JixiaoError, an exception on input that must parse, a malformed
 * result, or a case slower than the bound.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { JixiaoError } from "../../src/errors";
import { parseDocx, type ParseOptions } from "../../src/parse";
import type { FuzzCase } from "./cases";

export const FAILURE_DIR = "/tmp/jixiao-fuzz";

/**
 * CPU time allowed for one case. An honest 11-form document takes ~0.2 s through the direct
 * reader and ~1 s through mammoth (the slower cross-check), the small fixtures a tenth of that.
 */
export const MAX_CASE_MS = { direct: 2_000, mammoth: 5_000 } as const;

export interface Outcome {
  /** "ok", or the JixiaoError code. */
  result: string;
  /** CPU time of the case: on a loaded machine wall time says more about the neighbours than about us. */
  ms: number;
  problem?: string;
}

export async function runCase(c: FuzzCase): Promise<Outcome> {
  return outcomeOf(c.input, MAX_CASE_MS[c.reader], { reader: c.reader }, (error) => {
    // The direct reader reads any text; BAD_XML from it means an exception inside it was wrapped.
    if (error.code === "BAD_XML" && c.reader === "direct") return `BAD_XML from the direct reader: ${error.message}`;
    if (c.mustParse && error.code !== "LIMIT_EXCEEDED") return `threw ${error.code} on input that must parse: ${error.message}`;
    return undefined;
  });
}

/**
 * parseDocx on one input: "ok" or the JixiaoError code, with a problem when the result is
 * malformed, something other than a JixiaoError is thrown ("crash"), `judge` objects to the
 * JixiaoError, or the case takes more than `maxMs` of CPU.
 */
export async function outcomeOf(
  input: Uint8Array,
  maxMs: number,
  options: ParseOptions = {},
  judge: (error: JixiaoError) => string | undefined = () => undefined,
): Promise<Outcome> {
  const cpu0 = process.cpuUsage();
  let result = "ok";
  let problem: string | undefined;
  try {
    problem = shapeProblem(await parseDocx(input, options));
  } catch (error) {
    if (!(error instanceof JixiaoError)) {
      result = "crash";
      problem = `threw ${(error as Error)?.stack ?? String(error)}`;
    } else {
      result = error.code;
      problem = judge(error);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  if (!problem && ms > maxMs) problem = `took ${ms.toFixed(0)} ms of CPU, above the bound of ${maxMs} ms`;
  return { result, ms, problem };
}

/** Saves a failing input under FAILURE_DIR; returns the report line with its replay command. */
export function savedFailure(name: string, input: Uint8Array, problem: string, replay: string): string {
  mkdirSync(FAILURE_DIR, { recursive: true });
  const file = `${FAILURE_DIR}/${name}`;
  writeFileSync(file, input);
  return `${problem}\n  input saved to ${file}\n  replay: ${replay}`;
}

function shapeProblem(parsed: unknown): string | undefined {
  const { forms, messages } = (parsed ?? {}) as { forms?: unknown; messages?: unknown };
  if (!Array.isArray(forms) || !Array.isArray(messages)) return "result is not { forms: [], messages: [] }";
  for (const m of messages as Record<string, unknown>[]) {
    if (typeof m?.code !== "string" || typeof m.message !== "string" || !["error", "warning", "info"].includes(m.severity as string)) {
      return `malformed message ${JSON.stringify(m)}`;
    }
  }
  try {
    JSON.stringify(forms);
  } catch (error) {
    return `forms cannot be serialised: ${(error as Error).message}`;
  }
  return undefined;
}

/** Saves the input and returns a report that says how to replay it. */
export function describeFailure(c: FuzzCase, outcome: Outcome, replay: string): string {
  const extension = c.kind === "html" ? "html.doc" : c.kind === "cfb-bytes" ? "doc" : "docx";
  const problem = `case ${c.id} (${c.kind}, ${c.reader} reader, from ${c.seedName}): ${outcome.problem}\n  mutations: ${c.log.join("; ")}`;
  return savedFailure(`${c.id.replace(":", "-")}.${extension}`, c.input, problem, replay);
}
