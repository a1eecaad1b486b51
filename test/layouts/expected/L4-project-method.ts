// L4 (海淀 2016): 主管部门及代码, 年初预算数(A) without 全年预算数, 得分计算方法 columns, 分值 before the target.
import { amounts, cell, footer, indicator, notes, type LayoutExpectation } from "./types";

const Q = "完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。";
const T = "定性指标根据指标完成情况分三档记分。";

export const expected: LayoutExpectation = {
  fixture: "L4-project-method",
  records: [{
    kind: "project-self-evaluation",
    attachment: null,
    title: "项目支出绩效自评表",
    level: null,
    year: 2016,
    project: { name: "街道环境卫生综合整治", department: "北京市海淀区学院路街道办事处", implementingUnit: "学院路街道城市管理科", code: "215001" },
    funds: {
      unit: "万元",
      // Only 年初预算数(A) and 全年执行数(B): annual is null; the weight column is 分值(10分).
      total: { initial: 310.2, annual: null, executed: 154.74, weight: 10, rate: cell("50%"), score: 5 },
      appropriation: amounts(310.2, null, 154.74),
      carryover: amounts(null, null, null),
      other: amounts(null, null, null),
      more: [],
      method: "执行率*该指标分值,最高不得超过分值上限。",
      reason: null,
    },
    goal: { expected: "完成辖区背街小巷环境整治，建立长效管理机制。", actual: "完成32条背街小巷整治，长效管理机制已建立。" },
    indicators: [
      indicator({ level1: "产出指标", level1Weight: 50, level2: "数量指标", name: "是否完成绩效目标申报表中申报的数量", weight: 12.5, target: "32条", actual: "32条", method: Q, score: 12.5 }),
      indicator({ level1: "产出指标", level1Weight: 50, level2: "质量指标", name: "环境卫生检查合格率", weight: 12.5, target: "≥95%", actual: "96%", method: Q, score: 12.5 }),
      indicator({ level1: "产出指标", level1Weight: 50, level2: "时效指标", name: "整治完成及时率", weight: 12.5, target: "100%", actual: "100%", method: Q, score: 12.5 }),
      indicator({ level1: "产出指标", level1Weight: 50, level2: "成本指标", name: "成本控制率", weight: 12.5, target: "≤10%", actual: "8%",
        method: "成本控制率=(预算数-实际支出)/预算数×100% 控制率在±10%以内得 5 分,±10-15%以内得 3 分", score: 12.5 }),
      indicator({ level1: "效益指标", level1Weight: 30, level2: "社会效益指标", name: "辖区环境改善", weight: 15, target: "明显改善", actual: "明显改善", method: T, score: 14,
        deviation: "个别社区整改不及时" }),
      indicator({ level1: "效益指标", level1Weight: 30, level2: "可持续影响指标", name: "长效管理机制建立", weight: 15, target: "建立", actual: "已建立", method: T, score: 15 }),
      indicator({ level1: "满意度指标", level1Weight: 10, level2: "服务对象满意度指标", name: "群众满意率", weight: 10, target: "≥90%", actual: "85%",
        method: "群众满意率 90%以上得 10 分,每降 5%扣 1 分,扣完为止", score: 9, deviation: "部分居民对清运时间不满意" }),
    ],
    total: { weight: 100, score: 93 },
    notes: notes(),
    footer: footer(),
  }],
  messages: [],
  titleless: { kinds: ["project-self-evaluation"], messages: ["KIND_FROM_ROWS"] },
};
