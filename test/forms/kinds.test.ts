/**
 * Form kinds on the real-layout fixtures (python-docx and LibreOffice files built from literals;
 * the expected records are written by hand in test/layouts/expected). Layouts whose every field is
 * read are compared in full; for the rest, the kind alone is checked here.
 */
import { describe, expect, it } from "vitest";
import { parseDocx } from "../../src/parse";
import { validateForm } from "../../src/checks/check-form";
import { FormRecordSchema, type FormRecord } from "../../src/model/record";
import { READERS } from "../helpers/fixtures";
import { cell, docxOf, para, row, table } from "../helpers/ooxml";
import { formXml } from "../helpers/form-xml";
import { expectRecord } from "../layouts/compare";
import { EXPECTATIONS } from "../layouts/expected/index";
import { layoutFile, literals, type LayoutName } from "../layouts/literals";
import { projects } from "../helpers/record";

/** The layouts read field for field (the others: see README, "Form kinds"). */
const FULL = ["L1-project-central", "L2-project-anhui", "L3-project-yunnan", "L4-project-method", "L5-project-sichuan", "L5-project-sichuan-rate-low", "L10-transfer-central", "L11-transfer-county", "L12-department-project-shape", "L13-department-flat", "L6-indicator-hubei", "L7-indicator-yinchuan", "L14-indicator-scoring", "L14a-indicator-department-scoring", "L16-target-hunan", "L17-target-template", "L19-target-scored", "bundle-final-accounts"];

const cases = EXPECTATIONS.filter((e) => FULL.includes(e.fixture));

describe.each(cases)("$fixture: every field", (e) => {
  const lit = literals(e.fixture);
  const files = [lit.files["python-docx"], ...(lit.files.libreoffice ? [lit.files.libreoffice] : [])];
  it.each(files.flatMap((f) => READERS.map((r) => [f, r] as const)))("%s (%s)", async (file, reader) => {
    const result = await parseDocx(layoutFile(file), { reader });
    expect(result.forms.map((f) => f.kind)).toEqual(e.records.map((r) => r.kind));
    e.records.forEach((want, i) => expectRecord(result.forms[i], want, `forms.${i}`));
    const codes = result.messages.map((m) => m.code);
    for (const code of e.messages) expect(codes).toContain(code);
    for (const f of result.forms) expect(FormRecordSchema.safeParse(f).success).toBe(true);
  });
});

describe.each(EXPECTATIONS)("$fixture: kinds", (e) => {
  const lit = literals(e.fixture);
  it("each form is read as its kind", async () => {
    const result = await parseDocx(layoutFile(lit.files["python-docx"]));
    expect(result.forms.map((f) => f.kind)).toEqual(e.records.map((r) => r.kind));
  });
  if (e.titleless) {
    it("without its title it is never read as another kind", async () => {
      const result = await parseDocx(layoutFile(lit.files.notitle!));
      expect(result.forms).toHaveLength(1);
      expect(e.titleless!.kinds).toContain(result.forms[0].kind);
      const codes = result.messages.map((m) => m.code);
      for (const code of e.titleless!.messages) expect(codes).toContain(code);
    });
  }
});

const parse = (xml: string) => parseDocx(docxOf(xml), { validate: false });

/** A small target table: 项目名称, then 一级 / 二级 / 三级指标 / 指标值, no actual or score column. */
const TARGET_TABLE = table(4, [
  row([cell("项目名称"), cell("测试项目", { span: 3 })]),
  row([cell("一级指标"), cell("二级指标"), cell("三级指标"), cell("指标值")]),
  row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("≥10个")]),
]);

