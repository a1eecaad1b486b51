/**
 * Sets of exact decimals, to decide whether an actual value meets a target.
 *
 * A target "≥95%" is the set [95, ∞); an actual "92%" is the point {92}; an actual
 * "90%以上" only says [90, ∞). Met means the actual set lies inside the target set,
 * unmet means the two do not touch, and anything in between cannot be decided.
 */
import type { Comparator } from "./comparators";
import { cmp, type Decimal } from "./decimal";

export interface Bound {
  readonly value: Decimal;
  readonly inclusive: boolean;
}

/** null bounds are unbounded. */
export interface Interval {
  readonly lo: Bound | null;
  readonly hi: Bound | null;
}

export function point(value: Decimal): Interval {
  return { lo: { value, inclusive: true }, hi: { value, inclusive: true } };
}

export function closed(lo: Decimal, hi: Decimal): Interval {
  return { lo: { value: lo, inclusive: true }, hi: { value: hi, inclusive: true } };
}

export function fromComparator(comparator: Comparator, value: Decimal): Interval {
  switch (comparator) {
    case ">=":
      return { lo: { value, inclusive: true }, hi: null };
    case ">":
      return { lo: { value, inclusive: false }, hi: null };
    case "<=":
      return { lo: null, hi: { value, inclusive: true } };
    case "<":
      return { lo: null, hi: { value, inclusive: false } };
    case "=":
      return point(value);
  }
}

/** Lower bound `inner` is at or above lower bound `outer`. */
function loInside(inner: Bound | null, outer: Bound | null): boolean {
  if (outer === null) return true;
  if (inner === null) return false;
  const c = cmp(inner.value, outer.value);
  return c > 0 || (c === 0 && (outer.inclusive || !inner.inclusive));
}

/** Upper bound `inner` is at or below upper bound `outer`. */
function hiInside(inner: Bound | null, outer: Bound | null): boolean {
  if (outer === null) return true;
  if (inner === null) return false;
  const c = cmp(inner.value, outer.value);
  return c < 0 || (c === 0 && (outer.inclusive || !inner.inclusive));
}

function isWithin(inner: Interval, outer: Interval): boolean {
  return loInside(inner.lo, outer.lo) && hiInside(inner.hi, outer.hi);
}

/** Everything in the set ending at `hi` lies below everything in the set starting at `lo`. */
function endsBefore(hi: Bound | null, lo: Bound | null): boolean {
  if (hi === null || lo === null) return false;
  const c = cmp(hi.value, lo.value);
  return c < 0 || (c === 0 && !(hi.inclusive && lo.inclusive));
}

function isDisjoint(a: Interval, b: Interval): boolean {
  return endsBefore(a.hi, b.lo) || endsBefore(b.hi, a.lo);
}

/** true: a ⊆ b; false: a ∩ b = ∅; null: they overlap only in part. */
export function meets(actual: Interval, target: Interval): boolean | null {
  if (isWithin(actual, target)) return true;
  if (isDisjoint(actual, target)) return false;
  return null;
}
