// L7 (银川 2021): 决策/管理/产出/效益 一级 with points, 参考分值, 自评得分 in the header.
import { containing } from "../compare";
import { row, type LayoutExpectation } from "./types";

// Values are the printed texts, "—" included (an indicator-table transcribes; it does not interpret).
const v = (weight: string, target: string, actual: string, score: string) => ({ 参考分值: weight, "指标值(A)": target, "全年实际值(B)": actual, 得分: score });

export const expected: LayoutExpectation = {
  fixture: "L7-indicator-yinchuan",
  records: [{
    kind: "indicator-table",
    attachment: null,
    title: "银川市本级部门项目支出绩效自评表",
    level: null,
    year: 2021,
    fields: containing([
      { label: "项目名称", value: "城乡困难群众临时救助" },
      { label: "主管部门", value: "银川市民政局" },
      { label: "实施单位", value: "银川市社会救助服务中心" },
      { label: "自评得分", value: "98" },
    ]),
    columns: ["一级指标", "二级指标", "三级指标", "参考分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
    indicators: [
      row("项目决策(10分)", 10, "项目目标", null, "完整性", v("4", "—", "目标明确、内容细化、目标量化", "4")),
      row("项目决策(10分)", 10, "项目立项", null, "相关性", v("2", "—", "符合", "2")),
      row("项目决策(10分)", 10, "项目立项", null, "可行性", v("2", "—", "可行", "2")),
      row("项目决策(10分)", 10, "项目立项", null, "适当性", v("2", "—", "适当", "2")),
      row("项目管理(25分)", 25, "投入管理", null, "预算执行率", v("10", "—", "100%", "9")),
      row("项目管理(25分)", 25, "财务管理", null, "财务管理制度有效性", v("7", "—", "有效", "7")),
      row("项目产出(30分)", 30, "数量指标(10分)", 10, "保障人数", v("10", "2370人", "2370人", "10")),
      row("项目产出(30分)", 30, "质量指标(5分)", 5, "救助资金发放准确率", v("5", "100%", "100%", "5")),
      row("项目效益(35分)", 35, "社会效益指标", null, "困难群众基本生活保障", v("25", "有效保障", "有效保障", "25")),
      row("项目效益(35分)", 35, "服务对象满意度指标(10分)", 10, "受助群众满意度", v("10", "≥90%", "96%", "10")),
    ],
    // No 合计 / 总分 row: `total` is not compared (the header's 自评得分 is in `fields`).
  }],
  messages: [],
  titleless: { kinds: ["indicator-table"], messages: ["KIND_UNKNOWN"] },
};
