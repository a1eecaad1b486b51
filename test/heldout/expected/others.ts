/** L10–L13 (transfer and department forms) and L6, L7, L14 (indicator tables). Literals copied by hand from make_heldout.py. */
import { type Expected, EMPTY_ROW, funds, goal, head, ind, more, NO_FOOTER, NO_NOTES, notes, row, sub, total } from "./build";

export const L10: Expected = {
  kind: "transfer-self-evaluation", ...head(null, "车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评", null, 2021),
  fund: { name: "车辆购置税收入补助地方资金(普通省道公路建设)", centralDepartment: "财政部", localDepartment: "四川省交通运输厅", unit: "阆中市交通运输局", leader: null },
  funds: funds({
    unit: "万元", total: total(null, 4000, 3960, null, "99%", null), appropriation: sub(null, 4000, 3960, "99%"),
    more: [more("地方资金", null, null, null, null)],
  }),
  goal: goal("建设普通省道二级公路32.1公里，改善区域交通条件。", "完成32.1公里路基路面工程，附属工程完成90%。"),
  indicators: [
    ind("产出指标", null, "数量指标", "建设普通省道二级公路32.1公里", "32.1公里", "32.1公里", null, null),
    ind("产出指标", null, "质量指标", "交工验收合格率", "100%", "100%", null, null),
    ind("产出指标", null, "时效指标", "年底前完工", "2021年12月31日前", "2021年12月20日", null, null),
    ind("效益指标", null, "经济效益指标", null, null, null, null, null),
    ind("效益指标", null, "社会效益指标", "改善沿线群众出行条件", "明显改善", "基本改善", null, null, "部分路段附属工程未完工，2022年6月前完成"),
    ind("满意度指标", null, "服务对象满意度指标", "改善通行服务水平群众满意度", "≥90%", "93%", null, null),
  ],
  total: { weight: null, score: null },
  notes: notes({ remark: "无" }),
  footer: NO_FOOTER,
};

export const L11: Expected = {
  kind: "transfer-self-evaluation", ...head(null, "县级专项资金绩效目标自评表", "县级", 2020),
  fund: { name: "县级储备粮轮换补助资金", centralDepartment: null, localDepartment: "衡山县发展和改革局", unit: "衡山县粮食储备库", leader: "李强 0734-5812345" },
  funds: funds({
    unit: "万元", total: total(null, 194.9, 194.9, null, "100%", null), appropriation: EMPTY_ROW,
    more: [more("县级资金", null, 194.9, 194.9, "100%")],
  }),
  goal: goal("完成5000吨稻谷、500吨成品粮储备轮换。", "储备粮全部轮换到位，质量达标。"),
  indicators: [
    ind("产出指标", null, "数量指标", "5000吨稻谷、500吨成品粮储备到位率", "100%", "100%", null, null),
    ind("产出指标", null, "质量指标", "储备粮质量达标率", "≥95%", "98%", null, null),
    ind("产出指标", null, "时效指标", "轮换任务完成时间", "2020年11月底前", "2020年11月25日", null, null),
    ind("效益指标", null, "经济效益指标", "储备粮轮换价差收益", "≥10万元", "8万元", null, null, "因粮食市场价格波动，轮换价差收益低于预期"),
    ind("效益指标", null, "可持续影响指标", "因粮食市场波动引起的粮食安全事件发生数", "0起", "0起", null, null),
    ind("满意度指标", null, "服务对象满意度指标", "群众满意度", "≥90%", "95%", null, null),
  ],
  total: { weight: null, score: null },
  notes: notes({ remark: "无" }),
  footer: NO_FOOTER,
};

export const L12: Expected = {
  kind: "department-self-evaluation", ...head(null, "部门整体支出绩效自评表", null, 2023),
  department: { name: "金寨县农业农村局", code: null, contact: null, phone: null, financeOffice: null },
  funds: funds({ unit: "万元", total: total(329.77, 329.77, 338.31, 10, "102.59%", null), appropriation: sub(329.77, 329.77, 338.31, "102.59%") }),
  goal: goal("1.建设徽风皖韵美丽乡村;\n2.推进农村人居环境整治。", "1.启动美丽乡村中心村建设6个;\n2.完成农村改厕1200户。"),
  indicators: [
    ind("产出指标", null, "数量指标", "指标1:开展精品示范村建设数量", "≤4", "4", 10, 10),
    ind("产出指标", null, "数量指标", "指标2:新建农村公路里程", "≥200公里", "202公里", 10, 10),
    ind("产出指标", null, "质量指标", "指标1:工程验收合格率", "≥95%", "100%", 10, 10),
    ind("产出指标", null, "时效指标", "指标1:完成精品示范村验收时间", "9月前", "7月", 10, 10),
    ind("产出指标", null, "成本指标", "指标1:示范村建设成本", "≤80万元/个", "78万元/个", 10, 10),
    ind("效益指标", null, "社会效益指标", "指标1:受益农户数", "≥5000户", "5200户", 20, 20),
    ind("效益指标", null, "可持续影响指标", "指标1:长效管护机制覆盖率", "100%", "95%", 10, 9, "两个村管护协议未签订，次年一季度完成"),
    ind("满意度指标", null, "服务对象满意度指标", "指标1:群众满意度", "≥90%", "96%", 10, 10),
  ],
  total: { weight: 100, score: 89 },
  notes: NO_NOTES,
  footer: NO_FOOTER,
};

