/**
 * Compare a record with a hand-written expectation, field by field, only where the expectation says
 * something: a key left out of an expected object is not compared (so `reading`, `assessment`,
 * `source` and a value cell's `raw` can be left out); a key written with `null` must be null in the
 * record. Arrays are compared element by element and must have the same length, except:
 *   containing([...])  the record's array holds a match for each item (any order, distinct elements);
 *   exactly({...})     the record's object has no other key holding text (for `more`, `values`: no extra
 *                      column; an empty column may be absent, null or "").
 * Numbers compare with Object.is: 10 and "10" differ, and so do null and 0 (a transfer form's weight
 * is null, never 0).
 */

const CONTAINING = Symbol("containing");
const EXACTLY = Symbol("exactly");

export interface Containing { [CONTAINING]: unknown[] }
export interface Exactly { [EXACTLY]: Record<string, unknown> }

export function containing(items: unknown[]): Containing {
  return { [CONTAINING]: items };
}

export function exactly(object: Record<string, unknown>): Exactly {
  return { [EXACTLY]: object };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
function show(v: unknown): string {
  if (v === undefined) return "undefined";
  if (isObject(v) && CONTAINING in v) return `containing(${show((v as Containing)[CONTAINING])})`;
  if (isObject(v) && EXACTLY in v) return `exactly(${show((v as Exactly)[EXACTLY])})`;
  return JSON.stringify(v, (_, x) => (isObject(x) && (CONTAINING in x || EXACTLY in x) ? show(x) : x));
}

/** Every difference between `actual` and what `expected` lists, one line each, with its path. */
export function recordMismatches(actual: unknown, expected: unknown, path = "record"): string[] {
  if (expected === undefined) return [];
  if (isObject(expected) && CONTAINING in expected) {
    const items = (expected as Containing)[CONTAINING];
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${show(actual)}`];
    const free = actual.map((_, i) => i);
    const out: string[] = [];
    items.forEach((item, k) => {
      const hit = free.findIndex((i) => recordMismatches(actual[i], item).length === 0);
      if (hit < 0) out.push(`${path}: no element matches containing[${k}] ${show(item)}`);
      else free.splice(hit, 1);
    });
    return out;
  }
  if (isObject(expected) && EXACTLY in expected) {
    const object = (expected as Exactly)[EXACTLY];
    if (!isObject(actual)) return [`${path}: expected an object, got ${show(actual)}`];
    // An empty column may be left out or given as null / "": only a key holding text is "extra".
    const extra = Object.keys(actual).filter((k) => !(k in object) && actual[k] !== undefined && actual[k] !== null && actual[k] !== "");
    return [
      ...extra.map((k) => `${path}.${k}: not expected, got ${show(actual[k])}`),
      ...Object.keys(object).flatMap((k) =>
        k in actual ? recordMismatches(actual[k], object[k], `${path}.${k}`) : [`${path}.${k}: missing, expected ${show(object[k])}`]),
    ];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${show(actual)}`];
    const out = actual.length === expected.length ? [] : [`${path}: expected ${expected.length} elements, got ${actual.length}`];
    expected.forEach((item, i) => out.push(...recordMismatches(actual[i], item, `${path}.${i}`)));
    return out;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return [`${path}: expected an object, got ${show(actual)}`];
    return Object.keys(expected).flatMap((k) => {
      if (expected[k] === undefined) return [];
      if (!(k in actual)) return [`${path}.${k}: missing, expected ${show(expected[k])}`];
      return recordMismatches(actual[k], expected[k], `${path}.${k}`);
    });
  }
  return Object.is(actual, expected) ? [] : [`${path}: expected ${show(expected)}, got ${show(actual)}`];
}

/** Throws, listing every mismatch, when `actual` differs from `expected` where `expected` says something. */
export function expectRecord(actual: unknown, expected: unknown, path = "record"): void {
  const mismatches = recordMismatches(actual, expected, path);
  if (mismatches.length > 0) throw new Error(`${mismatches.length} field(s) differ:\n  ${mismatches.join("\n  ")}`);
}

/** What a containing([...]) / exactly({...}) marker wraps, or the value itself: for walking expectations. */
export function unwrapMarker(value: unknown): unknown {
  if (isObject(value) && CONTAINING in value) return (value as Containing)[CONTAINING];
  if (isObject(value) && EXACTLY in value) return (value as Exactly)[EXACTLY];
  return value;
}
