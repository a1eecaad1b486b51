/**
 * The writer prints every field of a self-evaluation record that has a value: a project, a
 * 部门整体 and a 转移支付 record with every optional field filled (values invented here) come back
 * from writeDocx → parseDocx as they went in, through both readers. Fields the standard layout has
 * no place for widen the table; a record without them keeps the standard layout.
 */
import { describe, expect, it } from "vitest";
import type { CellValue, DepartmentRecord, Indicator, ProjectRecord, SelfEvaluationRecord, TransferRecord } from "../../src/model/record";
import { parseDocx } from "../../src/parse";
import { blankForm } from "../../src/write/blank";
import { writeDocx } from "../../src/write/document";
import { formLayout } from "../../src/write/layout";
import { placeCells } from "../../src/write/render";
import { asWritten } from "../helpers/record";
import { expectedSeedRecords } from "../helpers/seed";
import { documentXml, tablesOf } from "./docx";

const READERS = ["direct", "mammoth"] as const;
const v = (text: string): CellValue => ({ raw: text, text });

async function roundTrip(records: SelfEvaluationRecord[], reader: (typeof READERS)[number]) {
  const { forms, messages } = await parseDocx(await writeDocx(records), { reader, validate: false });
  return { forms: forms.map(asWritten), extras: forms.flatMap((f) => f.extras), problems: messages.filter((m) => m.severity !== "info") };
}

const notes = {
  conclusion: "项目总体完成较好，自评等级为优。",
  problems: "部分资金拨付进度偏慢。",
  improvements: "加强预算执行监控，按月通报进度。",
  remark: "本表金额单位为万元。",
  deviation: "第四季度施工受雨季影响。",
};
const footer = {
  unitLeader: "张明", filler: "李华", phone: "0743-8221234", date: "2024年3月5日",
  projectLeader: "王强", financeLeader: "赵丽", reportNo: "510000_0013zp",
};

/** An indicator with everything an indicator can hold: points by its 二级指标, a method, a split target, other columns. */
function indicator(level1: string, level1Weight: number, level2: string, level2Weight: number, name: string, parts: [string, string, string], actual: string, weight: number, score: number, more: Record<string, string>): Indicator {
  return {
    level1, level1Weight, level2, level2Weight, name,
    target: v(parts.join("")), actual: v(actual), weight, score,
    deviation: score < weight ? "雨季停工，明年一季度完成" : "无偏差",
    method: `完成得${weight}分，未完成按比例扣分`,
    targetParts: { comparator: parts[0], value: parts[1], unit: parts[2] },
    more,
  };
}

function scoredIndicators(): Indicator[] {
  return [
    indicator("产出指标", 50, "数量指标", 20, "新建村道里程", ["≥", "12", "公里"], "12.5公里", 20, 20, { 是否核心指标: "是", 指标解释: "当年新建并验收的里程" }),
    indicator("产出指标", 50, "质量指标", 15, "验收合格率", ["≥", "95", "%"], "100%", 15, 15, { 是否核心指标: "否" }),
    indicator("产出指标", 50, "时效指标", 15, "完工时间", ["≤", "11", "月"], "12月", 15, 12, { 是否核心指标: "否" }),
    indicator("效益指标", 30, "社会效益指标", 30, "受益群众", ["≥", "3000", "人"], "3200人", 30, 30, { 是否核心指标: "是" }),
    indicator("满意度指标", 10, "服务对象满意度指标", 10, "群众满意度", ["≥", "90", "%"], "95%", 10, 10, { 是否核心指标: "是" }),
  ];
}

function scoredFunds(unit: string): ProjectRecord["funds"] {
  return {
    unit,
    total: { initial: 500, annual: 520.5, executed: 480.25, weight: 10, rate: v("92.27%"), score: 9.2 },
    appropriation: { initial: 400, annual: 420.5, executed: 400.25, rate: v("95.18%") },
    carryover: { initial: 50, annual: 50, executed: 40, rate: v("80%") },
    other: { initial: 30, annual: 30, executed: 25, rate: v("83.33%") },
    more: [{ label: "财政专户管理资金", initial: 20, annual: 20, executed: 15, rate: v("75%") }],
    method: "执行率×分值",
    reason: "部分工程款待结算",
  };
}

