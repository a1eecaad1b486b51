/**
 * Reading target forms (项目支出绩效目标表) on small hand-made tables: the edge cases the L16 / L17 /
 * L19 fixtures (test/forms/kinds.test.ts) do not show. Every expected value is a literal of the table.
 */
import { describe, expect, it } from "vitest";
import { tickedOption } from "../../src/forms/sections/target-header";
import type { ProjectTargetRecord } from "../../src/model/record";
import { parseDocx } from "../../src/parse";
import { cell, docxOf, para, row, table } from "../helpers/ooxml";
import { expectRecord } from "../layouts/compare";
import { EXPECTATIONS } from "../layouts/expected/index";
import { layoutFile, literals } from "../layouts/literals";

const HEADER = row([cell("一级指标"), cell("二级指标"), cell("三级指标"), cell("指标值")]);

async function readTarget(rows: string[], before: string[] = ["项目支出绩效目标表"], cols = 4) {
  const { forms, messages } = await parseDocx(docxOf(before.map((l) => para(l)).join("") + table(cols, rows)), { validate: false });
  expect(forms.map((f) => f.kind)).toEqual(["project-target"]);
  return { record: forms[0] as ProjectTargetRecord, messages };
}

describe("项目属性: the ticked option", () => {
  it.each([
    ["新增项目□ 延续项目√", "延续项目"],
    ["☑新增项目 □延续项目", "新增项目"],
    ["1、新增项目■ 2、延续项目□", "新增项目"],
    ["新增项目 ☐  延续项目 ✔", "延续项目"],
    ["新增项目✓延续项目☐", "新增项目"],
  ])("%s → %s", (text, option) => expect(tickedOption(text)).toBe(option));

  it("none ticked: no value; both: the cell's text, as printed", () => {
    expect(tickedOption("新增项目□ 延续项目□")).toBeNull();
    expect(tickedOption(" 新增项目√ 延续项目√ ")).toBe("新增项目√ 延续项目√");
    expect(tickedOption("延续项目")).toBe("延续项目");
  });
});

