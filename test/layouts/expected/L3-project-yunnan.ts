// L3 (丽江 2020): two-row indicator header; 年度指标值 split into 指标性质 / 指标值 / 度量单位.
import { amounts, cell, footer, indicator, notes, type LayoutExpectation } from "./types";

const parts = (comparator: string, value: string, unit: string) => ({ comparator, value, unit });

export const expected: LayoutExpectation = {
  fixture: "L3-project-yunnan",
  records: [{
    kind: "project-self-evaluation",
    attachment: null,
    title: "项目支出绩效自评表",
    level: null,
    year: 2020,
    project: { name: "卫片执法补助经费", department: "丽江市古城区自然资源局", implementingUnit: "古城区自然资源执法大队", code: null },
    funds: {
      unit: "万元",
      total: { initial: 7.29, annual: 7.29, executed: 7.29, weight: 10, rate: cell("100%"), score: 10 },
      // The rate printed on the 其中 row is that row's.
      appropriation: { ...amounts(7.29, 7.29, 7.29), rate: cell("100%") },
      carryover: amounts(null, null, null),
      other: amounts(null, null, null),
      more: [],
      method: null,
      reason: null,
    },
    goal: { expected: "完成年度卫片执法检查，违法用地及时查处。", actual: "完成全部卫片图斑核查，违法行为责停率95%。" },
    indicators: [
      indicator({ level1: "产出指标", level2: "数量指标", name: "卫片执法补助经费", target: "﹦72890元", targetParts: parts("﹦", "72890", "元"), actual: "72890", weight: 10, score: 9 }),
      indicator({ level1: "产出指标", level2: "质量指标", name: "项目验收合格率", target: "﹦100%", targetParts: parts("﹦", "100", "%"), actual: "100", weight: 20, score: 19 }),
      indicator({ level1: "产出指标", level2: "时效指标", name: "项目完成及时率", target: "﹦100%", targetParts: parts("﹦", "100", "%"), actual: "100", weight: 20, score: 19 }),
      indicator({ level1: "效益指标", level2: "社会效益指标", name: "违法行为责停率", target: "≥95%", targetParts: parts("≥", "95", "%"), actual: "95", weight: 30, score: 27 }),
      indicator({ level1: "满意度指标", level2: "服务对象满意度指标", name: "满意度", target: "≥95%", targetParts: parts("≥", "95", "%"), actual: "95", weight: 10, score: 9,
        deviation: "个别群众对办理时限有意见" }),
    ],
    total: { weight: 100, score: 93 },
    notes: notes(),
    footer: footer(),
  }],
  messages: [],
  titleless: { kinds: ["project-self-evaluation"], messages: ["KIND_FROM_ROWS"] },
};
