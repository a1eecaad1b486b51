// L6 (黄冈 2020): a Hubei project form with one funds row and the indicator table repeated per target
// (年度绩效目标1/2). Read as an indicator-table so nothing is forced into project fields.
import { containing } from "../compare";
import { row, type LayoutExpectation } from "./types";

const v = (target: string, actual: string, score: string) => ({ "年初目标值(A)": target, "实际完成值(B)": actual, 得分: score });

export const expected: LayoutExpectation = {
  fixture: "L6-indicator-hubei",
  records: [{
    kind: "indicator-table",
    attachment: null,
    title: "水土保持监测项目绩效自评表",
    level: null,
    year: 2020,
    fields: containing([
      { label: "单位名称", value: "黄冈市水土保持与农田水利科研所" },
      { label: "填报日期", value: "2021年3月10日" },
      { label: "项目名称", value: "水土保持监测" },
      { label: "主管部门", value: "黄冈市水利和湖泊局" },
      { label: "项目实施单位", value: "黄冈市水土保持与农田水利科研所" },
      { label: "项目类别", value: "1、上级专项 2、本级专项√" },
      { label: "项目属性", value: "1、持续性项目√ 2、新增性项目" },
      { label: "项目类型", value: "1、常年性项目√ 2、延续性项目 3、一次性项目" },
      { label: "偏差大或目标未完成原因分析", value: "无" },
      { label: "改进措施及结果应用方案", value: "进一步提高监测数据质量，监测结果用于年度水土保持规划。" },
    ]),
    // The header printed again for 年度绩效目标2 is the same header: listed once.
    columns: ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
    indicators: [
      row("产出指标", null, "质量指标", null, "监测数据合格率", v("100%", "100%", "10")),
      row("产出指标", null, "进度指标", null, "监测报告按时提交率", v("100%", "100%", "10")),
      row("效益指标", null, "满意度指标", null, "服务对象满意度指标", v("98%", "98%", "19.6")),
      row("产出指标", null, "数量指标", null, "监测站点数量", v("12个", "12个", "20")),
      row("效益指标", null, "社会效益指标", null, "水土流失动态监测覆盖率", v("100%", "100%", "20")),
    ],
    total: { weight: null, score: 99.6 },
  }],
  messages: [],
  // Its rows name a 项目名称 with 实际完成值 / 得分 columns, but no project reading keeps its two target
  // blocks and its one-row funds block: without the title it stays an indicator-table.
  titleless: { kinds: ["indicator-table"], messages: ["KIND_UNKNOWN"] },
};
