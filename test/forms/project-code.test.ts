/**
 * The 主管部门 code of a project form. Under 主管部门及代码 the label says a code is printed, so any
 * leading run of digits is the code ("315 某市交通运输局", a lone "315"); under a plain 主管部门 label
 * only 4 digits or more are taken as a code, as a department's name may start with a short number.
 */
import { describe, expect, it } from "vitest";
import { parseDocx } from "../../src/parse";
import { writeDocx } from "../../src/write/document";
import { goodRecord, projects, withoutReaderAdditions } from "../helpers/record";

async function readBack(project: { department: string | null; code: string | null }, reader: "direct" | "mammoth" = "direct") {
  const record = { ...goodRecord(), project: { name: "农村公路提质改造工程", implementingUnit: "某市农村公路建设中心", ...project } };
  const { forms } = await parseDocx(await writeDocx([record]), { reader, validate: false });
  const [read] = projects(forms);
  return { record, read };
}

describe.each(["direct", "mammoth"] as const)("the 主管部门 code of a project form, written and read back (%s reader)", (reader) => {
  it.each([
    ["a 3-digit code", "某市交通运输局", "315"],
    ["a 6-digit code", "北京市交通委员会", "215001"],
    ["a code with no department name", null, "315"],
    ["a long code with no department name", null, "215001"],
  ])("%s", async (_what, department, code) => {
    const { record, read } = await readBack({ department, code }, reader);
    expect(read.project).toEqual({ name: "农村公路提质改造工程", department, implementingUnit: "某市农村公路建设中心", code });
    expect(read.extras).toEqual([]);
    expect(withoutReaderAdditions(read)).toEqual(withoutReaderAdditions(record));
  });

  it("under a plain 主管部门 label a short leading number stays in the name, 4 digits or more are the code", async () => {
    expect((await readBack({ department: "315 某市交通运输局", code: null }, reader)).read.project)
      .toMatchObject({ department: "315 某市交通运输局", code: null });
    expect((await readBack({ department: "215001 北京市交通委员会", code: null }, reader)).read.project)
      .toMatchObject({ department: "北京市交通委员会", code: "215001" });
  });
});
