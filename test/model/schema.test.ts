import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FormRecordSchema, formRecordJsonSchema } from "../../src/model/record";
import { ReadingSchema } from "../../src/model/reading";
import { parseDocx } from "../../src/parse";
import { readValue } from "../../src/values";
import { fixture } from "../helpers/fixtures";
import { expectedSeedRecords } from "../helpers/seed";

describe("the record schema", () => {
  it("exports a JSON Schema with the fixed field names", () => {
    const schema = formRecordJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(["kind", "attachment", "title", "level", "year", "project", "funds", "goal", "indicators", "total", "footer", "extras", "source"]);
    expect(Object.keys(schema.properties.funds.properties!)).toEqual(["unit", "total", "appropriation", "carryover", "other"]);
    expect(schema.required).toContain("indicators");
    expect(schema.required).not.toContain("extras");
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