const core = (unit: string | null, nature: string, coefficient: string, isCore: string) => ({
  more: { ...(unit === null ? {} : { 计量单位: unit }), 指标性质: nature, "得分系数（%）": coefficient, 是否核心指标: isCore },
});

export const L13: Expected = {
  kind: "department-self-evaluation", ...head(null, "部门整体绩效自评表", null, null),
  department: { name: "重庆市渝北区统计局", code: null, contact: "陈静", phone: "023-67812345", financeOffice: "行政政法科" },
  funds: funds({ unit: "万元", total: total(520.3, 612.8, 465.7, 10, "76%", 7.6) }),
  goal: goal("全面完成年度统计调查任务。", "按时完成各项统计调查任务，数据质量总体良好。", "无"),
  indicators: [
    ind(null, null, null, "财政供养人员控制率", "100%", "92%", 2, 2, null, core("%", "定量指标", "100%", "否")),
    ind(null, null, null, "预算完成率", "70%", "76%", 2, 2, null, core("%", "定量指标", "100%", "是")),
    ind(null, null, null, "管理制度健全性", "高", "高", 3, 3, null, core(null, "定性指标", "100%", "否")),
    ind(null, null, null, "统计调查任务完成率", "100%", "100%", 78, 78, null, core("%", "定量指标", "100%", "是")),
    ind(null, null, null, "统计数据质量抽查合格率", "≥98%", "96%", 5, 2.5, null, core("%", "定量指标", "50%", "否")),
  ],
  // no total row: the 自评总分（分） printed in the header is the score
  total: { weight: null, score: 95.1 },
  notes: NO_NOTES,
  footer: NO_FOOTER,
};

const L6_VALUES = (target: string, actual: string, score: string) => ({ "年初目标值(A)": target, "实际完成值(B)": actual, 得分: score });

export const L6: Expected = {
  kind: "indicator-table", ...head(null, "水土保持监测项目绩效自评表", null, 2020),
  fields: [
    { label: "单位名称", value: "黄冈市水土保持监测站" },
    { label: "填报日期", value: "2021年3月10日" },
    { label: "项目名称", value: "水土保持监测项目" },
    { label: "主管部门", value: "黄冈市水利和湖泊局" },
    { label: "项目实施单位", value: "黄冈市水土保持监测站" },
    { label: "项目类别", value: "1、上级专项 2、本级专项" },
    { label: "项目属性", value: "1、持续性项目 2、新增性项目" },
    { label: "项目类型", value: "1、常年性项目 2、延续性项目 3、一次性项目" },
    // a row of column labels over a row of values: the block label, then the row's label, each with no
    // value (as 年度绩效目标1(40分) below), then each value under its column's label
    { label: "预算执行情况(万元)(20分)", value: null },
    { label: "年度财政资金总额", value: null },
    { label: "预算数(A)", value: "10" },
    { label: "执行数(B)", value: "10" },
    { label: "执行率(B/A)", value: "100%" },
    { label: "得分(20分*执行率)", value: "20" },
    { label: "年度绩效目标1(40分)", value: null },
    { label: "年度绩效目标2(40分)", value: null },
    { label: "偏差大或目标未完成原因分析", value: "无" },
    { label: "改进措施及结果应用方案", value: "进一步优化监测站点布局。" },
  ],
  columns: ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
  indicators: [
    row("产出指标", null, "质量指标", null, "监测数据合格率", L6_VALUES("100%", "100%", "10")),
    row("产出指标", null, "进度指标", null, "监测报告按时提交率", L6_VALUES("100%", "100%", "10")),
    row("效益指标", null, "满意度指标", null, "服务对象满意度指标", L6_VALUES("98%", "98%", "19.6")),
    row("产出指标", null, "数量指标", null, "监测站点数量", L6_VALUES("12个", "12个", "20")),
    row("产出指标", null, "时效指标", null, "季度监测完成率", L6_VALUES("100%", "100%", "10")),
    row("效益指标", null, "社会效益指标", null, "水土流失预警信息发布次数", L6_VALUES("≥4次", "4次", "10")),
  ],
  total: { weight: null, score: 99.6 },
};

