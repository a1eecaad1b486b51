/**
 * The writer and the reader agree: parseDocx(writeDocx(x)) gives x back. Only the fields the reader
 * adds (source, extras, reading, assessment) are left out of the comparison.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue, ProjectRecord as FormRecord, Indicator } from "../../src/model/record";
import { parseDocx } from "../../src/parse";
import { blankForm } from "../../src/write/blank";
import { writeDocx } from "../../src/write/document";
import { withoutReaderAdditions } from "../helpers/record";
import { expectedSeedRecords } from "../helpers/seed";

const READERS = ["direct", "mammoth"] as const;


async function roundTrip(records: FormRecord[], reader: (typeof READERS)[number] = "direct") {
  // The checks only add assessments, which the comparison leaves out: skip them.
  const { forms, messages } = await parseDocx(await writeDocx(records), { reader, validate: false });
  return { forms: forms.map(withoutReaderAdditions), extras: forms.flatMap((f) => f.extras), problems: messages.filter((m) => m.severity !== "info") };
}

describe.each(READERS)("round trip through the %s reader", (reader) => {
  it("gives back the 11 seed forms written as one document", async () => {
    const records = expectedSeedRecords();
    const { forms, extras, problems } = await roundTrip(records, reader);
    expect(forms).toEqual(records.map(withoutReaderAdditions));
    expect(extras).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("gives back blank forms, with and without extra rows", async () => {
    const records = [
      blankForm({ level: "州级", year: 2021, attachment: "附件1" }),
      blankForm({ level: "县级", year: 2022, rows: { 数量指标: 3, 社会效益指标: 2 }, project: { name: "农村公路养护" } }),
    ];
    const { forms, extras, problems } = await roundTrip(records, reader);
    expect(forms).toEqual(records.map(withoutReaderAdditions));
    expect(extras).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("gives back raw cell text with its spaces, a filled footer, odd text, and missing year and 附件", async () => {
    const record = blankForm({ level: "县级", year: 2021 });
    record.year = null;
    record.funds.unit = "元";
    record.funds.total.rate = { raw: " 92.60% ", text: "92.60%" };
    record.indicators[0] = { ...record.indicators[0], name: "完成调研报告", target: { raw: "　90%以上", text: "90%以上" }, weight: 12.5, score: 0 };
    record.goal = { expected: "第一行\n第二行\t（续）", adjusted: null, actual: `A<B & "C" 'D'` };
    record.footer = { ...record.footer, unitLeader: "张三", filler: "李四", phone: "0743-8223456", date: "2021年1月20日" };
    const { forms, extras, problems } = await roundTrip([record], reader);
    expect(forms).toEqual([withoutReaderAdditions(record)]);
    expect(extras).toEqual([]);
    expect(problems).toEqual([]);
  });
});

// ---- generated records -----------------------------------------------------------------------

const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const ascii = fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c));
const punctuation = fc.constantFrom("，", "。", "、", "：", "；", "（", "）", "%", "≧", "≤", "—", "“", "”", "《", "》", "·");
const space = fc.constantFrom(" ", "\n", "\t", "\u3000");
const char = fc.oneof({ arbitrary: cjk, weight: 6 }, { arbitrary: ascii, weight: 3 }, { arbitrary: punctuation, weight: 1 }, { arbitrary: space, weight: 1 });

/** Free text as a cell holds it: Chinese and ASCII, inner spaces and line breaks, sometimes long;
 * never blank at either end (the reader trims, and an empty cell is null). */
const text = fc
  .oneof({ arbitrary: fc.string({ unit: char, minLength: 1, maxLength: 30 }), weight: 5 }, { arbitrary: fc.string({ unit: char, minLength: 200, maxLength: 1200 }), weight: 1 })
  .map((s) => s.trim())
  .filter((s) => s !== "");
const optionalText = fc.option(text, { nil: null });

/** A category name (一级 / 二级): the reader compares these without whitespace or brackets. */
const token = fc.string({ unit: fc.oneof(cjk, fc.constantFrom("A", "b", "1", "_", "-")), minLength: 1, maxLength: 8 });

/** Decimals with up to 2 places, as the forms hold them. */
const decimal = fc.integer({ min: -99_999_999, max: 999_999_999 }).map((n) => n / 100);
const optionalNumber = fc.option(decimal, { nil: null });
const weight = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);

const cellValue = fc.option(text.map((t): CellValue => ({ raw: t, text: t })), { nil: null });