describe("target forms: funds, hints, units, rows after the indicators", () => {
  it("prose funds with placeholders: the text kept, no amount read from **", async () => {
    const { record } = await readTarget([
      row([cell("项目名称"), cell("某项目", { span: 3 })]),
      row([cell("年度资金总额及构成"), cell("总额**万元；财政拨款：**万元；其他：0.5万元", { span: 3 })]),
      HEADER,
      row([cell("产出指标"), cell("数量指标"), cell("指标1：★完成数量"), cell("≥**%")]),
    ]);
    expect(record.funds).toEqual({ unit: "万元", total: null, appropriation: null, other: 0.5, more: [], text: "总额**万元；财政拨款：**万元；其他：0.5万元" });
    expect(record.indicatorSets.annual[0]).toMatchObject({ name: "指标1：★完成数量", target: { text: "≥**%", reading: { kind: "text" } } });
  });

  it("prose naming its unit in brackets, with numbered items: the names without brackets or numbers", async () => {
    const { record } = await readTarget([
      row([cell("项目名称"), cell("某项目", { span: 3 })]),
      row([cell("年度资金总额及构成"), cell("资金总额（万元）：300；1.财政拨款（万元）：250.75；2.单位自筹（万元）：49.25", { span: 3 })]),
      HEADER,
      row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("10个")]),
    ]);
    expect(record.funds).toMatchObject({ unit: "万元", total: 300, appropriation: 250.75, other: null, more: [{ label: "单位自筹", amount: 49.25 }] });
  });

  it("a cell holding only its (450字内) hint: the field null, the hint in extras with HINT_TEXT", async () => {
    const { record, messages } = await readTarget([
      row([cell("项目名称"), cell("某项目", { span: 3 })]),
      row([cell("项目概况(450字内)"), cell("（450字内）", { span: 3 })]),
      HEADER,
      row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("10个")]),
    ]);
    expect(record.overview).toBeNull();
    expect(record.extras.map((e) => e.text)).toEqual(["（450字内）"]);
    expect(messages).toContainEqual(expect.objectContaining({ code: "HINT_TEXT", path: "overview" }));
  });

  it("no title, the 指标值 column with a （100字左右） hint: still read as a target form, the column as 指标值", async () => {
    const { record } = await readTarget([
      row([cell("项目名称"), cell("某项目", { span: 3 })]),
      row([cell("一级指标"), cell("二级指标"), cell("三级指标"), cell("指标值（100字左右）")]),
      row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("10个")]),
    ], []);
    expect(record.indicatorSets.annual[0]).toMatchObject({ name: "指标一", target: { text: "10个" } });
  });

  it("填报单位 in a row of the table and no unit row: it is the implementing unit", async () => {
    const { record } = await readTarget([
      row([cell("填报单位（盖章）：某县农业农村局", { span: 4 })]),
      row([cell("项目名称"), cell("某项目", { span: 3 })]),
      HEADER,
      row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("10个")]),
    ]);
    expect(record.project.implementingUnit).toBe("某县农业农村局");
    expect(record.extras).toEqual([]);
    expect(record.source?.cells["project.implementingUnit"]).toMatchObject({ row: 0, col: 0 });
  });

  it("a set label on its own row names the next set; 审核意见 rows; 其他说明的问题 after the indicators is a field; an unknown cell goes to extras", async () => {
    const { record, messages } = await readTarget([
      row([cell("项目名称"), cell("某项目", { span: 3 })]),
      row([cell("总目标绩效指标：", { span: 4 })]),
      HEADER,
      row([cell("产出指标"), cell("数量指标"), cell("三年累计数量"), cell("30个")]),
      row([cell("本年度绩效指标", { span: 4 })]),
      HEADER,
      row([cell("产出指标"), cell("数量指标"), cell("本年数量"), cell("10个")]),
      row([cell("其他说明的问题"), cell("无", { span: 3 })]),
      row([cell("审核意见", { vMerge: "restart" }), cell("主管部门审核意见"), cell("同意", { span: 2 })]),
      row([cell("", { vMerge: "continue" }), cell("财政部门审核意见"), cell("", { span: 2 })]),
      row([cell("某个备注", { span: 4 })]),
    ]);
    expect(record.indicatorSets.longTerm.map((i) => [i.name, i.target?.text])).toEqual([["三年累计数量", "30个"]]);
    expect(record.indicatorSets.annual.map((i) => [i.name, i.target?.text])).toEqual([["本年数量", "10个"]]);
    expect(record.fields).toEqual([{ label: "其他说明的问题", value: "无" }]);
    expect(record.review).toEqual([{ label: "主管部门审核意见", text: "同意" }, { label: "财政部门审核意见", text: null }]);
    expect(record.extras.map((e) => e.text)).toEqual(["某个备注"]);
    expect(messages.filter((m) => m.code === "UNRECOGNIZED_CELL")).toHaveLength(1);
  });

  it("an indicator column the kind does not name (是否核心指标) goes to more; 分值 is read as a number, a word in it is NOT_A_NUMBER", async () => {
    const { record, messages } = await parseDocx(docxOf(para("绩效目标申报表") + table(6, [
      row([cell("项目名称"), cell("某项目", { span: 5 })]),
      row([cell("一级指标"), cell("二级指标"), cell("指标内容"), cell("指标值"), cell("分值"), cell("是否核心指标")]),
      row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("10个"), cell("60"), cell("是")]),
      row([cell("效益指标"), cell("社会效益指标"), cell("指标二"), cell("明显"), cell("四十"), cell("")]),
    ])), { validate: false }).then((r) => ({ record: r.forms[0] as ProjectTargetRecord, messages: r.messages }));
    expect(record.indicatorSets.annual.map((i) => [i.weight, i.more])).toEqual([[60, { 是否核心指标: "是" }], [null, {}]]);
    expect(messages).toContainEqual(expect.objectContaining({ code: "NOT_A_NUMBER", path: "indicatorSets.annual.1.weight" }));
  });
});

