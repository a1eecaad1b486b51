/**
 * Held-out layouts: documents made by another generator (test/heldout/make_heldout.py) from the
 * transcriptions of real forms, each with its record written by hand (expected/). Every field the
 * record contract names is compared; a form read as another kind fails outright.
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocx } from "../../src/index";
import type { FormRecord } from "../../src/model/record";
import { READERS } from "../helpers/fixtures";
import { HELD_OUT } from "./expected";

const FIXTURES = new URL("./fixtures/", import.meta.url);

/** Leaves by path; a value cell counts as its text; what the reader adds (source, extras, readings) is left out. */
export function flatten(value: unknown, path = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === "object") {
    if (!Array.isArray(value) && "raw" in value && "text" in value) {
      out.set(path, (value as { text: unknown }).text);
      return out;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === "source" || key === "extras" || key === "assessment" || key === "reading") continue;
      flatten(child, path === "" ? key : `${path}.${key}`, out);
    }
    return out;
  }
  out.set(path, value);
  return out;
}

/** Every path whose value differs (missing or extra paths included), and how many paths were compared. */
export function differences(actual: unknown, expected: unknown): { compared: number; wrong: string[] } {
  const a = flatten(actual);
  const e = flatten(expected);
  const wrong: string[] = [];
  for (const [path, value] of e) {
    if (!a.has(path)) wrong.push(`${path}: expected ${JSON.stringify(value)}, missing`);
    else if (!Object.is(a.get(path), value)) wrong.push(`${path}: expected ${JSON.stringify(value)}, read ${JSON.stringify(a.get(path))}`);
  }
  let extra = 0;
  for (const [path, value] of a) {
    if (!e.has(path)) { extra++; wrong.push(`${path}: not expected, read ${JSON.stringify(value)}`); }
  }
  return { compared: e.size + extra, wrong };
}

const accuracy: string[] = [];
afterAll(() => console.log(["held-out field accuracy (reader · layout · fields right / compared):", ...accuracy].join("\n")));

describe("held-out documents in the real layouts", () => {
  it("compares by path, a value cell by its text, and counts missing and unexpected fields", () => {
    const d = differences({ a: { raw: " x", text: "x" }, b: 1, more: { k: "v" } }, { a: "x", b: 2, c: null, more: {} });
    expect(d.compared).toBe(4);
    expect(d.wrong).toEqual(["b: expected 2, read 1", "c: expected null, missing", "more.k: not expected, read \"v\""]);
  });

  for (const reader of READERS) {
    for (const doc of HELD_OUT) {
      it(`${reader}: ${doc.file} (${doc.layout}, ${doc.producer}) gives the expected kinds and every field`, async () => {
        const { forms } = await parseDocx(readFileSync(new URL(doc.file, FIXTURES)), { reader });
        // (a) a form of one kind is never read as another, nor lost, nor split
        expect(forms.map((f: FormRecord) => f.kind)).toEqual(doc.forms.map((f) => f.kind));
        let compared = 0;
        const wrong: string[] = [];
        doc.forms.forEach((expected, i) => {
          const d = differences(forms[i], expected);
          compared += d.compared;
          wrong.push(...d.wrong.map((w) => `form ${i + 1}: ${w}`));
        });
        accuracy.push(`${reader} · ${doc.layout} (${doc.producer}) · ${compared - wrong.length}/${compared} (${((100 * (compared - wrong.length)) / compared).toFixed(1)}%)`);
        expect(wrong).toEqual([]);
      });
    }
  }
});
