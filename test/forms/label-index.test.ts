import { describe, expect, it } from "vitest";
import * as labels from "../../src/model/labels";
import { labelsSpelled, normalizeLabel, type Label } from "../../src/model/labels";
import { isLabel } from "../../src/forms/rows";
import type { GridCell } from "../../src/grid/types";

const isLabelObject = (x: unknown): x is Label =>
  typeof x === "object" && x !== null && "key" in x && "zh" in x && Array.isArray((x as Label).synonyms);

/** Every Label the labels table exports, alone or in a list. */
const everyLabel: Label[] = Object.values(labels).flatMap((v) => (Array.isArray(v) ? v.filter(isLabelObject) : isLabelObject(v) ? [v] : []));

const cellOf = (text: string) => ({ text }) as GridCell;

describe("the reader's index of label spellings", () => {
  it("finds every exported label by each of its spellings, so none is matched only by chance", () => {
    expect(everyLabel.length).toBeGreaterThan(40);
    for (const l of everyLabel) {
      for (const spelling of l.synonyms) expect(labelsSpelled(spelling), `${l.key} ${spelling}`).toContain(l);
    }
  });

  it("matches a cell spaced out, with full-width colon and brackets, and with a bracketed suffix", () => {
    const funds = labels.FUNDS_LABEL;
    expect(isLabel(cellOf("项 目\n资 金："), funds)).toBe(true);
    expect(isLabel(cellOf("项目资金（万元）"), funds)).toBe(true);
    expect(isLabel(cellOf("项目资金明细"), funds)).toBe(false);
    expect(isLabel(cellOf(""), funds)).toBe(false);
    // A spelling shared by two labels names both.
    const shared = everyLabel.flatMap((l) => l.synonyms).find((s) => labelsSpelled(s).length > 1);
    expect(shared).toBeDefined();
    for (const l of labelsSpelled(shared!)) expect(isLabel(cellOf(shared!), l)).toBe(true);
    expect(normalizeLabel("项目资金（万元）")).toBe("项目资金(万元)");
  });
});