describe("target forms: funds names over amounts, blank amounts, a period in three cells, a signature row", () => {
  it("项目预算（万元） | 资金总额 | 其中：市财政资金 | 其他资金, the amounts on the row below", async () => {
    const { record } = await readTarget([
      row([cell("项目名称"), cell("某项目", { span: 3 })]),
      row([cell("项目预算（万元）"), cell("资金总额"), cell("其中：市财政资金"), cell("其他资金")]),
      row([cell(""), cell("120.5"), cell("100"), cell("20.5")]),
      HEADER,
      row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("10个")]),
    ]);
    expect(record.funds).toEqual({ unit: "万元", total: 120.5, appropriation: null, other: 20.5, more: [{ label: "市财政资金", amount: 100, within: null }], text: null });
    expect(record.source?.cells["funds.more.0.amount"]).toMatchObject({ row: 2, col: 2, text: "100" });
    expect(record.extras).toEqual([]);
  });

  it("a blank form's label / amount pairs: amounts null, the names kept in more, no funds text", async () => {
    const { record } = await readTarget([
      row([cell("项目名称"), cell("某项目", { span: 3 })]),
      row([cell("项目资金申请（万元）", { vMerge: "restart" }), cell("资金总额："), cell(""), cell("")]),
      row([cell("", { vMerge: "continue" }), cell("事业收入："), cell(""), cell("")]),
      HEADER,
      row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("10个")]),
    ]);
    expect(record.funds).toEqual({ unit: "万元", total: null, appropriation: null, other: null, more: [{ label: "事业收入", amount: null, within: null }], text: null });
  });

  it("项目起止时间 | 2021年1月 | 至 | 2021年12月: one period; a signature line across cells is the footer", async () => {
    const { record } = await readTarget([
      row([cell("项目名称"), cell("某项目", { span: 3 })]),
      row([cell("项目起止时间"), cell("2021年1月"), cell("至"), cell("2021年12月")]),
      HEADER,
      row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("10个")]),
      row([cell("填报人：李四"), cell(""), cell("填报日期："), cell("2021年1月5日")]),
    ]);
    expect(record.project.period).toBe("2021年1月 至 2021年12月");
    expect(record.indicatorSets.annual).toHaveLength(1);
    expect(record.footer).toMatchObject({ filler: "李四", date: "2021年1月5日", unitLeader: null });
  });
});

describe("target forms: other spellings", () => {
  it("实施期绩效目标 | 年度绩效目标 as goals; 填报人及联系电话 under the table is the filler's line", async () => {
    const rows = [
      row([cell("项目名称"), cell("某项目", { span: 3 })]),
      row([cell("实施期绩效目标"), cell("三年建成", { span: 3 })]),
      row([cell("年度绩效目标"), cell("本年建成一半", { span: 3 })]),
      HEADER,
      row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("10个")]),
    ];
    const { forms } = await parseDocx(docxOf(para("项目支出绩效目标表") + table(4, rows) + para("填报人及联系电话：张三 0731-1234567    填报日期：2021年1月5日")), { validate: false });
    const record = forms[0] as ProjectTargetRecord;
    expect(record.goals).toEqual({ longTerm: "三年建成", annual: "本年建成一半" });
    expect(record.footer).toMatchObject({ filler: "张三 0731-1234567", phone: null, date: "2021年1月5日" });
  });
});

describe("target forms: a label and its value in one cell", () => {
  it("项目名称：… and 项目属性：新增项目√ 延续项目□ in one cell each", async () => {
    const { record } = await readTarget([
      row([cell("项目名称：某项目", { span: 2 }), cell("项目属性：新增项目√ 延续项目□", { span: 2 })]),
      row([cell("主管部门：", { span: 2 }), cell("联系电话：0731-1234567", { span: 2 })]),
      HEADER,
      row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("10个")]),
    ]);
    expect(record.project).toMatchObject({ name: "某项目", attribute: "新增项目", department: null, phone: "0731-1234567" });
    expect(record.source?.cells["project.attribute"]).toMatchObject({ row: 0, col: 2 });
    expect(record.extras).toEqual([]);
  });
});

