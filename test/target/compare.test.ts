import { describe, expect, it } from "vitest";
import type { ProjectRecord, ProjectTargetRecord } from "../../src/model/record";
import { compareTargetAndSelf } from "../../src/target/compare";
import { comparePair, pairTargetsAndSelves } from "../../src/target/pairs";
import { parseDocx } from "../../src/parse";
import { fixture, READERS } from "../helpers/fixtures";
import { goodRecord } from "../helpers/record";
import { declared, ref, selfForm, targetForm, v } from "../helpers/target-record";

describe("compareTargetAndSelf", () => {
  it("finds nothing when the self-evaluation repeats the declared targets", () => {
    expect(compareTargetAndSelf(targetForm(), selfForm())).toEqual([]);
  });

  it("reads 不低于95%, ≥95% and ≧ 95 % as one target, 100 and 100.0 as one number, and a synonym category as the same", () => {
    const target = targetForm();
    target.indicatorSets.annual[3] = declared("满意度指标", "社会公众或服务对象满意度指标", "满意度", "不低于95%");
    target.indicatorSets.annual[1] = declared("产出指标", "质量指标", "★指标2：达标率", "100.0%");
    const self = selfForm();
    self.indicators[3].target = v("≥ 95 ％");
    self.indicators[2].name = "公开率 ";
    expect(compareTargetAndSelf(target, self)).toEqual([]);
  });

  it("takes 数量 for 数量指标, 产出指标（50分） for 产出指标, a final 。 as nothing, and an empty category as unknown", () => {
    const target = targetForm();
    target.indicatorSets.annual[0] = declared("产出指标（50分）", "数量", "完成调研报告。", "15篇");
    const self = selfForm();
    self.indicators[2].level2 = null;
    self.indicators[3] = { ...self.indicators[3], level1: null, level2: null };
    expect(compareTargetAndSelf(target, self)).toEqual([]);
  });

  it("does not follow an indicator moved to another category: it is dropped there and added here", () => {
    const self = selfForm();
    self.indicators[1].level2 = "时效指标";
    expect(compareTargetAndSelf(targetForm(), self).map((m) => [m.code, m.path ?? m.related?.path])).toEqual([
      ["INDICATOR_ADDED", "indicators.1.name"],
      ["INDICATOR_DROPPED", "indicatorSets.annual.1.name"],
    ]);
  });

  it("names both cells of a changed target, with the values written and the options' file and form", () => {
    const target = targetForm();
    target.indicatorSets.annual[1] = declared("产出指标", "质量指标", "达标率", "≥95%");
    const messages = compareTargetAndSelf(target, selfForm(), { form: 3, related: { form: 1 } });
    expect(messages).toEqual([{
      code: "TARGET_CHANGED", severity: "warning", form: 3,
      message: "The target of 产出指标 / 质量指标 / 达标率 is 100% but the target form declares ≥95%.",
      messageZh: "指标「产出指标 / 质量指标 / 达标率」的年度指标值为100%，但绩效目标表的指标值为≥95%。",
      path: "indicators.1.target", cell: ref(2, 12, 3, "100%"), expected: "≥95%", actual: "100%",
      related: { file: "目标表.docx", form: 1, path: "indicatorSets.annual.1.target", cell: ref(0, 9, 4, "100%") },
    }]);
  });

  it("takes a comparator changed (≥95% → ≤95%), a unit changed (15篇 → 15份) and an emptied target as changes", () => {
    const target = targetForm();
    const self = selfForm();
    self.indicators[3].target = v("≤95%");
    self.indicators[0].target = v("15份");
    self.indicators[2].target = null;
    const found = compareTargetAndSelf(target, self).map((m) => [m.code, m.path, m.expected, m.actual]);
    expect(found).toEqual([
      ["TARGET_CHANGED", "indicators.0.target", "15篇", "15份"],
      ["TARGET_CHANGED", "indicators.2.target", "100%", ""],
      ["TARGET_CHANGED", "indicators.3.target", "≧95%", "≤95%"],
    ]);
  });

  it("reports a dropped and an added indicator, the dropped one by the target form's cell alone", () => {
    const target = targetForm();
    const self = selfForm();
    self.indicators[2].name = "政务公开率";
    expect(compareTargetAndSelf(target, self)).toEqual([
      {
        code: "INDICATOR_ADDED", severity: "warning",
        message: "Indicator 效益指标 / 社会效益指标 / 政务公开率 is not among the target form's 年度绩效指标.",
        messageZh: "指标「效益指标 / 社会效益指标 / 政务公开率」不在绩效目标表的年度绩效指标中。",
        path: "indicators.2.name", actual: "100%", related: { file: "目标表.docx" },
      },
      {
        code: "INDICATOR_DROPPED", severity: "warning",
        message: "Indicator 效益指标 / 社会效益指标 / 公开率 (target 100%) is declared in the target form but missing from the self-evaluation form.",
        messageZh: "绩效目标表中的指标「效益指标 / 社会效益指标 / 公开率」（指标值100%）未出现在自评表中。",
        expected: "100%", related: { file: "目标表.docx", path: "indicatorSets.annual.2.name", cell: ref(0, 10, 3, "公开率") },
      },
    ]);
  });

  it("names no related form when neither the options nor the target record give its file or index", () => {
    const target = { ...targetForm(), source: undefined };
    const self = selfForm();
    self.indicators[0].name = "调研报告数";
    expect(compareTargetAndSelf(target, self).map((m) => [m.code, m.related])).toEqual([
      ["INDICATOR_ADDED", undefined],
      ["INDICATOR_DROPPED", { path: "indicatorSets.annual.0.name" }],
    ]);
  });

  it("ignores the template's empty rows (指标3： with no value) on either side", () => {
    const target = targetForm();
    target.indicatorSets.annual.push({ ...declared("产出指标", "时效指标", "指标3：", ""), target: null });
    const self = selfForm();
    self.indicators.push({ ...self.indicators[0], level2: "成本指标", name: null, target: null });
    expect(compareTargetAndSelf(target, self)).toEqual([]);
  });

  it("compares weights only when both forms give one", () => {
    const target = targetForm();
    target.indicatorSets.annual[1].weight = 20;
    target.indicatorSets.annual[2].weight = 30;
    const messages = compareTargetAndSelf(target, selfForm());
    expect(messages).toEqual([{
      code: "WEIGHT_CHANGED", severity: "warning",
      message: "The weight of 产出指标 / 质量指标 / 达标率 is 25 but the target form gives it 20.",
      messageZh: "指标「产出指标 / 质量指标 / 达标率」的分值为25，但绩效目标表中为20。",
      path: "indicators.1.weight", cell: ref(2, 12, 5, "25"), expected: "20", actual: "25",
      related: { file: "目标表.docx", path: "indicatorSets.annual.1.weight", cell: ref(0, 9, 5, "20") },
    }]);
    const none = targetForm();
    const self = selfForm();
    self.indicators[1].weight = null;
    none.indicatorSets.annual[1].weight = 20;
    expect(compareTargetAndSelf(none, self)).toEqual([]);
  });

  it("compares the budget with 年初预算数 in exact decimals, 元 and 万元 converted", () => {
    const target = targetForm();
    target.funds.total = 100.1;
    expect(compareTargetAndSelf(target, selfForm())).toEqual([{
      code: "BUDGET_CHANGED", severity: "warning",
      message: "年初预算数 is 100万元 but the target form declares 年度资金总额 100.1万元.",
      messageZh: "年初预算数为100万元，但绩效目标表的年度资金总额为100.1万元。",
      path: "funds.total.initial", cell: ref(2, 4, 3, "100"), expected: "100.1万元", actual: "100万元",
      related: { file: "目标表.docx", path: "funds.total", cell: ref(0, 3, 2, "100") },
    }]);
    const same = targetForm();
    same.funds = { ...same.funds, unit: "元", total: 1000000 };
    expect(compareTargetAndSelf(same, selfForm())).toEqual([]);
    same.funds.total = 1000000.01;
    expect(compareTargetAndSelf(same, selfForm()).map((m) => [m.code, m.expected, m.actual])).toEqual([["BUDGET_CHANGED", "1000000.01元", "100万元"]]);
    const thousands = targetForm();
    thousands.funds = { ...thousands.funds, unit: "千元", total: 1000 };
    expect(compareTargetAndSelf(thousands, selfForm())).toEqual([]);
    thousands.funds.total = 1000.5;
    expect(compareTargetAndSelf(thousands, selfForm()).map((m) => [m.code, m.expected, m.actual])).toEqual([["BUDGET_CHANGED", "1000.5千元", "100万元"]]);
  });
});

