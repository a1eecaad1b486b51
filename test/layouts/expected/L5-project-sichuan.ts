// L5 (四川 2023): 报表编号 above the title, code-prefixed name, 预算执行情况(10分) block with 原因 hint,
// split target in one header row, 合计, 评价结论 / 存在问题 (hint) / 改进措施, 项目负责人 / 财务负责人.
import { containing } from "../compare";
import { amounts, cell, footer, indicator, notes, type LayoutExpectation } from "./types";

const parts = (comparator: string, value: string, unit: string) => ({ comparator, value, unit });
const HINT_REASON = "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);" +
  "2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";
const HINT_PROBLEMS = "结合自评情况,分析存在的问题及原因。(200字以内)";

export const expected: LayoutExpectation = {
  fixture: "L5-project-sichuan",
  records: [{
    kind: "project-self-evaluation",
    attachment: null,
    title: "部门预算项目支出绩效自评表",
    level: null,
    year: 2023,
    project: { name: "51000021R000000019951-工资性支出", department: "青神县发展和改革局", implementingUnit: "青神县发展和改革局", code: "51000021R000000019951" },
    funds: {
      unit: "万元",
      // 总额 row; 调整后预算数 → annual; 预算执行数 → executed; 权重 → weight.
      total: { initial: 238.93, annual: 251.89, executed: 251.89, weight: 10, rate: cell("100.00%"), score: 10 },
      appropriation: { ...amounts(238.93, 251.89, 251.89), rate: cell("100.00%") },
      carryover: amounts(null, null, null),
      other: amounts(null, null, null),
      more: [
        { label: "财政专户管理资金", initial: 0, annual: 0, executed: 0, rate: cell("0.00%") },
        { label: "单位资金", initial: 0, annual: 0, executed: 0, rate: cell("0.00%") },
      ],
      method: null,
      // The 原因 cell holds the printed hint (with "(100字以内)" in the middle): not a value.
      reason: null,
    },
    goal: { expected: "保障在职人员工资及社会保险按时足额发放。", actual: "全年按时足额发放工资，缴纳社会保险费。" },
    indicators: [
      indicator({ level1: "产出指标", level2: "数量指标", name: "发放(缴纳)覆盖率", target: "=100%", targetParts: parts("=", "100", "%"), actual: "100", weight: 30, score: 30 }),
      indicator({ level1: "产出指标", level2: "时效指标", name: "工资按时发放率", target: "=100%", targetParts: parts("=", "100", "%"), actual: "100", weight: 30, score: 30 }),
      indicator({ level1: "效益指标", level2: "社会效益指标", name: "足额保障率(参保率)", target: "=100%", targetParts: parts("=", "100", "%"), actual: "完成", weight: 20, score: 20 }),
      indicator({ level1: "满意度指标", level2: "服务对象满意度指标", name: "职工满意度", target: "≥90%", targetParts: parts("≥", "90", "%"), actual: "95", weight: 10, score: 10 }),
    ],
    total: { weight: 100, score: 100 },
    notes: notes({
      conclusion: "项目自评总分100分，工资及社会保险按时足额发放，保障了单位正常运转。",
      // problems: the printed hint was left in the cell → null.
      improvements: "进一步加强预算执行进度管理，提高年初预算编制的准确性。",
    }),
    footer: footer({ projectLeader: "张明", financeLeader: "李芳", reportNo: "510000_0013zp" }),
    extras: containing([
      { text: HINT_PROBLEMS },
      { text: HINT_REASON },
      // The 2.项目实施内容及过程概述 row has no field: kept with its label's text somewhere in extras.
      { text: "按月发放在职人员工资，按规定缴纳社会保险及住房公积金。" },
    ]),
  }],
  // HINT_TEXT: the 存在问题 and 原因 hints.
  messages: ["HINT_TEXT"],
  titleless: { kinds: ["project-self-evaluation"], messages: ["KIND_FROM_ROWS"] },
};