describe("target forms: 项目属性 options in a cell each", () => {
  it("项目属性 | 新增项目□ | 延续项目√: the ticked one; the next label is not an option", async () => {
    const { record } = await readTarget([
      row([cell("项目名称"), cell("某项目", { span: 3 })]),
      row([cell("项目属性"), cell("新增项目□"), cell("延续项目√"), cell("")]),
      HEADER,
      row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("10个")]),
    ]);
    expect(record.project.attribute).toBe("延续项目");
    expect(record.extras).toEqual([]);
    const second = await readTarget([
      row([cell("项目名称"), cell("某项目", { span: 3 })]),
      row([cell("项目属性"), cell("新增项目√"), cell("项目单位"), cell("某单位")]),
      HEADER,
      row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("10个")]),
    ]);
    expect(second.record.project).toMatchObject({ attribute: "新增项目", implementingUnit: "某单位" });
  });
});

describe("the city-level 申报表 with a review block (real-layouts L18)", () => {
  it("names over amounts, 总目标 | 本年度目标, a plan heading row, set labels on their own rows, 审核意见, 填报单位 as the unit", async () => {
    const { record, messages } = await readTarget([
      row([cell("项目名称"), cell("校舍维修", { span: 5 })]),
      row([cell("项目属性"), cell("新增项目√ 延续项目□", { span: 5 })]),
      row([cell("主管部门"), cell("某市教育局", { span: 2 }), cell("项目负责人"), cell("李明"), cell("")]),
      row([cell("项目预算（万元）", { vMerge: "restart" }), cell("资金总额", { span: 2 }), cell("其中：市财政资金", { span: 2 }), cell("其他资金")]),
      row([cell("", { vMerge: "continue" }), cell("80", { span: 2 }), cell("70", { span: 2 }), cell("10")]),
      row([cell("项目绩效目标描述", { vMerge: "restart" }), cell("总目标", { span: 3 }), cell("本年度目标", { span: 2 })]),
      row([cell("", { vMerge: "continue" }), cell("三年完成全部校舍维修", { span: 3 }), cell("完成10所学校维修", { span: 2 })]),
      row([cell("项目实施进度计划：", { span: 6 })]),
      row([cell("项目实施进度内容", { span: 3 }), cell("开始时间"), cell("完成时间", { span: 2 })]),
      row([cell("招标", { span: 3 }), cell("2019年3月"), cell("2019年4月", { span: 2 })]),
      row([cell("总目标绩效指标：", { span: 6 })]),
      row([cell("一级指标"), cell("二级指标"), cell("指标内容", { span: 2 }), cell("指标值"), cell("备注")]),
      row([cell("产出(工作量)指标"), cell("数量指标"), cell("维修学校数", { span: 2 }), cell("30所"), cell("")]),
      row([cell("本年度绩效指标：", { span: 6 })]),
      row([cell("一级指标"), cell("二级指标"), cell("指标内容", { span: 2 }), cell("指标值"), cell("备注")]),
      row([cell("满意度指标"), cell("服务对象满意度指标"), cell("师生满意度", { span: 2 }), cell("≥90%"), cell("")]),
      row([cell("审核意见", { vMerge: "restart" }), cell("主管部门审核意见"), cell("同意 审核人：王五", { span: 4 })]),
      row([cell("", { vMerge: "continue" }), cell("市财政局审核意见"), cell("", { span: 4 })]),
    ], ["项目支出绩效目标申报表( 2019年度)", "填报单位：某市教育局"], 6);
    expect(record).toMatchObject({
      title: "项目支出绩效目标申报表", year: 2019,
      project: { name: "校舍维修", attribute: "新增项目", department: "某市教育局", leader: "李明", implementingUnit: "某市教育局" },
      funds: { unit: "万元", total: 80, appropriation: null, other: 10, more: [{ label: "市财政资金", amount: 70, within: null }], text: null },
      goals: { longTerm: "三年完成全部校舍维修", annual: "完成10所学校维修" },
      schedule: [{ content: "招标", start: "2019年3月", end: "2019年4月" }],
      review: [{ label: "主管部门审核意见", text: "同意 审核人：王五" }, { label: "市财政局审核意见", text: null }],
    });
    expect(record.indicatorSets.longTerm.map((i) => [i.level1, i.name, i.target?.text])).toEqual([["产出(工作量)指标", "维修学校数", "30所"]]);
    expect(record.indicatorSets.annual.map((i) => [i.level2, i.name, i.target?.text])).toEqual([["服务对象满意度指标", "师生满意度", "≥90%"]]);
    expect(record.extras).toEqual([]);
    expect(messages.filter((m) => m.severity !== "info")).toEqual([]);
  });
});

