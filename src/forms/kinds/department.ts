/**
 * 部门整体支出绩效自评表: the project form's parts under a 部门 row (部门, 部门联系人, 联系电话, 财政处室),
 * or under 主管部门 when the form prints no 部门 row (Chongqing's 部门整体绩效自评表).
 */
import { DEPARTMENT_LABELS, DEPARTMENT_NAME_FALLBACK } from "../../model/labels";
import type { FormRecord } from "../../model/record";
import { selfEvaluationRequired, selfEvaluationSections } from "./self-evaluation";
import type { KindSpec } from "./types";

export const departmentKind: KindSpec = {
  kind: "department-self-evaluation",
  sections: selfEvaluationSections("department", DEPARTMENT_LABELS, [DEPARTMENT_NAME_FALLBACK]),
  required: selfEvaluationRequired("department", DEPARTMENT_LABELS.slice(0, 1)),
  build({ state, header, footer, extras, source }): FormRecord {
    const unit = (key: (typeof DEPARTMENT_LABELS)[number]["key"]) => state.unit[key] ?? null;
    const { funds, goal, indicators, total, notes } = state.body;
    return {
      kind: "department-self-evaluation",
      ...header,
      department: { name: unit("name"), code: unit("code"), contact: unit("contact"), phone: unit("phone"), financeOffice: unit("financeOffice") },
      funds, goal, indicators, total, extras, footer, notes, source,
    };
  },
};