/** What the project and 部门整体 forms share, filled in. */
function scoredParts(unit: string, goal: ProjectRecord["goal"]) {
  return { funds: scoredFunds(unit), goal, indicators: scoredIndicators(), total: { weight: 100, score: 96.2 }, notes, footer, extras: [] };
}

function fullProject(): ProjectRecord {
  return {
    kind: "project-self-evaluation",
    attachment: "附件2", title: "县级预算部门项目支出绩效自评表", level: "县级", year: 2023,
    project: { name: "农村公路建设项目", department: "县交通运输局", implementingUnit: "县公路建设中心", code: "215001" },
    ...scoredParts("万元", { expected: "新建村道12公里，改善群众出行。", adjusted: "新建村道12.5公里。", actual: "完成12.5公里，全部验收。" }),
  };
}

function fullDepartment(): DepartmentRecord {
  return {
    kind: "department-self-evaluation",
    attachment: "附件3", title: "县级部门整体支出绩效自评表", level: "县级", year: 2023,
    department: { name: "县农业农村局", code: "301001", contact: "孙洁", phone: "0564-7012345", financeOffice: "农业农村科" },
    ...scoredParts("元", { expected: "建设美丽乡村示范村4个。", adjusted: "建设示范村5个。", actual: "建成示范村5个。" }),
  };
}

/** A 转移支付 record with every field its form holds (no 年初预算数, weights or scores, no 上年结转资金). */
function fullTransfer(): TransferRecord {
  const unscored = (i: Indicator): Indicator => ({ ...i, level1Weight: null, level2Weight: null, weight: null, score: null });
  return {
    kind: "transfer-self-evaluation",
    attachment: "附件4", title: "市级转移支付绩效目标自评表", level: "市级", year: 2022,
    fund: { name: "农村综合改革转移支付", centralDepartment: "财政部农业农村司", localDepartment: "市财政局", unit: "各区县农业农村局", leader: "钱伟 0817-2345678" },
    funds: {
      unit: "万元",
      total: { initial: null, annual: 2600, executed: 2470, weight: null, rate: v("95%"), score: null },
      appropriation: { initial: null, annual: 2000, executed: 1950, rate: v("97.5%") },
      carryover: { initial: null, annual: null, executed: null, rate: null },
      other: { initial: null, annual: 200, executed: 120, rate: v("60%") },
      more: [{ label: "省级资金", initial: null, annual: 400, executed: 400, rate: v("100%") }],
      method: "执行率达到90%以上为完成",
      reason: "其他资金未到位",
    },
    goal: { expected: "建设普通省道二级公路32.1公里。", adjusted: "建设30公里。", actual: "完成30公里。" },
    indicators: scoredIndicators().map(unscored),
    total: { weight: null, score: null },
    notes,
    footer,
    extras: [],
  };
}

