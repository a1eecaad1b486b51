import { describe, expect, it } from "vitest";
import { runProblems, type SuiteResult } from "./suite";

const result = (over: Partial<SuiteResult>): SuiteResult => ({
  planned: 1000, cases: 1000, failures: [], outcomes: { ok: 600, BAD_ZIP: 400 }, slowestMs: 1, slowest: "", wellFormed: 300, wellFormedParsed: 300, ...over,
});

describe.skipIf(process.env.FUZZ_CASE !== undefined || process.env.FUZZ_SCALE !== undefined)("what a fuzz run must show besides no failures", () => {
  const floors = { cases: 1000, minParsedPerMille: 500, minWellFormedParsedPerMille: 250 };

  it("a full run with enough parsed cases passes", () => {
    expect(runProblems(result({}), floors)).toEqual([]);
  });

  it("a run that stopped early fails", () => {
    expect(runProblems(result({ cases: 999 }), floors)).toEqual(["ran 999 of 1000 cases; the configuration asks for 1000"]);
  });

  it("a run that planned fewer cases than configured fails", () => {
    expect(runProblems(result({ planned: 10, cases: 10, outcomes: { ok: 10 }, wellFormedParsed: 10 }), floors)).toEqual(["ran 10 of 10 cases; the configuration asks for 1000"]);
  });

  it("too few cases parsed, or too few well-formed ones, fails", () => {
    expect(runProblems(result({ outcomes: { ok: 499, BAD_ZIP: 501 }, wellFormedParsed: 249 }), floors)).toEqual([
      "only 499 of 1000 cases parsed without an error; the floor is 500",
      "only 249 of 1000 cases were well-formed XML and parsed; the floor is 250",
    ]);
  });
});
