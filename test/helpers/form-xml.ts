/**
 * A small hand-written form table in OOXML, 9 grid columns, for label and layout tests.
 * Every label can be replaced (spaced, synonyms) and rows added, to prove the reader
 * anchors on labels and keeps what it does not know.
 */
import { cell, para, row, table } from "./ooxml";

export interface FormXmlOptions {
  labels?: Partial<Record<"name" | "funds" | "indicators" | "target" | "deviation" | "total" | "appropriation", string>>;
  /** Extra rows inserted before the 总分 row. */
  extraRows?: string[];
  omitFunds?: boolean;
  weightText?: string;
  before?: string[];
  after?: string[];
}

export function formXml(o: FormXmlOptions = {}): string {
  const l = { name: "项目支出名称", funds: "项目资金（万元）", indicators: "绩效指标", target: "年度指标值", deviation: "偏差原因分析及改进措施", total: "总分", appropriation: "其中：当年财政拨款", ...o.labels };
  const rows = [
    row([cell(l.name), cell("测试项目", { span: 8 })]),
    row([cell("主管部门"), cell("某局", { span: 3 }), cell("实施单位", { span: 2 }), cell("某中心", { span: 3 })]),
  ];
  if (!o.omitFunds) {
    rows.push(
      row([cell(l.funds, { vMerge: "restart" }), cell("", { span: 2 }), ...["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].map((t) => cell(t))]),
      row([cell("", { vMerge: "continue" }), cell("年度资金总额", { span: 2 }), ...["10", "12.5", "12.5", o.weightText ?? "10", "100%", "10"].map((t) => cell(t))]),
      row([cell("", { vMerge: "continue" }), cell(l.appropriation, { span: 2 }), ...["10", "12.5", "12.5", "——", "——", "——"].map((t) => cell(t))]),
      row([cell("", { vMerge: "continue" }), cell("上年结转资金", { span: 2 }), ...["", "", "", "——", "——", "——"].map((t) => cell(t))]),
      row([cell("", { vMerge: "continue" }), cell("其他资金", { span: 2 }), ...["", "", "", "——", "——", "——"].map((t) => cell(t))]),
    );
  }
  rows.push(
    row([cell("年度总体目标", { vMerge: "restart" }), cell("预期目标", { span: 4 }), cell("实际完成情况", { span: 4 })]),
    row([cell("", { vMerge: "continue" }), cell("完成任务", { span: 4 }), cell("已完成", { span: 4 })]),
    row([cell(l.indicators, { vMerge: "restart" }), ...["一级指标", "二级指标", "三级指标", l.target, "实际完成值", "分值", "得分", l.deviation].map((t) => cell(t))]),
    row([cell("", { vMerge: "continue" }), cell("产出指标\n（90分）", { vMerge: "restart" }), cell("数量指标"), ...["指标一", "≥10个", "12个", "50", "50", ""].map((t) => cell(t))]),
    row([cell("", { vMerge: "continue" }), cell("", { vMerge: "continue" }), cell("质量指标"), ...["指标二", "100%", "95%", "40", "38", "略有不足"].map((t) => cell(t))]),
    ...(o.extraRows ?? []),
    row([cell(l.total, { span: 6 }), cell("100"), cell("98"), cell("")]),
  );
  return [...(o.before ?? ["附件1：", "县级预算部门项目支出绩效自评表", "（2021年度）"]).map((t) => para(t)), table(9, rows), ...(o.after ?? []).map((t) => para(t))].join("");
}
