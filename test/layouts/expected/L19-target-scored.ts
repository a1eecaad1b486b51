// L19 (财政支出绩效目标申报表 2021): funds per budget type as label / amount cells, (450字内) hints in
// labels and one cell holding only its hint, 项目类型 and 单位职能概述 as fields, 分值 and 评分细则.
import { footer, targetIndicator, type LayoutExpectation } from "./types";

export const expected: LayoutExpectation = {
  fixture: "L19-target-scored",
  records: [{
    kind: "project-target",
    attachment: null,
    title: "财政支出绩效目标申报表",
    level: null,
    year: 2021,
    project: {
      name: "农村公路提质改造工程",
      department: "某市交通运输局",
      departmentCode: "315",
      implementingUnit: "某市农村公路建设中心",
      leader: "黄伟",
      phone: "0771-5556789",
      attribute: null,
      period: "20210101到20211231",
    },
    funds: {
      unit: "万元",
      total: 1200,
      appropriation: 800,
      other: null,
      more: [
        { label: "政府性基金预算拨款", amount: 300 },
        { label: "国有资本经营预算拨款", amount: 0 },
        { label: "纳入财政专户管理的收入", amount: 50 },
        { label: "未纳入财政专户管理的收入", amount: 30 },
        { label: "上年结余收入", amount: 20 },
      ],
      text: null,
    },
    overview: "改造提升农村公路40公里，完善安全防护设施。",
    basis: {
      legal: "《农村公路提质改造三年行动方案》。",
      feasibility: "建设资金已列入年度预算，施工图已批复。",
      necessity: "部分农村公路路面破损，存在安全隐患。",
    },
    // 项目实施进度计划 holds only its "(450字内)" hint: no entry.
    schedule: [],
    goals: { longTerm: "全市农村公路优良中等路率达到85%以上。", annual: "完成农村公路提质改造40公里。" },
    indicatorSets: {
      longTerm: [],
      annual: [
        targetIndicator({ level1: "投入指标", level2: "资金到位率", weight: 5, name: "资金到位率=(实际到位资金/计划投入资金)×100%。", target: "资金到位率达100%",
          method: "到位率100%得5分，每少10个百分点以内扣1分，扣完为止。" }),
        targetIndicator({ level1: "投入指标", level2: "预算支出进度", weight: 15, name: "预算支出进度是否达到90%以上。", target: "预算支出进度达到90%以上",
          method: "预算支出进度达到90%以上（含90%）得15分，每少1个百分点扣1分，扣完为止。" }),
        targetIndicator({ level1: "过程指标", level2: "项目资金专项核算", weight: 5, name: "项目资金是否专项核算。", target: "专款专用、专项核算",
          method: "专项资金按《行政单位财务规则》和《事业单位财务规则》专款专用得2分，专项核算得3分，否则0分。" }),
        targetIndicator({ level1: "过程指标", level2: "资金使用合规性", weight: 10, name: "资金使用是否符合国家财经法规和资金管理办法。", target: "资金使用合规",
          method: "符合规定得10分，每发现一处违规扣2分，扣完为止。" }),
        targetIndicator({ level1: "产出指标", level2: "数量指标", weight: 30, name: "提质改造农村公路里程", target: "≥40公里", method: "完成40公里得30分，每少1公里扣1分。" }),
        targetIndicator({ level1: "产出指标", level2: "质量指标", weight: 15, name: "交工验收合格率", target: "100%", method: "合格率100%得15分，每降低1个百分点扣1分。" }),
        targetIndicator({ level1: "效益指标", level2: "社会效益指标", weight: 10, name: "改善农村群众出行条件", target: "明显改善", method: "明显改善得10分，有所改善得5分。" }),
        targetIndicator({ level1: "满意度指标", level2: "服务对象满意度指标", weight: 10, name: "沿线群众满意度", target: "≥90%", method: "满意度90%以上得10分，每降低1个百分点扣1分。" }),
      ],
    },
    review: [],
    fields: [
      { label: "项目类型", value: "专项业务费" },
      // The label's "(450字内)" hint is not part of it.
      { label: "单位职能概述", value: "负责全市农村公路建设、养护和管理。" },
    ],
    footer: footer({ filler: "陈静", phone: "0771-5551234", date: "2021年1月20日" }),
    extras: [{ text: "(450字内)" }, { text: "填报单位：某市交通运输局" }],
  }],
  messages: ["HINT_TEXT"],
  titleless: { kinds: ["project-target", "indicator-table"], messages: ["KIND_FROM_ROWS"] },
};
