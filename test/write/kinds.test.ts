/**
 * The 部门整体 and 转移支付 forms: blankForm makes them, writeDocx prints them in their kind's layout,
 * and parseDocx(writeDocx(x)) gives x back (extras, source, readings aside), blank and filled.
 */
import { describe, expect, it } from "vitest";
import { isJixiaoError, type JixiaoError } from "../../src/errors";
import type { CellValue, DepartmentRecord, FormRecord, Indicator, SelfEvaluationRecord, TransferRecord } from "../../src/model/record";
import { parseDocx } from "../../src/parse";
import { blankForm } from "../../src/write/blank";
import { writeDocx } from "../../src/write/document";
import { formLayout, GRID_COLUMNS } from "../../src/write/layout";
import { placeCells } from "../../src/write/render";

const READERS = ["direct", "mammoth"] as const;
const v = (text: string): CellValue => ({ raw: text, text });

/** A record as the writer was given it: no source or extras, value cells without their readings. */
function given(record: FormRecord): unknown {
  if (record.kind === "indicator-table" || record.kind === "project-target") throw new Error(`read a ${record.kind}: ${record.title}`);
  const { source: _source, extras: _extras, ...rest } = record;
  const cell = (c: CellValue | null) => (c === null ? null : { raw: c.raw, text: c.text });
  const funds = record.funds;
  return {
    ...rest,
    funds: {
      ...funds,
      total: { ...funds.total, rate: cell(funds.total.rate) },
      appropriation: { ...funds.appropriation, rate: cell(funds.appropriation.rate) },
      carryover: { ...funds.carryover, rate: cell(funds.carryover.rate) },
      other: { ...funds.other, rate: cell(funds.other.rate) },
      more: funds.more.map((m) => ({ ...m, rate: cell(m.rate) })),
    },
    indicators: record.indicators.map(({ assessment: _a, ...i }) => ({ ...i, target: cell(i.target), actual: cell(i.actual) })),
  };
}

async function roundTrip(records: SelfEvaluationRecord[], reader: (typeof READERS)[number]) {
  const { forms, messages } = await parseDocx(await writeDocx(records), { reader, validate: false });
  return { forms: forms.map(given), extras: forms.flatMap((f) => f.extras), problems: messages.filter((m) => m.severity !== "info") };
}

function indicator(level1: string, level1Weight: number | null, level2: string, name: string, target: string, actual: string, weight: number | null, score: number | null, deviation: string | null = null): Indicator {
  return { level1, level1Weight, level2, level2Weight: null, name, target: v(target), actual: v(actual), weight, score, deviation, method: null, targetParts: null, more: {} };
}
const noNotes = { conclusion: null, problems: null, improvements: null, remark: null, deviation: null };
const noLeaders = { projectLeader: null, financeLeader: null, reportNo: null };

/** An Anhui-style 部门整体 form, filled in (values invented). */
function filledDepartment(): DepartmentRecord {
  return {
    kind: "department-self-evaluation",
    attachment: "附件3", title: "县级部门整体支出绩效自评表", level: "县级", year: 2023,
    department: { name: "金寨县农业农村局", code: "301001", contact: "王芳", phone: "0564-7012345", financeOffice: null },
    funds: {
      unit: "万元",
      total: { initial: 329.77, annual: 329.77, executed: 338.31, weight: 10, rate: v("102.59%"), score: 10 },
      appropriation: { initial: 329.77, annual: 329.77, executed: 338.31, rate: v("102.59%") },
      carryover: { initial: null, annual: null, executed: null, rate: null },
      other: { initial: null, annual: null, executed: null, rate: null },
      more: [], method: null, reason: null,
    },
    goal: { expected: "1.建设美丽乡村；\n2.完成示范村验收。", adjusted: null, actual: "1.启动4个示范村建设；\n2.全部通过验收。" },
    indicators: [
      indicator("产出指标", 50, "数量指标", "指标1：开展精品示范村建设数量", "≤4", "4", 10, 10),
      indicator("产出指标", 50, "数量指标", "指标2：改造农户数", "≥200户", "202户", 10, 10),
      indicator("产出指标", 50, "质量指标", "验收合格率", "≥95%", "100%", 15, 15),
      indicator("产出指标", 50, "时效指标", "完成验收时间", "9月前", "7月", 15, 15),
      indicator("效益指标", 30, "社会效益指标", "村容村貌改善", "明显改善", "基本改善", 30, 27, "部分村庄进度滞后，明年加快"),
      indicator("满意度指标", 10, "服务对象满意度指标", "群众满意度", "≥90%", "96%", 10, 10),
    ],
    total: { weight: 100, score: 97 },
    notes: { ...noNotes, conclusion: "较好完成年度目标" },
    footer: { unitLeader: "张明", filler: "李华", phone: "0564-7012346", date: "2024年3月1日", ...noLeaders },
    extras: [],
  };
}

