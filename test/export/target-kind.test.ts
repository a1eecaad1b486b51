import { describe, expect, it } from "vitest";
import { INDICATOR_COLUMNS_OUT, KIND_COLUMNS } from "../../src/export/columns";
import { PAIR_COLUMNS, pairRows } from "../../src/export/pairs";
import { indicatorRows, kindRows } from "../../src/export/rows";
import { comparePairs } from "../../src/target/pairs";
import { declared, selfForm, targetForm } from "../helpers/target-record";

/** A row as { header: value }, empty cells left out. */
function byHeader(columns: readonly { zh: string }[], cells: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(columns.map((c, i) => [c.zh, cells[i]] as const).filter(([, value]) => value !== null));
}

describe("the target form in the tables", () => {
  const target = targetForm();
  target.project = { ...target.project, departmentCode: "602001", leader: "周建国", phone: "0731-87881234", attribute: "延续项目", period: "2021年1月至2021年12月" };
  target.funds.more = [{ label: "上级财政资金", amount: 60, within: null }];
  target.goals = { longTerm: "三年内完成", annual: "完成调研" };
  const outcome = { file: "目标表.docx", forms: [target], messages: [] };

  it("绩效目标表: the project rows, the funds, the goals and the indicator count", () => {
    const [row] = kindRows(outcome, "project-target");
    expect(byHeader(KIND_COLUMNS["project-target"], row.cells)).toEqual({
      文件: "目标表.docx", 表序号: 1, 标题: "项目支出绩效目标表", 年度: 2021,
      项目支出名称: "测试项目", 主管部门: "某局", 实施单位: "某中心",
      项目属性: "延续项目", 主管部门编码: "602001", 项目负责人: "周建国", 项目负责人电话: "0731-87881234", 项目起止时间: "2021年1月至2021年12月",
      资金单位: "万元", 年度资金总额: 100, 财政拨款: 100, 其他资金来源: "上级财政资金：60",
      长期目标: "三年内完成", 年度目标: "完成调研",
      指标数: 5, 未识别内容数: 0, 错误数: 0, 警告数: 0, 提示数: 0,
    });
  });

  it("指标: both sets, 长期 first, each row naming its set; no actual value or score", () => {
    const rows = indicatorRows(outcome).map((r) => byHeader(INDICATOR_COLUMNS_OUT, r.cells));
    const common = { 文件: "目标表.docx", 表序号: 1, 表类型: "project-target", 项目支出名称: "测试项目", 主管部门: "某局", 实施单位: "某中心", 年度: 2021 };
    expect(rows).toEqual([
      { ...common, 指标集: "长期绩效指标", 一级指标: "产出指标", 二级指标: "数量指标", 三级指标: "调研报告总数", 年度指标值: "≥60篇" },
      { ...common, 指标集: "年度绩效指标", 一级指标: "产出指标", 二级指标: "数量指标", 三级指标: "完成调研报告", 年度指标值: "15篇" },
      { ...common, 指标集: "年度绩效指标", 一级指标: "产出指标", 二级指标: "质量指标", 三级指标: "达标率", 年度指标值: "100%" },
      { ...common, 指标集: "年度绩效指标", 一级指标: "效益指标", 二级指标: "社会效益指标", 三级指标: "公开率", 年度指标值: "100%" },
      { ...common, 指标集: "年度绩效指标", 一级指标: "满意度指标", 二级指标: "服务对象满意度指标", 三级指标: "满意度", 年度指标值: "≧95%" },
    ]);
  });
});

describe("目标对比 rows", () => {
  it("one row per message, with both forms, the indicator, both values and both cells; a form left alone says so", () => {
    const target = targetForm();
    target.indicatorSets.annual[1] = declared("产出指标", "质量指标", "达标率", "≥95%");
    const other = { ...selfForm(), project: { ...selfForm().project, name: "别的项目", implementingUnit: "别的中心" } };
    const pairs = comparePairs([{ file: "目标表.docx", forms: [target] }, { file: "自评表.docx", forms: [other, selfForm()] }]);
    expect(pairRows(pairs).map((r) => byHeader(PAIR_COLUMNS, r.cells))).toEqual([
      {
        目标表文件: "目标表.docx", 目标表序号: 1, 自评表文件: "自评表.docx", 自评表序号: 2, 项目名称: "测试项目",
        一级指标: "产出指标", 二级指标: "质量指标", 三级指标: "达标率", 变化: "指标值变化", 目标表值: "≥95%", 自评表值: "100%",
        目标表单元格: "表格1 第10行 第5列", 自评表单元格: "表格3 第13行 第4列", 代码: "TARGET_CHANGED",
        说明: "指标「产出指标 / 质量指标 / 达标率」的年度指标值为100%，但绩效目标表的指标值为≥95%。",
        "说明(英文)": "The target of 产出指标 / 质量指标 / 达标率 is 100% but the target form declares ≥95%.",
      },
      { 自评表文件: "自评表.docx", 自评表序号: 1, 项目名称: "别的项目", 变化: "无对应目标表" },
    ]);
  });
});
