// L1 (鄂州 2021): title and year as one-cell rows on top of the table, no paragraphs.
import { amounts, cell, footer, indicator, notes, onlyLevel2, type LayoutExpectation } from "./types";

export const expected: LayoutExpectation = {
  fixture: "L1-project-central",
  records: [{
    kind: "project-self-evaluation",
    attachment: "附件1",
    title: "项目支出绩效自评表",
    level: null,
    year: 2021,
    project: { name: "政务服务“一网通办”运行保障项目", department: "鄂州市行政审批局", implementingUnit: "鄂州市政务服务中心", code: null },
    funds: {
      unit: "万元",
      // "150万" in a cell: the amount is 150 (the unit 万 is the block's 万元).
      total: { initial: 150, annual: 150, executed: 125.25, weight: 10, rate: cell("83.5%"), score: 8 },
      appropriation: amounts(150, 150, 125.25),
      carryover: amounts(null, null, null),
      other: amounts(null, null, null),
      more: [],
      method: null,
      reason: null,
    },
    goal: { expected: "保障政务服务平台全年稳定运行，全年办理审批服务事项5000件以上。", actual: "平台全年稳定运行，共办理审批服务事项5230件。" },
    indicators: [
      indicator({ level1: "产出指标", level2: "数量指标", name: "审批服务事项办理件数", target: "≥5000件", actual: "5230件", weight: 20, score: 20 }),
      indicator({ level1: "产出指标", level2: "质量指标", name: "办件差错率", target: "≤1%", actual: "0.5%", weight: 10, score: 10 }),
      indicator({ level1: "产出指标", level2: "时效指标", name: "按时办结率", target: "100%", actual: "100%", weight: 10, score: 10 }),
      indicator({ level1: "产出指标", level2: "成本指标", name: "平台运维成本", target: "≤150万元", actual: "125.25万元", weight: 10, score: 10 }),
      onlyLevel2("效益指标", null, "经济效益指标"),
      indicator({ level1: "效益指标", level2: "社会效益指标", name: "群众办事便利度", target: "明显提升", actual: "明显提升", weight: 30, score: 28,
        deviation: "高峰期窗口排队较长，将增设自助终端" }),
      indicator({ level1: "满意度指标", level2: "服务对象满意度指标", name: "办事群众满意度", target: "≥90%", actual: "96%", weight: 10, score: 10 }),
    ],
    total: { weight: 100, score: 96 },
    notes: notes(),
    footer: footer(),
  }],
  messages: [],
  titleless: { kinds: ["project-self-evaluation"], messages: ["KIND_FROM_ROWS"] },
};