const L7_VALUES = (weight: string, target: string, actual: string, score: string, reason?: string) => ({
  参考分值: weight, "指标值(A)": target, "全年实际值(B)": actual, 得分: score, ...(reason ? { 未完成原因分析及改进措施: reason } : {}),
});

export const L7: Expected = {
  kind: "indicator-table", ...head(null, "银川市本级部门项目支出绩效自评表", null, 2021),
  fields: [
    { label: "项目名称", value: "城乡困难群众救助项目" },
    { label: "主管部门", value: "银川市民政局" },
    { label: "实施单位", value: "银川市社会救助服务中心" },
    { label: "自评得分", value: "98" },
    { label: "财政审核评分", value: null },
    { label: "项目资金(万元)", value: null },
    { label: "年度资金总额", value: null },
    { label: "年初预算数", value: "64.8" },
    { label: "调整预算数(A)", value: "64.8" },
    { label: "全年执行数(B)", value: "64.8" },
    { label: "执行率(B/A)", value: "100%" },
    { label: "年度总体目标", value: null },
    { label: "年初设定目标", value: "保障2370名困难群众基本生活。" },
    { label: "年度总体目标完成情况", value: "全年保障2370人，资金按月发放。" },
  ],
  columns: ["一级指标", "二级指标", "三级指标", "参考分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
  indicators: [
    row("项目决策(10分)", 10, "项目目标", null, "完整性", L7_VALUES("4", "—", "目标明确、内容细化、目标量化", "4")),
    row("项目决策(10分)", 10, "项目立项", null, "相关性", L7_VALUES("2", "—", "立项依据充分", "2")),
    row("项目决策(10分)", 10, "项目立项", null, "可行性", L7_VALUES("2", "—", "经过可行性论证", "2")),
    row("项目决策(10分)", 10, "项目立项", null, "适当性", L7_VALUES("2", "—", "资金规模适当", "2")),
    row("项目管理(25分)", 25, "投入管理", null, "预算执行率", L7_VALUES("10", "—", "100%", "9")),
    row("项目管理(25分)", 25, "财务管理", null, "财务管理制度有效性", L7_VALUES("7", "—", "制度健全", "7")),
    row("项目管理(25分)", 25, "项目实施", null, "绩效监控有效性", L7_VALUES("2", "—", "有效", "2")),
    row("项目管理(25分)", 25, "项目实施", null, "管理制度有效性", L7_VALUES("6", "—", "有效", "6")),
    row("项目产出(30分)", 30, "数量指标(10分)", 10, "保障人数", L7_VALUES("10", "2370人", "2370人", "10")),
    row("项目产出(30分)", 30, "质量指标(20分)", 20, "保障资金发放准确率", L7_VALUES("20", "100%", "100%", "20")),
    row("项目效益(35分)", 35, "社会效益指标(25分)", 25, "困难群众基本生活保障率", L7_VALUES("25", "100%", "100%", "25")),
    row("项目效益(35分)", 35, "服务对象满意度指标(10分)", 10, "受助群众满意度", L7_VALUES("10", "≥90%", "92%", "9", "个别群众对发放时间有意见")),
  ],
  total: { weight: null, score: null },
};

const L14_VALUES = (rule: string, weight: string, score: string, reason?: string) => ({
  评分标准: rule, 分值: weight, 自评得分: score, ...(reason ? { 扣分原因和其他说明: reason } : {}),
});

export const L14: Expected = {
  kind: "indicator-table", ...head("附件3-1", "部门整体支出绩效评价评分表(参考样表)", null, 2018),
  fields: [{ label: "单位", value: "岳阳市审计局" }],
  columns: ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分", "扣分原因和其他说明"],
  indicators: [
    row("投入(15分)", 15, "预算配置(15分)", 15, "财政供养人员控制率", L14_VALUES("以100%为标准。在职人员控制率100%,计5分;每超过一个百分点扣0.5分,扣完为止。", "5", "5")),
    row("投入(15分)", 15, "预算配置(15分)", 15, "“三公经费”变动率", L14_VALUES("“三公经费”变动率0,计5分; “三公经费”>0,每超过一个百分点扣0.5分,扣完为止。", "5", "5")),
    row("投入(15分)", 15, "预算配置(15分)", 15, "重点支出安排率", L14_VALUES("重点支出安排率≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;60%(含)-70%,计2分;低于60%不得分。", "5", "5")),
    row("过程(40分)", 40, "预算执行(15分)", 15, "预算调整率", L14_VALUES("预算调整率=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分。", "3", "3")),
    row("过程(40分)", 40, "预算执行(15分)", 15, "支付进度", L14_VALUES("春节前下达全部专项资金的50%;6月底前所有专项资金指标全部下达完。每出现一个专项未按进度完成资金下达扣0.5分,扣完为止。", "3", "3")),
    row("过程(40分)", 40, "预算执行(15分)", 15, "资金结余", L14_VALUES("无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。", "3", "2", "有结余，未超过上年结转")),
    row("过程(40分)", 40, "预算管理(15分)", 15, "管理制度健全性", L14_VALUES("①内部财务管理制度健全1分; ②会计核算制度健全1分; ③资产管理制度健全1分。", "3", "3")),
  ],
  total: { weight: 27, score: 26 },
};

export const L10_SCIENCE: Expected = {
  kind: "transfer-self-evaluation", ...head("附件3", "中央引导地方科技发展资金绩效目标自评表", null, 2021),
  fund: { name: "中央引导地方科技发展资金", centralDepartment: "科技部", localDepartment: "某省科学技术厅", unit: "某省科技成果转化中心", leader: null },
  funds: funds({
    unit: "万元", total: total(null, 1200, 1150, null, "95.83%", null), appropriation: sub(null, 1200, 1150, "95.83%"),
    more: [more("地方资金", null, null, null, null)],
  }),
  goal: goal("支持建设省级技术创新中心2个，转化科技成果30项。", "建成技术创新中心2个，转化科技成果32项。"),
  indicators: [
    ind("产出指标", null, "数量指标", "转化科技成果数量", "≥30项", "32项", null, null),
    ind("产出指标", null, "时效指标", "资金下达及时率", "100%", "95%", null, null, "部分资金因项目验收延后下达"),
    ind("效益指标", null, "社会效益指标", "带动企业研发投入", "≥5000万元", "5600万元", null, null),
  ],
  total: { weight: null, score: null },
  notes: NO_NOTES,
  footer: NO_FOOTER,
};

const L14A_VALUES = (no: string, weight: string, explanation: string, rule: string, score: string) => ({
  序号: no, 指标分值: weight, 指标解释: explanation, 指标说明及评分标准: rule, 自评得分: score,
});

export const L14A: Expected = {
  kind: "indicator-table", ...head(null, "部门整体支出绩效评价自评表", null, 2023),
  fields: [{ label: "单位", value: "寿县教育局" }],
  columns: ["序号", "一级指标", "二级指标", "三级指标", "指标分值", "指标解释", "指标说明及评分标准", "自评得分"],
  // names keep their line breaks (free text is only trimmed); categories lose their whitespace
  indicators: [
    row("规划(15分)", 15, "基础信息(3分)", 3, "基础信息\n完整性",
      L14A_VALUES("1", "3", "部门及所属二级单位预算基础信息是否符合相关规定。", "1、基础数据信息是否真实(1分); 2、是否完整(1分); 3、是否准确(1分)。", "3")),
    row("规划(15分)", 15, "工作计划(6分)", 6, "年度工作\n计划完整性", L14A_VALUES("2", "3", "年度工作计划是否完整。", "年度工作计划是否完整可行(3分)", "3")),
    row("规划(15分)", 15, "工作计划(6分)", 6, "年度工作\n计划明确性", L14A_VALUES("3", "3", "年度工作计划是否明确。", "年度工作计划目标明确(3分)", "2")),
  ],
  total: { weight: null, score: null },
};

export const L14C: Expected = {
  kind: "indicator-table", ...head(null, "部门整体支出绩效评价得分表", null, 2022),
  fields: [],
  columns: ["一级指标", "二级指标", "三级指标", "得分"],
  // a 三级 name keeps its points as printed; the row with no score has no 得分 value
  indicators: [
    row("部门决策(25分)", 25, "目标任务(15分)", 15, "相关性(5分)", { 得分: "5" }),
    row("部门决策(25分)", 25, "目标任务(15分)", 15, "明确性(5分)", { 得分: "5" }),
    row("部门决策(25分)", 25, "目标任务(15分)", 15, "合理性(5分)", { 得分: "4" }),
    row("部门决策(25分)", 25, "预算编制(10分)", 10, "测算依据(5分)", { 得分: "5" }),
    row("部门决策(25分)", 25, "预算编制(10分)", 10, "目标管理(5分)", { 得分: "5" }),
    row("部门绩效情况(45分)", 45, "履职成效(20分)", 20, "部门特性指标", {}),
    row("部门绩效情况(45分)", 45, "满意度(10分)", 10, "社会公众满意度(4分)", { 得分: "4" }),
  ],
  total: { weight: null, score: 28 },
};