const fundsPart = fc.record({ initial: optionalNumber, annual: optionalNumber, executed: optionalNumber });

/** 1–3 一级 groups of 1–4 二级 groups of 1–8 indicators each. */
const indicators = fc
  .array(
    fc.record({
      level1: fc.oneof(fc.constantFrom("产出指标", "效益指标", "满意度指标"), token),
      level1Weight: fc.option(weight, { nil: null }),
      groups: fc.array(fc.record({ level2: fc.option(token, { nil: null }), rows: fc.integer({ min: 1, max: 8 }) }), { minLength: 1, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .chain((level1s) => {
    const shapes = level1s.flatMap((l1) => l1.groups.flatMap((g) => Array.from({ length: g.rows }, () => ({ level1: l1.level1, level1Weight: l1.level1Weight, level2: g.level2 }))));
    return fc.tuple(
      ...shapes.map((shape) =>
        fc.record({ name: optionalText, target: cellValue, actual: cellValue, weight: optionalNumber, score: optionalNumber, deviation: optionalText }).map((values): Indicator => ({ ...shape, level2Weight: null, ...values, method: null, targetParts: null, more: {} })),
      ),
    );
  });

const footerValue = fc.option(fc.string({ unit: fc.oneof(cjk, fc.constantFrom("0", "7", "4", "3", "-")), minLength: 1, maxLength: 12 }), { nil: null });
const date = fc.option(fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}年${m}月${d}日`), { nil: null });

const record: fc.Arbitrary<FormRecord> = fc
  .record({
    attachment: fc.option(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.option(fc.integer({ min: 1, max: 20 }), { nil: null })).map(([a, b]) => `附件${a}${b === null ? "" : `-${b}`}`), { nil: null }),
    level: fc.option(fc.oneof(fc.constantFrom("州级", "省级", "县级", "市级"), token), { nil: null }),
    year: fc.option(fc.integer({ min: 2000, max: 2099 }), { nil: null }),
    project: fc.record({ name: optionalText, department: optionalText, implementingUnit: optionalText }),
    unit: fc.option(fc.constantFrom("万元", "元", "千元"), { nil: null }),
    total: fundsPart,
    totalScoring: fc.record({ weight: optionalNumber, rate: cellValue, score: optionalNumber }),
    appropriation: fundsPart,
    carryover: fundsPart,
    other: fundsPart,
    goal: fc.record({ expected: optionalText, actual: optionalText }),
    indicators,
    sum: fc.record({ weight: optionalNumber, score: optionalNumber }),
    footer: fc.record({ unitLeader: footerValue, filler: footerValue, phone: footerValue, date }),
  })
  .map((r) => ({
    kind: "project-self-evaluation" as const,
    attachment: r.attachment,
    // The reader takes the level from the title, so a record that reads back has both agreeing.
    title: `${r.level ?? ""}预算部门项目支出绩效自评表`,
    level: r.level,
    year: r.year,
    project: { ...r.project, code: null },
    funds: { unit: r.unit, total: { ...r.total, ...r.totalScoring }, appropriation: { ...r.appropriation, rate: null }, carryover: { ...r.carryover, rate: null }, other: { ...r.other, rate: null }, more: [], method: null, reason: null },
    // No generated goal.adjusted: the project form prints no 全年（调整）绩效目标 column.
    goal: { ...r.goal, adjusted: null },
    indicators: r.indicators,
    total: r.sum,
    notes: { conclusion: null, problems: null, improvements: null, remark: null, deviation: null },
    footer: { ...r.footer, projectLeader: null, financeLeader: null, reportNo: null },
    extras: [],
  }));

describe("round trip of generated records", () => {
  it("gives back 1,000 generated records (250 documents of 4 forms)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 4, maxLength: 4 }), async (records) => {
        const { forms, extras, problems } = await roundTrip(records);
        expect(forms).toEqual(records.map(withoutReaderAdditions));
        expect(extras).toEqual([]);
        expect(problems).toEqual([]);
      }),
      { numRuns: 250 },
    );
  }, 600_000);

  it("gives back generated records through the mammoth reader too (50 documents of 2 forms)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 2, maxLength: 2 }), async (records) => {
        const { forms, extras, problems } = await roundTrip(records, "mammoth");
        expect(forms).toEqual(records.map(withoutReaderAdditions));
        expect(extras).toEqual([]);
        expect(problems).toEqual([]);
      }),
      { numRuns: 50 },
    );
  }, 600_000);
});
