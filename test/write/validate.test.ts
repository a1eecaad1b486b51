import { describe, expect, it } from "vitest";
import { JixiaoError } from "../../src/errors";
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
