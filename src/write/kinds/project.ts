/** 预算部门项目支出绩效自评表: 项目支出名称, 主管部门 / 实施单位, then the shared parts. */
import { DEFAULT_TITLE_MIDDLE, PRINT_FORMS, PROJECT_LABELS, TITLE_SUFFIX } from "../../model/labels";
import type { ProjectRecord, SelfEvaluationRecord } from "../../model/record";
import type { FormLayout, LayoutRow } from "../layout";
import {
  extraColumns, fitColumns, footerParagraph, goalRows, gridOf, heading, indicatorColumns, indicatorRows, keepLastWithNext, label, leaderRows, line,
  notesRows, SCORED_COLUMNS, scoredFundsRows, spelled, str, totalRow, value, widen,
} from "../sections";

/** The last two rows (the last indicator and 总分, or the notes rows) stay with the signature line. */
const ROWS_WITH_SIGNATURE = 2;

export function projectLayout(record: ProjectRecord): FormLayout {
  return scoredLayout(record, `${DEFAULT_TITLE_MIDDLE}${TITLE_SUFFIX}`, projectRows(record), PRINT_FORMS.fundsLabel(record.funds.unit));
}

/**
 * The project form's layout under a kind's title, unit rows and funds label: the 部门整体 form in
 * the project form's shape uses it too. Columns the record fills beyond the standard ones widen
 * the table (sections.ts); the notes rows and 项目负责人 / 财务负责人 follow 总分 when filled.
 */
export function scoredLayout(record: SelfEvaluationRecord, title: string, unitRows: LayoutRow[], fundsLabel: string): FormLayout {
  const wanted = indicatorColumns(record.indicators, SCORED_COLUMNS);
  const extra = extraColumns(record.funds, wanted);
  const columns = fitColumns(wanted, extra);
  return {
    before: heading(record, `${str(record.level)}${title}`),
    rows: keepLastWithNext(
      [
        ...widen(unitRows, extra),
        ...scoredFundsRows(record, fundsLabel, extra),
        ...widen(goalRows(record), extra),
        ...indicatorRows(record.indicators, columns),
        totalRow(record, columns),
        ...widen([...notesRows(record), ...leaderRows(record.footer)], extra),
      ],
      ROWS_WITH_SIGNATURE,
    ),
    after: [footerParagraph(record.footer)],
    ...gridOf(extra, columns),
  };
}

/**
 * 项目支出名称, 主管部门 | 实施单位. A project code is printed as forms print it, before the
 * department under 主管部门及代码 ("215001 北京市…"), unless the name already starts with it
 * (Sichuan's "5100…951-工资性支出").
 */
function projectRows({ project }: ProjectRecord): LayoutRow[] {
  const [name, department, implementingUnit] = PROJECT_LABELS;
  const coded = project.code !== null && !str(project.name).startsWith(`${project.code}-`);
  const departmentLabel = coded ? spelled(department, "主管部门及代码") : department.zh;
  const departmentText = coded ? [project.code, project.department].filter((t) => t !== null).join(" ") : str(project.department);
  return [
    line(label(name.zh), value(str(project.name), 8)),
    line(label(departmentLabel), value(departmentText, 3), label(implementingUnit.zh, 2), value(str(project.implementingUnit), 3)),
  ];
}
