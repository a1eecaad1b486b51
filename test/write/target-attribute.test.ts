/**
 * 项目属性 on a target form: the printed options ("新增项目□ 延续项目□") are the form's text, not a
 * value. A form with no box ticked reads as attribute null, a blank form is made with null, and each
 * ticked option round trips as that option.
 */
import { describe, expect, it } from "vitest";
import { tickedOption } from "../../src/forms/sections/target-header";
import type { ProjectTargetRecord } from "../../src/model/record";
import { parseDocx } from "../../src/parse";
import { blankForm } from "../../src/write/blank";
import { writeDocx } from "../../src/write/document";
import { targetForm } from "../helpers/target-record";

async function readBack(record: ProjectTargetRecord) {
  const { forms, messages } = await parseDocx(await writeDocx(record), { validate: false });
  const [form] = forms as ProjectTargetRecord[];
  return { form, codes: messages.map((m) => m.code) };
}

describe("项目属性 with no box ticked", () => {
  it("is no value: the printed options are the form's text", () => {
    expect(tickedOption("新增项目□ 延续项目□")).toBeNull();
    expect(tickedOption("☐新增项目 ☐延续项目")).toBeNull();
    expect(tickedOption("1、新增项目□ 2、延续项目□")).toBeNull();
  });

  it("a blank target form has attribute null and reads back so, its options read as printed text (no UNRECOGNIZED_CELL)", async () => {
    const blank = blankForm({ kind: "project-target", level: "县级", year: 2022 });
    expect(blank.project.attribute).toBeNull();
    const { form, codes } = await readBack(blank);
    expect(form.project.attribute).toBeNull();
    expect(form.extras.map((e) => e.text)).not.toContain("新增项目□ 延续项目□");
    expect(codes).not.toContain("UNRECOGNIZED_CELL");
  });

  it.each([
    [null, null],
    ["新增项目", "新增项目"],
    ["延续项目", "延续项目"],
    ["其他项目", "其他项目"],
  ])("a filled form with attribute %s reads back as %s", async (attribute, expected) => {
    const record = targetForm();
    record.project.attribute = attribute;
    const { form, codes } = await readBack(record);
    expect(form.project.attribute).toBe(expected);
    expect(codes).not.toContain("UNRECOGNIZED_CELL");
  });
});
