import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  cmp,
  type Decimal,
  decimalToString,
  div,
  eq,
  isZero,
  min,
  mul,
  normalize,
  parseDecimal,
  placesOf,
  round,
  type RoundingMode,
  sub,
  sum,
  toNumber,
} from "../../src/values/decimal";

/** Parse a literal the test knows to be valid. */
function d(text: string): Decimal {
  const parsed = parseDecimal(text);
  if (!parsed) throw new Error(`test literal does not parse: ${text}`);
  return parsed;
}

const str = decimalToString;

describe("parseDecimal", () => {
  it.each([
    ["505.22", 50522n, 2],
    ["-3", -3n, 0],
    ["+3", 3n, 0],
    ["1,234.5", 12345n, 1],
    ["1,234,567", 1234567n, 0],
    ["６７", 67n, 0],
    ["１２３．４５", 12345n, 2],
    ["－3", -3n, 0],
    ["92.60", 9260n, 2],
    ["0.000", 0n, 3],
    ["-0", 0n, 0],
    ["\u3000 67 \u00A0", 67n, 0],
    ["007", 7n, 0],
  ])("%j → coef %s scale %i", (text, coef, scale) => {
    expect(parseDecimal(text)).toEqual({ coef, scale });
  });

  it.each(["", "  ", "abc", "1e3", "1E3", "1.", ".5", "1,23", "12,34", "1,2345", "1..2", "--1", "5%", "Infinity", "NaN", "0x10"])(
    "rejects %j",
    (text) => {
      expect(parseDecimal(text)).toBeNull();
    },
  );

  it("reads numbers through their shortest round-trip text", () => {
    expect(str(parseDecimal(0.1)!)).toBe("0.1");
    expect(str(parseDecimal(505.22)!)).toBe("505.22");
    expect(str(parseDecimal(-3)!)).toBe("-3");
    expect(str(parseDecimal(1e21)!)).toBe("1000000000000000000000");
    expect(str(parseDecimal(1.5e-7)!)).toBe("0.00000015");
    expect(str(parseDecimal(-0)!)).toBe("0");
  });

  it("rejects non-finite numbers", () => {
    expect(parseDecimal(Number.NaN)).toBeNull();
    expect(parseDecimal(Number.POSITIVE_INFINITY)).toBeNull();
    expect(parseDecimal(Number.NEGATIVE_INFINITY)).toBeNull();
  });
});

describe("decimalToString and normalize", () => {
  it("keeps the places as written", () => {
    expect(str(d("92.60"))).toBe("92.60");
    expect(str(d("-0.05"))).toBe("-0.05");
    expect(str(d("0.5"))).toBe("0.5");
    expect(str(d("100"))).toBe("100");
  });

  it("normalize drops trailing fractional zeros only", () => {
    expect(str(normalize(d("92.60")))).toBe("92.6");
    expect(str(normalize(d("100.00")))).toBe("100");
    expect(str(normalize(d("100")))).toBe("100");
    expect(str(normalize(d("0.000")))).toBe("0");
  });
});

describe("arithmetic", () => {
  it("has no float traps", () => {
    expect(str(add(d("0.1"), d("0.2")))).toBe("0.3");
    expect(0.1 + 0.2).not.toBe(0.3); // the trap being avoided
    // 附件4-2: 当年财政拨款 + 上年结转资金 + 其他资金 = 年度资金总额
    expect(str(sum([d("443.7"), d("53.52"), d("8")]))).toBe("505.22");
    expect(443.7 + 53.52 + 8).not.toBe(505.22);
    expect(str(sub(d("505.22"), d("467.84")))).toBe("37.38");
  });

  it("multiplies exactly", () => {
    expect(str(mul(d("1.5"), d("-0.2")))).toBe("-0.30");
    expect(str(mul(d("92.6"), d("0")))).toBe("0.0");
  });

  it("recomputes the seed's 执行率 (executed / annual, in percent)", () => {
    const rate = (executed: string, annual: string, places: number) =>
      str(div(mul(d(executed), d("100")), d(annual), places)!);
    expect(rate("467.84", "505.22", 2)).toBe("92.60"); // 附件4-2 writes 92.60%
    expect(rate("33.9", "40", 2)).toBe("84.75"); // 附件4-5
    expect(rate("54.76", "102.46", 2)).toBe("53.45"); // 附件4-7
    expect(rate("604.64", "719.81", 0)).toBe("84"); // 附件4-6 writes 84%
    expect(rate("67", "67", 0)).toBe("100");
  });

  it("divides by zero to null", () => {
    expect(div(d("1"), d("0"), 2)).toBeNull();
    expect(div(d("0"), d("0.00"), 2)).toBeNull();
  });

  it("rejects a bad scale as a programming error", () => {
    expect(() => div(d("1"), d("3"), -1)).toThrow(RangeError);
    expect(() => round(d("1"), 1.5)).toThrow(RangeError);
  });

  it("divides with each rounding mode", () => {
    expect(str(div(d("2"), d("3"), 3, "half-up")!)).toBe("0.667");
    expect(str(div(d("2"), d("3"), 3, "down")!)).toBe("0.666");
    expect(str(div(d("-2"), d("3"), 3, "down")!)).toBe("-0.666");
    expect(str(div(d("-2"), d("3"), 3, "up")!)).toBe("-0.667");
    expect(str(div(d("1"), d("8"), 2, "half-even")!)).toBe("0.12");
    expect(str(div(d("3"), d("8"), 2, "half-even")!)).toBe("0.38");
    expect(str(div(d("1"), d("-8"), 2, "half-up")!)).toBe("-0.13");
  });
});

