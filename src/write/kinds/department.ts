/**
 * 部门整体支出绩效自评表 in the project form's shape (as Anhui prints it): a 部门 row in place of the
 * project rows, 预算资金（万元） in place of 项目资金（万元）, otherwise the project form. The row of
 * 部门编码 / 部门联系人 / 联系电话 is printed only when one of them is filled in, and 财政处室 beside
 * the 部门 only when filled in (as Chongqing prints it), so a blank form is the published one.
 */
import { DEPARTMENT_LABELS, FORM_KINDS } from "../../model/labels";
import type { DepartmentRecord } from "../../model/record";
import type { FormLayout, LayoutRow } from "../layout";
import { label, line, spelled, str, value } from "../sections";
import { scoredLayout } from "./project";

const [NAME, CODE, CONTACT, PHONE, FINANCE_OFFICE] = DEPARTMENT_LABELS;
const TITLE = FORM_KINDS[1].zh;
/** Read back by the funds block pattern, which takes 预算资金 as it takes 项目资金. */
const fundsLabel = (unit: string | null) => (unit === null ? "预算资金" : `预算资金（${unit}）`);

export function departmentLayout(record: DepartmentRecord): FormLayout {
  return scoredLayout(record, TITLE, departmentRows(record), fundsLabel(record.funds.unit));
}

function departmentRows({ department }: DepartmentRecord): LayoutRow[] {
  const rows = [
    department.financeOffice === null
      ? line(label(spelled(NAME, "部门")), value(str(department.name), 8))
      : line(label(spelled(NAME, "部门")), value(str(department.name), 5), label(FINANCE_OFFICE.zh, 2), value(department.financeOffice)),
  ];
  if (department.code !== null || department.contact !== null || department.phone !== null) {
    rows.push(line(
      label(CODE.zh), value(str(department.code), 2),
      label(CONTACT.zh), value(str(department.contact), 2),
      label(PHONE.zh, 2), value(str(department.phone)),
    ));
  }
  return rows;
}
