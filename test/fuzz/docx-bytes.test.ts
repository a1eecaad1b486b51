import { expect, it } from "vitest";
import { BYTE_KINDS } from "./cases";
import { fuzzSuite, runProblems, summary } from "./suite";

const CASES = 5_000;
/**
 * Half the cases parse (2,499 of 5,000 at the default seed: most byte mutations of the zip break it,
 * those inside document.xml do not); below 40 % the mutators or the corpus have stopped producing
 * readable inputs and the run tests little beyond the error paths.
 */
const FLOORS = { cases: CASES, minParsedPerMille: 400 };

it("byte-level mutations of real .docx files: every failure is a JixiaoError, none is slow", async () => {
  const result = await fuzzSuite("test/fuzz/docx-bytes.test.ts", BYTE_KINDS, CASES, 0.01);
  console.log(summary("docx bytes", result));
  expect(result.failures.join("\n\n")).toBe("");
  expect(runProblems(result, FLOORS)).toEqual([]);
}, 600_000);
