/**
 * 项目绩效目标表 as 宁乡 prints it (the targets declared with the budget): 填报单位（盖章） over the
 * table; 项目名称 / 项目属性 (the options, the chosen one ticked), 主管部门 / 主管部门编码, 项目单位 /
 * 项目负责人 / 联系电话, 项目起止时间, 年度资金总额及构成 (prose), 项目概况, 项目立项情况 (依据 /
 * 可行性 / 必要性), 项目实施进度计划, 项目绩效目标 (长期 | 年度), then the 长期 and 年度 indicator
 * blocks, 审核意见 rows and the kind's other rows; the signature line under it.
 *
 * The target form has no funds table or scores, and its columns are not the self-evaluation's: it
 * has its own grid (TARGET_WIDTHS).
 */
import {
  FORM_KINDS, TARGET_BASIS_LABEL, TARGET_BASIS_LABELS, TARGET_FUNDS_LABEL, TARGET_GOAL_LABELS, TARGET_GOALS_LABEL, TARGET_INDICATOR_COLUMNS,
  TARGET_OVERVIEW_LABEL, TARGET_PROJECT_LABELS, TARGET_SCHEDULE_COLUMNS, TARGET_SCHEDULE_LABEL, TARGET_SET_LABELS,
} from "../../model/labels";
import type { ProjectTargetRecord, TargetIndicator } from "../../model/record";
import type { FormLayout, LayoutCell, LayoutRow } from "../layout";
import { block, cell, footerParagraph, heading, keepLastWithNext, label, line, num, runs, short, spelled, str, value } from "../sections";
import { attributeOptions, fundsProse, TARGET_PRINT_FORMS } from "../target-print";

/** 县级 + 项目绩效目标表: the title as 宁乡 prints it (项目支出绩效目标表 is the same kind). */
export const TARGET_TITLE = spelled(FORM_KINDS[3], "项目绩效目标表");
const [NAME, ATTRIBUTE, DEPARTMENT, DEPARTMENT_CODE, UNIT, LEADER, PHONE, PERIOD] = TARGET_PROJECT_LABELS;
const [LEVEL1, LEVEL2, INDICATOR_NAME, TARGET, WEIGHT, METHOD, REMARK] = TARGET_INDICATOR_COLUMNS;

/**
 * The target form's columns T0..T8 (DXA, summing to the text width 10466; a column holds
 * (width − 216) / 210 characters, see style.ts). T0 holds the 4-character block labels (长期绩效 /
 * 指标); T1 满意度指标 whole; T2 the 二级 names in 7 characters (经济效益指标 whole, 服务对象满意度 /
 * 指标 broken between words). 指标内容 takes T3–T4 (T3 alone when the set has 分值), 指标值 T5–T6
 * (T4–T5), 备注 T7–T8 (T8), 分值 T6, 评分细则 T7. 项目属性, 项目负责人 and 联系电话 fit T5, T3, T5.
 */
export const TARGET_WIDTHS = [1070, 1280, 1700, 1500, 900, 1070, 650, 1196, 1100] as const;
const COLUMNS = TARGET_WIDTHS.length;

/** The last indicator row and what follows stay with the signature line. */
const ROWS_WITH_SIGNATURE = 2;

export function targetLayout(record: ProjectTargetRecord): FormLayout {
  const [longTerm, annual] = TARGET_SET_LABELS;
  return {
    before: [
      ...heading(record, `${str(record.level)}${TARGET_TITLE}`),
      { kind: "unit", text: TARGET_PRINT_FORMS.fillingUnit },
    ],
    rows: keepLastWithNext(
      [
        ...projectRows(record),
        ...proseRows(record),
        ...scheduleRows(record),
        ...goalRows(record),
        ...indicatorBlock(longTerm.zh, record.indicatorSets.longTerm),
        ...indicatorBlock(annual.zh, record.indicatorSets.annual),
        ...record.review.map((r) => block(label(r.label, 2), value(str(r.text), COLUMNS - 2))),
        ...record.fields.map((f) => block(label(f.label, 2), value(str(f.value), COLUMNS - 2))),
      ],
      ROWS_WITH_SIGNATURE,
    ),
    after: [footerParagraph(record.footer)],
    widths: TARGET_WIDTHS,
  };
}

function projectRows({ project }: ProjectTargetRecord): LayoutRow[] {
  return [
    line(label(NAME.zh), value(str(project.name), 4), label(ATTRIBUTE.zh), value(attributeOptions(project.attribute), 3)),
    line(label(DEPARTMENT.zh), value(str(project.department), 4), label(DEPARTMENT_CODE.zh), value(str(project.departmentCode), 3)),
    line(
      label(UNIT.zh), value(str(project.implementingUnit), 2),
      label(LEADER.zh), value(str(project.leader)),
      label(PHONE.zh), value(str(project.phone), 3),
    ),
    line(label(PERIOD.zh, 2), value(str(project.period), COLUMNS - 2)),
  ];
}

/** 年度资金总额及构成（万元）: the unit in brackets, where the reader takes it from; bare when unknown. */
const fundsLabel = (unit: string | null) => (unit === null ? TARGET_FUNDS_LABEL.zh : `${TARGET_FUNDS_LABEL.zh}（${unit}）`);