describe("classification on small hand-made forms", () => {
  it("the title decides: the same table under a 部门整体 title is a department form", async () => {
    const xml = formXml({ before: ["部门整体支出绩效自评表", "（2023年度）"], labels: { name: "部门" } });
    const { forms, messages } = await parse(xml);
    expect(forms.map((f) => f.kind)).toEqual(["department-self-evaluation"]);
    expect(forms[0]).toMatchObject({ title: "部门整体支出绩效自评表", year: 2023, department: { name: "测试项目" } });
    // 主管部门 / 实施单位 are no fields of a department form: kept in extras, each with a warning.
    expect(forms[0].extras.map((e) => e.text)).toEqual(["主管部门", "某局", "实施单位", "某中心"]);
    expect(messages.filter((m) => m.severity !== "info").map((m) => m.code)).toEqual(Array(4).fill("UNRECOGNIZED_CELL"));
  });

  it("no title: the 部门 row decides, with a KIND_FROM_ROWS info", async () => {
    const { forms, messages } = await parse(formXml({ before: [], labels: { name: "部门" } }));
    expect(forms.map((f) => f.kind)).toEqual(["department-self-evaluation"]);
    expect(messages).toContainEqual(expect.objectContaining({ code: "KIND_FROM_ROWS", severity: "info", form: 0 }));
  });

  it("no title and no unit row that names a kind: an indicator-table with a KIND_UNKNOWN warning", async () => {
    const { forms, messages } = await parse(formXml({ before: [], labels: { name: "名称" } }));
    expect(forms.map((f) => f.kind)).toEqual(["indicator-table"]);
    expect(messages).toContainEqual(expect.objectContaining({ code: "KIND_UNKNOWN", severity: "warning", form: 0 }));
    const record = forms[0];
    if (record.kind !== "indicator-table") throw new Error("narrowed above");
    expect(record.columns).toEqual(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
    expect(record.indicators[1]).toEqual({
      level1: "产出指标（90分）", level1Weight: 90, level2: "质量指标", level2Weight: null, name: "指标二",
      values: { 年度指标值: "100%", 实际完成值: "95%", 分值: "40", 得分: "38", 偏差原因分析及改进措施: "略有不足" },
    });
    expect(record.total).toEqual({ weight: 100, score: 98 });
    expect(record.fields).toContainEqual({ label: "名称", value: "测试项目" });
  });

  it("a 项目支出绩效目标表 title over a table with 实际完成值 / 得分 columns is neither a target nor a project form: an indicator-table with KIND_UNKNOWN", async () => {
    const { forms, messages } = await parse(formXml({ before: ["项目支出绩效目标表"] }));
    expect(forms.map((f) => f.kind)).toEqual(["indicator-table"]);
    expect(messages.find((m) => m.code === "KIND_UNKNOWN")?.message).toContain("project-target");
  });

  it.each(["项目支出绩效目标表", "绩效目标申报表", "项目绩效目标表", "绩效目标表", "2022年度某局项目绩效目标表"])("the title %s names a project-target", async (title) => {
    const { forms, messages } = await parse(para(title) + TARGET_TABLE);
    expect(forms.map((f) => f.kind)).toEqual(["project-target"]);
    expect(messages.map((m) => m.code)).not.toContain("KIND_UNKNOWN");
  });

  it("绩效目标自评表 is a transfer form, never a target; a 部门整体 or 转移支付区域 target form is an indicator table", async () => {
    expect((await parse(para("绩效目标自评表") + TARGET_TABLE)).forms[0].kind).not.toBe("project-target");
    expect((await parse(para("2023年市级部门整体预算绩效目标表") + TARGET_TABLE)).forms.map((f) => f.kind)).toEqual(["indicator-table"]);
    expect((await parse(para("中央对地方转移支付区域绩效目标表") + TARGET_TABLE)).forms.map((f) => f.kind)).toEqual(["indicator-table"]);
  });

  it("no title: 项目名称 and 指标值 with no actual or score column make a project-target (KIND_FROM_ROWS)", async () => {
    const { forms, messages } = await parse(TARGET_TABLE);
    expect(forms.map((f) => f.kind)).toEqual(["project-target"]);
    expect(messages).toContainEqual(expect.objectContaining({ code: "KIND_FROM_ROWS", form: 0 }));
  });

  it("an unrelated table (项目实施进度计划) is still no form", async () => {
    const plan = table(3, [row([cell("项目实施内容"), cell("开始时间"), cell("完成时间")]), row([cell("采购"), cell("2023年1月"), cell("2023年3月")])]);
    const { forms } = await parse(para("项目实施进度计划") + plan);
    expect(forms).toEqual([]);
  });
});

describe("checks per kind", () => {
  it("a transfer form: no weight or score checks, the funds sums still checked", async () => {
    const { forms } = await parseDocx(layoutFile(literals("L10-transfer-central").files["python-docx"]));
    const record = structuredClone(forms[0]);
    if (record.kind !== "transfer-self-evaluation") throw new Error("expected a transfer form");
    expect(record.total).toEqual({ weight: null, score: null });
    expect(validateForm(record).filter((m) => m.severity !== "info")).toEqual([]);
    record.funds.total.executed = 3999;
    expect(validateForm(record).map((m) => m.code)).toContain("FUNDS_TOTAL_MISMATCH");
  });

  it("a Sichuan form executed under 90% with its 原因 cell still the printed hint: RATE_REASON_MISSING", async () => {
    const low = await parseDocx(layoutFile(literals("L5-project-sichuan-rate-low").files["python-docx"]));
    expect(low.messages).toContainEqual(expect.objectContaining({ code: "RATE_REASON_MISSING", severity: "warning", path: "funds.reason" }));
    const full = await parseDocx(layoutFile(literals("L5-project-sichuan").files["python-docx"]));
    expect(full.messages.map((m) => m.code)).not.toContain("RATE_REASON_MISSING");
  });

  it("an indicator table whose points partly sit outside its rows (Hubei's funds score) is not summed", async () => {
    const { messages } = await parseDocx(layoutFile(literals("L6-indicator-hubei").files["python-docx"]));
    expect(messages.map((m) => m.code)).not.toContain("TOTAL_SCORE_MISMATCH");
  });

  it("a title naming a project form over a table in another shape gives an indicator-table, with KIND_UNKNOWN saying why", async () => {
    const { forms, messages } = await parseDocx(layoutFile(literals("L7-indicator-yinchuan").files["python-docx"]));
    expect(forms.map((f) => f.kind)).toEqual(["indicator-table"]);
    expect(messages.find((m) => m.code === "KIND_UNKNOWN")?.message).toContain("no block label");
  });

  it("an indicator table: 合计 score = Σ the rows' scores", async () => {
    const { forms } = await parseDocx(layoutFile(literals("L14-indicator-scoring").files["python-docx"]));
    const record = structuredClone(forms[0]);
    if (record.kind !== "indicator-table") throw new Error("expected an indicator table");
    expect(validateForm(record)).toEqual([]);
    record.total.score = (record.total.score ?? 0) + 1;
    expect(validateForm(record)).toMatchObject([{ code: "TOTAL_SCORE_MISMATCH", path: "total.score" }]);
  });
});

describe("indicator columns the kind does not name", () => {
  it("go to the indicator's `more` under their printed label (whitespace removed), not to extras", async () => {
    // The form's last indicator column printed as 是否 核心指标 instead of a 偏差原因 column.
    const xml = formXml({ labels: { deviation: "是否 核心指标" } }).replace("略有不足", "是");
    const { forms, messages } = await parse(xml);
    const form = forms[0];
    if (form.kind !== "project-self-evaluation") throw new Error("expected a project form");
    expect(form.indicators.map((i) => i.more)).toEqual([{}, { 是否核心指标: "是" }]);
    expect(form.indicators.map((i) => i.deviation)).toEqual([null, null]);
    expect(form.extras).toEqual([]);
    expect(messages.filter((m) => m.code === "UNRECOGNIZED_CELL")).toEqual([]);
    expect(form.source?.cells["indicators.1.more.是否核心指标"]).toMatchObject({ text: "是" });
  });
});

describe("自评总分 printed in the header", () => {
  // The 实施单位 row of the small form with 自评总分（分） | <score> after it, as Chongqing prints it.
  const withHeaderScore = (score: string) =>
    formXml().replace(cell("某中心", { span: 3 }), cell("某中心") + cell("自评总分（分）") + cell(score));
  const totalRow = row([cell("总分", { span: 6 }), cell("100"), cell("98"), cell("")]);

  it("gives total.score when the form has no total row (and no MISSING_SECTION for it)", async () => {
    const xml = withHeaderScore("97.5");
    expect(xml).toContain(totalRow);
    const { forms, messages } = await parse(xml.replace(totalRow, ""));
    expect(projects(forms)[0].total).toEqual({ weight: null, score: 97.5 });
    expect(forms[0].source?.cells["total.score"]).toMatchObject({ text: "97.5" });
    expect(forms[0].extras).toEqual([]);
    expect(messages.filter((m) => m.code === "MISSING_SECTION")).toEqual([]);
  });

  it("beside a total row that disagrees: the total row's score, with a HEADER_SCORE info", async () => {
    const { forms, messages } = await parse(withHeaderScore("97"));
    expect(projects(forms)[0].total).toEqual({ weight: 100, score: 98 });
    expect(messages.filter((m) => m.code === "HEADER_SCORE")).toMatchObject([
      { severity: "info", form: 0, path: "total.score", cell: { text: "97" } },
    ]);
  });

  it("beside a total row that agrees: no message", async () => {
    const { forms, messages } = await parse(withHeaderScore("98"));
    expect(projects(forms)[0].total).toEqual({ weight: 100, score: 98 });
    expect(messages.filter((m) => m.code === "HEADER_SCORE")).toEqual([]);
    expect(forms[0].extras).toEqual([]);
  });
});

/** The first form of a layout fixture (its python-docx file) read without checks, as the kind it must be. */
async function firstForm<K extends FormRecord["kind"]>(name: LayoutName, kind: K): Promise<Extract<FormRecord, { kind: K }>> {
  const { forms } = await parseDocx(layoutFile(literals(name).files["python-docx"]), { validate: false });
  const record = structuredClone(forms[0]);
  if (record.kind !== kind) throw new Error(`expected a ${kind} form, read a ${record.kind}`);
  return record as Extract<FormRecord, { kind: K }>;
}

describe("执行率 on a form with 年初预算数 (A) and no 全年预算数 column (L4)", () => {
  const read = () => firstForm("L4-project-method", "project-self-evaluation");

  it("is checked as 全年执行数 / 年初预算数: 154.74 / 310.2 is 50% as written", async () => {
    const record = await read();
    expect([record.funds.total.initial, record.funds.total.annual, record.funds.total.executed, record.funds.total.rate?.text]).toEqual([310.2, null, 154.74, "50%"]);
    expect(validateForm(record).filter((m) => m.code === "RATE_MISMATCH" || m.code === "SUM_INCOMPLETE")).toEqual([]);
  });

  it("a rate that is not B/A is a RATE_MISMATCH naming 年初预算数", async () => {
    const record = await read();
    record.funds.total.rate = { raw: "60%", text: "60%" };
    expect(validateForm(record).filter((m) => m.code === "RATE_MISMATCH")).toMatchObject([
      { path: "funds.total.rate", expected: "50%", actual: "60%", messageZh: "执行率填写为60%，但全年执行数÷年初预算数＝154.74÷310.2＝50%。" },
    ]);
  });
});

describe("Chongqing's 部门整体绩效自评表: a flat list of indicators (L13)", () => {
  const read = () => firstForm("L13-department-flat", "department-self-evaluation");

  it("its total is the header's 自评总分, checked against 执行率得分 + Σ 指标得分; no level-1 weight check on a list with no 一级指标", async () => {
    const record = await read();
    expect(record.indicators.every((i) => i.level1 === null && i.level1Weight === null)).toBe(true);
    // The fixture prints four of the form's indicators: 7.6 + 2 + 2 + 3 + 5 = 19.6, not the 97.6 printed.
    expect(validateForm(record).filter((m) => m.severity === "error")).toMatchObject([
      { code: "TOTAL_SCORE_MISMATCH", path: "total.score", expected: "19.6", actual: "97.6" },
    ]);
    record.total.score = 19.6;
    expect(validateForm(record).filter((m) => m.severity === "error")).toEqual([]);
    // The funds row as printed: 896.95 / 1180.2 = 76% (the rate check passes); 执行率权重 10, 执行率得分 7.6.
    expect(validateForm(record).map((m) => m.code)).not.toContain("RATE_MISMATCH");
  });

  it("主管部门 names the department only when no 部门 row does: a 部门 row after it sends it back to extras", async () => {
    const xml = formXml({ before: ["部门整体支出绩效自评表"], labels: { name: "部门" } });
    const nameRow = row([cell("部门"), cell("测试项目", { span: 8 })]);
    const unitRow = row([cell("主管部门"), cell("某局", { span: 3 }), cell("实施单位", { span: 2 }), cell("某中心", { span: 3 })]);
    expect(xml).toContain(nameRow + unitRow);
    const alone = await parse(xml.replace(nameRow, ""));
    if (alone.forms[0].kind !== "department-self-evaluation") throw new Error("expected a department form");
    expect(alone.forms[0].department.name).toBe("某局");
    const after = await parse(xml.replace(nameRow + unitRow, unitRow + nameRow));
    if (after.forms[0].kind !== "department-self-evaluation") throw new Error("expected a department form");
    expect(after.forms[0].department.name).toBe("测试项目");
    expect(after.forms[0].extras.map((e) => e.text)).toEqual(["主管部门", "某局", "实施单位", "某中心"]);
    expect(after.forms[0].source?.cells["department.name"]).toMatchObject({ text: "测试项目" });
  });
});
