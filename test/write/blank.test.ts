import { describe, expect, it } from "vitest";
import { isJixiaoError } from "../../src/errors";
import { DEFAULT_FUNDS_WEIGHT, DEFAULT_TOTAL_WEIGHT, STANDARD_STRUCTURE } from "../../src/model/labels";
import { FormRecordSchema } from "../../src/model/record";
import { blankForm } from "../../src/write/blank";

const structure = (record: ReturnType<typeof blankForm>) => record.indicators.map((i) => `${i.level1}(${i.level1Weight})/${i.level2}`);

describe("blankForm", () => {
  it("has the standard structure, one row per 二级指标, default weights, and nothing filled in", () => {
    const record = blankForm({ level: "州级", year: 2021, attachment: "附件1" });
    expect(FormRecordSchema.parse(record)).toEqual(record);
    expect(structure(record)).toEqual([
      "产出指标(50)/数量指标", "产出指标(50)/质量指标", "产出指标(50)/时效指标", "产出指标(50)/成本指标",
      "效益指标(30)/经济效益指标", "效益指标(30)/社会效益指标", "效益指标(30)/生态效益指标", "效益指标(30)/可持续影响指标",
      "满意度指标(10)/服务对象满意度指标",
    ]);
    expect(record).toMatchObject({
      attachment: "附件1", title: "州级预算部门项目支出绩效自评表", level: "州级", year: 2021,
      project: { name: null, department: null, implementingUnit: null },
      funds: { unit: "万元", total: { initial: null, annual: null, executed: null, weight: DEFAULT_FUNDS_WEIGHT, rate: null, score: null } },
      goal: { expected: null, actual: null },
      total: { weight: DEFAULT_TOTAL_WEIGHT, score: null },
      footer: { unitLeader: null, filler: null, phone: null, date: null },
      extras: [],
    });
    for (const i of record.indicators) {
      expect([i.name, i.target, i.actual, i.weight, i.score, i.deviation]).toEqual([null, null, null, null, null, null]);
    }
    // The default weights add up to the total: 50 + 30 + 10 + funds 10.
    expect(STANDARD_STRUCTURE.reduce((n, g) => n + g.weight, DEFAULT_FUNDS_WEIGHT)).toBe(DEFAULT_TOTAL_WEIGHT);
  });

  it("takes rows per 二级指标 as one number or a map (missing names get 1, 0 leaves one out)", () => {
    expect(blankForm({ level: "州级", year: 2021, rows: 2 }).indicators).toHaveLength(18);
    const record = blankForm({ level: "县级", year: 2022, rows: { 数量指标: 3, 生态效益指标: 0 } });
    expect(structure(record).filter((s) => s.endsWith("数量指标"))).toHaveLength(3);
    expect(structure(record).some((s) => s.endsWith("生态效益指标"))).toBe(false);
    expect(record.indicators).toHaveLength(10);
    expect(record.title).toBe("县级预算部门项目支出绩效自评表");
  });

  it("fills the project lines it is given and leaves out the 附件 when not given", () => {
    const record = blankForm({ level: "州级", year: 2021, project: { name: "网络平台运行及维护费" } });
    expect(record.project).toEqual({ name: "网络平台运行及维护费", department: null, implementingUnit: null, code: null });
    expect(record.attachment).toBeNull();
  });

  it.each([
    [{ rows: -1 }, /rows for 数量指标/],
    [{ rows: 1.5 }, /whole number/],
    [{ rows: { 数量: 2 } }, /no 二级指标 named 数量/],
    [{ year: 2021.5 }, /year/],
    [{ level: undefined }, /^level: expected the level printed before 预算部门项目支出绩效自评表, e\.g\. "县级" or "州级"; received undefined$/],
    [{ level: "  " }, /^level: .*received an empty string$/],
    [{ level: 3 }, /^level: .*received number$/],
    [{ kind: "indicator-table" }, /^kind: "indicator-table" is read but has no blank form; expected one of project-self-evaluation, department-self-evaluation, transfer-self-evaluation, project-target$/],
    [{ kind: "budget" }, /^kind: "budget" is not a kind of form/],
    [{ kind: "department-self-evaluation", project: { name: "x" } }, /^project: not rows of a department-self-evaluation form; give its rows as department$/],
    [{ fund: { name: "x" } }, /^fund: not rows of a project-self-evaluation form; give its rows as project$/],
    [{ kind: "transfer-self-evaluation", level: "" }, /^level: expected the level printed before 转移支付绩效目标自评表, e\.g\. "县级" or "州级"; received an empty string$/],
  ])("rejects bad options %o with BAD_OPTION", (bad, message) => {
    let error: unknown;
    try {
      // Some of these are what only a JavaScript caller can pass.
      blankForm({ level: "州级", year: 2021, ...bad } as Parameters<typeof blankForm>[0]);
    } catch (e) {
      error = e;
    }
    expect(isJixiaoError(error) && error.code).toBe("BAD_OPTION");
    expect((error as Error).message).toMatch(message);
  });

  it("without a level or without options (from JavaScript): BAD_OPTION, never a title with \"undefined\"", () => {
    const call = (options: unknown) => () => blankForm(options as Parameters<typeof blankForm>[0]);
    expect(call({ year: 2021 })).toThrow(expect.objectContaining({ code: "BAD_OPTION", message: expect.stringContaining("level:") }));
    expect(call(undefined)).toThrow(expect.objectContaining({ code: "BAD_OPTION", message: expect.stringMatching(/^options: .*received undefined$/) }));
    expect(call(null)).toThrow(expect.objectContaining({ code: "BAD_OPTION", message: expect.stringMatching(/received null$/) }));
  });
});
