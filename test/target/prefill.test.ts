/**
 * selfEvaluationFromTarget: hand-built target records in, the self-evaluation record each must give
 * written out by hand (passed through the schema only to fill the defaults of fields left out).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isJixiaoError } from "../../src/errors";
import { ProjectRecordSchema, type ProjectRecord, type ProjectRecordInput, type ProjectTargetRecord, type ProjectTargetRecordInput, type TargetIndicator } from "../../src/model/record";
import { parseDocx } from "../../src/parse";
import { selfEvaluationFromTarget } from "../../src/target/prefill";
import { writeDocx } from "../../src/write/document";
import { FIXTURES } from "../helpers/fixtures";
import { withoutReaderAdditions } from "../helpers/record";

type TargetRow = Partial<TargetIndicator> & Pick<TargetIndicator, "level1" | "level2" | "name">;

function row(r: TargetRow): TargetIndicator {
  return { target: null, weight: null, method: null, remark: null, more: {}, ...r };
}

function targetRecord(parts: Partial<ProjectTargetRecordInput> = {}): ProjectTargetRecordInput {
  return {
    kind: "project-target", attachment: "附件3", title: "项目支出绩效目标表", level: null, year: 2023,
    project: {
      name: "农村饮水安全巩固提升工程", department: "县水利局", departmentCode: "103001", implementingUnit: "县农村供水站",
      leader: "王五", phone: "0743-1234567", attribute: "延续项目", period: "2023年1月-2023年12月",
    },
    funds: { unit: "万元", total: 270, appropriation: 200, other: 70, more: [], text: null },
    overview: "改造管网12公里。", basis: { legal: "《饮用水卫生标准》", feasibility: null, necessity: null },
    schedule: [{ content: "招标", start: "2023年3月", end: "2023年4月" }],
    goals: { longTerm: "三年内全县农村自来水普及率达到95%。", annual: "完成12公里管网改造，受益人口1.2万人。" },
    indicatorSets: {
      longTerm: [row({ level1: "产出指标", level2: "数量指标", name: "三年改造管网", target: { raw: "36公里", text: "36公里" } })],
      annual: [],
    },
    review: [{ label: "主管部门审核意见", text: "同意" }],
    fields: [],
    footer: { unitLeader: "赵六", filler: "钱七", phone: "0743-7654321", date: "2022年11月1日" },
    extras: [],
    ...parts,
  };
}

const cell = (text: string) => ({ raw: text, text });
const emptyFooter = { unitLeader: null, filler: null, phone: null, date: null, projectLeader: "王五", financeLeader: null, reportNo: null };
const indicator = (level1: string, level1Weight: number | null, level2: string, name: string | null, target: string | null, weight: number | null = null, extra: Partial<ProjectRecordInput["indicators"][number]> = {}) => ({
  level1, level1Weight, level2, level2Weight: null, name, target: target === null ? null : cell(target), actual: null, weight, score: null,
  deviation: null, method: null, targetParts: null, more: {}, ...extra,
});

const ANNUAL: TargetIndicator[] = [
  row({ level1: "产出指标", level2: "数量指标", name: "改造供水管网", target: cell("≥12公里"), remark: "含入户管" }),
  row({ level1: "产出指标", level2: "质量指标", name: "★水质达标率", target: cell("≥95%"), more: { 指标解释: "抽检合格样本占比" } }),
  row({ level1: "效益指标", level2: "社会效益指标", name: "受益人口", target: cell("1.2万人") }),
  row({ level1: "满意度指标", level2: "服务对象满意度指标", name: "群众满意度", target: cell("≥90%"), method: "问卷调查" }),
];

describe("selfEvaluationFromTarget", () => {
  it("copies the project, the declared budget, the annual goal and the annual indicators; the standard weights apply without 分值", () => {
    const target = targetRecord({ indicatorSets: { longTerm: targetRecord().indicatorSets!.longTerm, annual: ANNUAL } });
    const expected: ProjectRecordInput = {
      kind: "project-self-evaluation", attachment: null, title: "预算部门项目支出绩效自评表", level: null, year: 2023,
      project: { name: "农村饮水安全巩固提升工程", department: "县水利局", implementingUnit: "县农村供水站", code: "103001" },
      funds: {
        unit: "万元",
        total: { initial: 270, annual: 270, executed: null, weight: 10, rate: null, score: null },
        appropriation: { initial: 200, annual: 200, executed: null, rate: null },
        carryover: { initial: null, annual: null, executed: null, rate: null },
        other: { initial: 70, annual: 70, executed: null, rate: null },
        more: [], method: null, reason: null,
      },
      goal: { expected: "完成12公里管网改造，受益人口1.2万人。", actual: null },
      indicators: [
        indicator("产出指标", 50, "数量指标", "改造供水管网", "≥12公里", null, { more: { 备注: "含入户管" } }),
        indicator("产出指标", 50, "质量指标", "★水质达标率", "≥95%", null, { more: { 指标解释: "抽检合格样本占比" } }),
        indicator("效益指标", 30, "社会效益指标", "受益人口", "1.2万人"),
        indicator("满意度指标", 10, "服务对象满意度指标", "群众满意度", "≥90%", null, { method: "问卷调查" }),
      ],
      total: { weight: 100, score: null },
      notes: { conclusion: null, problems: null, improvements: null, remark: null, deviation: null },
      footer: emptyFooter,
      extras: [],
    };
    expect(selfEvaluationFromTarget(target)).toEqual(ProjectRecordSchema.parse(expected));
  });

  it("takes the year, level and 附件 from the options, the year from the target form otherwise", () => {
    const target = targetRecord({ indicatorSets: { longTerm: [], annual: ANNUAL } });
    const chosen = selfEvaluationFromTarget(target, { year: 2024, level: "县级", attachment: "附件2" });
    expect([chosen.year, chosen.level, chosen.title, chosen.attachment]).toEqual([2024, "县级", "县级预算部门项目支出绩效自评表", "附件2"]);
    const given = selfEvaluationFromTarget({ ...target, year: 2022, level: "州级" });
    expect([given.year, given.level, given.title, given.attachment]).toEqual([2022, "州级", "州级预算部门项目支出绩效自评表", null]);
  });

  it("copies the target form's 分值, adds them up per 一级指标 exactly, and gives the funds row what they leave of 100", () => {
    const annual = [
      row({ level1: "产出指标", level2: "数量指标", name: "改造供水管网", target: cell("12公里"), weight: 30.1 }),
      row({ level1: "产出指标", level2: "质量指标", name: "水质达标率", target: cell("≥95%"), weight: 20.2 }),
      row({ level1: "效益指标", level2: "社会效益指标", name: "受益人口", target: cell("1.2万人"), weight: 29.3 }),
      row({ level1: "效益指标", level2: "经济效益指标", name: null }),
      row({ level1: "满意度指标", level2: "服务对象满意度指标", name: "群众满意度", target: cell("≥90%"), weight: 10.1 }),
    ];
    const record = selfEvaluationFromTarget(targetRecord({ indicatorSets: { longTerm: [], annual } }));
    // 30.1 + 20.2 is 50.300000000000004 and 100 − 89.7 is 10.299999999999997 in floats.
    expect(record.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.weight])).toEqual([
      ["产出指标", 50.3, "数量指标", 30.1], ["产出指标", 50.3, "质量指标", 20.2],
      ["效益指标", 29.3, "社会效益指标", 29.3], ["效益指标", 29.3, "经济效益指标", null],
      ["满意度指标", 10.1, "服务对象满意度指标", 10.1],
    ]);
    expect([record.funds.total.weight, record.total.weight]).toEqual([10.3, 100]);
  });

  it("gives the funds row no weight when the 分值 take all 100, and leaves the total to the user past 100", () => {
    const scored = (weights: number[]) => selfEvaluationFromTarget(targetRecord({ indicatorSets: {
      longTerm: [],
      annual: weights.map((weight, i) => row({ level1: "产出指标", level2: "数量指标", name: `指标${i + 1}`, weight })),
    } }));
    const all = scored([60, 40]);
    expect([all.funds.total.weight, all.total.weight, all.indicators[0].level1Weight]).toEqual([null, 100, 100]);
    const over = scored([60, 50]);
    expect([over.funds.total.weight, over.total.weight, over.indicators[0].level1Weight]).toEqual([null, null, 110]);
  });

  it("takes the points printed with a 一级 or 二级指标 out of its name and into its weight", () => {
    const annual = [
      row({ level1: "产出指标（40分）", level2: "数量指标（20分）", name: "改造供水管网", target: cell("12公里") }),
      row({ level1: "产出指标（40分）", level2: "质量指标", name: "水质达标率", target: cell("≥95%") }),
      row({ level1: "成本指标", level2: "经济成本指标", name: "每公里造价", target: cell("≤50万元") }),
    ];
    const record = selfEvaluationFromTarget(targetRecord({ indicatorSets: { longTerm: [], annual } }));
    // 成本指标 is no 一级指标 of the standard form: no weight is made up for it.
    expect(record.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.level2Weight])).toEqual([
      ["产出指标", 40, "数量指标", 20], ["产出指标", 40, "质量指标", null], ["成本指标", null, "经济成本指标", null],
    ]);
  });

  it("moves a named amount the self-evaluation has a row for into that row, keeps the other sources as rows of their own, and leaves out a part of 财政拨款", () => {
    const funds = { unit: "元", total: 2_700_000, appropriation: 2_000_000, other: null, text: "总额270万元",
      more: [{ label: "其中：上年结转", amount: 100_000 }, { label: "上级财政资金", amount: 1_500_000 }, { label: "本级财政", amount: 500_000, within: "财政拨款" }, { label: "自有资金", amount: null }] };
    const record = selfEvaluationFromTarget(targetRecord({ funds }));
    expect(record.funds.unit).toBe("元");
    expect(record.funds.carryover).toEqual({ initial: 100_000, annual: 100_000, executed: null, rate: null });
    expect(record.funds.other).toEqual({ initial: null, annual: null, executed: null, rate: null });
    expect(record.funds.more).toEqual([
      { label: "上级财政资金", initial: 1_500_000, annual: 1_500_000, executed: null, rate: null },
      { label: "自有资金", initial: null, annual: null, executed: null, rate: null },
    ]);
  });

  it("gives the blank form's rows with the standard weights when the target form has no annual indicators", () => {
    const record = selfEvaluationFromTarget(targetRecord({ goals: { longTerm: "三年目标", annual: null } }));
    expect(record.goal.expected).toBeNull();
    expect(record.indicators.map((i) => `${i.level1}(${i.level1Weight})/${i.level2}:${i.name}`)).toEqual([
      "产出指标(50)/数量指标:null", "产出指标(50)/质量指标:null", "产出指标(50)/时效指标:null", "产出指标(50)/成本指标:null",
      "效益指标(30)/经济效益指标:null", "效益指标(30)/社会效益指标:null", "效益指标(30)/生态效益指标:null", "效益指标(30)/可持续影响指标:null",
      "满意度指标(10)/服务对象满意度指标:null",
    ]);
    expect([record.funds.total.weight, record.total.weight]).toEqual([10, 100]);
  });

  it("accepts a target record from JSON, value cells given as their text", () => {
    const json = JSON.parse(JSON.stringify(targetRecord({ indicatorSets: { longTerm: [], annual: [{ level1: "产出指标", level2: "数量指标", name: "改造供水管网", target: " ≥12公里 " }] } })));
    delete json.extras;
    expect(selfEvaluationFromTarget(json).indicators[0].target).toEqual({ raw: " ≥12公里 ", text: "≥12公里" });
  });

  it("refuses a record of another kind with INVALID_RECORD, and a bad option with BAD_OPTION", () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return isJixiaoError(error) ? `${error.code}: ${error.message.split("\n")[0]}` : String(error);
      }
      return "no error";
    };
    const self = { ...targetRecord(), kind: "project-self-evaluation" } as unknown as ProjectTargetRecordInput;
    expect(codeOf(() => selfEvaluationFromTarget(self))).toBe('INVALID_RECORD: kind: expected "project-target" (a 项目支出绩效目标表 as parseDocx reads it), received "project-self-evaluation"');
    expect(codeOf(() => selfEvaluationFromTarget({ ...targetRecord(), year: "2023" } as unknown as ProjectTargetRecordInput))).toBe("INVALID_RECORD: 1 problem in the project-target record:");
    expect(codeOf(() => selfEvaluationFromTarget(targetRecord(), { year: 2023.5 }))).toBe("BAD_OPTION: year: expected a whole number, received 2023.5");
    expect(codeOf(() => selfEvaluationFromTarget(targetRecord(), { level: " " }))).toBe('BAD_OPTION: level: expected e.g. "县级", received " "');
  });
});

describe("a prefilled self-evaluation written and read back", () => {
  it("is the prefilled record, every field kept (主管部门编码, 项目负责人, 二级 points, 评分细则, 备注 and other target columns included)", async () => {
    const annual = [...ANNUAL.slice(0, 2), row({ level1: "产出指标", level2: "时效指标（5分）", name: "完工时间", target: cell("2023年11月底前") }), ...ANNUAL.slice(2)];
    const prefilled = selfEvaluationFromTarget(targetRecord({ indicatorSets: { longTerm: [], annual } }), { level: "县级", attachment: "附件2" });
    expect(await writtenAndRead(prefilled)).toEqual([withoutReaderAdditions(prefilled)]);
    expect(prefilled.indicators.map((i) => i.level2Weight)).toEqual([null, null, 5, null, null]);
  });
});

/** The one project-target form of a layout fixture, read by parseDocx. */
async function targetOf(name: string) {
  const { forms, messages } = await parseDocx(readFileSync(`${FIXTURES}layouts/${name}`));
  expect(forms.map((f) => f.kind)).toEqual(["project-target"]);
  expect(messages.filter((m) => m.severity === "error")).toEqual([]);
  return forms[0] as ProjectTargetRecord;
}