describe("one indicator set", () => {
  it("labelled 长期绩效指标 but the form's only set: it is the annual set, its cells named so", async () => {
    const { record } = await readTarget([
      row([cell("项目名称"), cell("某项目", { span: 3 })]),
      row([cell("长期绩效指标", { span: 4 })]),
      HEADER,
      row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("10个")]),
    ]);
    expect(record.indicatorSets.longTerm).toEqual([]);
    expect(record.indicatorSets.annual.map((i) => i.name)).toEqual(["指标一"]);
    expect(record.source?.cells["indicatorSets.annual.0.target"]).toMatchObject({ row: 3, col: 3, text: "10个" });
    expect(Object.keys(record.source?.cells ?? {}).filter((k) => k.includes("longTerm"))).toEqual([]);
  });
});

describe("target fixtures without their title: the same record, title and year aside", () => {
  it.each(EXPECTATIONS.filter((e) => e.records[0]?.kind === "project-target"))("$fixture", async (e) => {
    const { forms } = await parseDocx(layoutFile(literals(e.fixture).files.notitle!));
    const { title: _title, year: _year, level: _level, ...rest } = e.records[0];
    expectRecord(forms[0], { ...rest, title: null, year: null });
  });
});

describe("target forms: readings and cells", () => {
  it("L17: every placeholder target reads as text; L16: ≥36公里 reads as a number with its comparator", async () => {
    const l17 = (await parseDocx(layoutFile(literals("L17-target-template").files["python-docx"]))).forms[0] as ProjectTargetRecord;
    const placeholders = l17.indicatorSets.annual.filter((i) => i.target?.text.includes("**"));
    expect(placeholders.map((i) => i.target?.reading?.kind)).toEqual(["text", "text", "text", "text"]);
    const l16 = (await parseDocx(layoutFile(literals("L16-target-hunan").files["python-docx"]))).forms[0] as ProjectTargetRecord;
    expect(l16.indicatorSets.longTerm[0].target?.reading).toMatchObject({ kind: "number", comparator: ">=", value: "36", unit: "公里" });
  });

  it("L16: each field names its cell (the prose funds cell for the amounts read from it)", async () => {
    const l16 = (await parseDocx(layoutFile(literals("L16-target-hunan").files["python-docx"]))).forms[0] as ProjectTargetRecord;
    const cells = l16.source!.cells;
    expect(cells["project.attribute"]).toMatchObject({ row: 0, col: 5, text: "新增项目□ 延续项目√" });
    expect(cells["funds.total"]).toMatchObject({ row: 4, col: 1 });
    expect(cells["funds.more.2.amount"]).toEqual(cells["funds.text"]);
    expect(cells["indicatorSets.annual.1.target"]).toMatchObject({ row: 22, col: 5, text: "≥95%" });
    expect(cells["schedule.1.end"]).toMatchObject({ row: 11, col: 6, text: "2021年12月" });
  });
});
