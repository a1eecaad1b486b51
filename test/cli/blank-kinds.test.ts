/** `jixiao blank --kind …` writes the 部门整体 and 转移支付 forms, read back as their kinds. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocx } from "../../src/parse";
import { BUILD_TIMEOUT, ensureBuilt, jixiao } from "./run";

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-blank-kinds-"));
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readBack(name: string) {
  const { forms } = await parseDocx(readFileSync(join(dir, name)));
  expect(forms).toHaveLength(1);
  return forms[0] as any;
}

describe("jixiao blank --kind", () => {
  it("department: a 部门整体支出绩效自评表 with the department's name", async () => {
    const run = await jixiao(["blank", "--kind", "department", "--year", "2021", "--level", "县级", "--department", "县林业局", "-o", "d.docx"], { cwd: dir });
    expect(run.stderr).toContain("d.docx");
    expect(run.code).toBe(0);
    const form = await readBack("d.docx");
    expect(form.kind).toBe("department-self-evaluation");
    expect(form.title).toBe("县级部门整体支出绩效自评表");
    expect(form.year).toBe(2021);
    expect(form.department.name).toBe("县林业局");
  });

  it("transfer: a 转移支付绩效目标自评表 with the fund's name and unit, no weights", async () => {
    const run = await jixiao(["blank", "--kind", "transfer-self-evaluation", "--year", "2022", "--level", "州级", "--project", "林业改革发展资金", "--unit", "州林业局", "-o", "t.docx"], { cwd: dir });
    expect(run.code).toBe(0);
    const form = await readBack("t.docx");
    expect(form.kind).toBe("transfer-self-evaluation");
    expect(form.title).toBe("州级转移支付绩效目标自评表");
    expect(form.fund).toMatchObject({ name: "林业改革发展资金", unit: "州林业局" });
    expect(form.total.weight).toBeNull();
  });

  it("without --kind it is the project form, as before", async () => {
    const run = await jixiao(["blank", "--year", "2021", "--level", "县级", "--project", "网络平台运行及维护费", "-o", "p.docx"], { cwd: dir });
    expect(run.code).toBe(0);
    const form = await readBack("p.docx");
    expect(form.kind).toBe("project-self-evaluation");
    expect(form.project.name).toBe("网络平台运行及维护费");
  });

  it("target: a 项目绩效目标表 with the project's name and unit, both indicator sets", async () => {
    const run = await jixiao(["blank", "--kind", "target", "--year", "2022", "--level", "县级", "--project", "农村公路养护", "--unit", "县公路中心", "-o", "g.docx"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("jixiao blank: 18-indicator 县级项目绩效目标表 (2022) written to g.docx");
    const form = await readBack("g.docx");
    expect(form.kind).toBe("project-target");
    expect(form.title).toBe("县级项目绩效目标表");
    expect(form.project).toMatchObject({ name: "农村公路养护", implementingUnit: "县公路中心", attribute: null });
    expect([form.indicatorSets.longTerm.length, form.indicatorSets.annual.length]).toEqual([9, 9]);
  });

  it("an unknown kind, or an option the kind has no row for, is a usage error", async () => {
    const unknown = await jixiao(["blank", "--kind", "indicator-table", "--year", "2021", "--level", "县级", "-o", "x.docx"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--kind: expected project, department, transfer or target");
    const misplaced = await jixiao(["blank", "--kind", "department", "--project", "某项目", "--year", "2021", "--level", "县级", "-o", "x.docx"], { cwd: dir });
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain("--project does not apply to a department form");
  });
});
