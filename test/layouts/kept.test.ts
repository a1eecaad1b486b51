/**
 * Nothing of a real-layout form is dropped: every non-empty cell the fixture's literals print is
 * either a label the form is read by (the label table in src/model/labels.ts, or a column label kept
 * in `more` / `columns`) or its text is in the record — a field, `more`, `fields`, `notes` or `extras`.
 * The literals are the fixtures' own (test/fixtures/layouts/*.literals.json); a cell the reader
 * neither reads nor keeps fails here with its position and text.
 */
import { describe, expect, it } from "vitest";
import * as labels from "../../src/model/labels";
import { parseDocx } from "../../src/parse";
import { READERS } from "../helpers/fixtures";
import { layoutFile, literals, type LayoutName } from "./literals";

/** The self-evaluation and indicator-table layouts (L1–L14a); the bundle's extra tables are no forms by design. */
const LAYOUTS: LayoutName[] = [
  "L1-project-central", "L2-project-anhui", "L3-project-yunnan", "L4-project-method", "L5-project-sichuan", "L5-project-sichuan-rate-low",
  "L10-transfer-central", "L11-transfer-county", "L12-department-project-shape", "L13-department-flat",
  "L6-indicator-hubei", "L7-indicator-yinchuan", "L14-indicator-scoring", "L14a-indicator-department-scoring",
];

const norm = (text: string) => labels.normalizeLabel(text);

/** Every label spelling of the label table, normalized. */
function labelSpellings(): Set<string> {
  const out = new Set<string>();
  const add = (x: unknown) => {
    if (x && typeof x === "object" && Array.isArray((x as { synonyms?: unknown }).synonyms)) for (const s of (x as labels.Label).synonyms) out.add(s);
  };
  for (const value of Object.values(labels)) (Array.isArray(value) ? value : [value]).forEach(add);
  return out;
}

/** The record's texts (normalized) and numbers, `source` aside: field values, `more` / `values` keys and texts, extras. */
function contents(record: unknown): { texts: Set<string>; numbers: Set<number> } {
  const texts = new Set<string>();
  const numbers = new Set<number>();
  const walk = (x: unknown, key: string | null) => {
    if (key === "source" || key === "reading") return;
    if (typeof x === "string") texts.add(norm(x));
    else if (typeof x === "number") numbers.add(x);
    else if (Array.isArray(x)) x.forEach((v) => walk(v, null));
    else if (x && typeof x === "object") {
      for (const [k, v] of Object.entries(x)) {
        if (key === "more" || key === "values") texts.add(norm(k));
        walk(v, k);
      }
    }
  };
  walk(record, null);
  return { texts, numbers };
}

/** A plain number as a form prints it ("10.00", "150万", "1,200"), or null. */
function printedNumber(text: string): number | null {
  const t = norm(text).replace(/(分|万元|元|万)$/, "").replace(/,/g, "");
  return /^[+-]?\d+(?:\.\d+)?$/.test(t) ? Number(t) : null;
}

const EMPTY_MARK = /^[—\-－/／]+$/;

/** Column labels whose every cell is empty: `more` leaves empty cells out (README, the record), so only the label is not kept. */
const EMPTY_COLUMNS: Partial<Record<LayoutName, string[]>> = { "L13-department-flat": ["调整指标值"] };

describe.each(LAYOUTS)("%s: every printed cell is read or kept", (name) => {
  const lit = literals(name);
  const spellings = labelSpellings();
  it.each(READERS)("through the %s reader", async (reader) => {
    const { forms } = await parseDocx(layoutFile(lit.files["python-docx"]), { reader, validate: false });
    const { texts, numbers } = contents(forms);
    const isLabel = (n: string) => spellings.has(n) || spellings.has(labels.withoutLabelSuffix(n)) || labels.FUNDS_LABEL_PATTERN.test(n);
    const accounted = (line: string): boolean => {
      const n = norm(line);
      if (n === "" || EMPTY_MARK.test(n) || texts.has(n) || isLabel(n)) return true;
      const number = printedNumber(line);
      if (number !== null && numbers.has(number)) return true;
      // "（ 2021 年度）": the year.
      const year = labels.YEAR_PATTERN.exec(n);
      if (year && numbers.has(Number(year[1]))) return true;
      // "产出指标（50分）", "（30分）": the category and its points, each in its own field.
      const points = labels.LEVEL1_WEIGHT_PATTERN.exec(n);
      if (points && (points[1] === "" || texts.has(points[1]) || isLabel(points[1])) && numbers.has(Number(points[2]))) return true;
      // "项目负责人:张明": a label and its value in one cell.
      return [...spellings].some((s) => s.length > 0 && n.startsWith(s) && texts.has(n.slice(s.length)));
    };
    const dropped: string[] = [];
    lit.tables.forEach((table, t) => {
      for (const c of table.cells) {
        // A cell is kept whole (its text in a field or extras), or line by line (title, year and 附件 lines;
        // several labels), or word by word ("215001 北京市…": the code and the department).
        if (accounted(c.text) || c.text.split("\n").every(accounted) || c.text.trim().split(/\s+/).every(accounted)) continue;
        if (EMPTY_COLUMNS[name]?.includes(c.text)) continue;
        dropped.push(`table ${t} row ${c.row} col ${c.col}: ${JSON.stringify(c.text)}`);
      }
    });
    expect(dropped).toEqual([]);
  });
});
