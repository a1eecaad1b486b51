/**
 * Runs one fuzz case through parseDocx and says what, if anything, is wrong with the outcome:
 * an exception that is not a JixiaoError, an exception on input that must parse, a malformed
 * result, or a case slower than the bound.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { JixiaoError } from "../../src/errors";
import { parseDocx } from "../../src/parse";
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
  const maxMs = MAX_CASE_MS[c.reader];
  const cpu0 = process.cpuUsage();
  let result = "ok";
  let problem: string | undefined;
  try {
    const parsed = await parseDocx(c.input, { reader: c.reader });
    problem = shapeProblem(parsed);
  } catch (error) {
    if (!(error instanceof JixiaoError)) {
      result = "crash";
      problem = `threw ${(error as Error)?.stack ?? String(error)}`;
    } else {
      result = error.code;
      // The direct reader reads any text; BAD_XML from it means an exception inside it was wrapped.
      if (error.code === "BAD_XML" && c.reader === "direct") problem = `BAD_XML from the direct reader: ${error.message}`;
      else if (c.mustParse && error.code !== "LIMIT_EXCEEDED") problem = `threw ${error.code} on input that must parse: ${error.message}`;
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  if (!problem && ms > maxMs) problem = `took ${ms.toFixed(0)} ms of CPU, above the bound of ${maxMs} ms`;
  return { result, ms, problem };
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
  mkdirSync(FAILURE_DIR, { recursive: true });
  const extension = c.kind === "html" ? "html.doc" : c.kind === "cfb-bytes" ? "doc" : "docx";
  const file = `${FAILURE_DIR}/${c.id.replace(":", "-")}.${extension}`;
  writeFileSync(file, c.input);
  return [
    `case ${c.id} (${c.kind}, ${c.reader} reader, from ${c.seedName}): ${outcome.problem}`,
    `  mutations: ${c.log.join("; ")}`,
    `  input saved to ${file}`,
    `  replay: ${replay}`,
  ].join("\n");
}
