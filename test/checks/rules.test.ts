import { describe, expect, it } from "vitest";
import { JixiaoError } from "../../src/errors";
import { parseDocx } from "../../src/parse";
import { validateForm } from "../../src/checks/check-form";
import type { ProjectRecord as FormRecord } from "../../src/model/record";
import { goodRecord } from "../helpers/record";

const codes = (r: unknown, policy?: Parameters<typeof validateForm>[1]) => validateForm(r, policy).map((m) => `${m.severity} ${m.code} ${m.path}`);

function broken(change: (r: FormRecord) => void): FormRecord {
  const r = goodRecord();
  change(r);
  return r;
}

describe("validateForm rules, each on a small hand-made record", () => {
  it("a consistent record gives no message", () => {
    expect(validateForm(goodRecord())).toEqual([]);
  });

  it("total score ≠ funds score + Σ indicator scores → error with expected and actual", () => {
    const messages = validateForm(broken((r) => (r.total.score = 97)));
    expect(messages).toMatchObject([{ code: "TOTAL_SCORE_MISMATCH", severity: "error", path: "total.score", expected: "99", actual: "97" }]);
    expect(messages[0].messageZh).toContain("总分");
  });

  it("total weight ≠ funds weight + Σ indicator weights → error", () => {
    expect(codes(broken((r) => (r.total.weight = 90)))).toEqual(["error TOTAL_WEIGHT_MISMATCH total.weight"]);
  });

  it("a level1 (N分) that is not the sum of its weights → error on that group", () => {
    const r = broken((x) => { for (const i of x.indicators.slice(2, 3)) i.level1Weight = 40; x.indicators[3].level1Weight = 10; });
    expect(validateForm(r)).toMatchObject([{ code: "LEVEL1_WEIGHT_MISMATCH", path: "indicators.2.level1Weight", expected: "30", actual: "40" }]);
  });

  it("a score above its weight or below zero → error", () => {
    const r = broken((x) => { x.indicators[0].score = 26; x.indicators[1].score = -1; x.total.score = 99; x.indicators[2].score = 28; });
    expect(codes(r).filter((c) => c.includes("OUT_OF_RANGE"))).toEqual([
      "error SCORE_OUT_OF_RANGE indicators.0.score",
      "error SCORE_OUT_OF_RANGE indicators.1.score",
    ]);
  });

  it("the funds row too: a funds score above its weight or below zero → error", () => {
    expect(codes(broken((x) => (x.funds.total.score = 11))).filter((c) => c.includes("OUT_OF_RANGE"))).toEqual(["error SCORE_OUT_OF_RANGE funds.total.score"]);
    expect(codes(broken((x) => (x.funds.total.score = -0.5))).filter((c) => c.includes("OUT_OF_RANGE"))).toEqual(["error SCORE_OUT_OF_RANGE funds.total.score"]);
  });

  it("年度资金总额 ≠ the sum of its parts → error per column; empty parts do not count", () => {
    const r = broken((x) => { x.funds.total.executed = 467.85; });
    expect(validateForm(r)).toMatchObject([
      { code: "FUNDS_TOTAL_MISMATCH", path: "funds.total.executed", expected: "467.84", actual: "467.85" },
    ]);
    const noParts = broken((x) => { x.funds.appropriation = { initial: null, annual: null, executed: null, rate: null }; x.funds.carryover = { ...x.funds.appropriation }; x.funds.other = { ...x.funds.appropriation }; });
    expect(validateForm(noParts)).toEqual([]);
  });

  it("sums money exactly: 443.7 + 53.52 + 8 is 505.22, not 505.21999…", () => {
    const parts = (total: number) => broken((x) => {
      x.funds.total.annual = total;
      x.funds.appropriation.annual = 443.7;
      x.funds.carryover.annual = 53.52;
      x.funds.other.annual = 8;
    });
    // The premise: the float sum of these parts is not the written total.
    expect(443.7 + 53.52 + 8).not.toBe(505.22);
    expect(validateForm(parts(505.22))).toEqual([]);
    // Exact, not tolerant: a cent off is a mismatch, and the float sum itself is not 505.22 either.
    expect(validateForm(parts(505.21))).toMatchObject([{ code: "FUNDS_TOTAL_MISMATCH", path: "funds.total.annual", expected: "505.22", actual: "505.21" }]);
    expect(validateForm(parts(443.7 + 53.52 + 8))).toMatchObject([{ code: "FUNDS_TOTAL_MISMATCH", path: "funds.total.annual", expected: "505.22" }]);
  });

  it("a written rate ≠ executed / annual at its precision → error", () => {
    const r = broken((x) => { x.funds.total.rate = { raw: "92.7%", text: "92.7%" }; });
    expect(validateForm(r)).toMatchObject([{ code: "RATE_MISMATCH", severity: "error", expected: "92.6%", actual: "92.7%" }]);
    expect(codes(broken((x) => { x.funds.total.rate = { raw: "93%", text: "93%" }; }))).toEqual([]);
    expect(codes(broken((x) => { x.funds.total.rate = { raw: "92.601%", text: "92.601%" }; }))).toEqual([]);
  });

  it("funds score ≠ rate × weight under the default policy → warning (seed 4-7: 53.45% → 4, expected 5)", () => {
    const r = broken((x) => {
      Object.assign(x.funds.total, { annual: 102.46, executed: 54.76, rate: { raw: "53.45%", text: "53.45%" }, score: 4 });
      Object.assign(x.funds, { appropriation: { initial: null, annual: 67.25, executed: 19.55 }, carryover: { initial: null, annual: 35.21, executed: 35.21 }, other: { initial: null, annual: null, executed: null } });
      x.funds.total.initial = null;
      x.total.score = 94;
    });
    expect(validateForm(r)).toMatchObject([{ code: "FUNDS_SCORE_POLICY", severity: "warning", expected: "5", actual: "4" }]);
  });

  it.each([["92.6%", 9], ["84.75%", 8], ["84%", 8], ["100%", 10]])("the default policy accepts %s → %d", (rate, score) => {
    const r = broken((x) => { x.funds.total.rate = { raw: rate, text: rate }; x.funds.total.score = score; x.total.score = 90 + score; });
    expect(codes(r).filter((c) => c.includes("FUNDS_SCORE"))).toEqual([]);
  });

  it("policies are data: truncation only rejects 84.75% → 9, a tolerance accepts it", () => {
    const r = broken((x) => { x.funds.total.rate = { raw: "84.75%", text: "84.75%" }; x.funds.total.score = 9; });
    const only = (p: Parameters<typeof validateForm>[1]) => codes(r, p).filter((c) => c.includes("FUNDS_SCORE"));
    expect(only({ rounding: ["down"] })).toEqual(["warning FUNDS_SCORE_POLICY funds.total.score"]);
    expect(only({ rounding: ["down"], tolerance: "1" })).toEqual([]);
    expect(only({ rounding: ["up"] })).toEqual([]);
  });

  it("a rate above 100% is capped at the weight unless the policy says otherwise", () => {
    const r = broken((x) => { x.funds.total.rate = { raw: "110%", text: "110%" }; x.funds.total.score = 10; x.funds.total.executed = 555.742; x.total.score = 100; x.funds.appropriation.executed = 494.222; });
    expect(codes(r).filter((c) => c.includes("FUNDS_SCORE"))).toEqual([]);
    expect(codes(r, { cap: false }).filter((c) => c.includes("FUNDS_SCORE"))).toEqual(["warning FUNDS_SCORE_POLICY funds.total.score"]);
  });

  it("a target not met with no 偏差原因 → warning; with one → nothing", () => {
    const r = broken((x) => { x.indicators[3].actual = { raw: "92%", text: "92%" }; x.indicators[3].score = 8; x.total.score = 97; });
    expect(codes(r)).toEqual(["warning TARGET_NOT_MET_NO_REASON indicators.3.deviation"]);
    r.indicators[3].deviation = "宣传不够";
    expect(codes(r)).toEqual([]);
  });

  it("a score below its weight with no 偏差原因 → info", () => {
    const r = broken((x) => { x.indicators[0].score = 20; x.total.score = 94; });
    expect(codes(r)).toEqual(["info SCORE_BELOW_WEIGHT_NO_REASON indicators.0.deviation"]);
  });

  it("incomparable target and actual (7个 vs 100%) raise nothing", () => {
    const r = broken((x) => { x.indicators[0].target = { raw: "7个", text: "7个" }; x.indicators[0].actual = { raw: "100%", text: "100%" }; });
    expect(codes(r)).toEqual([]);
  });

  it("a malformed record gives zod's issues as INVALID_RECORD messages, not an exception", () => {
    const bad = { ...goodRecord(), year: "2021", indicators: [{ weight: "x" }] };
    const messages = validateForm(bad);
    expect(messages.every((m) => m.code === "INVALID_RECORD" && m.severity === "error")).toBe(true);
    expect(messages.map((m) => m.path)).toEqual(expect.arrayContaining(["year", "indicators.0.weight"]));
    expect(validateForm(null)).toMatchObject([{ code: "INVALID_RECORD" }]);
  });

  it("never changes the record", () => {
    const r = broken((x) => (x.total.score = 50));
    const before = structuredClone(r);
    validateForm(r);
    expect(r).toEqual(before);
  });
});