/**
 * Writes and reads back a prefilled record (an empty 执行率, printed ——, reads back as none), with
 * the checks on: a prefilled form must pass them (its sums are those the target form declared).
 */
async function writtenAndRead(prefilled: ProjectRecord) {
  const { forms, messages } = await parseDocx(await writeDocx(prefilled));
  expect(messages.filter((m) => m.severity !== "info").map((m) => `${m.code} ${m.path}: ${m.message}`)).toEqual([]);
  return forms.map((f) => withoutReaderAdditions(f) as ProjectRecord);
}

describe("prefilled from target forms made by python-docx", () => {
  it("L16 (Hunan 项目绩效目标表, amounts in prose, standard weights): the year-end form, written and read back", async () => {
    const target = await targetOf("L16-target-hunan-python-docx.docx");
    // "财政拨款：200万元（其中：上级财政资金：150万元；本级财政：50万元）；二、自有资金：40万元；三、其他：20万元"
    expect(target.funds.more).toEqual([
      { label: "上级财政资金", amount: 150, within: "财政拨款" }, { label: "本级财政", amount: 50, within: "财政拨款" }, { label: "自有资金", amount: 40, within: null },
    ]);
    const prefilled = selfEvaluationFromTarget(target, { level: "县级" });
    // 260 = 200 + 20 + 40: the parts of 财政拨款 are inside it, 自有资金 is a source of its own.
    expect(prefilled.funds.more).toEqual([{ label: "自有资金", initial: 40, annual: 40, executed: null, rate: null }]);
    expect(prefilled.funds.other).toEqual({ initial: 20, annual: 20, executed: null, rate: null });
    expect(prefilled).toMatchObject({
      title: "县级预算部门项目支出绩效自评表", level: "县级", year: 2021,
      project: { name: "坝塘镇村组道路硬化项目", department: "宁乡市交通运输局", implementingUnit: "宁乡市坝塘镇人民政府", code: "602001" },
      funds: { total: { initial: 260, annual: 260, executed: null, weight: 10, score: null }, appropriation: { initial: 200, annual: 200, executed: null } },
      goal: { expected: "完成村组道路硬化12公里并交工验收。", actual: null },
      total: { weight: 100, score: null },
      footer: { projectLeader: "周建国" },
    });
    expect(prefilled.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.name, i.target?.text, i.weight, i.actual, i.score])).toEqual([
      ["产出指标", 50, "数量指标", "本年度硬化道路里程", "12公里", null, null, null],
      ["产出指标", 50, "时效指标", "年度任务完成及时率", "≥95%", null, null, null],
      ["效益指标", 30, "社会效益指标", "受益群众人数", "3200人", null, null, null],
      ["满意度指标", 10, "社会公众或服务对象满意度指标", "群众满意度", "≥90%", null, null, null],
    ]);
    expect(await writtenAndRead(prefilled)).toEqual([withoutReaderAdditions(prefilled)]);
  });

  it("L19 (申报表 with 分值 and 评分细则): the 分值 copied, each 一级指标 their sum, no funds weight as they take all 100", async () => {
    const prefilled = selfEvaluationFromTarget(await targetOf("L19-target-scored-python-docx.docx"));
    expect(prefilled.indicators.map((i) => [i.level1, i.level1Weight, i.target?.text, i.weight])).toEqual([
      ["投入指标", 20, "资金到位率达100%", 5], ["投入指标", 20, "预算支出进度达到90%以上", 15],
      ["过程指标", 15, "专款专用、专项核算", 5], ["过程指标", 15, "资金使用合规", 10],
      ["产出指标", 45, "≥40公里", 30], ["产出指标", 45, "100%", 15],
      ["效益指标", 10, "明显改善", 10], ["满意度指标", 10, "≥90%", 10],
    ]);
    expect(prefilled.indicators[4].method).toBe("完成40公里得30分，每少1公里扣1分。");
    // 1200 = 800 + 300 + 0 + 50 + 30 + 20: each named source a row of its own, which the funds check adds.
    expect([prefilled.funds.total.initial, prefilled.funds.appropriation.initial]).toEqual([1200, 800]);
    expect(prefilled.funds.more.map((m) => [m.label, m.initial, m.annual])).toEqual([
      ["政府性基金预算拨款", 300, 300], ["国有资本经营预算拨款", 0, 0], ["纳入财政专户管理的收入", 50, 50], ["未纳入财政专户管理的收入", 30, 30], ["上年结余收入", 20, 20],
    ]);
    expect([prefilled.funds.total.weight, prefilled.total.weight, prefilled.year, prefilled.project.code]).toEqual([null, 100, 2021, "315"]);
    // The code printed under 主管部门及代码 ("315 某市交通运输局") is read back as the code.
    expect(await writtenAndRead(prefilled)).toEqual([withoutReaderAdditions(prefilled)]);
  });
});
