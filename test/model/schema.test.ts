import fc from "fast-check";
import { projects } from "../helpers/record";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CellValueSchema, FormRecordSchema, formRecordJsonSchema, type FormRecordInput } from "../../src/model/record";
import { ReadingSchema } from "../../src/model/reading";
import { parseDocx } from "../../src/parse";
import { readValue } from "../../src/values";
import { fixture } from "../helpers/fixtures";
import { goodRecord } from "../helpers/record";
import { expectedSeedRecords } from "../helpers/seed";

describe("the record schema", () => {
  it("exports a JSON Schema with the fixed field names", () => {
    type Branch = { properties: Record<string, { const?: string; properties?: Record<string, unknown> }>; required: string[] };
    const { oneOf } = formRecordJsonSchema() as { oneOf: Branch[] };
    expect(oneOf.map((b) => b.properties.kind.const)).toEqual(["project-self-evaluation", "department-self-evaluation", "transfer-self-evaluation", "indicator-table", "project-target"]);
    const [schema, department, transfer, table, target] = oneOf;
    expect(Object.keys(schema.properties)).toEqual(["kind", "attachment", "title", "level", "year", "project", "funds", "goal", "indicators", "total", "notes", "footer", "extras", "source"]);
    expect(Object.keys(schema.properties.funds.properties!)).toEqual(["unit", "total", "appropriation", "carryover", "other", "more", "method", "reason"]);
    expect(schema.required).toContain("indicators");
    // Fields added with the form kinds may be left out (records written before them still validate).
    for (const optional of ["extras", "notes"]) expect(schema.required).not.toContain(optional);
    expect(Object.keys(department.properties)).toContain("department");
    expect(Object.keys(transfer.properties)).toContain("fund");
    expect(Object.keys(table.properties)).toEqual(["kind", "attachment", "title", "level", "year", "fields", "columns", "indicators", "total", "extras", "source"]);
    expect(Object.keys(target.properties)).toEqual([
      "kind", "attachment", "title", "level", "year", "project", "funds", "overview", "basis", "schedule", "goals", "indicatorSets", "review", "fields", "footer", "extras", "source",
    ]);
    expect(Object.keys(target.properties.project.properties!)).toEqual(["name", "department", "departmentCode", "implementingUnit", "leader", "phone", "attribute", "period"]);
  });

  it("accepts the seed transcription and every parsed record, readings included", async () => {
    for (const r of expectedSeedRecords()) expect(FormRecordSchema.safeParse(r).success).toBe(true);
    const { forms } = await parseDocx(fixture("seed-libreoffice.docx"));
    for (const f of forms) expect(FormRecordSchema.parse(f)).toEqual(f);
  });

  it("rejects a record with a string where a number belongs", () => {
    const r = { ...expectedSeedRecords()[0], total: { weight: "100", score: 98 } };
    const result = FormRecordSchema.safeParse(r);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["total", "weight"]);
  });

  it("readValue's output always fits the reading schema", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[≥≤<>＞约]?[0-9０-９.,]{0,8}(%|万元|个|天|次|余)?(以上|以内)?$/)), (s) => {
        expect(ReadingSchema.safeParse(readValue(s, { year: 2020 })).success).toBe(true);
      }),
      { numRuns: 2000, seed: 20201231 },
    );
  });
});

describe("a value cell given as its text (prefilling by hand)", () => {
  /** goodRecord with its value cells written as plain strings, as a person prefilling would. */
  function byHand(): FormRecordInput {
    const r: FormRecordInput = goodRecord();
    r.indicators[0].target = " ≥100人次 ";
    r.indicators[0].actual = "120人次";
    r.indicators[1].target = "  ";
    r.funds.total.rate = "92.60%";
    return r;
  }

  it("becomes { raw, text }: raw as given, text trimmed; whitespace alone is an empty cell (null)", () => {
    const [parsed] = projects([FormRecordSchema.parse(byHand())]);
    expect(parsed.indicators[0].target).toEqual({ raw: " ≥100人次 ", text: "≥100人次" });
    expect(parsed.indicators[0].actual).toEqual({ raw: "120人次", text: "120人次" });
    expect(parsed.indicators[1].target).toBeNull();
    expect(parsed.funds.total.rate).toEqual({ raw: "92.60%", text: "92.60%" });
    expect(CellValueSchema.parse("≥95%")).toEqual({ raw: "≥95%", text: "≥95%" });
  });

  it("objects are taken as before, and other types are still refused where they are", () => {
    expect(FormRecordSchema.parse(goodRecord())).toEqual(goodRecord());
    const bad = { ...goodRecord(), indicators: [{ ...goodRecord().indicators[0], target: 95 }] };
    expect(FormRecordSchema.safeParse(bad).error?.issues).toMatchObject([{ path: ["indicators", 0, "target"], code: "invalid_type" }]);
    const halfCell = { ...goodRecord(), indicators: [{ ...goodRecord().indicators[0], actual: { raw: 1 } }] };
    expect(FormRecordSchema.safeParse(halfCell).error?.issues.map((i) => i.path.join("."))).toEqual(["indicators.0.actual.raw", "indicators.0.actual.text"]);
  });

  it("the JSON Schema says a value cell may be a string, and a JSON Schema reader accepts such a record", () => {
    const full = formRecordJsonSchema() as { $schema: string; oneOf: { properties: Record<string, any> }[] };
    expect(full.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const schema = full.oneOf[0];
    const target = schema.properties.indicators.items.properties.target;
    expect(target.anyOf.map((s: { type?: string }) => s.type)).toEqual(["string", "object", "null"]);
    expect(schema.properties.funds.properties.total.properties.rate.anyOf[0]).toMatchObject({ type: "string" });
    // Read back by zod's JSON Schema reader: strings, objects and the seed pass; a number does not.
    const fromJson = z.fromJSONSchema(full as Parameters<typeof z.fromJSONSchema>[0]);
    expect(fromJson.safeParse(byHand()).success).toBe(true);
    for (const r of expectedSeedRecords()) expect(fromJson.safeParse(r).success).toBe(true);
    expect(fromJson.safeParse({ ...goodRecord(), funds: { ...goodRecord().funds, total: { ...goodRecord().funds.total, rate: 92.6 } } }).success).toBe(false);
  });
});
