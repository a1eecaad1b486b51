// L14 (a) (寿县 2023): a 部门整体 scoring table with a 单位 row on top and a 序号 column. Neither its title
// (…绩效评价自评表) nor its 单位 row makes it a 部门整体支出绩效自评表: it is an indicator-table.
import { row, type LayoutExpectation } from "./types";

const v = (no: string, weight: string, explanation: string, rule: string, score: string) =>
  ({ 序号: no, 指标分值: weight, 指标解释: explanation, 指标说明及评分标准: rule, 自评得分: score });

export const expected: LayoutExpectation = {
  fixture: "L14a-indicator-department-scoring",
  records: [{
    kind: "indicator-table",
    attachment: null,
    title: "部门整体支出绩效评价自评表",
    level: null,
    year: 2023,
    fields: [{ label: "单位", value: "寿县农业农村局" }],
    columns: ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "指标解释", "指标说明及评分标准", "自评得分"],
    indicators: [
      row("规划(15分)", 15, "基础信息(3分)", 3, "基础信息完整性", v("1", "3", "部门及所属二级单位预算基础信息是否符合相关规定。",
        "1、基础数据信息是否真实(1分);\n2、基础数据信息是否完整(1分);\n3、基础数据信息是否准确(1分)。", "3")),
      row("规划(15分)", 15, "工作计划(6分)", 6, "年度工作计划完整性", v("2", "3", "年度工作计划是否完整。", "年度工作计划是否完整可行(3分)", "3")),
      row("规划(15分)", 15, "工作计划(6分)", 6, "年度工作计划明确性", v("3", "3", "年度工作计划是否明确。", "年度工作计划目标明确(3分)", "3")),
      row("规划(15分)", 15, "绩效目标(6分)", 6, "年度绩效目标合理性", v("4", "4", "年度绩效目标设置是否合理。",
        "1、设置年度绩效目标(2分,其中单位整体绩效目标1分,项目绩效目标1分,若单位无项目,得2分)\n2、绩效目标依据充分(1分)\n3、绩效目标合理(1分)\n4、未设置绩效目标,该栏不得分", "4")),
      row("规划(15分)", 15, "绩效目标(6分)", 6, "年度绩效目标明确性", v("5", "2", "绩效目标是否明确。", "绩效目标明确,且细化、量化(2分);", "2")),
      row("执行(35分)", 35, "预算执行(18分)", 18, "预算执行率", v("6", "5", "预算执行率=(预算执行数/预算数)×100%。", "预算执行率达到100%得5分,每降低1个百分点扣0.1分。", "4.8")),
    ],
    // The excerpt stops before any 合计 row: `total` is not compared.
  }],
  messages: [],
  // A 单位 row is not a 部门 / 部门（单位）名称 row: without the title it is still an indicator-table.
  titleless: { kinds: ["indicator-table"], messages: ["KIND_UNKNOWN"] },
};
