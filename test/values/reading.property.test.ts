import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessIndicator, decimalToString, formatReading, parseDecimal, readValue, type Reading } from "../../src/values";

/** FC_RUNS=100000 for a longer hunt. */
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 3000) };

/** Any string: full unicode, lone surrogates included. */
const anyText = fc.string({ unit: "binary", maxLength: 40 });

/** Strings built from the pieces value cells are made of, to reach deep into the readers. */
const TOKENS = [
  "≥", "≧", "≤", "≦", ">", "<", "=", ">=", "＞", "＜", "＝", "不低于", "不超过", "超", "达到", "约", "≈",
  "以上", "以下", "以内", "内", "余", "多", "左右", "%", "％", "百分比", "万元", "亿元", "个", "人次", "人",
  "（", "）", "(", ")", "/", "年", "月", "日", "底", "前", "之前", "截至", "完成", "-", "~", "～", "至", ".",
  ",", "，", "。", "0", "1", "2", "9", "12", "31", "2020", "１", "２", "　", " ", "\u00A0", "好", "较好",
  "达标", "是", "否", "标箱", "℃", "e", "+",
];
const cellLike = fc.array(fc.constantFrom(...TOKENS), { maxLength: 10 }).map((parts) => parts.join(""));
const text = fc.oneof(anyText, cellLike);
const year = fc.option(fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.integer(), fc.double()), { nil: undefined });

function checkInvariants(input: string, reading: Reading): void {
  expect(reading.raw).toBe(input);
  switch (reading.kind) {
    case "number":
      expect(decimalToString(parseDecimal(reading.value)!)).toBe(reading.value);
      break;
    case "range":
      expect(parseDecimal(reading.min)).not.toBeNull();
      expect(parseDecimal(reading.max)).not.toBeNull();
      break;
    case "date":
      expect(new Date(`${reading.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(reading.date);
      break;
    case "text":
      expect(reading.value).not.toBe("");
      break;
  }
}

describe("readValue never throws and never loses the raw text", () => {
  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(text, year, (input, y) => {
        checkInvariants(input, readValue(input, { year: y }));
      }),
      RUNS,
    );
  });

  it("reads its own canonical form back to the same canonical form", () => {
    fc.assert(
      fc.property(cellLike, (input) => {
        const reading = readValue(input, { year: 2020 });
        if (reading.kind === "text" || reading.kind === "empty") return;
        const canonical = formatReading(reading);
        expect(formatReading(readValue(canonical, { year: 2020 }))).toBe(canonical);
      }),
      RUNS,
    );
  });
});

describe("readValue takes linear time", () => {
  // Each of these took seconds to minutes with a backtracking regex.
  it.each([
    ["spaces between a number and a word", "1" + " ".repeat(100_000) + "x"],
    ["spaces inside text", "x" + " ".repeat(100_000) + "x"],
    ["an unclosed aside", "1" + "(".repeat(100_000)],
    ["a long run of unit words", "1" + "人".repeat(100_000) + "以上"],
    ["a long chain of dashes", "5" + "-5".repeat(50_000)],
  ])("on %s", (_, input) => {
    const started = performance.now();
    expect(readValue(input).raw).toBe(input);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("assessIndicator never throws", () => {
  it("on arbitrary pairs", () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom(undefined, "正向", "反向", "等于" as const), (t, a, bare) => {
        const result = assessIndicator(readValue(t, { year: 2020 }), readValue(a, { year: 2020 }), { bareNumber: bare });
        expect([true, false, null]).toContain(result.met);
        if (result.direction === null) expect(result.met).toBeNull();
      }),
      RUNS,
    );
  });
});
