// L17 (绩效目标申报表 参考模板): 项目负责人及电话 in one cell, 资金情况 as rows, 总体目标 with 目标1/目标2
// lines, one indicator set (三级指标) with ★ core indicators and placeholder targets kept as text.
import { footer, targetIndicator, type LayoutExpectation } from "./types";

export const expected: LayoutExpectation = {
  fixture: "L17-target-template",
  records: [{
    kind: "project-target",
    attachment: null,
    title: "绩效目标申报表（参考模板）",
    level: null,
    year: 2024,
    project: {
      name: "困难群众救助项目",
      department: "某县民政局",
      departmentCode: null,
      implementingUnit: "某县社会救助服务中心",
      // "王丽 0731-8888123" under 项目负责人及电话: the name and the number.
      leader: "王丽",
      phone: "0731-8888123",
      attribute: null,
      period: null,
    },
    funds: { unit: "万元", total: 520, appropriation: 500, other: 20, more: [], text: null },
    overview: null,
    basis: { legal: null, feasibility: null, necessity: null },
    schedule: [],
    goals: {
      longTerm: "目标1：保障农村低保对象基本生活。\n目标2：困难群众应救尽救、应保尽保。",
      annual: "按时足额发放低保金和特困供养金，救助资金发放准确。",
    },
    indicatorSets: {
      longTerm: [],
      annual: [
        targetIndicator({ level1: "产出指标", level2: "数量指标", name: "★农村低保发放人数", target: "**人" }),
        targetIndicator({ level1: "产出指标", level2: "数量指标", name: "★特困人员救助供养人数", target: "≥**人次" }),
        targetIndicator({ level1: "产出指标", level2: "质量指标", name: "救助资金发放准确率", target: "≥**%" }),
        targetIndicator({ level1: "产出指标", level2: "成本指标", name: "★农村低保月人均补助水平", target: "**元/人·月" }),
        targetIndicator({ level1: "效益指标", level2: "社会效益指标", name: "困难群众基本生活保障", target: "有效保障" }),
        targetIndicator({ level1: "满意度指标", level2: "服务对象满意度指标", name: "救助对象满意度", target: "≥90%" }),
      ],
    },
    review: [],
    fields: [],
    footer: footer(),
    extras: [],
  }],
  messages: [],
  titleless: { kinds: ["project-target", "indicator-table"], messages: ["KIND_FROM_ROWS"] },
};
