/** A hand-built target form and the self-evaluation form that repeats it, for the comparison and export tests. */
import type { ProjectRecord, ProjectTargetRecord, TargetIndicator } from "../../src/model/record";
import { goodRecord } from "./record";

export const v = (text: string) => ({ raw: text, text });
export const ref = (table: number, row: number, col: number, text: string) => ({ table, row, col, text });

export function declared(level1: string, level2: string, name: string, target: string, weight: number | null = null): TargetIndicator {
  return { level1, level2, name, target: v(target), weight, method: null, remark: null, more: {} };
}

/** A target form declaring what goodRecord()'s self-evaluation form repeats: 100 万元 and its four indicators. */
export function targetForm(): ProjectTargetRecord {
  return {
    kind: "project-target", attachment: null, title: "项目支出绩效目标表", level: null, year: 2021,
    project: { name: "测试项目", department: "某局", departmentCode: null, implementingUnit: "某中心", leader: null, phone: null, attribute: null, period: null },
    funds: { unit: "万元", total: 100, appropriation: 100, other: null, more: [], text: null },
    overview: null, basis: { legal: null, feasibility: null, necessity: null }, schedule: [],
    goals: { longTerm: null, annual: null },
    indicatorSets: {
      longTerm: [declared("产出指标", "数量指标", "调研报告总数", "≥60篇")],
      annual: [
        declared("产出指标", "数量指标", "完成调研报告", "15篇"),
        declared("产出指标", "质量指标", "达标率", "100%"),
        declared("效益指标", "社会效益指标", "公开率", "100%"),
        declared("满意度指标", "服务对象满意度指标", "满意度", "≧95%"),
      ],
    },
    review: [], fields: [],
    footer: { unitLeader: null, filler: null, phone: null, date: null, projectLeader: null, financeLeader: null, reportNo: null },
    extras: [],
    source: {
      file: "目标表.docx", tables: [0],
      cells: {
        "funds.total": ref(0, 3, 2, "100"),
        "indicatorSets.annual.1.target": ref(0, 9, 4, "100%"),
        "indicatorSets.annual.1.weight": ref(0, 9, 5, "20"),
        "indicatorSets.annual.2.name": ref(0, 10, 3, "公开率"),
      },
    },
  };
}

export function selfForm(): ProjectRecord {
  return {
    ...goodRecord(),
    source: {
      file: "自评表.docx", tables: [2],
      cells: {
        "funds.total.initial": ref(2, 4, 3, "100"),
        "indicators.1.target": ref(2, 12, 3, "100%"),
        "indicators.1.weight": ref(2, 12, 5, "25"),
        "indicators.3.name": ref(2, 14, 2, "满意度"),
      },
    },
  };
}
