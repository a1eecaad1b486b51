/**
 * 转移支付 绩效目标自评表, as the central template prints it: the fund's rows (转移支付（项目）名称,
 * 中央主管部门 with 负责人及电话, 地方主管部门 / 资金使用单位), a funds block of 全年预算数(A),
 * 全年执行数(B) and 预算执行率(B/A) over 年度资金总额 / 其中：中央补助 / the rows in funds.more
 * (地方资金 on a blank form) / 其他资金, 总体目标完成情况, indicators without 分值 or 得分, no 总分,
 * and a 说明 row. The writer refuses a record with a weight or score to print (validate.ts).
 */
import { FUND_LABELS, FUNDS_COLUMNS, FUNDS_ROWS, GOAL_COLUMNS, GOAL_LABEL, INDICATOR_COLUMNS, PRINT_FORMS } from "../../model/labels";
import type { CellValue, TransferRecord } from "../../model/record";
import type { FormLayout, LayoutRow } from "../layout";
import {
  cell, extraColumns, fitColumns, footerParagraph, goalRows, gridOf, heading, type IndicatorColumn, indicatorColumns, indicatorRows, keepLastWithNext,
  label, leaderRows, line, notesRows, num, short, spelled, str, value, widen, withFundsText,
} from "../sections";

const [NAME, CENTRAL, LOCAL, UNIT, LEADER] = FUND_LABELS;
/** 县级 + 转移支付 + 绩效目标自评表: the title names the kind by its last part. */
export const TRANSFER_TITLE = "转移支付绩效目标自评表";

const FUNDS_HEADINGS = [spelled(FUNDS_COLUMNS[1], "全年预算数（A）"), spelled(FUNDS_COLUMNS[2], "全年执行数（B）"), spelled(FUNDS_COLUMNS[4], "预算执行率（B/A）")];
/** 其中：中央补助: the appropriation row as the central template prints it. */
const APPROPRIATION = spelled(FUNDS_ROWS[1], "其中：中央补助");
/** The wide last column takes the reasons; value columns as on the project form. */
const COLUMNS: IndicatorColumn[] = [
  { key: "target", zh: INDICATOR_COLUMNS[3].zh, span: 1, cell: (i) => short(cell(i.target)) },
  { key: "actual", zh: spelled(INDICATOR_COLUMNS[4], "全年实际完成值"), span: 1, cell: (i) => short(cell(i.actual)) },
  { key: "deviation", zh: spelled(INDICATOR_COLUMNS[7], "未完成原因和改进措施"), span: 3, cell: (i) => value(str(i.deviation)) },
];

/** The last indicator row and 说明 stay with the signature line. */
const ROWS_WITH_SIGNATURE = 2;

export function transferLayout(record: TransferRecord): FormLayout {
  const wanted = indicatorColumns(record.indicators, COLUMNS);
  const extra = extraColumns(record.funds, wanted);
  const columns = fitColumns(wanted, extra);
  const goal = goalRows(record, { block: spelled(GOAL_LABEL, "总体目标完成情况"), expected: spelled(GOAL_COLUMNS[0], "总体目标"), actual: spelled(GOAL_COLUMNS[1], "全年实际完成情况") });
  return {
    before: heading(record, `${str(record.level)}${TRANSFER_TITLE}`),
    rows: keepLastWithNext(
      [
        ...widen(fundRows(record), extra),
        ...withFundsText(record.funds, fundsRows(record), extra),
        ...widen(goal, extra),
        ...indicatorRows(record.indicators, columns),
        ...widen([...notesRows(record, ["remark"]), ...leaderRows(record.footer)], extra),
      ],
      ROWS_WITH_SIGNATURE,
    ),
    after: [footerParagraph(record.footer)],
    ...gridOf(extra, columns),
  };
}

/** Labels two columns wide: 转移支付（项目）名称 is too long for one. */
function fundRows({ fund }: TransferRecord): LayoutRow[] {
  return [
    line(label(NAME.zh, 2), value(str(fund.name), 7)),
    line(label(CENTRAL.zh, 2), value(str(fund.centralDepartment), 3), label(LEADER.zh, 2), value(str(fund.leader), 2)),
    line(label(LOCAL.zh, 2), value(str(fund.localDepartment), 3), label(spelled(UNIT, "资金使用单位"), 2), value(str(fund.unit), 2)),
  ];
}

function fundsRows({ funds }: TransferRecord): LayoutRow[] {
  type Part = { annual: number | null; executed: number | null; rate: CellValue | null };
  const row = (zh: string, part: Part) => line(label(zh, 2), short(num(part.annual), 2), short(num(part.executed), 2), short(cell(part.rate), 2));
  const rows = [
    row(FUNDS_ROWS[0].zh, funds.total),
    row(APPROPRIATION, funds.appropriation),
    ...funds.more.map((more) => row(more.label, more)),
    row(FUNDS_ROWS[3].zh, funds.other),
  ];
  const header = line(label(PRINT_FORMS.fundsLabel(funds.unit), 1, 1 + rows.length), label("", 2), ...FUNDS_HEADINGS.map((h) => label(h, 2)));
  return [header, ...rows];
}