describe("compareTargetAndSelf's input", () => {
  it("takes records from JSON: value cells as text, defaults left out", () => {
    const target = JSON.parse(JSON.stringify(targetForm()));
    target.indicatorSets.annual = [{ level1: "产出指标", level2: "数量指标", name: "完成调研报告", target: "≥15篇" }];
    const found = compareTargetAndSelf(target, { ...selfForm(), indicators: [selfForm().indicators[0]] });
    expect(found.map((m) => [m.code, m.expected, m.actual])).toEqual([["TARGET_CHANGED", "≥15篇", "15篇"]]);
  });

  it("throws INVALID_RECORD for a record of another kind or one that does not fit", () => {
    expect(() => compareTargetAndSelf(selfForm() as never, selfForm())).toThrow(expect.objectContaining({ code: "INVALID_RECORD", message: expect.stringContaining('kind: expected "project-target"') }));
    const broken = { ...targetForm(), funds: { ...targetForm().funds, total: "many" } };
    expect(() => compareTargetAndSelf(broken as never, selfForm())).toThrow(expect.objectContaining({ code: "INVALID_RECORD", message: expect.stringContaining("funds.total") }));
  });
});

describe("pairTargetsAndSelves", () => {
  const named = <R extends ProjectRecord | ProjectTargetRecord>(record: R, name: string | null, unit: string | null): R =>
    ({ ...record, project: { ...record.project, name, implementingUnit: unit } });

  it("pairs across files by the project name, whitespace and width aside", () => {
    const target = named(targetForm(), "（2021）测试 项目", "某中心");
    const self = named(selfForm(), "(2021)测试项目", "另一中心");
    const pairing = pairTargetsAndSelves([{ file: "a.docx", forms: [target] }, { file: "b.docx", forms: [goodRecord(), self] }]);
    expect(pairing.pairs).toEqual([{ target: { file: "a.docx", form: 0, record: target }, self: { file: "b.docx", form: 1, record: self } }]);
    expect(pairing.unpaired.selves.map((s) => [s.file, s.form])).toEqual([["b.docx", 0]]);
    expect(pairing.unpaired.targets).toEqual([]);
  });

  it("tells two forms of one name apart by the implementing unit, and a missing name pairs by unit", () => {
    const t1 = named(targetForm(), "培训", "甲中心");
    const t2 = named(targetForm(), "培训", "乙中心");
    const t3 = named(targetForm(), null, "丙中心");
    const s1 = named(selfForm(), "培训", "乙中心");
    const s2 = named(selfForm(), "培训", "甲中心");
    const s3 = named(selfForm(), "丙中心的项目", "丙中心");
    const pairing = pairTargetsAndSelves([{ file: "t.docx", forms: [t1, t2, t3] }, { file: "s.docx", forms: [s1, s2, s3] }]);
    expect(pairing.pairs.map((p) => [p.target.form, p.self.form])).toEqual([[0, 1], [1, 0], [2, 2]]);
  });

  it("takes 《村组道路硬化》项目 and “村组道路硬化” for one name, and never pairs forms of two different years", () => {
    const target = named(targetForm(), "《村组道路硬化》项目", null);
    const lastYear = { ...named(selfForm(), "“村组道路硬化”", "某中心"), year: 2020 };
    const thisYear = named(selfForm(), "村组道路硬化", "某中心");
    const pairing = pairTargetsAndSelves([{ file: "a.docx", forms: [target, lastYear, thisYear] }]);
    expect(pairing.pairs.map((p) => [p.target.form, p.self.form])).toEqual([[0, 2]]);
    const alone = pairTargetsAndSelves([{ file: "a.docx", forms: [target, lastYear] }]);
    expect([alone.pairs.length, alone.unpaired.targets.length, alone.unpaired.selves.length]).toEqual([0, 1, 1]);
  });

  it("leaves forms unpaired rather than guess: two target forms of one project and unit, one self-evaluation", () => {
    const pairing = pairTargetsAndSelves([{ file: "t.docx", forms: [targetForm(), targetForm()] }, { file: "s.docx", forms: [selfForm()] }]);
    expect(pairing.pairs).toEqual([]);
    expect([pairing.unpaired.targets.length, pairing.unpaired.selves.length]).toEqual([2, 1]);
  });

  it("comparePair: the self-evaluation's form index in `form`, the target's file and form in `related`", () => {
    const target = targetForm();
    target.funds.total = 90;
    const { pairs: [pair] } = pairTargetsAndSelves([{ file: "s.docx", forms: [goodRecord(), { ...selfForm(), project: { ...selfForm().project, name: "测试项目" } }] }, { file: "t.docx", forms: [target] }]);
    // goodRecord() is of the same project too: two self-evaluations of one name and unit, no pair.
    expect(pair).toBeUndefined();
    const { pairs: [only] } = pairTargetsAndSelves([{ file: "s.docx", forms: [named(goodRecord(), "别的项目", null), selfForm()] }, { file: "t.docx", forms: [target] }]);
    expect(comparePair(only).map((m) => [m.code, m.form, m.related?.file, m.related?.form])).toEqual([["BUDGET_CHANGED", 1, "t.docx", 0]]);
  });
});

