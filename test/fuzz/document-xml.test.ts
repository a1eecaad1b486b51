import { expect, it } from "vitest";
import { STRUCTURE_KINDS } from "./cases";
import { fuzzSuite, runProblems, summary } from "./suite";

const CASES = 3_000;
/**
 * The direct reader must read every case (mammoth, on 1 % of them, refuses malformed XML): 2,997 of
 * 3,000 parse at the default seed, and 1,808 are still well-formed XML. The floors are 95 % and 50 %.
 */
const FLOORS = { cases: CASES, minParsedPerMille: 950, minWellFormedParsedPerMille: 500 };

it("structure-level mutations of document.xml: the reader returns { forms, messages }, never crashes", async () => {
  const result = await fuzzSuite("test/fuzz/document-xml.test.ts", STRUCTURE_KINDS, CASES, 0.01);
  console.log(summary("document.xml structure", result));
  expect(result.failures.join("\n\n")).toBe("");
  expect(runProblems(result, FLOORS)).toEqual([]);
}, 600_000);
