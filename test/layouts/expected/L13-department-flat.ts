// L13 (重庆 2021): 部门整体 flat list: no 一级/二级, 自评总分 in the header, 年初 / 调整 targets.
import { cell, footer, indicator, notes, type LayoutExpectation } from "./types";

const flat = (name: string, unit: string | null, nature: string, target: string, actual: string, weight: number, score: number, core: string) =>
  indicator({
    level1: null, level2: null, name, target, actual, weight, score,
    // 调整指标值 is empty in every row: absent or null in `more`.
    more: { ...(unit === null ? {} : { 计量单位: unit }), 指标性质: nature, "得分系数（%）": "100%", 是否核心指标: core },
  });

export const expected: LayoutExpectation = {
  fixture: "L13-department-flat",
  records: [{
    kind: "department-self-evaluation",
    attachment: null,
    title: "部门整体绩效自评表",
    level: null,
    year: null,
    // 主管部门 is the only unit field: it names the department.
    department: { name: "重庆市渝北区统计局", code: null, contact: "张伟", phone: "023-67821234", financeOffice: "行政政法科" },
    funds: {
      unit: "万元",
      // One unlabelled row of amounts: the total. 执行率权重 → weight, 执行率得分(分) → score.
      total: { initial: 1250.5, annual: 1180.2, executed: 896.95, weight: 10, rate: cell("76%"), score: 7.6 },
      more: [],
      method: null,
      reason: null,
    },
    goal: {
      expected: "完成全区统计调查任务，统计数据质量稳步提高。",
      adjusted: "无",
      actual: "按时完成各项统计调查任务，数据质量达到考核要求。",
    },
    indicators: [
      flat("财政供养人员控制率", "%", "定量指标", "100%", "92%", 2, 2, "否"),
      flat("预算完成率", "%", "定量指标", "70%", "76%", 2, 2, "是"),
      flat("管理制度健全性", null, "定性指标", "高", "高", 3, 3, "否"),
      flat("党性教育培训次数", "次", "定量指标", "12次", "12次", 5, 5, "是"),
    ],
    // No total row: 自评总分(分) in the header gives the score.
    total: { weight: null, score: 97.6 },
    notes: notes(),
    footer: footer(),
  }],
  messages: [],
  // Without the title, the 部门联系人 and 财政处室 rows (printed only on 部门整体 forms) decide.
  titleless: { kinds: ["department-self-evaluation"], messages: ["KIND_FROM_ROWS"] },
};