/**
 * test/fixtures/targets/pair-python-docx.docx (scripts/fixtures/make_target_pair.py): the target form
 * (table 0) and the self-evaluation form (table 1) of 坝塘镇村组道路硬化项目. The self-evaluation
 * lowers 道路工程验收合格率 from ≥95% to ≥90% and drops 受益群众人数; its other differences change
 * nothing (不低于95% / ≥95%, 社会公众或服务对象满意度指标 / 服务对象满意度指标, ★, 总额260万元 / 年初预算数 260).
 */
describe("a target form and the self-evaluation form of its project, in one python-docx file", () => {
  it.each(READERS)("gives exactly the changed target and the dropped indicator, each naming both cells (reader %s)", async (reader) => {
    const { forms } = await parseDocx(fixture("targets/pair-python-docx.docx"), { reader });
    expect(forms.map((f) => f.kind)).toEqual(["project-target", "project-self-evaluation"]);
    const { pairs, unpaired } = pairTargetsAndSelves([{ file: "pair.docx", forms }]);
    expect([pairs.length, unpaired.targets.length, unpaired.selves.length]).toEqual([1, 0, 0]);
    expect(comparePair(pairs[0])).toEqual([
      {
        code: "TARGET_CHANGED", severity: "warning", form: 1,
        message: "The target of 产出指标 / 质量指标 / 道路工程验收合格率 is ≥90% but the target form declares ≥95%.",
        messageZh: "指标「产出指标 / 质量指标 / 道路工程验收合格率」的年度指标值为≥90%，但绩效目标表的指标值为≥95%。",
        path: "indicators.1.target", cell: ref(1, 11, 4, "≥90%"), expected: "≥95%", actual: "≥90%",
        related: { file: "pair.docx", form: 0, path: "indicatorSets.annual.1.target", cell: ref(0, 13, 5, "≥95%") },
      },
      {
        code: "INDICATOR_DROPPED", severity: "warning", form: 1,
        message: "Indicator 效益指标 / 社会效益指标 / 受益群众人数 (target 3200人) is declared in the target form but missing from the self-evaluation form.",
        messageZh: "绩效目标表中的指标「效益指标 / 社会效益指标 / 受益群众人数」（指标值3200人）未出现在自评表中。",
        expected: "3200人",
        related: { file: "pair.docx", form: 0, path: "indicatorSets.annual.3.name", cell: ref(0, 15, 3, "受益群众人数") },
      },
    ]);
  });
});
