/** 预算部门项目支出绩效自评表: 项目支出名称, 主管部门 / 实施单位, then the shared parts. */
import { DEFAULT_TITLE_MIDDLE, PRINT_FORMS, PROJECT_LABELS, TITLE_SUFFIX } from "../../model/labels";
import type { ProjectRecord, SelfEvaluationRecord } from "../../model/record";
import type { FormLayout, LayoutRow } from "../layout";
import {
  footerParagraph, goalRows, heading, indicatorRows, keepLastWithNext, label, line, notesRows, SCORED_COLUMNS, scoredFundsRows, str, totalRow, value,
} from "../sections";

/** The last two rows (the last indicator and 总分, or the notes rows) stay with the signature line. */
const ROWS_WITH_SIGNATURE = 2;

export function projectLayout(record: ProjectRecord): FormLayout {
  return scoredLayout(record, `${DEFAULT_TITLE_MIDDLE}${TITLE_SUFFIX}`, projectRows(record), PRINT_FORMS.fundsLabel(record.funds.unit));
}

/**
 * The project form's layout under a kind's title, unit rows and funds label: the 部门整体 form in
 * the project form's shape uses it too.
 */
export function scoredLayout(record: SelfEvaluationRecord, title: string, unitRows: LayoutRow[], fundsLabel: string): FormLayout {
  return {
    before: heading(record, `${str(record.level)}${title}`),
    rows: keepLastWithNext(
      [
        ...unitRows,
        ...scoredFundsRows(record, fundsLabel),
        ...goalRows(record),
        ...indicatorRows(record.indicators, SCORED_COLUMNS),
        totalRow(record),
        ...notesRows(record),
      ],
      ROWS_WITH_SIGNATURE,
    ),
    after: [footerParagraph(record.footer)],
  };
}

function projectRows({ project }: ProjectRecord): LayoutRow[] {
  const [name, department, implementingUnit] = PROJECT_LABELS;
  return [
    line(label(name.zh), value(str(project.name), 8)),
    line(label(department.zh), value(str(project.department), 3), label(implementingUnit.zh, 2), value(str(project.implementingUnit), 3)),
  ];
}
