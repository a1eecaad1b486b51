import { describe, expect, it } from "vitest";
import { unwrapMarker } from "./compare";
import { EXPECTATIONS } from "./expected/index";
import { LAYOUT_NAMES, literals, type Literals } from "./literals";

// The hand-written expectations are checked against the fixtures' literals, so a typo in an expected
// value fails here today, before any kinds reader exists to compare with.

const squash = (s: string) => s.replace(/\s+/g, "");

/** Every text a fixture prints: cell texts and paragraphs, whitespace removed. */
function printed(lit: Literals): string[] {
  return [...lit.paragraphs.map((p) => p.text), ...lit.tables.flatMap((t) => t.cells.map((c) => c.text))].map(squash);
}

/** [path, leaf] for every string and number an expectation lists, keys of label-keyed objects included. */
function leaves(value: unknown, path: string, out: [string, string | number][] = []): [string, string | number][] {
  const v = unwrapMarker(value);
  if (typeof v === "string" || typeof v === "number") out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => leaves(x, `${path}.${i}`, out));
  else if (typeof v === "object" && v !== null) {
    const labelKeyed = /\.(more|values)$/.test(path);
    for (const [k, x] of Object.entries(v)) {
      if (labelKeyed) out.push([`${path}[key]`, k]);
      leaves(x, `${path}.${k}`, out);
    }
  }
  return out;
}

describe("layout expectations: written from the fixtures' literals", () => {
  it("one expectation per fixture, in the fixtures' order", () => {
    expect(EXPECTATIONS.map((e) => e.fixture)).toEqual([...LAYOUT_NAMES]);
  });

  it.each(EXPECTATIONS)("$fixture: every expected text and number is printed in the fixture", (e) => {
    const texts = printed(literals(e.fixture));
    const missing = e.records.flatMap((record, i) => leaves(record, `records.${i}`))
      .filter(([path]) => !/\.kind$/.test(path))
      // A split target is the three parts joined: each part is checked on its own.
      .filter(([path]) => !/\.target\.text$/.test(path) || !e.records.some((r) => JSON.stringify(r).includes("targetParts\":{")))
      .filter(([, leaf]) => !texts.some((t) => t.includes(squash(String(leaf)))));
    expect(missing).toEqual([]);
  });

  it.each(EXPECTATIONS.filter((e) => e.fixture !== "bundle-final-accounts"))("$fixture: the record's kind is the fixture's, and so is a title-less kind", (e) => {
    const lit = literals(e.fixture);
    expect(e.records.map((r) => r.kind)).toEqual([lit.kind]);
    expect(e.titleless?.kinds).toContain(lit.kind);
  });

  it("bundle: department, project, project, transfer, in order", () => {
    const bundle = EXPECTATIONS.find((e) => e.fixture === "bundle-final-accounts")!;
    expect(bundle.records.map((r) => r.kind)).toEqual(["department-self-evaluation", "project-self-evaluation", "project-self-evaluation", "transfer-self-evaluation"]);
  });

  it.each(EXPECTATIONS.flatMap((e) => e.records.map((record, i) => ({ fixture: e.fixture, i, record }))))(
    "$fixture #$i: the expected totals add up where every part is written (a check on the hand-written numbers)",
    ({ fixture, record }) => {
      type Ind = { weight?: number | null; score?: number | null; values?: unknown };
      const indicators = (unwrapMarker(record.indicators) ?? []) as Ind[];
      const total = record.total as { weight: number | null; score: number | null } | undefined;
      const funds = record.funds as { total?: { weight?: number | null; score?: number | null } } | undefined;
      const cents = (n: number) => Math.round(n * 100);
      const sum = (key: "weight" | "score") => {
        if (record.kind === "indicator-table") {
          const col = key === "weight" ? ["分值"] : ["得分", "自评得分"];
          const values = indicators.map((i) => unwrapMarker(i.values) as Record<string, string>);
          const hits = values.map((v) => col.map((c) => v[c]).find((x) => x !== undefined));
          return hits.every((h) => h !== undefined) ? hits.reduce((s, h) => s + cents(Number(h)), 0) : null;
        }
        const parts = [funds?.total?.[key], ...indicators.map((i) => i[key])];
        if (parts.some((p) => typeof p !== "number")) return null;
        return (parts as number[]).reduce((s, p) => s + cents(p), 0);
      };
      // L6's 总分 also counts the funds block's 20 points, outside the indicator rows.
      const outside = fixture === "L6-indicator-hubei" ? { weight: 0, score: cents(20) } : { weight: 0, score: 0 };
      let checked = 0;
      for (const key of ["weight", "score"] as const) {
        const want = total?.[key];
        const got = sum(key);
        if (typeof want !== "number" || got === null) continue;
        // L13 prints 自评总分 in its header for a list the fixture shortens: it is not the rows' sum.
        if (fixture === "L13-department-flat" && key === "score") continue;
        expect(got + outside[key], key).toBe(cents(want));
        checked++;
      }
      // Records whose total is written and whose parts are all written are checked at least once.
      const complete = typeof total?.weight === "number" && sum("weight") !== null;
      if (complete) expect(checked).toBeGreaterThan(0);
    });
});