/** A 中央对地方转移支付 form, filled in (values invented): no weights, no scores, no 总分. */
function filledTransfer(): TransferRecord {
  return {
    kind: "transfer-self-evaluation",
    attachment: null, title: "市级转移支付绩效目标自评表", level: "市级", year: 2021,
    fund: { name: "车辆购置税收入补助地方资金", centralDepartment: "财政部", localDepartment: "市交通运输局", unit: "市公路事务中心", leader: "赵刚 0817-6221234" },
    funds: {
      unit: "万元",
      total: { initial: null, annual: 4000, executed: 3800, weight: null, rate: v("95%"), score: null },
      appropriation: { initial: null, annual: 3500, executed: 3400, rate: v("97.14%") },
      carryover: { initial: null, annual: null, executed: null, rate: null },
      other: { initial: null, annual: 100, executed: 50, rate: v("50%") },
      more: [{ label: "地方资金", initial: null, annual: 400, executed: 350, rate: v("87.5%") }],
      method: null, reason: null,
    },
    goal: { expected: "建设普通省道二级公路32.1公里", adjusted: null, actual: "完成30公里，余下路段明年完工" },
    indicators: [
      indicator("产出指标", null, "数量指标", "建设普通省道二级公路", "≥32.1公里", "30公里", null, null, "征地延误，明年6月前完工"),
      indicator("产出指标", null, "质量指标", "交工验收合格率", "100%", "100%", null, null),
      indicator("效益指标", null, "社会效益指标", "改善群众出行条件", "明显改善", "明显改善", null, null),
      indicator("满意度指标", null, "服务对象满意度指标", "沿线群众满意度", "≥90%", "93%", null, null),
    ],
    total: { weight: null, score: null },
    notes: { ...noNotes, remark: "资金使用单位按项目填报。" },
    footer: { unitLeader: null, filler: "周敏", phone: null, date: null, ...noLeaders },
    extras: [],
  };
}

