// The 决算 bundle: department, two projects, a schedule table (ignored), a transfer form, a contact
// table (ignored). Four records, in document order, each of its own kind.
import { amounts, cell, indicator, type LayoutExpectation } from "./types";

export const expected: LayoutExpectation = {
  fixture: "bundle-final-accounts",
  records: [
    {
      kind: "department-self-evaluation",
      attachment: "附件1",
      title: "部门整体支出绩效自评表",
      year: 2023,
      department: { name: "金寨县林业局" },
      funds: {
        unit: "万元",
        total: { initial: 512.4, annual: 560, executed: 548.8, weight: 10, rate: cell("98%"), score: 9.8 },
        appropriation: { ...amounts(512.4, 540, 528.8), rate: cell("97.93%") },
        carryover: { ...amounts(null, 20, 20), rate: cell("100%") },
        other: amounts(null, null, null),
      },
      indicators: [
        indicator({ level1: "产出指标", level1Weight: 50, level2: "数量指标", name: "林业有害生物防治面积", target: "≥2万亩", actual: "2.1万亩", weight: 50, score: 50 }),
        indicator({ level1: "效益指标", level1Weight: 30, level2: "生态效益指标", name: "森林覆盖率", target: "≥77%", actual: "77.2%", weight: 30, score: 30 }),
        indicator({ level1: "满意度指标", level1Weight: 10, level2: "服务对象满意度指标", name: "林农满意度", target: "≥90%", actual: "93%", weight: 10, score: 10 }),
      ],
      total: { weight: 100, score: 99.8 },
      footer: { unitLeader: "周涛", filler: "吴敏", phone: "0564-7023456", date: "2024年3月20日" },
    },
    {
      kind: "project-self-evaluation",
      attachment: "附件2",
      title: "项目支出绩效自评表",
      year: 2023,
      project: { name: "森林防火专项", department: "金寨县林业局", implementingUnit: "金寨县森林消防大队" },
      funds: { total: { initial: 80, annual: 80, executed: 76, weight: 10, rate: cell("95%"), score: 9.5 } },
      goal: { expected: "按计划完成森林防火专项。", actual: "已按计划完成森林防火专项。" },
      indicators: [
        { level2: "数量指标", name: "防火巡查次数" },
        { level2: "时效指标", name: "火情处置及时率" },
        { level2: "生态效益指标", name: "重大森林火灾发生次数" },
        { level2: "服务对象满意度指标", name: "群众满意度" },
      ],
      total: { weight: 100, score: 99.5 },
      footer: { unitLeader: "周涛", filler: "吴敏", phone: "0564-7023456", date: "2024年3月20日" },
    },
    {
      kind: "project-self-evaluation",
      // No 附件 line before this one: the previous form's is not carried over.
      attachment: null,
      title: "项目支出绩效自评表",
      year: 2023,
      project: { name: "林业有害生物防治", department: "金寨县林业局", implementingUnit: "金寨县林业技术推广中心" },
      funds: { total: { initial: 120, annual: 120, executed: 108, weight: 10, rate: cell("90%"), score: 9 } },
      indicators: [
        { name: "防治面积", weight: 40, score: 40 },
        { name: "防治效果达标率", weight: 20, score: 20 },
        { name: "有害生物成灾率", target: { text: "≤3‰" }, actual: { text: "2.5‰" }, weight: 20, score: 18, deviation: "局部发生松材线虫病，已加强监测" },
        { name: "林农满意度", weight: 10, score: 10 },
      ],
      total: { weight: 100, score: 97 },
      // The 项目实施进度计划 table after it is not part of the form.
      footer: { unitLeader: null, filler: null, phone: null, date: null },
    },
    {
      kind: "transfer-self-evaluation",
      attachment: "附件3",
      title: "中央财政林业改革发展资金绩效目标自评表",
      year: 2023,
      fund: { name: "中央财政林业改革发展资金", centralDepartment: "财政部、国家林业和草原局", localDepartment: "金寨县林业局", unit: "金寨县国有林场" },
      funds: {
        total: { initial: null, annual: 300, executed: 285, weight: null, rate: cell("95%"), score: null },
        appropriation: { ...amounts(null, 300, 285), rate: cell("95%") },
      },
      indicators: [
        { name: "国家储备林建设面积", target: { text: "≥3000亩" }, actual: { text: "3050亩" }, weight: null, score: null },
        { name: "新增森林蓄积量", target: { text: "≥1万立方米" }, actual: { text: "1.1万立方米" }, weight: null, score: null },
      ],
      total: { weight: null, score: null },
    },
  ],
  messages: [],
};