describe.each(READERS)("a record with every field filled, through the %s reader", (reader) => {
  it.each([
    ["project", fullProject],
    ["部门整体", fullDepartment],
    ["转移支付", fullTransfer],
  ] as const)("gives back the %s record as written", async (_name, make) => {
    const record = make();
    const { forms, extras, problems } = await roundTrip([record], reader);
    expect(forms).toEqual([asWritten(record)]);
    expect(extras).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("gives back the three in one document, after and before standard forms", async () => {
    const records = [blankForm({ level: "州级", year: 2021 }), fullTransfer(), fullProject(), blankForm({ kind: "transfer-self-evaluation", level: "县级", year: 2021 }), fullDepartment()];
    const { forms, problems } = await roundTrip(records, reader);
    expect(forms).toEqual(records.map(asWritten));
    expect(problems).toEqual([]);
  });
});

describe("what is printed where", () => {
  const texts = (record: SelfEvaluationRecord) => formLayout(record).rows.map((r) => r.cells.map((c) => c.text));

  it("prints 报表编号 above the title, 项目负责人 / 财务负责人 as the table's last row, the code under 主管部门及代码", () => {
    const layout = formLayout(fullProject());
    expect(layout.before.map((p) => p.text)).toEqual(["报表编号：510000_0013zp", "附件2：", "县级预算部门项目支出绩效自评表", "（2023年度）"]);
    const rows = texts(fullProject());
    expect(rows.at(-1)).toEqual(["项目负责人：王强", "财务负责人：赵丽"]);
    expect(rows[1].slice(0, 2)).toEqual(["主管部门及代码", "215001 县交通运输局"]);
  });

  it("prints 得分计算方法 and 原因 as funds columns and the split target, method and other columns in the indicator table", () => {
    const rows = texts(fullProject());
    const fundsHeader = rows.find((r) => r.includes("年初预算数"))!;
    expect(fundsHeader.slice(-2)).toEqual(["得分计算方法", "原因"]);
    const indicatorHeader = rows.find((r) => r.includes("一级指标"))!;
    expect(indicatorHeader).toEqual([
      "绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
      "得分计算方法", "是否核心指标", "指标解释",
    ]);
    const first = rows[rows.indexOf(indicatorHeader) + 1];
    expect(first.slice(0, 7)).toEqual(["产出指标\n（50分）", "数量指标\n（20分）", "新建村道里程", "≥", "12", "公里", "12.5公里"]);
    // The indicator table is 5 columns wider than the standard 9: the page turns, and every row tiles the grid.
    const layout = formLayout(fullProject());
    expect(layout.orientation).toBe("landscape");
    expect(layout.widths).toHaveLength(14);
    for (const row of placeCells(layout.rows, 14)) expect(row.reduce((n, p) => n + p.cell.span, 0)).toBe(14);
    // 总分's weight and score stand under 分值 and 得分 of the wider table.
    const total = layout.rows.find((r) => r.cells[0].text === "总分")!;
    expect(total.cells.map((c) => [c.text, c.span])).toEqual([["总分", 8], ["100", 1], ["96.2", 1], ["", 4]]);
  });

  it("keeps the standard 9 columns, portrait, for a record without fields beyond them (blank forms and the seed)", async () => {
    for (const record of [blankForm({ level: "州级", year: 2021 }), blankForm({ kind: "transfer-self-evaluation", level: "县级", year: 2021 }), ...expectedSeedRecords()]) {
      const layout = formLayout(record);
      expect(layout.orientation ?? "portrait").toBe("portrait");
      expect(layout.widths ?? [1070, 1280, 1070, 1490, 1280, 1280, 650, 860, 1486]).toEqual([1070, 1280, 1070, 1490, 1280, 1280, 650, 860, 1486]);
    }
    const [table] = tablesOf(documentXml(await writeDocx(blankForm({ level: "州级", year: 2021 }))));
    expect(table.gridCols).toEqual([1070, 1280, 1070, 1490, 1280, 1280, 650, 860, 1486]);
  });

  it("widens the table by one column for 原因 alone, on a landscape page, the standard columns no narrower than on the standard form", async () => {
    const record = blankForm({ level: "州级", year: 2021 });
    record.funds.reason = "项目尚未完工";
    const layout = formLayout(record);
    expect(layout.orientation).toBe("landscape");
    expect(layout.widths).toHaveLength(10);
    expect(layout.widths!.reduce((a, b) => a + b, 0)).toBe(16838 - 2 * 720);
    const standard = [1070, 1280, 1070, 1490, 1280, 1280, 650, 860, 1486];
    standard.forEach((w, i) => expect(layout.widths![i]).toBeGreaterThanOrEqual(w));
    const xml = documentXml(await writeDocx(record));
    expect(tablesOf(xml)[0].gridCols).toEqual(layout.widths);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    const { forms } = await parseDocx(await writeDocx(record), { validate: false });
    expect(forms.map(asWritten)).toEqual([asWritten(record)]);
  });
});
