// L12 (金寨 2023): a 部门整体 form in the project shape: only the title, the 部门 row and 预算资金 differ.
import { amounts, cell, footer, indicator, notes, onlyLevel2, type LayoutExpectation } from "./types";

export const expected: LayoutExpectation = {
  fixture: "L12-department-project-shape",
  records: [{
    kind: "department-self-evaluation",
    attachment: null,
    title: "部门整体支出绩效自评表",
    level: null,
    year: 2023,
    department: { name: "金寨县农业农村局", code: null, contact: null, phone: null },
    funds: {
      unit: "万元",
      // 得分 left blank: null. A rate above 100% is kept as printed.
      total: { initial: 329.77, annual: 329.77, executed: 338.31, weight: 10, rate: cell("102.59%"), score: null },
      appropriation: { ...amounts(329.77, 329.77, 338.31), rate: cell("102.59%") },
      carryover: amounts(null, null, null),
      other: amounts(null, null, null),
      more: [],
      method: null,
      reason: null,
    },
    goal: { expected: "1.建设徽风皖韵美丽乡村；\n2.推进农村人居环境整治。", actual: "1.启动精品示范村建设4个；\n2.完成农村改厕202户。" },
    indicators: [
      indicator({ level1: "产出指标", level2: "数量指标", name: "指标1:开展精品示范村建设数量", target: "≤4", actual: "4", weight: 10, score: 10 }),
      indicator({ level1: "产出指标", level2: "数量指标", name: "指标2:农村改厕户数", target: "≥200", actual: "202", weight: 10, score: 10 }),
      indicator({ level1: "产出指标", level2: "质量指标", name: "指标1:改厕验收合格率", target: "≥95%", actual: "100%", weight: 10, score: 10 }),
      indicator({ level1: "产出指标", level2: "时效指标", name: "指标1:完成示范村验收时间", target: "9月前", actual: "7月", weight: 10, score: 10 }),
      indicator({ level1: "产出指标", level2: "成本指标", name: "指标1:示范村建设补助标准", target: "≤80万元/村", actual: "78万元/村", weight: 10, score: 10 }),
      onlyLevel2("效益指标", null, "经济效益指标"),
      indicator({ level1: "效益指标", level2: "社会效益指标", name: "指标1:农村人居环境改善", target: "明显改善", actual: "明显改善", weight: 30, score: 28,
        deviation: "部分村庄长效管护机制尚不健全" }),
      indicator({ level1: "满意度指标", level2: "服务对象满意度指标", name: "指标1:农户满意度", target: "≥90%", actual: "95%", weight: 10, score: 10 }),
    ],
    total: { weight: 100, score: 98 },
    notes: notes(),
    footer: footer({ unitLeader: "王刚", filler: "陈静", phone: "0564-7012345", date: "2024年3月15日" }),
  }],
  messages: [],
  // Without its title only the 部门 row tells it from a project form.
  titleless: { kinds: ["department-self-evaluation"], messages: ["KIND_FROM_ROWS"] },
};
