// L11 (衡山 2020): county special fund; vertical labels broken into characters; 县级资金 → funds.more.
import { amounts, cell, footer, indicator, notes, type LayoutExpectation } from "./types";

export const expected: LayoutExpectation = {
  fixture: "L11-transfer-county",
  records: [{
    kind: "transfer-self-evaluation",
    attachment: null,
    title: "县级专项资金绩效目标自评表",
    level: "县级",
    year: 2020,
    fund: {
      name: "地方粮食储备专项资金",
      centralDepartment: null,
      localDepartment: "衡山县发展和改革局",
      unit: "衡山县粮食储备中心",
      leader: "刘建国 0734-5821234",
    },
    funds: {
      unit: "万元",
      total: { initial: null, annual: 194.9, executed: 194.9, weight: null, rate: cell("100%"), score: null },
      appropriation: amounts(null, null, null),
      carryover: amounts(null, null, null),
      other: amounts(null, null, null),
      more: [{ label: "县级资金", initial: null, annual: 194.9, executed: 194.9, rate: cell("100%") }],
      method: null,
      reason: null,
    },
    goal: { expected: "落实5000吨稻谷、500吨成品粮地方储备，确保粮食市场稳定。", actual: "5000吨稻谷、500吨成品粮储备全部到位，全年未发生粮食安全事件。" },
    indicators: [
      indicator({ level1: "产出指标", level2: "数量指标", name: "5000吨稻谷、500吨成品粮储备到位率", target: "100%", actual: "100%", weight: null, score: null }),
      indicator({ level1: "产出指标", level2: "质量指标", name: "储备粮质量达标率", target: "≥95%", actual: "98%", weight: null, score: null }),
      indicator({ level1: "效益指标", level2: "经济效益指标", name: "粮食市场价格稳定", target: "基本稳定", actual: "基本稳定", weight: null, score: null }),
      indicator({ level1: "满意度指标", level2: "服务对象满意度指标", name: "因粮食市场波动引起的粮食安全事件发生数", target: "0起", actual: "0起", weight: null, score: null }),
    ],
    total: { weight: null, score: null },
    notes: notes({ remark: "无" }),
    footer: footer(),
  }],
  messages: [],
  titleless: { kinds: ["transfer-self-evaluation"], messages: ["KIND_FROM_ROWS"] },
};
