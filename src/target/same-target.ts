/**
 * Whether two 指标值 state the same target: compared as typed readings, so ≥95% and 不低于95% (one
 * comparator, one value, one unit) are the same, 95 and 95.0 are the same number (exact decimals),
 * and a bare 95% is the same as =95%. Text that reads as no quantity, date or verdict is compared
 * as written, whitespace and character width aside.
 */
import { eq, parseDecimal } from "../values/decimal";
import type { Reading } from "../values/reading";
import { compact } from "./keys";

function sameDecimal(a: string, b: string): boolean {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  return x !== null && y !== null ? eq(x, y) : a === b;
}

const exact = (comparator: string | null) => comparator ?? "=";

export function sameTarget(a: Reading, b: Reading): boolean {
  if (compact(a.raw) === compact(b.raw)) return true;
  switch (a.kind) {
    case "number":
      return b.kind === "number" && exact(a.comparator) === exact(b.comparator) && sameDecimal(a.value, b.value)
        && a.percent === b.percent && compact(a.unit) === compact(b.unit) && (a.per ?? "") === (b.per ?? "");
    case "range":
      return b.kind === "range" && sameDecimal(a.min, b.min) && sameDecimal(a.max, b.max) && a.percent === b.percent && compact(a.unit) === compact(b.unit);
    case "date":
      return b.kind === "date" && exact(a.comparator) === exact(b.comparator) && a.date === b.date;
    case "qualitative":
      return b.kind === "qualitative" && a.value === b.value;
    case "text":
      return b.kind === "text" && compact(a.value) === compact(b.value);
    case "empty":
      return b.kind === "empty";
  }
}
