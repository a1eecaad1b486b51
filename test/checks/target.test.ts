/** The check of a target form: the 分值 an indicator set prints add up to 100. */
import { describe, expect, it } from "vitest";
import { validateForm } from "../../src/checks/check-form";
import type { ProjectTargetRecord, TargetIndicator } from "../../src/model/record";

const indicator = (name: string | null, weight: number | null): TargetIndicator =>
  ({ level1: "产出指标", level2: "数量指标", name, target: name === null ? null : { raw: "1个", text: "1个" }, weight, method: null, remark: null, more: {} });

function target(annual: TargetIndicator[], longTerm: TargetIndicator[] = []): ProjectTargetRecord {
  return {
    kind: "project-target", attachment: null, title: "财政支出绩效目标申报表", level: null, year: 2021,
    project: { name: "某项目", department: null, departmentCode: null, implementingUnit: null, leader: null, phone: null, attribute: null, period: null },
    funds: { unit: null, total: null, appropriation: null, other: null, more: [], text: null },
    overview: null, basis: { legal: null, feasibility: null, necessity: null }, schedule: [], goals: { longTerm: null, annual: null },
    indicatorSets: { longTerm, annual }, review: [], fields: [],
    footer: { unitLeader: null, filler: null, phone: null, date: null, projectLeader: null, financeLeader: null, reportNo: null },
    extras: [],
  };
}

describe("project-target: the printed 分值 add up to 100", () => {
  it("60 + 30.5 + 9.5 = 100: no message", () => {
    expect(validateForm(target([indicator("甲", 60), indicator("乙", 30.5), indicator("丙", 9.5)]))).toEqual([]);
  });

  it("60 + 30 + 5 = 95: TARGET_WEIGHT_SUM at the set's first 分值, 100 expected", () => {
    const messages = validateForm(target([indicator("甲", 60), indicator("乙", 30), indicator("丙", 5)]), undefined, { form: 2 });
    expect(messages).toEqual([expect.objectContaining({
      code: "TARGET_WEIGHT_SUM", severity: "error", form: 2, path: "indicatorSets.annual.0.weight", expected: "100", actual: "95",
    })]);
    expect(messages[0].messageZh).toBe("年度绩效指标各指标分值之和为95，不是100。");
  });

  it("each set is summed on its own; a set printing no 分值 (L16) is not summed", () => {
    const codes = (r: ProjectTargetRecord) => validateForm(r).map((m) => [m.code, m.path]);
    expect(codes(target([indicator("甲", null)], [indicator("乙", 50)]))).toEqual([["TARGET_WEIGHT_SUM", "indicatorSets.longTerm.0.weight"]]);
    expect(codes(target([indicator("甲", null), indicator("乙", null)]))).toEqual([]);
  });

  it("a 分值 left empty: not summed, SUM_INCOMPLETE names the cell; a row with only its 二级 label is no missing 分值", () => {
    const messages = validateForm(target([indicator("甲", 60), indicator("乙", null), indicator(null, null), indicator("丙", 40)]));
    expect(messages.map((m) => [m.code, m.severity, m.path])).toEqual([["SUM_INCOMPLETE", "info", "indicatorSets.annual.1.weight"]]);
    expect(messages[0].message).toContain("indicatorSets.annual.1.weight (乙)");
  });
});
