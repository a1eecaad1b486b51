import { describe, expect, it } from "vitest";
import { parseDocx } from "../../src/parse";
import { fixture, READERS } from "../helpers/fixtures";
import { projects } from "../helpers/record";

/**
 * split-table-python-docx.docx is seed form 4-2 split by a page break after its 质量指标 row: the
 * second table starts with 时效指标 (the seed's indicator 5, index 4) under an empty 一级指标 cell,
 * merged down over 成本指标, as Word leaves a merged cell it splits (scripts/fixtures/README.md).
 */
describe("LEVEL_CONTINUED: an empty 一级指标 cell at the top of a continued table", () => {
  it.each(READERS)("takes the group above, with one info on that cell (%s)", async (reader) => {
    const { forms, messages } = await parseDocx(fixture("split-table-python-docx.docx"), { reader, validate: false });
    const continued = messages.filter((m) => m.code === "LEVEL_CONTINUED");
    expect(continued).toMatchObject([
      { code: "LEVEL_CONTINUED", severity: "info", form: 0, path: "indicators.4.level1", cell: { table: 1, row: 0, text: "" } },
    ]);
    expect(continued[0].message).toContain("产出指标");
    expect(continued[0].messageZh).toBe("续表顶部的一级指标单元格为空：视为接续上一表格的「产出指标」。");
    // Both rows under the split cell continue the group; the message is given once, for the cell.
    expect(projects(forms)[0].indicators.slice(4, 6).map((i) => [i.level1, i.level1Weight, i.level2])).toEqual([
      ["产出指标", 50, "时效指标"],
      ["产出指标", 50, "成本指标"],
    ]);
  });

  it("is not given for a form in one table", async () => {
    const { messages } = await parseDocx(fixture("single-form-python-docx.docx"), { validate: false });
    expect(messages.filter((m) => m.code === "LEVEL_CONTINUED")).toEqual([]);
  });
});
