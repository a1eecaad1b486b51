/**
 * The fields of a project-target record its printed form has no place for: a value there would be
 * lost on paper, so the writer refuses the record (INVALID_RECORD, path by path) rather than drop it.
 */
import type { ProjectTargetRecord } from "../model/record";

export interface Unprinted {
  /** The record path, as messages write it (indicatorSets.annual.0.more). */
  path: string;
  why: string;
}

export function unprintedTargetFields(record: ProjectTargetRecord): Unprinted[] {
  const found: Unprinted[] = [];
  for (const set of ["longTerm", "annual"] as const) {
    record.indicatorSets[set].forEach((indicator, i) => {
      if (Object.keys(indicator.more).length > 0) {
        found.push({ path: `indicatorSets.${set}.${i}.more`, why: "expected {}: the 项目绩效目标表 prints no indicator columns beyond 指标内容, 指标值, 分值, 评分细则 and 备注" });
      }
    });
  }
  for (const key of ["projectLeader", "financeLeader"] as const) {
    if (record.footer[key] !== null) {
      found.push({ path: `footer.${key}`, why: "expected null: the 项目绩效目标表 prints no 项目负责人 / 财务负责人 signature (the 项目负责人 row is project.leader)" });
    }
  }
  return found;
}