describe("validateForm on JSON", () => {
  it("judges the values, not an assessment the record carries", () => {
    const r = broken((x) => { x.indicators[3].actual = { raw: "92%", text: "92%" }; x.indicators[3].score = 8; x.total.score = 97; });
    r.indicators[3].assessment = { direction: "正向", met: true };
    expect(codes(r)).toEqual(["warning TARGET_NOT_MET_NO_REASON indicators.3.deviation"]);
    expect(r.indicators[3].assessment).toEqual({ direction: "正向", met: true });
  });
});

describe("a policy the rules cannot use is a BAD_OPTION, before any check runs", () => {
  const thrown = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error as JixiaoError;
    }
    throw new Error("did not throw");
  };

  it.each([
    [{ rounding: ["bogus"] }, /rounding\.0/],
    [{ rounding: "down" }, /rounding/],
    [{ rounding: [] }, /at least one rounding mode/],
    [{ cap: "yes" }, /cap/],
    [{ tolerance: "-1" }, /tolerance/],
    [{ tolerance: "abc" }, /tolerance/],
    [{ tolerance: 0.5 }, /tolerance/],
    [{ rouding: ["down"] }, /rouding/],
  ])("validateForm(record, %j) → BAD_OPTION naming the field", (policy, field) => {
    const error = thrown(() => validateForm(goodRecord(), policy as never));
    expect(error).toBeInstanceOf(JixiaoError);
    expect(error.code).toBe("BAD_OPTION");
    expect(error.message).toMatch(field);
  });

  it("parseDocx refuses a bad policy before reading the input", async () => {
    // Not a document at all: a policy error must come first, not NOT_ZIP.
    await expect(parseDocx(new Uint8Array([1, 2, 3]), { policy: { rounding: [] } })).rejects.toMatchObject({ code: "BAD_OPTION" });
  });

  it("a field given as undefined keeps its default", () => {
    const r = broken((x) => { x.funds.total.rate = { raw: "110%", text: "110%" }; x.funds.total.score = 10; x.funds.total.executed = 555.742; x.total.score = 100; x.funds.appropriation.executed = 494.222; });
    expect(codes(r, { cap: undefined, rounding: undefined }).filter((c) => c.includes("FUNDS_SCORE"))).toEqual([]);
  });

  it("a tolerance widens what is accepted", () => {
    const r = broken((x) => (x.funds.total.score = 7));
    expect(codes(r).filter((c) => c.includes("FUNDS_SCORE"))).toEqual(["warning FUNDS_SCORE_POLICY funds.total.score"]);
    expect(codes(r, { tolerance: "2" }).filter((c) => c.includes("FUNDS_SCORE"))).toEqual([]);
  });
});

describe("the funds score's precision is the one it is written with", () => {
  const scored = (cellText?: string) =>
    broken((x) => {
      x.funds.total.rate = { raw: "85.3%", text: "85.3%" };
      x.funds.total.score = 8.5;
      if (cellText !== undefined) x.source = { tables: [0], cells: { "funds.total.score": { table: 0, row: 3, col: 7, text: cellText } } };
    });
  const funds = (r: FormRecord) => codes(r).filter((c) => c.includes("FUNDS_SCORE"));

  it("8.5 from JSON has one place: 85.3% × 10 = 8.53 → 8.5, accepted", () => {
    expect(funds(scored())).toEqual([]);
  });

  it('"8.50" in the cell has two places: 8.53 expected, 8.50 written → warning', () => {
    expect(funds(scored("8.50"))).toEqual(["warning FUNDS_SCORE_POLICY funds.total.score"]);
    expect(funds(scored("８.５０分"))).toEqual(["warning FUNDS_SCORE_POLICY funds.total.score"]);
  });

  it("a cell whose text is not the record's number (an edited record) is not trusted", () => {
    expect(funds(scored("9.00"))).toEqual([]);
  });
});
