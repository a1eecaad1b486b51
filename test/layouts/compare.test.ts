import { describe, expect, it } from "vitest";
import { containing, exactly, expectRecord, recordMismatches } from "./compare";

describe("expectRecord: compares the fields the expectation lists", () => {
  const actual = {
    kind: "project-self-evaluation",
    funds: { total: { initial: 10, weight: null, rate: { raw: " 100% ", text: "100%", reading: { kind: "rate" } } } },
    indicators: [{ name: "a", more: { 是否核心指标: "是" } }, { name: "b", more: {} }],
    extras: [{ text: "x", note: "n1" }, { text: "y", note: "n2" }],
  };

  it("passes when every listed field is equal; unlisted fields (reading, raw, note) are not compared", () => {
    expect(() => expectRecord(actual, { kind: "project-self-evaluation", funds: { total: { rate: { text: "100%" } } } })).not.toThrow();
    expect(recordMismatches(actual, { extras: [{ text: "x" }, { text: "y" }] })).toEqual([]);
  });

  it("fails on a different value, with the path", () => {
    expect(recordMismatches(actual, { funds: { total: { initial: 11 } } })).toEqual(["record.funds.total.initial: expected 11, got 10"]);
    expect(() => expectRecord(actual, { kind: "indicator-table" })).toThrow(/record\.kind: expected "indicator-table", got "project-self-evaluation"/);
  });

  it("null and 0 differ, a number and its text differ", () => {
    expect(recordMismatches(actual, { funds: { total: { weight: 0 } } })).toHaveLength(1);
    expect(recordMismatches(actual, { funds: { total: { initial: "10" } } })).toHaveLength(1);
    expect(recordMismatches(actual, { funds: { total: { weight: null } } })).toEqual([]);
  });

  it("a listed key the record lacks is a mismatch, even when the expectation is null", () => {
    expect(recordMismatches(actual, { funds: { total: { score: null } } })).toEqual(["record.funds.total.score: missing, expected null"]);
    expect(recordMismatches({ a: 1 }, { a: 1, b: undefined })).toEqual([]);
  });

  it("arrays: same length and element by element", () => {
    expect(recordMismatches(actual, { indicators: [{ name: "a" }] })).toEqual(["record.indicators: expected 1 elements, got 2"]);
    expect(recordMismatches(actual, { indicators: [{ name: "b" }, { name: "a" }] })).toHaveLength(2);
    expect(recordMismatches({ a: "x" }, { a: [] })).toEqual(['record.a: expected an array, got "x"']);
  });

  it("containing: each item matches a distinct element, in any order", () => {
    expect(recordMismatches(actual, { extras: containing([{ text: "y" }, { text: "x" }]) })).toEqual([]);
    expect(recordMismatches(actual, { extras: containing([{ text: "x" }, { text: "x" }]) })).toHaveLength(1);
    expect(recordMismatches(actual, { extras: containing([{ text: "z" }]) })[0]).toMatch(/no element matches/);
    expect(recordMismatches({}, { extras: containing([{ text: "z" }]) })).toEqual(['record.extras: missing, expected containing([{"text":"z"}])']);
  });

  it("exactly: no key beyond the listed ones", () => {
    expect(recordMismatches(actual, { indicators: [{ more: exactly({}) }, { more: exactly({}) }] })).toEqual(['record.indicators.0.more.是否核心指标: not expected, got "是"']);
    expect(recordMismatches(actual, { indicators: [{ more: exactly({ 是否核心指标: "是" }) }, {}] })).toEqual([]);
    expect(recordMismatches(actual, { indicators: [{ more: exactly({ 是否核心指标: "否" }) }, {}] })).toHaveLength(1);
    expect(recordMismatches({ more: {} }, { more: exactly({ 计量单位: "%" }) })).toEqual(['record.more.计量单位: missing, expected "%"']);
    expect(recordMismatches({ more: { 调整指标值: null, 备注: "" } }, { more: exactly({}) })).toEqual([]);
  });

  it("objects against non-objects", () => {
    expect(recordMismatches({ goal: null }, { goal: { expected: null } })).toEqual(["record.goal: expected an object, got null"]);
    expect(recordMismatches({ goal: "t" }, { goal: null })).toEqual(['record.goal: expected null, got "t"']);
  });
});
