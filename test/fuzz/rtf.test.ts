/**
 * Fuzzing the RTF reader: 2,000 seeded cases, half RTF generated from the control words the
 * reader knows (with extreme parameters, unbalanced groups, stray bytes), half byte mutations of
 * the RTF fixtures. Every case must end in a result of the right shape or a JixiaoError, within a
 * CPU-time bound. A failing case's input is saved under /tmp/jixiao-fuzz with how to replay it:
 *
 *   JIXIAO_RTF_FUZZ_SEED=<seed> JIXIAO_RTF_FUZZ_CASE=<i> npx vitest run test/fuzz/rtf.test.ts
 *   JIXIAO_RTF_FUZZ_CASES=20000 npx vitest run test/fuzz/rtf.test.ts     # a longer campaign
 */
import { expect, it } from "vitest";
import { FIXTURES } from "../helpers/fixtures";
import { outcomeOf, savedFailure } from "./harness";
import { Random } from "./random";
import { generatedRtf, mutatedRtf, rtfSeeds } from "./rtf-cases";

const SEED = Number(process.env.JIXIAO_RTF_FUZZ_SEED ?? 20261126);
const CASES = Number(process.env.JIXIAO_RTF_FUZZ_CASES ?? 2_000);
const ONLY = process.env.JIXIAO_RTF_FUZZ_CASE === undefined ? undefined : Number(process.env.JIXIAO_RTF_FUZZ_CASE);
const MAX_CASE_MS = 2_000;

const SEEDS = rtfSeeds(FIXTURES + "rtf");

it(`RTF fuzz: ${CASES} seeded cases (seed ${SEED}), every failure a JixiaoError, none slow`, async () => {
  const failures: string[] = [];
  const outcomes: Record<string, Record<string, number>> = { generated: {}, mutated: {} };
  let ran = 0;
  for (let i = 0; i < CASES; i++) {
    if (ONLY !== undefined && i !== ONLY) continue;
    const random = Random.forCase(SEED, i);
    const kind = i % 2 === 0 ? "generated" : "mutated";
    const input = kind === "generated" ? generatedRtf(random) : mutatedRtf(random, SEEDS);
    const { result, problem } = await outcomeOf(input, MAX_CASE_MS);
    ran++;
    outcomes[kind][result] = (outcomes[kind][result] ?? 0) + 1;
    if (!problem) continue;
    failures.push(savedFailure(`rtf-${SEED}-${i}.rtf`, input, `case ${i} (${kind}): ${problem}`, `JIXIAO_RTF_FUZZ_SEED=${SEED} JIXIAO_RTF_FUZZ_CASE=${i} npx vitest run test/fuzz/rtf.test.ts`));
    if (failures.length >= 5) break;
  }
  console.log(`RTF fuzz: ${ran} cases (seed ${SEED}); ${JSON.stringify(outcomes)}`);
  expect(failures.join("\n\n")).toBe("");
  if (ONLY === undefined) {
    expect(ran).toBe(CASES);
    // The cases reach the reader: RTF is read leniently, so most cases of both halves parse.
    expect(outcomes.generated.ok ?? 0).toBeGreaterThan(CASES / 4);
    expect(outcomes.mutated.ok ?? 0).toBeGreaterThan(CASES / 4);
  }
}, 600_000);
