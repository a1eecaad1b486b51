/**
 * The blank 项目绩效目标表: every row empty, 项目属性 printed with its boxes unticked, and the
 * standard 一级 / 二级 structure (产出, 效益, 满意度) in both indicator sets, 长期 and 年度. The
 * record is the one a blank form reads back as: 项目属性 null (the writer prints its options
 * unticked, "新增项目□ 延续项目□", which read back as no value) and the schedule no rows (the writer
 * leaves empty rows to write the plan in by hand).
 */
import { STANDARD_STRUCTURE } from "../model/labels";
import type { ProjectTargetRecord, TargetIndicator } from "../model/record";

export interface BlankTargetParts {
  heading: Pick<ProjectTargetRecord, "attachment" | "title" | "level" | "year">;
  project: { name?: string; department?: string; implementingUnit?: string };
  /** Indicator rows under a 二级指标 (already checked by blankForm). */
  rowsFor: (level2: string) => number;
}

export function blankTarget({ heading, project, rowsFor }: BlankTargetParts): ProjectTargetRecord {
  // A new list per set: the two sets are filled in separately.
  const indicators = (): TargetIndicator[] =>
    STANDARD_STRUCTURE.flatMap((group) =>
      group.level2.flatMap((level2) => Array.from({ length: rowsFor(level2) }, () => emptyIndicator(group.level1, level2))),
    );
  return {
    kind: "project-target",
    ...heading,
    project: {
      name: project.name ?? null, department: project.department ?? null, departmentCode: null,
      implementingUnit: project.implementingUnit ?? null, leader: null, phone: null, attribute: null, period: null,
    },
    funds: { unit: null, total: null, appropriation: null, other: null, more: [], text: null },
    overview: null,
    basis: { legal: null, feasibility: null, necessity: null },
    schedule: [],
    goals: { longTerm: null, annual: null },
    indicatorSets: { longTerm: indicators(), annual: indicators() },
    review: [],
    fields: [],
    footer: { unitLeader: null, filler: null, phone: null, date: null, projectLeader: null, financeLeader: null, reportNo: null },
    extras: [],
  };
}

function emptyIndicator(level1: string, level2: string): TargetIndicator {
  return { level1, level2, name: null, target: null, weight: null, method: null, remark: null, more: {} };
}
