import { projects } from "../helpers/record";
import { describe, expect, it } from "vitest";
import { validateForm } from "../../src/checks/check-form";
import { JixiaoError } from "../../src/errors";
import type { FormRecordInput } from "../../src/model/record";
import { parseDocx } from "../../src/parse";
import { blankForm } from "../../src/write/blank";
import { writeDocx, writeDocxWithMessages } from "../../src/write/document";

async function rejection(promise: Promise<unknown>): Promise<JixiaoError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(JixiaoError);
  return error as JixiaoError;
}

describe("writeDocx with a bad record", () => {
  it("throws INVALID_RECORD naming every bad path, in every form, and writes nothing", async () => {
    const good = blankForm({ level: "州级", year: 2021 });
    const bad = JSON.parse(JSON.stringify(good));
    bad.indicators[2].weight = "12";
    bad.year = "2021";
    delete bad.goal;
    const alsoBad = { ...JSON.parse(JSON.stringify(good)), kind: "other" };
    const error = await rejection(writeDocx([good, bad, alsoBad]));
    expect(error.code).toBe("INVALID_RECORD");
    expect(error.message).toContain("forms[1].indicators.2.weight: expected number, received string");
    expect(error.message).toContain("forms[1].year: expected number, received string");
    expect(error.message).toContain("forms[1].goal: expected object, received nothing");
    expect(error.message).toContain(`forms[2].kind: expected "project-self-evaluation"`);
    expect(error.message).not.toContain("forms[0]");
    expect(error.details).toHaveLength(4);
  });

  it("names the form as forms[0] when a single record is given", async () => {
    const bad = { ...blankForm({ level: "州级", year: 2021 }), total: { weight: 100, score: Number.NaN } };
    const error = await rejection(writeDocxWithMessages(bad));
    expect(error.message).toMatch(/^1 problem in the form record; nothing was written:\nforms\[0\]\.total\.score: /);
  });

  it("rejects an empty list of forms", async () => {
    const error = await rejection(writeDocx([]));
    expect(error.code).toBe("INVALID_RECORD");
  });

  it("accepts a record from JSON without extras", async () => {
    const { extras: _extras, ...fromJson } = blankForm({ level: "州级", year: 2021 });
    const bytes = await writeDocx(fromJson);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.length).toBeGreaterThan(1000);
  });
});

describe("a record prefilled by hand, value cells given as text", () => {
  function prefilled(): FormRecordInput {
    const record: FormRecordInput = blankForm({ level: "县级", year: 2021, rows: 1 });
    Object.assign(record.indicators[0], { name: "培训人次", target: "≥100人次", actual: " 92人次 ", weight: 20, score: 18 });
    Object.assign(record.indicators[2], { name: "完成时间", target: "12月底之前", actual: "2021年11月30日" });
    return record;
  }

  it("writeDocx writes it, and the document reads back as value cells with their readings", async () => {
    const { forms: read, messages } = await parseDocx(await writeDocx(prefilled()));
    const forms = projects(read);
    const [first, , third] = forms[0].indicators;
    expect(first.target).toMatchObject({ text: "≥100人次", reading: { kind: "number", comparator: ">=", value: "100", unit: "人次" } });
    expect(first.actual).toMatchObject({ text: "92人次", reading: { kind: "number", value: "92" } });
    expect(first.assessment).toEqual({ direction: "正向", met: false });
    // The year-less deadline takes the form's year, as for a record read from Word.
    expect(third.target?.reading).toMatchObject({ kind: "date", comparator: "<=", date: "2021-12-31" });
    expect(third.assessment).toEqual({ direction: "反向", met: true });
    expect(messages.map((m) => m.code)).toContain("TARGET_NOT_MET_NO_REASON");
  });

  it("validateForm reads the text as it reads a cell: 92人次 does not meet ≥100人次", () => {
    const messages = validateForm(prefilled());
    expect(messages.filter((m) => m.severity !== "info")).toMatchObject([
      { code: "TARGET_NOT_MET_NO_REASON", path: "indicators.0.deviation", expected: "≥100人次", actual: "92人次" },
    ]);
  });
});
