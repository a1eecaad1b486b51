/** L1–L5: 项目支出绩效自评表 layouts. Literals copied by hand from make_heldout.py. */
import { type Expected, funds, footer, goal, head, ind, NO_FOOTER, NO_NOTES, notes, parts, more, sub, total } from "./build";

const P = "project-self-evaluation" as const;

export const L1: Expected = {
  kind: P, ...head("附件1", "项目支出绩效自评表", null, 2021),
  project: { name: "2021年食品安全抽检监测项目", department: "鄂州市市场监督管理局", implementingUnit: "鄂州市食品药品检验所", code: null },
  funds: funds({ unit: "万元", total: total(150, 125.25, 120, 10, "95.81%", 9.5), appropriation: sub(150, 125.25, 120) }),
  goal: goal("完成全市食品安全抽检3000批次，开展食品安全培训12场。", "完成抽检3120批次，开展培训12场。"),
  indicators: [
    ind("产出指标", 50, "数量指标", "指标1食品抽检批次", "≥3000批次", "3120批次", 20, 20),
    ind("产出指标", 50, "数量指标", "指标2", null, null, null, null),
    ind("产出指标", 50, "质量指标", "指标1抽检合格率", "≥95%", "97.5%", 10, 10),
    ind("产出指标", 50, "时效指标", "指标1完成时间", "2021年12月底前", "2021年12月", 10, 10),
    ind("产出指标", 50, "成本指标", "指标1抽检费用", "≤120万元", "118万元", 10, 9, "部分检测单价上涨，下年度提前招标锁定价格"),
    ind("效益指标", 30, "经济效益指标", null, null, null, null, null),
    ind("效益指标", 30, "社会效益指标", "指标1群众食品安全知晓率", "≥90%", "92%", 20, 20),
    ind("效益指标", 30, "生态效益指标", "指标1抽检废弃物无害化处置率", "100%", "100%", 5, 5),
    ind("效益指标", 30, "可持续影响指标", "指标1长效监管机制", "建立", "已建立", 5, 5),
    ind("满意度指标", 10, "服务对象满意度指标", "指标1群众满意度", "≥90%", "95%", 10, 10),
  ],
  total: { weight: 100, score: 98.5 },
  notes: NO_NOTES,
  footer: footer({ unitLeader: "王建国", filler: "李晓梅", phone: "0711-3256789", date: "2022年3月15日" }),
};

export const L2: Expected = {
  kind: P, ...head(null, "项目支出绩效自评表", null, 2022),
  project: { name: "防汛抗旱物资储备项目", department: null, implementingUnit: "天长市水利局", code: null },
  funds: funds({ unit: "万元", total: total(880, 880, 871.2, 10, "99%", 9.9), appropriation: sub(880, 880, 871.2) }),
  goal: goal("储备编织袋10000条、救生衣500件，汛前全部到位。", "编织袋、救生衣于5月20日前全部入库。"),
  indicators: [
    ind(null, 50, "数量指标", "指标1:储备编织袋数量", "10000条", "10000条", 20, 20),
    ind(null, 50, "数量指标", "指标2:储备救生衣数量", "500件", "500件", 10, 10),
    ind(null, 50, "质量指标", "指标1:物资验收合格率", "100%", "100%", 10, 10),
    ind(null, 50, "时效指标", "指标1:汛前储备到位", "5月底前", "5月20日", 10, 10),
    ind(null, 30, "社会效益指标", "指标1:受益群众人数", "≥5万人", "5.2万人", 20, 20),
    // "/" is an empty mark in the number columns (分值 / 得分 → null); a value cell keeps it as printed
    ind(null, 30, "生态效益指标", "指标1:", "/", "/", null, null),
    ind(null, 30, "可持续影响指标", "指标1:工程持续发挥效益年限", "≥10年", "10年", 10, 10),
    ind("满意度指标", 10, "服务对象满意度指标", "指标1:服务对象满意度", "90%", "95%", 10, 9, "个别乡镇反映物资发放不及时"),
  ],
  total: { weight: 100, score: 98.9 },
  notes: NO_NOTES,
  footer: NO_FOOTER,
};

export const L3: Expected = {
  kind: P, ...head(null, "项目支出绩效自评表", null, 2020),
  project: { name: "古城区卫片执法检查项目", department: "丽江市古城区自然资源局", implementingUnit: "古城区自然资源执法大队", code: null },
  funds: funds({ unit: "万元", total: total(7.29, 7.29, 7.29, 10, "100%", 10), appropriation: sub(7.29, 7.29, 7.29, "100%") }),
  goal: goal("完成全区卫片图斑核查，违法行为及时制止。", "全年核查图斑215个，责令停止违法行为41起。"),
  indicators: [
    ind("产出指标", null, "数量指标", "卫片执法补助经费", "﹦72890元", "72890", 10, 9, "部分图斑核查延至次年", parts("﹦", "72890", "元")),
    ind("产出指标", null, "质量指标", "项目验收合格率", "﹦100%", "100", 20, 19, null, parts("﹦", "100", "%")),
    ind("产出指标", null, "时效指标", "项目完成及时率", "=100%", "100", 20, 19, null, parts("=", "100", "%")),
    ind("效益指标", null, "社会效益指标", "违法行为责停率", "≥95%", "95", 30, 27, null, parts("≥", "95", "%")),
    ind("满意度指标", null, "服务对象满意度指标", "满意度", "≥95%", "96", 10, 10, null, parts("≥", "95", "%")),
  ],
  total: { weight: 100, score: 94 },
  notes: NO_NOTES,
  footer: NO_FOOTER,
};

