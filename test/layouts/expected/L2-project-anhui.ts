// L2 (天长 2022): (A)/(B)/(B/A) suffixes, "…完成情况" section labels, 一级 cells holding only "（50分）".
import { amounts, cell, footer, indicator, notes, onlyLevel2, type LayoutExpectation } from "./types";

export const expected: LayoutExpectation = {
  fixture: "L2-project-anhui",
  records: [{
    kind: "project-self-evaluation",
    attachment: null,
    title: "项目支出绩效自评表",
    level: null,
    year: 2022,
    // 主管部门 printed but left blank.
    project: { name: "水旱灾害防御物资储备项目", department: null, implementingUnit: "天长市水利局", code: null },
    funds: {
      unit: "万元",
      total: { initial: 880, annual: 880, executed: 880, weight: 10, rate: cell("100%"), score: 10 },
      appropriation: amounts(880, 880, 880),
      carryover: amounts(null, null, null),
      other: amounts(null, null, null),
      more: [],
      method: null,
      reason: null,
    },
    goal: { expected: "储备防汛抢险物资，保障汛期抢险需要。", actual: "完成编织袋、救生衣等物资储备，汛期物资供应及时。" },
    indicators: [
      // A 一级 cell holding only "（50分）": level1 null, weight 50; "指标1:" stays in the name.
      indicator({ level1: null, level1Weight: 50, level2: "数量指标", name: "指标1:储备编织袋数量", target: "≥5万条", actual: "5.2万条", weight: 20, score: 20 }),
      indicator({ level1: null, level1Weight: 50, level2: "质量指标", name: "指标1:物资验收合格率", target: "100%", actual: "100%", weight: 15, score: 15 }),
      indicator({ level1: null, level1Weight: 50, level2: "时效指标", name: "指标1:汛前入库及时率", target: "100%", actual: "100%", weight: 15, score: 15 }),
      indicator({ level1: null, level1Weight: 30, level2: "社会效益指标", name: "指标1:防汛抢险物资保障", target: "有效保障", actual: "有效保障", weight: 30, score: 30 }),
      onlyLevel2(null, 30, "可持续影响指标"),
      indicator({ level1: "满意度指标", level1Weight: 10, level2: "服务对象满意度指标", name: "指标1:服务对象满意度", target: "90%", actual: "100%", weight: 10, score: 10 }),
    ],
    total: { weight: 100, score: 100 },
    notes: notes(),
    footer: footer(),
  }],
  messages: [],
  titleless: { kinds: ["project-self-evaluation"], messages: ["KIND_FROM_ROWS"] },
};
