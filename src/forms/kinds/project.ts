/** 项目支出绩效自评表: the project's unit rows, funds, goal, indicators and 总分. */
import { GOAL_LABEL, INDICATORS_LABEL, PRINT_FORMS, PROJECT_LABELS, TOTAL_LABEL } from "../../model/labels";
import type { FormRecord } from "../../model/record";
import { footerRow } from "../sections/footer";
import { fundsSection } from "../sections/funds";
import { goalSection } from "../sections/goal";
import { titleRows, unitRows } from "../sections/header";
import { indicatorSection } from "../sections/indicators";
import { totalSection } from "../sections/totals";
import type { KindSpec } from "./types";

export const projectKind: KindSpec = {
  kind: "project-self-evaluation",
  sections: [titleRows, footerRow, unitRows("project", PROJECT_LABELS), fundsSection, goalSection, indicatorSection, totalSection],
  required: [
    { section: "unit", path: "project", zh: PROJECT_LABELS.map((l) => l.zh).join(" / ") },
    { section: "funds", path: "funds", zh: PRINT_FORMS.fundsLabel(null) },
    { section: "goal", path: "goal", zh: GOAL_LABEL.zh },
    { section: "indicators", path: "indicators", zh: INDICATORS_LABEL.zh },
    { section: "total", path: "total", zh: TOTAL_LABEL.zh },
  ],
  build({ state, header, footer, extras, source }): FormRecord {
    const unit = (key: (typeof PROJECT_LABELS)[number]["key"]) => state.unit[key] ?? null;
    return {
      kind: "project-self-evaluation",
      ...header,
      project: { name: unit("name"), department: unit("department"), implementingUnit: unit("implementingUnit"), code: null },
      funds: state.body.funds,
      goal: state.body.goal,
      indicators: state.body.indicators,
      total: state.body.total,
      extras,
      footer,
      notes: state.body.notes,
      source,
    };
  },
};

