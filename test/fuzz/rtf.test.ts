/**
 * Fuzzing the RTF reader: 2,000 seeded cases, half RTF generated from the control words the
 * reader knows (with extreme parameters, unbalanced groups, stray bytes), half byte mutations of
 * the RTF fixtures. Every case must end in a result of the right shape or a JixiaoError, within a
 * CPU-time bound. A failing case's input is saved under /tmp/jixiao-fuzz with how to replay it:
 *
 *   JIXIAO_RTF_FUZZ_SEED=<seed> JIXIAO_RTF_FUZZ_CASE=<i> npx vitest run test/fuzz/rtf.test.ts
 *   JIXIAO_RTF_FUZZ_CASES=20000 npx vitest run test/fuzz/rtf.test.ts     # a longer campaign
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, it } from "vitest";
import { JixiaoError } from "../../src/errors";
import { parseDocx } from "../../src/parse";
import { FIXTURES } from "../helpers/fixtures";
import { Random } from "./random";
import { generatedRtf, mutatedRtf, rtfSeeds } from "./rtf-cases";

const SEED = Number(process.env.JIXIAO_RTF_FUZZ_SEED ?? 20261126);
const CASES = Number(process.env.JIXIAO_RTF_FUZZ_CASES ?? 2_000);
const ONLY = process.env.JIXIAO_RTF_FUZZ_CASE === undefined ? undefined : Number(process.env.JIXIAO_RTF_FUZZ_CASE);
const MAX_CASE_MS = 2_000;
const FAILURE_DIR = "/tmp/jixiao-fuzz";

const SEEDS = rtfSeeds(FIXTURES + "rtf");

async function problemOf(input: Uint8Array): Promise<string | undefined> {
  const cpu0 = process.cpuUsage();
  let problem: string | undefined;
  try {
    const { forms, messages } = await parseDocx(input);
    if (!Array.isArray(forms) || !Array.isArray(messages)) problem = "result is not { forms: [], messages: [] }";
    for (const m of messages) {
      if (typeof m.code !== "string" || typeof m.message !== "string" || !["error", "warning", "info"].includes(m.severity)) problem = `malformed message ${JSON.stringify(m)}`;
    }
    JSON.stringify(forms);
  } catch (error) {
    if (!(error instanceof JixiaoError)) problem = `threw ${(error as Error)?.stack ?? String(error)}`;
  }
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  if (!problem && ms > MAX_CASE_MS) problem = `took ${ms.toFixed(0)} ms of CPU, above ${MAX_CASE_MS} ms`;
  return problem;
}

it(`RTF fuzz: ${CASES} seeded cases (seed ${SEED}), every failure a JixiaoError, none slow`, async () => {
  const failures: string[] = [];
  for (let i = 0; i < CASES; i++) {
    if (ONLY !== undefined && i !== ONLY) continue;
    const random = Random.forCase(SEED, i);
    const input = i % 2 === 0 ? generatedRtf(random) : mutatedRtf(random, SEEDS);
    const problem = await problemOf(input);
    if (!problem) continue;
    mkdirSync(FAILURE_DIR, { recursive: true });
    const file = `${FAILURE_DIR}/rtf-${SEED}-${i}.rtf`;
    writeFileSync(file, input);
    failures.push(`case ${i}: ${problem}\n  input saved to ${file}\n  replay: JIXIAO_RTF_FUZZ_SEED=${SEED} JIXIAO_RTF_FUZZ_CASE=${i} npx vitest run test/fuzz/rtf.test.ts`);
    if (failures.length >= 5) break;
  }
  expect(failures.join("\n\n")).toBe("");
}, 600_000);
