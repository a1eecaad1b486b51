// L10 (阆中 2021): central-to-local transfer payment; no 年初预算数, weights, scores or totals.
import { amounts, cell, footer, indicator, notes, onlyLevel2, type LayoutExpectation } from "./types";

export const expected: LayoutExpectation = {
  fixture: "L10-transfer-central",
  records: [{
    kind: "transfer-self-evaluation",
    attachment: null,
    title: "车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评",
    level: null,
    year: 2021,
    fund: {
      name: "车辆购置税收入补助地方资金(普通省道公路建设)",
      centralDepartment: "财政部",
      localDepartment: "阆中市交通运输局",
      unit: "阆中市公路建设服务中心",
      leader: null,
    },
    funds: {
      unit: "万元",
      // Weights and scores: null, never 0.
      total: { initial: null, annual: 4000, executed: 4000, weight: null, rate: cell("100%"), score: null },
      appropriation: { ...amounts(null, 4000, 4000), rate: cell("100%") },
      carryover: amounts(null, null, null),
      other: amounts(null, null, null),
      more: [{ label: "地方资金", initial: null, annual: null, executed: null, rate: null }],
      method: null,
      reason: null,
    },
    goal: { expected: "建设普通省道二级公路32.1公里，改善区域通行条件。", actual: "完成普通省道二级公路32.1公里建设并交工验收。" },
    indicators: [
      indicator({ level1: "产出指标", level2: "数量指标", name: "建设普通省道二级公路32.1公里", target: "32.1公里", actual: "32.1公里", weight: null, score: null }),
      indicator({ level1: "产出指标", level2: "质量指标", name: "交工验收合格率", target: "100%", actual: "100%", weight: null, score: null }),
      indicator({ level1: "产出指标", level2: "时效指标", name: "年度计划完成率", target: "≥90%", actual: "85%", weight: null, score: null,
        deviation: "受汛期影响工期延后，已调整施工组织" }),
      indicator({ level1: "效益指标", level2: "社会效益指标", name: "改善群众出行条件", target: "明显改善", actual: "明显改善", weight: null, score: null }),
      onlyLevel2("效益指标", null, "生态效益指标"),
      indicator({ level1: "满意度指标", level2: "服务对象满意度指标", name: "改善通行服务水平群众满意度", target: "≥90%", actual: "95%", weight: null, score: null }),
    ],
    total: { weight: null, score: null },
    notes: notes({ remark: "本年度中央补助资金已全部拨付到位。" }),
    footer: footer(),
  }],
  messages: [],
  titleless: { kinds: ["transfer-self-evaluation"], messages: ["KIND_FROM_ROWS"] },
};