describe("round", () => {
  const cases: Array<[string, number, RoundingMode, string]> = [
    ["2.5", 0, "half-up", "3"],
    ["-2.5", 0, "half-up", "-3"],
    ["2.5", 0, "half-even", "2"],
    ["3.5", 0, "half-even", "4"],
    ["-2.5", 0, "half-even", "-2"],
    ["2.51", 0, "half-even", "3"],
    ["2.1", 0, "up", "3"],
    ["-2.1", 0, "up", "-3"],
    ["2.9", 0, "down", "2"],
    ["-2.9", 0, "down", "-2"],
    ["92.6049", 2, "half-up", "92.60"],
    ["92.605", 2, "half-up", "92.61"],
    ["92.6", 2, "half-up", "92.60"],
    ["5", 0, "up", "5"],
  ];
  it.each(cases)("round(%s, %i, %s) = %s", (value, scale, mode, expected) => {
    expect(str(round(d(value), scale, mode))).toBe(expected);
  });
});

describe("comparison and helpers", () => {
  it("compares by value, not by scale", () => {
    expect(cmp(d("92.6"), d("92.60"))).toBe(0);
    expect(eq(d("92.6"), d("92.60"))).toBe(true);
    expect(cmp(d("-1"), d("0.5"))).toBe(-1);
    expect(cmp(d("10"), d("9.99"))).toBe(1);
    expect(eq(d("0.1"), d("0.10000001"))).toBe(false);
  });

  it("min, isZero, toNumber, sum", () => {
    expect(str(min(d("3"), d("2.50")))).toBe("2.50");
    expect(str(min(d("-1"), d("2")))).toBe("-1");
    expect(isZero(d("0.00"))).toBe(true);
    expect(isZero(d("0.01"))).toBe(false);
    expect(toNumber(d("92.60"))).toBe(92.6);
    expect(str(sum([]))).toBe("0");
  });

  it.each([
    ["92.60%", 2],
    ["100%", 0],
    ["≥95.5%", 1],
    ["１２．３４", 2],
    ["13969.56标箱", 2],
    ["没有数字", 0],
  ])("placesOf(%j) = %i", (text, places) => {
    expect(placesOf(text)).toBe(places);
  });
});

describe("properties", () => {
  const decimal = fc
    .record({ coef: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), scale: fc.integer({ min: 0, max: 12 }) })
    .map((r): Decimal => r);
  const nonZero = decimal.filter((x) => x.coef !== 0n);
  const mode = fc.constantFrom<RoundingMode>("half-up", "half-even", "down", "up");
  const runs = { numRuns: 1000 };
  const abs = (x: Decimal) => (x.coef < 0n ? { coef: -x.coef, scale: x.scale } : x);
  const ulp = (scale: number): Decimal => ({ coef: 1n, scale });

  it("parse(toString(x)) is x, places included", () => {
    fc.assert(
      fc.property(decimal, (x) => {
        expect(parseDecimal(str(x))).toEqual(x);
      }),
      runs,
    );
  });

  it("sub undoes add; add commutes and associates", () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, (a, b, c) => {
        expect(eq(sub(add(a, b), b), a)).toBe(true);
        expect(eq(add(a, b), add(b, a))).toBe(true);
        expect(eq(add(add(a, b), c), add(a, add(b, c)))).toBe(true);
      }),
      runs,
    );
  });

  it("round is idempotent and within one unit of the last place", () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 14 }), mode, (x, scale, m) => {
        const once = round(x, scale, m);
        expect(once.scale).toBe(scale);
        expect(round(once, scale, m)).toEqual(once);
        expect(cmp(abs(sub(once, x)), ulp(scale))).toBe(-1);
      }),
      runs,
    );
  });

  it("half modes land within half a unit; down never grows, up never shrinks", () => {
    const half = (scale: number): Decimal => ({ coef: 5n, scale: scale + 1 });
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 14 }), (x, scale) => {
        expect(cmp(abs(sub(round(x, scale, "half-up"), x)), half(scale))).toBeLessThanOrEqual(0);
        expect(cmp(abs(sub(round(x, scale, "half-even"), x)), half(scale))).toBeLessThanOrEqual(0);
        expect(cmp(abs(round(x, scale, "down")), abs(x))).toBeLessThanOrEqual(0);
        expect(cmp(abs(round(x, scale, "up")), abs(x))).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });

  it("div is exact when the quotient fits and within one unit otherwise", () => {
    fc.assert(
      fc.property(decimal, nonZero, mode, (a, b, m) => {
        expect(eq(div(mul(a, b), b, a.scale, m)!, a)).toBe(true);
        const q = div(a, b, 6, m)!;
        // |q·b − a| < |b|·10^-6
        expect(cmp(abs(sub(mul(q, b), a)), mul(abs(b), ulp(6)))).toBe(-1);
      }),
      runs,
    );
  });

  it("cmp agrees with the sign of the difference", () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const diff = sub(a, b).coef;
        expect(cmp(a, b)).toBe(diff < 0n ? -1 : diff > 0n ? 1 : 0);
      }),
      runs,
    );
  });

  it("normalize keeps the value and leaves no trailing zero", () => {
    fc.assert(
      fc.property(decimal, (x) => {
        const n = normalize(x);
        expect(eq(n, x)).toBe(true);
        expect(str(n)).not.toMatch(/\.\d*0$/);
      }),
      runs,
    );
  });

  it("finite doubles read back to the same double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(toNumber(parseDecimal(n)!)).toBe(n === 0 ? 0 : n);
      }),
      runs,
    );
  });
});
