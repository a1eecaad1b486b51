/**
 * 转移支付 / 专项资金 绩效目标自评表: the fund's rows (转移支付（项目）名称, 中央 / 地方主管部门,
 * 资金使用单位), funds, goal and indicators, with no weights, no scores and no 总分.
 */
import { FUND_LABELS } from "../../model/labels";
import type { FormRecord } from "../../model/record";
import { selfEvaluationRequired, selfEvaluationSections } from "./self-evaluation";
import type { KindSpec } from "./types";

export const transferKind: KindSpec = {
  kind: "transfer-self-evaluation",
  sections: selfEvaluationSections("fund", FUND_LABELS),
  required: selfEvaluationRequired("fund", FUND_LABELS.slice(0, 1), false),
  build({ state, header, footer, extras, source }): FormRecord {
    const unit = (key: (typeof FUND_LABELS)[number]["key"]) => state.unit[key] ?? null;
    const { funds, goal, indicators, total, notes } = state.body;
    return {
      kind: "transfer-self-evaluation",
      ...header,
      fund: { name: unit("name"), centralDepartment: unit("centralDepartment"), localDepartment: unit("localDepartment"), unit: unit("unit"), leader: unit("leader") },
      funds, goal, indicators, total, extras, footer, notes, source,
    };
  },
};
