/**
 * Fuzzing the Word 97 reader: 2,000 seeded cases, half .doc files generated from the structures
 * the reader knows (rows, merges, nested tables, fields, tracked and hidden text, pieces and their
 * Prms, with extreme and broken values, by test/helpers/word97.ts), half mutations of the
 * LibreOffice-written .doc fixtures (bytes set, pointers overwritten with telling values, cuts).
 * Every case must end in a result of the right shape or a JixiaoError, within a CPU-time bound.
 * A failing case's input is saved under /tmp/jixiao-fuzz with how to replay it:
 *
 *   JIXIAO_DOC_FUZZ_SEED=<seed> JIXIAO_DOC_FUZZ_CASE=<i> npx vitest run test/fuzz/doc.test.ts
 *   JIXIAO_DOC_FUZZ_CASES=20000 npx vitest run test/fuzz/doc.test.ts     # a longer campaign
 */
import { expect, it } from "vitest";
import { FIXTURES } from "../helpers/fixtures";
import { docSeeds, generatedDoc, mutatedDoc } from "./doc-cases";
import { outcomeOf, savedFailure } from "./harness";
import { Random } from "./random";

const SEED = Number(process.env.JIXIAO_DOC_FUZZ_SEED ?? 97_2003);
const CASES = Number(process.env.JIXIAO_DOC_FUZZ_CASES ?? 2_000);
const ONLY = process.env.JIXIAO_DOC_FUZZ_CASE === undefined ? undefined : Number(process.env.JIXIAO_DOC_FUZZ_CASE);
const MAX_CASE_MS = 2_000;

const SEEDS = docSeeds(FIXTURES + "doc");

it(`Word 97 fuzz: ${CASES} seeded cases (seed ${SEED}), every failure a JixiaoError, none slow`, async () => {
  const failures: string[] = [];
  const outcomes: Record<string, Record<string, number>> = { generated: {}, mutated: {} };
  let ran = 0;
  for (let i = 0; i < CASES; i++) {
    if (ONLY !== undefined && i !== ONLY) continue;
    const random = Random.forCase(SEED, i);
    const kind = i % 2 === 0 ? "generated" : "mutated";
    const input = kind === "generated" ? generatedDoc(random) : mutatedDoc(random, SEEDS);
    const { result, problem } = await outcomeOf(input, MAX_CASE_MS);
    ran++;
    outcomes[kind][result] = (outcomes[kind][result] ?? 0) + 1;
    if (!problem) continue;
    failures.push(savedFailure(`doc-${SEED}-${i}.doc`, input, `case ${i} (${kind}): ${problem}`, `JIXIAO_DOC_FUZZ_SEED=${SEED} JIXIAO_DOC_FUZZ_CASE=${i} npx vitest run test/fuzz/doc.test.ts`));
    if (failures.length >= 5) break;
  }
  console.log(`Word 97 fuzz: ${ran} cases (seed ${SEED}); ${JSON.stringify(outcomes)}`);
  expect(failures.join("\n\n")).toBe("");
  if (ONLY === undefined) {
    expect(ran).toBe(CASES);
    // The cases reach the reader: most generated files are read, many mutated ones too.
    expect(outcomes.generated.ok ?? 0).toBeGreaterThan(CASES / 4);
    expect(outcomes.mutated.ok ?? 0).toBeGreaterThan(CASES / 10);
  }
}, 600_000);