const L4_METHOD = "完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。";

export const L4: Expected = {
  kind: P, ...head(null, "项目支出绩效自评表", null, 2016),
  project: { name: "街道社区环境整治项目", department: "学院路街道办事处", implementingUnit: "学院路街道城市管理办公室", code: "315" },
  // only 年初预算数(A) and 全年执行数(B): annual is null
  funds: funds({
    unit: "万元", total: total(310.2, null, 154.74, 10, "50%", 5), appropriation: sub(310.2, null, 154.74),
    method: "执行率*该指标分值,最高不得超过分值上限。",
  }),
  goal: goal("完成12个社区环境整治，消除卫生死角。", "完成12个社区整治，其中2个社区返工。"),
  indicators: [
    ind("产出指标", 50, "数量指标", "是否完成绩效目标申报表中申报的数量", "12个社区", "12个社区", 25, 25, null, { method: L4_METHOD }),
    ind("产出指标", 50, "质量指标", "整治验收合格率", "≥95%", "90%", 25, 23.7, "两个社区雨季施工返工", { method: L4_METHOD }),
    ind("效益指标", 30, "社会效益指标", "居民环境改善感受度", "明显改善", "明显改善", 30, 30, null, { method: "定性指标按三档记分" }),
    ind("满意度指标", 10, "服务对象满意度指标", "群众满意率", "≥90%", "93%", 10, 10, null, { method: "群众满意率90%以上得10分,每降5%扣1分,扣完为止" }),
  ],
  total: { weight: 100, score: 93.7 },
  notes: NO_NOTES,
  footer: NO_FOOTER,
};

export const L5: Expected = {
  kind: P, ...head(null, "部门预算项目支出绩效自评表", null, 2023),
  project: { name: "51000021R000000019951-工资性支出", department: "青神县发展和改革局", implementingUnit: "青神县价格认证中心", code: "51000021R000000019951" },
  funds: funds({
    unit: "万元", total: total(238.93, 251.89, 251.89, 10, "100.00%", 10), appropriation: sub(238.93, 251.89, 251.89, "100.00%"),
    more: [more("财政专户管理资金", 0, 0, 0, "0.00%"), more("单位资金", null, null, null, null)],
    // the 原因 cell holds only the printed hint (…(100字以内)…): no value
    reason: null,
  }),
  goal: goal("保障在职人员工资按时足额发放。", "全年工资按月足额发放，无拖欠。"),
  indicators: [
    ind("产出指标", null, "数量指标", "发放(缴纳)覆盖率", "=100%", "100", 50, 50, null, parts("=", "100", "%")),
    ind("效益指标", null, "社会效益指标", "足额保障率(参保率)", "=100%", "完成", 30, 28, "个别人员参保信息变更滞后", parts("=", "100", "%")),
    ind("满意度指标", null, "服务对象满意度指标", "在职人员满意度", "≥90%", "95", 10, 10, null, parts("≥", "90", "%")),
  ],
  total: { weight: 100, score: 98 },
  notes: notes({ conclusion: "项目自评总分98分，工资性支出按时足额发放。", improvements: "加强人员信息动态管理，及时更新参保信息。" }),
  footer: footer({ projectLeader: "张明", financeLeader: "李红", reportNo: "510000_0013zp" }),
};

export const L1_GUICHI: Expected = {
  kind: P, ...head("附件5", "项目支出绩效自评表", null, 2022),
  project: { name: "2022年棠溪镇人居环境整治项目", department: "池州市贵池区棠溪镇人民政府", implementingUnit: "棠溪镇农业农村办公室", code: null },
  // 其中 printed in a cell of its own: 本年财政拨款 is still the appropriation row
  funds: funds({ unit: "万元", total: total(0, 0, 0, 10, "0", 0), appropriation: sub(90, 89.974, 89.974) }),
  goal: goal("完成100个自然村人居环境整治。", "完成整治自然村100个。"),
  indicators: [
    ind("产出指标", 50, "数量指标", "指标1:整治村庄数量", "≥100百分比", "100%", 20, 20),
    ind("产出指标", 50, "数量指标", "……", null, null, null, null),
    ind("产出指标", 50, "质量指标", "指标1:验收合格率", "达成预期指标", "达成预期指标", 15, 15),
    ind("产出指标", 50, "时效指标", "指标1:完成时间", "2022年11月底前", "2022年11月", 15, 15),
    ind("效益指标", 30, "经济效益指标", null, null, null, null, null),
    ind("效益指标", 30, "社会效益指标", "指标1:村容村貌改善", "明显改善", "明显改善", 30, 28, "部分村庄保洁不到位"),
    ind("满意度指标", 10, "服务对象满意度指标", "指标1:群众满意度", "≥90%", "94%", 10, 10),
  ],
  total: { weight: 100, score: 88 },
  notes: NO_NOTES,
  footer: footer({ unitLeader: "周洪", filler: "吴敏", phone: "0566-2345678", date: "2023年2月20日" }),
};
