/** The held-out documents and the records each must give, in order. */
import type { Expected } from "./build";
import { NO_NOTES, funds, goal, sub, total } from "./build";
import { L6, L7, L10, L10_SCIENCE, L11, L12, L13, L14, L14A, L14C } from "./others";
import { L1, L1_GUICHI, L2, L3, L4, L5 } from "./project";

export interface HeldOut { layout: string; file: string; producer: "python-docx" | "libreoffice"; forms: Expected[] }

export const HELD_OUT: HeldOut[] = [
  { layout: "L1", file: "L1-project-split.docx", producer: "python-docx", forms: [L1] },
  { layout: "L2", file: "L2-project-anhui.docx", producer: "libreoffice", forms: [L2] },
  // the same table with full-width brackets and colons in its labels, and a 附件1： line
  { layout: "L2 full-width", file: "L2-full-width.docx", producer: "python-docx", forms: [{ ...L2, attachment: "附件1" }] },
  { layout: "L3", file: "L3-project-yunnan.docx", producer: "libreoffice", forms: [L3] },
  { layout: "L1 贵池", file: "L1-guichi.docx", producer: "python-docx", forms: [L1_GUICHI] },
  { layout: "L1 title rows", file: "L1-title-rows.docx", producer: "python-docx", forms: [L1] },
  { layout: "L1", file: "L1-project-split-libreoffice.docx", producer: "libreoffice", forms: [L1] },
  { layout: "L3", file: "L3-project-yunnan-python-docx.docx", producer: "python-docx", forms: [L3] },
  { layout: "L4", file: "L4-project-method.docx", producer: "python-docx", forms: [L4] },
  { layout: "L4 bare year line", file: "L4-year-line-bare.docx", producer: "python-docx", forms: [L4] },
  { layout: "L12 in a frame table", file: "L12-in-frame-libreoffice.docx", producer: "libreoffice", forms: [L12] },
  { layout: "L12 unit in title", file: "L12-unit-in-title.docx", producer: "python-docx", forms: [{ ...L12, title: "金寨县农业农村局部门整体支出绩效自评表" }] },
  { layout: "L4 附件 in title", file: "L4-attachment-in-title.docx", producer: "python-docx", forms: [{ ...L4, attachment: "附件1" }] },
  { layout: "L14 附件 in title", file: "L14-attachment-in-title.docx", producer: "python-docx", forms: [L14] },
  { layout: "L4", file: "L4-project-method-libreoffice.docx", producer: "libreoffice", forms: [L4] },
  { layout: "L5", file: "L5-project-sichuan.docx", producer: "python-docx", forms: [L5] },
  // the printed hints left in the goal and notes cells: those fields are null
  {
    layout: "L5 hints", file: "L5-project-sichuan-hints.docx", producer: "python-docx",
    forms: [{ ...L5, goal: goal("保障在职人员工资按时足额发放。", null), notes: NO_NOTES }],
  },
  { layout: "L5", file: "L5-project-sichuan-libreoffice.docx", producer: "libreoffice", forms: [L5] },
  // two Sichuan forms one after the other with nothing between them but the second one's 报表编号 and title
  { layout: "L5 twice", file: "L5-twice-libreoffice.docx", producer: "libreoffice", forms: [L5, L5] },
  { layout: "L6", file: "L6-hubei-indicator-table.docx", producer: "python-docx", forms: [L6] },
  { layout: "L6", file: "L6-hubei-indicator-table-libreoffice.docx", producer: "libreoffice", forms: [L6] },
  { layout: "L7", file: "L7-yinchuan-indicator-table.docx", producer: "python-docx", forms: [L7] },
  { layout: "L7", file: "L7-yinchuan-indicator-table-libreoffice.docx", producer: "libreoffice", forms: [L7] },
  { layout: "L10", file: "L10-transfer-central.docx", producer: "python-docx", forms: [L10] },
  { layout: "L10", file: "L10-transfer-central-libreoffice.docx", producer: "libreoffice", forms: [L10] },
  { layout: "L10 科技", file: "L10-transfer-science-libreoffice.docx", producer: "libreoffice", forms: [L10_SCIENCE] },
  { layout: "L11", file: "L11-transfer-county.docx", producer: "libreoffice", forms: [L11] },
  { layout: "L11", file: "L11-transfer-county-python-docx.docx", producer: "python-docx", forms: [L11] },
  { layout: "L12", file: "L12-department-project-shape.docx", producer: "python-docx", forms: [L12] },
  { layout: "L12", file: "L12-department-project-shape-libreoffice.docx", producer: "libreoffice", forms: [L12] },
  // 部门（单位）名称, 部门编码, 部门联系人 and 联系电话 rows; amounts written 1,329.77 and a full-width １０
  {
    layout: "L12 unit code", file: "L12-unit-code.docx", producer: "python-docx",
    forms: [{
      ...L12,
      department: { name: "金寨县农业农村局", code: "103001", contact: "汪洋", phone: "0564-7012345", financeOffice: null },
      funds: funds({ unit: "万元", total: total(1329.77, 1329.77, 1338.31, 10, "100.64%", null), appropriation: sub(1329.77, 1329.77, 1338.31, "100.64%") }),
    }],
  },
  { layout: "L13", file: "L13-department-flat.docx", producer: "python-docx", forms: [L13] },
  { layout: "L13", file: "L13-department-flat-libreoffice.docx", producer: "libreoffice", forms: [L13] },
  { layout: "L14", file: "L14-scoring-table.docx", producer: "python-docx", forms: [L14] },
  { layout: "L14a", file: "L14a-scoring-table.docx", producer: "python-docx", forms: [L14A] },
  { layout: "L14c", file: "L14c-scoring-table.docx", producer: "python-docx", forms: [L14C] },
  { layout: "L14", file: "L14-scoring-table-libreoffice.docx", producer: "libreoffice", forms: [L14] },
  // broken over two tables by hand, the indicator header copied on top of the second
  { layout: "L12 split, header repeated", file: "L12-split-header-repeated.docx", producer: "python-docx", forms: [L12] },
  // without title and year lines: the header rows decide the kind (never another one)
  ...([["L2", L2], ["L5", L5], ["L10", L10], ["L11", L11], ["L12", L12], ["L13", L13]] as const).map(([layout, form]): HeldOut => ({
    layout: `${layout} no title`, file: `${layout}-notitle.docx`, producer: "python-docx",
    forms: [{ ...form, title: null, level: null, year: null }],
  })),
  // the title broken by hand over two paragraphs: 2023年度部门整体支出 / 绩效自评表
  { layout: "L12 split title", file: "L12-title-split.docx", producer: "python-docx", forms: [{ ...L12, attachment: "附件2" }] },
  {
    layout: "bundle", file: "bundle-libreoffice.docx", producer: "libreoffice",
    // the contact table right after the transfer form is no form (its cells stay in that form's extras)
    forms: [L13, { ...L3, attachment: "附件2" }, { ...L11, attachment: "附件3" }, L14],
  },
  {
    layout: "bundle", file: "bundle-department-projects-transfer.docx", producer: "python-docx",
    // the same tables as L12, L2, L4 and L10, each after its 附件 line; the department form's year is in its title
    forms: [
      { ...L12, attachment: "附件1" },
      { ...L2, attachment: "附件2" },
      { ...L4, attachment: "附件3" },
      { ...L10, attachment: "附件4" },
    ],
  },
];
