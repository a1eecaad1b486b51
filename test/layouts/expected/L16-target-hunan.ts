// L16 (宁乡 2021): a 项目绩效目标表 with 项目属性 boxes, prose funds, 立项情况 over three rows, a
// two-row 进度计划, 长期 / 年度 goals and two indicator sets; 填报单位 above the table.
import { footer, targetIndicator, type LayoutExpectation } from "./types";

export const expected: LayoutExpectation = {
  fixture: "L16-target-hunan",
  records: [{
    kind: "project-target",
    attachment: null,
    title: "项目绩效目标表",
    level: null,
    year: 2021,
    project: {
      name: "坝塘镇村组道路硬化项目",
      department: "宁乡市交通运输局",
      departmentCode: "602001",
      implementingUnit: "宁乡市坝塘镇人民政府",
      leader: "周建国",
      phone: "0731-87881234",
      // "新增项目□ 延续项目√": the ticked option.
      attribute: "延续项目",
      period: "2021年1月至2021年12月",
    },
    funds: {
      unit: "万元",
      total: 260,
      appropriation: 200,
      other: 20,
      more: [{ label: "上级财政资金", amount: 150 }, { label: "本级财政", amount: 50 }, { label: "自有资金", amount: 40 }],
      text: "总额260万元；财政拨款：200万元（其中：上级财政资金：150万元；本级财政：50万元）；二、自有资金：40万元；三、其他：20万元",
    },
    overview: "硬化坝塘镇村组道路12公里，路面宽4.5米，改善沿线群众出行条件。",
    basis: {
      legal: "《宁乡市农村公路建设三年行动计划》。",
      feasibility: "资金来源落实，线路已完成勘测设计。",
      necessity: "沿线村组道路为砂石路面，雨季通行困难。",
    },
    schedule: [
      { content: "村组道路路基整治及路面硬化", start: "2021年3月", end: "2021年8月" },
      { content: "交工验收及养护移交", start: "2021年9月", end: "2021年12月" },
    ],
    goals: {
      longTerm: "三年内全镇村组道路全部硬化，形成安全便捷的农村公路网。",
      annual: "完成村组道路硬化12公里并交工验收。",
    },
    indicatorSets: {
      longTerm: [
        targetIndicator({ level1: "产出指标", level2: "数量指标", name: "硬化村组道路里程", target: "≥36公里" }),
        targetIndicator({ level1: "产出指标", level2: "质量指标", name: "道路工程验收合格率", target: "100%" }),
        targetIndicator({ level1: "效益指标", level2: "社会效益指标", name: "改善群众出行条件", target: "明显改善" }),
        // Only the 二级 label: kept, every value null.
        targetIndicator({ level1: "效益指标", level2: "生态效益指标", name: null, target: null }),
        targetIndicator({ level1: "满意度指标", level2: "社会公众或服务对象满意度指标", name: "沿线群众满意度", target: "≥90%", remark: "抽样调查" }),
      ],
      annual: [
        targetIndicator({ level1: "产出指标", level2: "数量指标", name: "本年度硬化道路里程", target: "12公里" }),
        targetIndicator({ level1: "产出指标", level2: "时效指标", name: "年度任务完成及时率", target: "≥95%" }),
        targetIndicator({ level1: "效益指标", level2: "社会效益指标", name: "受益群众人数", target: "3200人" }),
        targetIndicator({ level1: "满意度指标", level2: "社会公众或服务对象满意度指标", name: "群众满意度", target: "≥90%" }),
      ],
    },
    review: [],
    fields: [],
    footer: footer({ filler: "刘芳", unitLeader: "周建国", date: "2021年1月8日" }),
    // The form has a 项目单位 row: 填报单位 above the table is kept, not taken as the unit.
    extras: [{ text: "填报单位(盖章)：宁乡市坝塘镇人民政府" }],
  }],
  messages: [],
  titleless: { kinds: ["project-target", "indicator-table"], messages: ["KIND_FROM_ROWS"] },
};
