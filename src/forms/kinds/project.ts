/** 项目支出绩效自评表: the project's unit rows, funds, goal, indicators and 总分. */
import { PROJECT_LABELS, normalizeLabel } from "../../model/labels";
import type { FormRecord } from "../../model/record";
import { selfEvaluationRequired, selfEvaluationSections } from "./self-evaluation";
import type { KindSpec } from "./types";

/** Under a plain 主管部门 label a short leading number may be part of the name: only 4 digits or more are a code. */
const CODE_FIRST = /^(\d{4,})\s+(\S.*)$/s;
/** Under 主管部门及代码 the label says a code is printed: any leading run of digits, alone or before the name. */
const CODE_LABELLED = /^(\d+)(?:\s*(\S.*))?$/s;
const SAYS_CODE = /代码|编码/;
const CODED_NAME = /^([0-9A-Z]{10,})-/;

export const projectKind: KindSpec = {
  kind: "project-self-evaluation",
  sections: selfEvaluationSections("project", PROJECT_LABELS),
  required: selfEvaluationRequired("project", PROJECT_LABELS.slice(0, 3)),
  build({ state, header, footer, extras, source }): FormRecord {
    const unit = (key: (typeof PROJECT_LABELS)[number]["key"]) => state.unit[key] ?? null;
    const { funds, goal, indicators, total, notes } = state.body;
    // 主管部门及代码 "215001 北京…" or "315": the leading code is the code. A Sichuan name "5100…951-工资性支出" keeps its text, the part before "-" is the code.
    const codeFirst = SAYS_CODE.test(normalizeLabel(state.unitLabels.department ?? "")) ? CODE_LABELLED : CODE_FIRST;
    const department = codeFirst.exec(unit("department") ?? "");
    const named = CODED_NAME.exec(unit("name") ?? "");
    return {
      kind: "project-self-evaluation",
      ...header,
      project: {
        name: unit("name"),
        department: department ? (department[2] ?? null) : unit("department"),
        implementingUnit: unit("implementingUnit"),
        code: department ? department[1] : named ? named[1] : null,
      },
      funds, goal, indicators, total, extras, footer, notes, source,
    };
  },
};