describe.each(READERS)("部门整体 and 转移支付 forms round trip through the %s reader", (reader) => {
  it("gives back a blank 部门整体 form (the 部门 row only) and a filled one (with 部门编码 / 部门联系人 / 联系电话)", async () => {
    const records = [blankForm({ kind: "department-self-evaluation", level: "县级", year: 2023, attachment: "附件2" }), filledDepartment()];
    const { forms, extras, problems } = await roundTrip(records, reader);
    expect(forms).toEqual(records.map(given));
    expect(extras).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("gives back a blank 转移支付 form (with its 地方资金 row) and a filled one", async () => {
    const records = [blankForm({ kind: "transfer-self-evaluation", level: "县级", year: 2021, rows: 2, fund: { name: "农村公路养护补助" } }), filledTransfer()];
    const { forms, extras, problems } = await roundTrip(records, reader);
    expect(forms).toEqual(records.map(given));
    expect(extras).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("gives back the three kinds one after another in one document, in order", async () => {
    const records = [filledTransfer(), blankForm({ level: "州级", year: 2021 }), filledDepartment()];
    const { forms, problems } = await roundTrip(records, reader);
    expect(forms).toEqual(records.map(given));
    expect(problems).toEqual([]);
  });
});

describe("blankForm with a kind", () => {
  it("makes a 部门整体 form: the project form's weights, a 部门 in place of the project", () => {
    const record = blankForm({ kind: "department-self-evaluation", level: "县级", year: 2023, department: { name: "县农业农村局" } });
    expect(record).toMatchObject({
      kind: "department-self-evaluation", title: "县级部门整体支出绩效自评表", level: "县级", year: 2023,
      department: { name: "县农业农村局", code: null, contact: null, phone: null },
      funds: { unit: "万元", total: { weight: 10 }, more: [] }, total: { weight: 100, score: null },
    });
    expect(record.indicators.map((i) => i.level1Weight)).toEqual([50, 50, 50, 50, 30, 30, 30, 30, 10]);
  });

  it("makes a 转移支付 form without any weight, with a 地方资金 row", () => {
    const record = blankForm({ kind: "transfer-self-evaluation", level: "市级", year: 2021 });
    expect(record).toMatchObject({
      kind: "transfer-self-evaluation", title: "市级转移支付绩效目标自评表",
      fund: { name: null, centralDepartment: null, localDepartment: null, unit: null, leader: null },
      funds: { total: { weight: null, score: null }, more: [{ label: "地方资金", initial: null, annual: null, executed: null, rate: null }] },
      total: { weight: null, score: null },
    });
    expect(record.indicators.every((i) => i.level1Weight === null)).toBe(true);
    expect(record.indicators).toHaveLength(9);
  });
});

describe("the layouts of the 部门整体 and 转移支付 forms", () => {
  it("tile the 9-column grid in every row", () => {
    for (const record of [filledDepartment(), filledTransfer(), blankForm({ kind: "transfer-self-evaluation", level: "县级", year: 2021, rows: 3 })]) {
      for (const row of placeCells(formLayout(record).rows, GRID_COLUMNS)) expect(row.reduce((n, p) => n + p.cell.span, 0)).toBe(GRID_COLUMNS);
    }
  });

  it("print the 部门 row and 预算资金（万元） on a 部门整体 form", () => {
    const rows = formLayout(blankForm({ kind: "department-self-evaluation", level: "县级", year: 2023 })).rows;
    expect(rows[0].cells.map((c) => [c.text, c.span])).toEqual([["部门", 1], ["", 8]]);
    expect(rows[1].cells.map((c) => [c.text, c.rowSpan])[0]).toEqual(["预算资金（万元）", 5]);
  });

  it("print the 转移支付 funds block with (A), (B), (B/A) and no 分值 or 得分, and no 总分", () => {
    const layout = formLayout(blankForm({ kind: "transfer-self-evaluation", level: "县级", year: 2021 }));
    const texts = layout.rows.map((r) => r.cells.map((c) => c.text));
    expect(texts[3]).toEqual(["项目资金（万元）", "", "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）"]);
    expect(texts.slice(4, 8).map((t) => t[0])).toEqual(["年度资金总额", "其中：中央补助", "地方资金", "其他资金"]);
    const all = texts.flat();
    for (const absent of ["分值", "得分", "总分", "年初预算数"]) expect(all).not.toContain(absent);
    expect(texts.at(-1)).toEqual(["说明", ""]);
    expect(layout.before.map((p) => p.text)).toEqual(["县级转移支付绩效目标自评表", "（2021年度）"]);
  });
});

describe("writeDocx and the kinds", () => {
  async function rejection(forms: unknown): Promise<JixiaoError> {
    const error = await writeDocx(forms as Parameters<typeof writeDocx>[0]).then(() => undefined, (e: unknown) => e);
    expect(isJixiaoError(error)).toBe(true);
    return error as JixiaoError;
  }

  it("refuses only an indicator-table, naming its kind", async () => {
    const table = { kind: "indicator-table", attachment: null, title: "评分表", level: null, year: 2021, fields: [], columns: [], indicators: [], total: { weight: null, score: null } };
    const error = await rejection([filledDepartment(), table, filledTransfer()]);
    expect(error.code).toBe("INVALID_RECORD");
    expect(error.details).toEqual([
      `forms[1].kind: "indicator-table" forms are read but not written; the forms written are project-self-evaluation, department-self-evaluation, transfer-self-evaluation, project-target`,
    ]);
  });

  it("checks a department record against its own schema", async () => {
    const { department: _d, ...withoutDepartment } = filledDepartment();
    const error = await rejection({ ...withoutDepartment, project: { name: "x", department: null, implementingUnit: null } });
    expect(error.details).toEqual(["forms[0].department: expected object, received nothing"]);
  });

  it("refuses a 转移支付 record with a weight, a score or a 年初预算数 its form has no place for", async () => {
    const record = filledTransfer();
    record.funds.total.weight = 10;
    record.funds.total.initial = 4000;
    record.indicators[1].score = 20;
    record.total.score = 95;
    const error = await rejection(record);
    expect(error.code).toBe("INVALID_RECORD");
    const why = "expected null: a 转移支付 form prints no 年初预算数, weights or scores";
    expect(error.details).toEqual([
      `forms[0].funds.total.initial: ${why}`, `forms[0].funds.total.weight: ${why}`, `forms[0].indicators.1.score: ${why}`, `forms[0].total.score: ${why}`,
    ]);
  });
});
