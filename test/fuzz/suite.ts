/**
 * The in-suite campaign: a fixed seed and a fixed number of cases, so a run is reproducible.
 * FUZZ_SEED changes the seed, FUZZ_SCALE multiplies the number of cases, FUZZ_CASE replays one.
 */
import { FIXTURES } from "../helpers/fixtures";
import { makeCase, type CaseKind, type Corpus } from "./cases";
import { loadCorpus, loadOtherSeeds, SUITE_FIXTURES } from "./corpus";
import { describeFailure, runCase } from "./harness";

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 0x5eed_2021);

let corpus: Corpus | undefined;

export interface SuiteResult {
  /** Cases the configuration asks for (the count × FUZZ_SCALE), and cases actually run. */
  planned: number;
  cases: number;
  failures: string[];
  /** Outcome → number of cases: "ok" or a JixiaoError code. */
  outcomes: Record<string, number>;
  slowestMs: number;
  slowest: string;
  /** Cases whose mutated document.xml is still well-formed XML, and how many of them parsed. */
  wellFormed: number;
  wellFormedParsed: number;
}

export async function fuzzSuite(testFile: string, kinds: CaseKind[], cases: number, mammothShare: number): Promise<SuiteResult> {
  corpus ??= { docx: loadCorpus(FIXTURES, SUITE_FIXTURES), other: loadOtherSeeds(FIXTURES) };
  const count = Math.round(cases * Number(process.env.FUZZ_SCALE ?? 1));
  const only = process.env.FUZZ_CASE;
  const indexes = only === undefined ? Array.from({ length: count }, (_, i) => i) : [Number(only)];
  const result: SuiteResult = { planned: indexes.length, cases: 0, failures: [], outcomes: {}, slowestMs: 0, slowest: "", wellFormed: 0, wellFormedParsed: 0 };
  for (const index of indexes) {
    const c = makeCase(corpus, FUZZ_SEED, index, kinds, mammothShare);
    const outcome = await runCase(c);
    result.cases++;
    result.outcomes[outcome.result] = (result.outcomes[outcome.result] ?? 0) + 1;
    if (outcome.ms > result.slowestMs) [result.slowestMs, result.slowest] = [outcome.ms, `${c.id} ${c.kind} ${c.reader} ${c.seedName}`];
    if (c.wellFormed) {
      result.wellFormed++;
      if (outcome.result === "ok") result.wellFormedParsed++;
    }
    if (outcome.problem) {
      result.failures.push(describeFailure(c, outcome, `FUZZ_SEED=${FUZZ_SEED} FUZZ_CASE=${index} npx vitest run ${testFile}`));
    }
  }
  return result;
}

/**
 * What a full run must show besides "no failures": it ran every case asked for, and enough of them
 * parsed without an error (`minParsed` per 1,000 cases) — a mutator or a corpus that broke every
 * input would otherwise test nothing but the error paths. A replay of one case (FUZZ_CASE) is exempt.
 */
export function runProblems(r: SuiteResult, expected: { cases: number; minParsedPerMille: number; minWellFormedParsedPerMille?: number }): string[] {
  if (process.env.FUZZ_CASE !== undefined) return [];
  const problems: string[] = [];
  const planned = Math.round(expected.cases * Number(process.env.FUZZ_SCALE ?? 1));
  if (r.planned !== planned || r.cases < planned) problems.push(`ran ${r.cases} of ${r.planned} cases; the configuration asks for ${planned}`);
  const floor = (perMille: number) => Math.ceil((r.cases * perMille) / 1000);
  const parsed = r.outcomes.ok ?? 0;
  if (parsed < floor(expected.minParsedPerMille)) problems.push(`only ${parsed} of ${r.cases} cases parsed without an error; the floor is ${floor(expected.minParsedPerMille)}`);
  if (expected.minWellFormedParsedPerMille !== undefined && r.wellFormedParsed < floor(expected.minWellFormedParsedPerMille)) {
    problems.push(`only ${r.wellFormedParsed} of ${r.cases} cases were well-formed XML and parsed; the floor is ${floor(expected.minWellFormedParsedPerMille)}`);
  }
  return problems;
}

export function summary(name: string, r: SuiteResult): string {
  const outcomes = Object.entries(r.outcomes).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ");
  return [
    `${name}: ${r.cases} of ${r.planned} cases run (seed ${FUZZ_SEED}); ${outcomes}`,
    `  still well-formed XML: ${r.wellFormed}, of which parsed: ${r.wellFormedParsed}`,
    `  slowest: ${r.slowestMs.toFixed(0)} ms (case ${r.slowest})`,
  ].join("\n");
}
