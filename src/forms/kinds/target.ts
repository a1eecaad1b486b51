/**
 * 项目支出绩效目标表 / 绩效目标申报表 (project-target): the project rows, funds (amounts or prose),
 * 项目概况, 立项情况, 实施进度计划, goals, the indicator sets, 审核意见 and the signature line.
 */
import { TARGET_FILLING_UNIT_PATTERN, TARGET_INDICATOR_COLUMNS, TARGET_PROJECT_LABELS } from "../../model/labels";
import type { FormRecord } from "../../model/record";
import { footerRow } from "../sections/footer";
import { titleRows } from "../sections/header";
import { targetFundsSection } from "../sections/target-funds";
import { targetFieldRows, targetFooterCells, targetProjectRows, targetReviewRows } from "../sections/target-header";
import { targetIndicatorSection } from "../sections/target-indicators";
import { targetGoalsSection, targetScheduleSection } from "../sections/target-plan";
import { targetOf } from "../sections/target-state";
import type { KindSpec } from "./types";

export const targetKind: KindSpec = {
  kind: "project-target",
  // Review rows and the indicator header first: they end the rows of the sub-table above them.
  sections: [titleRows, footerRow, targetFooterCells, targetReviewRows, targetIndicatorSection, targetScheduleSection, targetGoalsSection, targetFundsSection, targetProjectRows, targetFieldRows],
  required: [
    { section: "unit", path: "project", zh: TARGET_PROJECT_LABELS[0].zh },
    { section: "indicators", path: "indicatorSets", zh: `${TARGET_INDICATOR_COLUMNS[0].zh} / ${TARGET_INDICATOR_COLUMNS[3].zh}` },
  ],
  build({ state, header, footer, extras, source, before }): FormRecord {
    const t = targetOf(state);
    const p = (key: (typeof TARGET_PROJECT_LABELS)[number]["key"]) => t.project[key] ?? null;
    let implementingUnit = p("implementingUnit");
    // 填报单位（盖章）, in a row of the table or a line above it: the unit when the form has no unit
    // row of its own, else kept in extras.
    const filling = [...(t.fillingUnit ? [t.fillingUnit] : []), ...before.filter((l) => TARGET_FILLING_UNIT_PATTERN.test(l.trim())).map((l) => ({ text: l.trim(), cell: undefined }))];
    for (const { text, cell } of filling) {
      const unit = TARGET_FILLING_UNIT_PATTERN.exec(text)![1].trim();
      if (implementingUnit === null && unit !== "") {
        implementingUnit = unit;
        if (cell) source.cells["project.implementingUnit"] = cell;
      } else {
        const note = unit === "" ? "填报单位: left blank" : "填报单位: project.implementingUnit is the form's unit row";
        extras.push({ text, note, ...(cell ? { cell } : {}) });
      }
    }
    // One set, whatever its label (长期绩效指标 alone): it is the form's annual set, as the record defines.
    if (t.headers === 1 && t.indicatorSets.annual.length === 0 && t.indicatorSets.longTerm.length > 0) {
      t.indicatorSets = { longTerm: [], annual: t.indicatorSets.longTerm };
      for (const [path, ref] of Object.entries(source.cells)) {
        if (!path.startsWith("indicatorSets.longTerm.")) continue;
        delete source.cells[path];
        source.cells[path.replace("indicatorSets.longTerm.", "indicatorSets.annual.")] = ref;
      }
    }
    return {
      kind: "project-target",
      ...header,
      project: {
        name: p("name"), department: p("department"), departmentCode: p("departmentCode"), implementingUnit,
        leader: p("leader"), phone: p("phone"), attribute: p("attribute"), period: p("period"),
      },
      funds: t.funds,
      overview: t.overview,
      basis: t.basis,
      schedule: t.schedule,
      goals: t.goals,
      indicatorSets: t.indicatorSets,
      review: t.review,
      fields: t.fields,
      footer,
      extras,
      source,
    };
  },
};
