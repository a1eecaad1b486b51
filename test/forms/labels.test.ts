import { projects } from "../helpers/record";
import { describe, expect, it } from "vitest";
import { parseDocx } from "../../src/parse";
import { cell, docxOf, para, row, table } from "../helpers/ooxml";
import { formXml } from "../helpers/form-xml";

const parse = (body: string) => parseDocx(docxOf(body), { validate: false });

describe("form extraction anchored on labels", () => {
  it("reads a small form: header lines, every section, the level from the title", async () => {
    const { forms: read, messages } = await parse(formXml({ after: ["单位负责人签字：王五      填表人：李四     联系电话：0743-8888888        填报日期：2021年 3月 5日"] }));
    const forms = projects(read);
    expect(messages).toEqual([]);
    const f = forms[0];
    expect(f).toMatchObject({ attachment: "附件1", title: "县级预算部门项目支出绩效自评表", level: "县级", year: 2021 });
    expect(f.project).toEqual({ name: "测试项目", department: "某局", implementingUnit: "某中心", code: null });
    expect(f.funds.total).toMatchObject({ initial: 10, annual: 12.5, executed: 12.5, weight: 10, rate: { raw: "100%", text: "100%" }, score: 10 });
    expect(f.funds.appropriation).toEqual({ initial: 10, annual: 12.5, executed: 12.5, rate: null });
    expect(f.goal).toEqual({ expected: "完成任务", adjusted: null, actual: "已完成" });
    expect(f.indicators[1]).toMatchObject({
      level1: "产出指标", level1Weight: 90, level2: "质量指标", name: "指标二",
      target: { raw: "100%", text: "100%" }, actual: { raw: "95%", text: "95%" }, weight: 40, score: 38, deviation: "略有不足",
    });
    expect(f.total).toEqual({ weight: 100, score: 98 });
    expect(f.footer).toEqual({ unitLeader: "王五", filler: "李四", phone: "0743-8888888", date: "2021年 3月 5日", projectLeader: null, financeLeader: null, reportNo: null });
  });

  it("matches labels spaced out, broken over lines, and their synonyms", async () => {
    const { forms: read, messages } = await parse(formXml({
      labels: { name: "项 目\n名 称", funds: "项目资金\n(万元)", indicators: "绩\n效\n指\n标", target: "指标值", deviation: "偏差原因", total: "总　分", appropriation: "本年财政拨款" },
    }));
    const forms = projects(read);
    expect(messages).toEqual([]);
    expect(forms[0].project.name).toBe("测试项目");
    expect(forms[0].funds.appropriation.annual).toBe(12.5);
    expect(forms[0].indicators.map((i) => i.target?.text)).toEqual(["≥10个", "100%"]);
    expect(forms[0].indicators[1].deviation).toBe("略有不足");
    expect(forms[0].total.score).toBe(98);
  });

  it("a row in the indicator block that is not an indicator goes to extras, not into the indicators", async () => {
    const { forms: read, messages } = await parse(formXml({ extraRows: [row([cell(""), cell("备注", { span: 2 }), cell("此表为试填", { span: 6 })])] }));
    const forms = projects(read);
    expect(forms[0].indicators.map((i) => i.name)).toEqual(["指标一", "指标二"]);
    expect(forms[0].total).toEqual({ weight: 100, score: 98 });
    expect(forms[0].extras.map((e) => e.text)).toEqual(["备注", "此表为试填"]);
    expect(messages.map((m) => m.code)).toEqual(["UNRECOGNIZED_CELL", "UNRECOGNIZED_CELL"]);
  });

  it("keeps cells outside every section in extras with their place", async () => {
    const body = formXml().replace("</w:tbl>", row([cell("附注：数据来源财务系统", { span: 9 })]) + "</w:tbl>");
    const { forms: read, messages } = await parse(body);
    const forms = projects(read);
    expect(forms[0].extras).toEqual([{ text: "附注：数据来源财务系统", note: "cell not recognized", cell: { table: 0, row: 13, col: 0, text: "附注：数据来源财务系统" } }]);
    expect(messages).toMatchObject([{ code: "UNRECOGNIZED_CELL", severity: "warning", cell: { table: 0, row: 13, col: 0 } }]);
  });

  it("a number cell holding words: null, the text in extras, a warning naming the path", async () => {
    const { forms: read, messages } = await parse(formXml({ weightText: "十分" }));
    const forms = projects(read);
    expect(forms[0].funds.total.weight).toBeNull();
    expect(forms[0].extras).toMatchObject([{ text: "十分", note: "funds.total.weight: not a number" }]);
    expect(messages).toMatchObject([{ code: "NOT_A_NUMBER", path: "funds.total.weight", cell: { text: "十分" } }]);
  });

  it("a missing section: nulls and an error naming it", async () => {
    const { forms: read, messages } = await parse(formXml({ omitFunds: true }));
    const forms = projects(read);
    expect(forms[0].funds.total.annual).toBeNull();
    expect(forms[0].indicators).toHaveLength(2);
    expect(messages).toMatchObject([{ code: "MISSING_SECTION", severity: "error", path: "funds", form: 0 }]);
  });

  it("ignores unrelated tables and paragraphs around forms", async () => {
    const unrelated = table(2, [row([cell("姓名"), cell("电话")]), row([cell("张三"), cell("123")])]);
    const forms = projects((await parse(para("说明文字") + unrelated + formXml() + para("其他段落") + unrelated + formXml({ before: ["附件2："] }))).forms);
    expect(forms.map((f) => f.attachment)).toEqual(["附件1", "附件2"]);
    expect(forms[1].title).toBeNull();
  });
});