/** 年度资金总额及构成, 项目概况, and the three 项目立项情况 rows under one label. */
function proseRows(record: ProjectTargetRecord): LayoutRow[] {
  const [legal, feasibility, necessity] = TARGET_BASIS_LABELS;
  const { basis } = record;
  return [
    block(label(fundsLabel(record.funds.unit), 2), value(fundsProse(record.funds), COLUMNS - 2)),
    block(label(TARGET_OVERVIEW_LABEL.zh, 2), value(str(record.overview), COLUMNS - 2)),
    block(label(TARGET_BASIS_LABEL.zh, 1, 3), label(legal.zh, 2), value(str(basis.legal), COLUMNS - 3)),
    block(label(feasibility.zh, 2), value(str(basis.feasibility), COLUMNS - 3)),
    block(label(necessity.zh, 2), value(str(basis.necessity), COLUMNS - 3)),
  ];
}

/** Rows 项目实施进度计划 always has, empty ones to write the plan in by hand (the reader skips them). */
const SCHEDULE_ROWS = 2;

/** 项目实施进度计划 over 项目实施内容 | 开始时间 | 完成时间, the rows below. */
function scheduleRows({ schedule }: ProjectTargetRecord): LayoutRow[] {
  const [content, start, end] = TARGET_SCHEDULE_COLUMNS;
  const empty = { content: null, start: null, end: null };
  const rows = [...schedule, ...Array.from({ length: Math.max(0, SCHEDULE_ROWS - schedule.length) }, () => empty)];
  return [
    keepWithNext(line(label(TARGET_SCHEDULE_LABEL.zh, 1, 1 + rows.length), label(content.zh, 4), label(start.zh, 2), label(end.zh, 2))),
    ...rows.map((s) => line(value(str(s.content), 4), short(str(s.start), 2), short(str(s.end), 2))),
  ];
}

/** 项目绩效目标 over 长期目标 | 年度目标, then the two texts. */
function goalRows({ goals }: ProjectTargetRecord): LayoutRow[] {
  const [longTerm, annual] = TARGET_GOAL_LABELS;
  return [
    keepWithNext(line(label(TARGET_GOALS_LABEL.zh, 1, 2), label(longTerm.zh, 3), label(annual.zh, 5))),
    block(value(str(goals.longTerm), 3), value(str(goals.annual), 5)),
  ];
}

/** A heading row never ends a page: it stays with the first row it heads. */
const keepWithNext = (row: LayoutRow): LayoutRow => ({ ...row, keepWithNext: true });

interface Column {
  zh: string;
  span: number;
  cell: (indicator: TargetIndicator) => LayoutCell;
}

/** 分值 and 评分细则 beside the 宁乡 columns, on a form that scores its indicators (L19-style 申报表). */
const SCORED: Column[] = [
  { zh: INDICATOR_NAME.zh, span: 1, cell: (i) => value(str(i.name)) },
  { zh: TARGET.zh, span: 2, cell: (i) => short(cell(i.target)) },
  { zh: WEIGHT.zh, span: 1, cell: (i) => short(num(i.weight)) },
  { zh: METHOD.zh, span: 1, cell: (i) => value(str(i.method)) },
  { zh: REMARK.zh, span: 1, cell: (i) => value(str(i.remark)) },
];
const UNSCORED: Column[] = [
  { zh: INDICATOR_NAME.zh, span: 2, cell: (i) => value(str(i.name)) },
  { zh: TARGET.zh, span: 2, cell: (i) => short(cell(i.target)) },
  { zh: REMARK.zh, span: 2, cell: (i) => value(str(i.remark)) },
];

/**
 * 一级 | 二级 | 指标内容 | 指标值 | 备注, with 分值 and 评分细则 when an indicator of the set has
 * one (a blank or unscored form keeps the 宁乡 columns). 一级 and 二级 are merged down over the
 * indicators they group.
 */
function indicatorBlock(blockLabel: string, indicators: TargetIndicator[]): LayoutRow[] {
  const columns = indicators.some((i) => i.weight !== null || i.method !== null) ? SCORED : UNSCORED;
  const header = keepWithNext(line(label(blockLabel, 1, 1 + indicators.length), label(LEVEL1.zh), label(LEVEL2.zh), ...columns.map((c) => label(c.zh, c.span))));
  const level1Runs = runs(indicators, 0, indicators.length, (a, b) => a.level1 === b.level1);
  const level2Runs = new Map<number, number>();
  for (const [start, length] of level1Runs) {
    for (const [s, l] of runs(indicators, start, start + length, (a, b) => a.level2 === b.level2)) level2Runs.set(s, l);
  }
  const rows = indicators.map((indicator, i) => {
    const level1Rows = level1Runs.get(i);
    const level2Rows = level2Runs.get(i);
    return line(
      ...(level1Rows === undefined ? [] : [value(str(indicator.level1), 1, "center", level1Rows)]),
      ...(level2Rows === undefined ? [] : [value(str(indicator.level2), 1, "center", level2Rows)]),
      ...columns.map((c) => ({ ...c.cell(indicator), span: c.span })),
    );
  });
  return [header, ...rows];
}
