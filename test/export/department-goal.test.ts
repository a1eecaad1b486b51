// The 部门整体 form's third goal column (全年（调整）绩效目标, Chongqing's flat form) reaches the exported tables.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FORM_COLUMNS } from "../../src/export/columns";
import { tableRows } from "../../src/export/rows";
import { parseDocx } from "../../src/index";

const L13 = new URL("../fixtures/layouts/L13-department-flat-python-docx.docx", import.meta.url);

describe("goal.adjusted in the forms table", () => {
  it("has its own column, filled from the form and empty for a form without it", async () => {
    const { forms, messages } = await parseDocx(readFileSync(L13));
    const at = FORM_COLUMNS.findIndex((c) => c.zh === "总体目标·全年（调整）绩效目标");
    expect(at).toBeGreaterThan(-1);
    expect(FORM_COLUMNS[at]!.kinds).toEqual(["project-self-evaluation", "department-self-evaluation", "transfer-self-evaluation"]);
    const [row] = tableRows({ file: "l13.docx", forms, messages }, "forms");
    // The literals of the fixture: 年初绩效目标 | 全年（调整）绩效目标 | 全年目标实际完成情况.
    expect(row!.cells[at]).toBe("无");
    expect(row!.cells[at - 1]).toBe("按时完成各项统计调查任务，数据质量达到考核要求。");

    const seed = await parseDocx(readFileSync(new URL("../fixtures/seed-libreoffice.docx", import.meta.url)));
    for (const r of tableRows({ file: "seed.docx", ...seed }, "forms")) expect(r.cells[at]).toBeNull();
  });
});
