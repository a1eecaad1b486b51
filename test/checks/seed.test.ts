import { projects } from "../helpers/record";
import { describe, expect, it } from "vitest";
import { validateForm } from "../../src/checks/check-form";
import { parseDocx } from "../../src/parse";
import { fixture } from "../helpers/fixtures";
import { expectedSeedRecords } from "../helpers/seed";

/** The seed's own arithmetic errors, as the README of the seed states them. */
const SEED_ERRORS = [
  "附件4-7 TOTAL_SCORE_MISMATCH total.score 94 96",
  "附件4-10 TOTAL_SCORE_MISMATCH total.score 88 98",
  "附件4-10 TOTAL_WEIGHT_MISMATCH total.weight 90 100",
  "附件4-10 LEVEL1_WEIGHT_MISMATCH indicators.7.level1Weight 20 30",
];

describe("checks on the 11 seed forms", () => {
  it("from the transcription (JSON records): exactly the four known errors", () => {
    const records = expectedSeedRecords();
    const errors = records.flatMap((r) => validateForm(r).filter((m) => m.severity === "error").map((m) => `${r.attachment} ${m.code} ${m.path} ${m.expected} ${m.actual}`));
    expect(errors).toEqual(SEED_ERRORS);
  });

  it("from a document: the same four errors, located on their cells, and 4-7's funds score warning", async () => {
    const { forms: read, messages } = await parseDocx(fixture("seed-python-docx.docx"));
    const forms = projects(read);
    const errors = messages.filter((m) => m.severity === "error");
    expect(errors.map((m) => `${forms[m.form!].attachment} ${m.code} ${m.path} ${m.expected} ${m.actual}`)).toEqual(SEED_ERRORS);
    expect(errors[0].cell).toMatchObject({ table: 6, text: expect.stringContaining("96") });
    expect(errors[3].cell?.text.replace(/\s/g, "")).toBe("效益指标（30分）");
    const warnings = messages.filter((m) => m.severity === "warning");
    expect(warnings).toMatchObject([{ code: "FUNDS_SCORE_POLICY", form: 6, expected: "5", actual: "4", cell: { text: "4" } }]);
  });

  it("parseDocx with validate: false runs no checks", async () => {
    const { messages } = await parseDocx(fixture("seed-python-docx.docx"), { validate: false });
    expect(messages).toEqual([]);
  });

  it("typed readings sit beside raw/text and never replace them", async () => {
    const forms = projects((await parseDocx(fixture("seed-libreoffice.docx"))).forms);
    const satisfaction = forms[0].indicators[6];
    expect(satisfaction.target).toMatchObject({ raw: "≧95%", text: "≧95%", reading: { kind: "number", comparator: ">=", value: "95", percent: true } });
    expect(satisfaction.assessment).toEqual({ direction: "正向", met: false });
    expect(forms[1].funds.total.rate).toMatchObject({ text: "92.60%", reading: { kind: "number", value: "92.60", percent: true } });
    expect(forms[0].indicators[2].target?.reading).toMatchObject({ kind: "date", date: "2020-12-31", comparator: "<=" });
  });
});
