/**
 * The amounts of a target form's funds prose: units converted to one, and the parts of an amount
 * (其中 in brackets) told from the sources. Small hand-made tables; every expected value is written
 * by hand from the table's literals.
 */
import { describe, expect, it } from "vitest";
import type { ProjectTargetRecord } from "../../src/model/record";
import { parseDocx } from "../../src/parse";
import { cell, docxOf, para, row, table } from "../helpers/ooxml";

async function readFunds(label: string, prose: string) {
  const rows = [
    row([cell("项目名称"), cell("某项目", { span: 3 })]),
    row([cell(label), cell(prose, { span: 3 })]),
    row([cell("一级指标"), cell("二级指标"), cell("三级指标"), cell("指标值")]),
    row([cell("产出指标"), cell("数量指标"), cell("指标一"), cell("10个")]),
  ];
  const { forms, messages } = await parseDocx(docxOf(para("项目支出绩效目标表") + table(4, rows)), { validate: false });
  expect(forms.map((f) => f.kind)).toEqual(["project-target"]);
  const funds = (forms[0] as ProjectTargetRecord).funds;
  return { funds, notes: messages.filter((m) => m.code === "FUNDS_UNITS_MIXED").map((m) => `${m.severity} ${m.path}: ${m.message} | ${m.messageZh}`) };
}

describe("target funds prose in different units", () => {
  it("亿元 and 万元: every amount read in the smallest unit named, exactly, with an info", async () => {
    const { funds, notes } = await readFunds("年度资金总额及构成", "总额1.2亿元；财政拨款：8000万元；其他：0.07亿元；自有资金：3300万元");
    // 0.07 × 10000 is 700.0000000000001 in floats.
    expect(funds).toEqual({
      unit: "万元", total: 12000, appropriation: 8000, other: 700, more: [{ label: "自有资金", amount: 3300, within: null }],
      text: "总额1.2亿元；财政拨款：8000万元；其他：0.07亿元；自有资金：3300万元",
    });
    expect(notes).toEqual([
      "info funds.text: The funds text names amounts in 亿元 / 万元: they are read in 万元, converted exactly; the text is kept as printed. | 资金情况中的金额单位不一（亿元 / 万元），已按万元精确换算读取，原文保留。",
    ]);
  });

  it("amounts in 元 and 亿元 under a label reading （万元）: read in 万元, the label's unit", async () => {
    const { funds, notes } = await readFunds("年度资金总额及构成（万元）", "总额2600000元；财政拨款：0.02亿元；其他：600000元");
    expect([funds.unit, funds.total, funds.appropriation, funds.other]).toEqual(["万元", 260, 200, 60]);
    expect(notes).toHaveLength(1);
  });

  it("one unit, as printed: nothing converted, no message", async () => {
    const { funds, notes } = await readFunds("年度资金总额及构成", "总额2600000元；财政拨款：2000000元；其他：600000元");
    expect([funds.unit, funds.total, funds.appropriation, funds.other]).toEqual(["元", 2600000, 2000000, 600000]);
    expect(notes).toEqual([]);
  });

  it("an amount without a unit among amounts in different units: left null, with a warning naming it", async () => {
    const { funds, notes } = await readFunds("年度资金总额及构成", "总额1.2亿元；财政拨款：8000万元；其他：4000");
    expect([funds.unit, funds.total, funds.appropriation, funds.other]).toEqual(["万元", 12000, 8000, null]);
    expect(notes[1]).toBe("warning funds.text: 其他: no unit is written with the amount among amounts in 亿元 / 万元, so it is not read (null); the text is kept. | 其他：金额未写单位，而其他金额单位不一（亿元 / 万元），无法确定单位，未读取（为空），原文保留。");
  });
});

describe("target funds prose: the parts of an amount", () => {
  it("only amounts in brackets opened with 其中 are parts of the amount before them; an unbracketed 其中 lists sources", async () => {
    const { funds } = await readFunds("年度资金总额及构成", "总额260万元，其中：财政拨款200万元（其中：上级补助150万元，本级50万元），单位自筹60万元");
    expect(funds).toMatchObject({ total: 260, appropriation: 200, other: null });
    expect(funds.more).toEqual([
      { label: "上级补助", amount: 150, within: "财政拨款" }, { label: "本级", amount: 50, within: "财政拨款" }, { label: "单位自筹", amount: 60, within: null },
    ]);
  });
});
