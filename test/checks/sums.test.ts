import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateForm } from "../../src/checks/check-form";
import type { ProjectRecord as FormRecord } from "../../src/model/record";
import { parseDocx } from "../../src/parse";
import { blankForm } from "../../src/write/blank";
import { goodRecord, projects } from "../helpers/record";

const codes = (r: unknown) => validateForm(r).map((m) => `${m.severity} ${m.code} ${m.path ?? "-"}`);

function changed(change: (r: FormRecord) => void): FormRecord {
  const r = goodRecord();
  change(r);
  return r;
}

describe("a blank form passes its own check", () => {
  it.each([1, 2])("blankForm with %i row(s) per 二级指标: one FORM_NOT_FILLED info, no error or warning", (rows) => {
    const messages = validateForm(blankForm({ level: "县级", year: 2021, rows }));
    expect(messages.map((m) => `${m.severity} ${m.code}`)).toEqual(["info FORM_NOT_FILLED"]);
    expect(messages[0].messageZh).toContain("空白表");
    expect(messages[0].path).toBeUndefined();
  });

  it("samples/blank.docx, read back from Word: the same single info", async () => {
    const { forms: read, messages } = await parseDocx(readFileSync(new URL("../../samples/blank.docx", import.meta.url)));
    const forms = projects(read);
    expect(forms).toHaveLength(1);
    // The premise: the printed totals are there over empty parts.
    expect([forms[0].total.weight, forms[0].funds.total.weight, forms[0].indicators[0].level1Weight]).toEqual([100, 10, 50]);
    expect(messages.map((m) => `${m.severity} ${m.code} ${m.form}`)).toEqual(["info FORM_NOT_FILLED 0"]);
  });

  it("one figure filled ends FORM_NOT_FILLED: the sums it joins are then reported incomplete", () => {
    const r = blankForm({ level: "县级", year: 2021 });
    r.indicators[0].weight = 20;
    // The printed 资金分值 is a part of 资金得分 = 执行率 × 分值, so that rule names its empty cells too.
    expect(codes(r)).toEqual(["info SUM_INCOMPLETE total.weight", "info SUM_INCOMPLETE indicators.0.level1Weight", "info SUM_INCOMPLETE funds.total.score"]);
  });
});

describe("a partly filled sum is not compared: an info names its empty cells", () => {
  it("an empty indicator weight: 总分分值 and its 一级指标 (N分) are not compared", () => {
    const r = changed((x) => { x.indicators[1].weight = null; x.total.weight = 90; });
    const messages = validateForm(r);
    expect(codes(r)).toEqual(["info SUM_INCOMPLETE total.weight", "info SUM_INCOMPLETE indicators.0.level1Weight"]);
    expect(messages[0].message).toBe("总分 weight is not checked: indicators.1.weight (达标率) is empty.");
    expect(messages[0].messageZh).toBe("总分分值未核对：indicators.1.weight（达标率）为空。");
  });

  it("names every empty cell, the total's too", () => {
    const r = changed((x) => { x.indicators[0].score = null; x.indicators[2].score = null; x.total.score = null; });
    const [message] = validateForm(r);
    expect(message).toMatchObject({ code: "SUM_INCOMPLETE", severity: "info", path: "total.score" });
    expect(message.message).toBe("总分 score is not checked: total.score, indicators.0.score (完成调研报告), indicators.2.score (公开率) are empty.");
  });

  it("an empty total over filled parts is an info, not an error", () => {
    expect(codes(changed((x) => { x.total.score = null; }))).toEqual(["info SUM_INCOMPLETE total.score"]);
  });

  it("a total with no part filled is not compared and not reported (总分得分 over empty scores)", () => {
    const r = changed((x) => { for (const i of x.indicators) i.score = null; x.funds.total.score = null; });
    // The funds score is one part of its own rule (rate × weight), which the info names.
    expect(codes(r)).toEqual(["info SUM_INCOMPLETE funds.total.score"]);
  });

  it("a complete sum is still compared beside an incomplete one", () => {
    const r = changed((x) => { x.total.weight = 90; x.indicators[0].score = null; });
    expect(codes(r)).toEqual(["info SUM_INCOMPLETE total.score", "error TOTAL_WEIGHT_MISMATCH total.weight"]);
  });

  it("年度资金总额 left empty over filled parts: infos for it and for the 执行率 that needs it, no FUNDS_TOTAL_MISMATCH", () => {
    const r = changed((x) => { x.funds.total.executed = null; });
    const messages = validateForm(r);
    expect(codes(r)).toEqual(["info SUM_INCOMPLETE funds.total.executed", "info SUM_INCOMPLETE funds.total.rate"]);
    expect(messages[1].message).toBe("执行率 is not checked: funds.total.executed is empty.");
  });

  it("an empty funds part counts as 0 (a source the project did not have): the column is still compared", () => {
    const r = changed((x) => { x.funds.carryover.annual = null; });
    expect(validateForm(r)).toMatchObject([{ code: "FUNDS_TOTAL_MISMATCH", path: "funds.total.annual", expected: "451.7", actual: "505.22" }]);
    // A total alone, its parts all empty, is not compared.
    const alone = changed((x) => { x.funds.appropriation.initial = null; x.funds.total.initial = 7; });
    expect(codes(alone)).toEqual([]);
  });

  it("a row of the form's own (单位资金, 财政专户管理资金) is one more source the total adds up, exactly", () => {
    const more = [{ label: "财政专户管理资金", initial: 0.1, annual: null, executed: null, rate: null }, { label: "单位资金", initial: 0.2, annual: null, executed: null, rate: null }];
    // 100 + 0.1 + 0.2 = 100.3, which floats make 100.30000000000001.
    expect(codes(changed((x) => { x.funds.total.initial = 100.3; x.funds.more = more; }))).toEqual([]);
    const wrong = validateForm(changed((x) => { x.funds.more = [more[0], { ...more[1], label: "其中：单位资金" }]; }));
    expect(wrong).toMatchObject([{ code: "FUNDS_TOTAL_MISMATCH", path: "funds.total.initial", expected: "100.3", actual: "100" }]);
    expect(wrong[0].message).toBe("年度资金总额 initial is 100 but 当年财政拨款 + 上年结转资金 + 其他资金 + 财政专户管理资金 + 单位资金 make 100.3.");
    expect(wrong[0].messageZh).toBe("年度资金总额的年初预算数为100，但当年财政拨款、上年结转资金、其他资金、财政专户管理资金与单位资金之和为100.3。");
  });

  it("执行率: an empty rate beside both amounts is named; the funds score still follows from the amounts", () => {
    const r = changed((x) => { x.funds.total.rate = null; });
    expect(codes(r)).toEqual(["info SUM_INCOMPLETE funds.total.rate"]);
    const wrong = changed((x) => { x.funds.total.rate = null; x.funds.total.score = 7; x.total.score = 97; });
    expect(codes(wrong)).toEqual(["info SUM_INCOMPLETE funds.total.rate", "warning FUNDS_SCORE_POLICY funds.total.score"]);
  });

  it("资金得分 with no rate and no amounts to compute one: named, not compared", () => {
    const r = changed((x) => {
      x.funds.total = { ...x.funds.total, initial: null, annual: null, executed: null, rate: null };
      for (const part of [x.funds.appropriation, x.funds.carryover, x.funds.other]) Object.assign(part, { initial: null, annual: null, executed: null });
    });
    expect(codes(r)).toEqual(["info SUM_INCOMPLETE funds.total.score"]);
    expect(validateForm(r)[0].message).toBe("The funds score (资金得分) is not checked: funds.total.rate is empty.");
  });

  it("a 一级指标 printed as its points alone (no name read) is named by its first indicator", () => {
    const unnamed = (x: FormRecord) => { x.indicators[0].level1 = null; x.indicators[1].level1 = null; };
    const empty = validateForm(changed((x) => { unnamed(x); x.indicators[1].weight = null; x.total.weight = 75; }));
    expect(empty.map((m) => [m.path, m.message, m.messageZh])).toEqual([
      ["total.weight", "总分 weight is not checked: indicators.1.weight (达标率) is empty.", "总分分值未核对：indicators.1.weight（达标率）为空。"],
      ["indicators.0.level1Weight", "The (N分) of the 一级指标 of indicator 1 is not checked: indicators.1.weight (达标率) is empty.", "第1个指标的一级指标的（N分）未核对：indicators.1.weight（达标率）为空。"],
    ]);
    const wrong = validateForm(changed((x) => { unnamed(x); x.indicators[0].level1Weight = 40; x.indicators[1].level1Weight = 40; }));
    expect(wrong.map((m) => [m.code, m.message, m.messageZh])).toEqual([
      ["LEVEL1_WEIGHT_MISMATCH", "The 一级指标 of indicator 1 is labelled (40分) but its indicator weights sum to 50.", "第1个指标的一级指标标注（40分），但其下各指标分值之和为50。"],
    ]);
  });

  it("a 一级指标 without (N分) is not checked, whatever its weights", () => {
    const r = changed((x) => { x.indicators[2].level1Weight = null; x.indicators[2].weight = 7; x.total.weight = 77; x.indicators[2].score = 7; x.total.score = 76; });
    expect(codes(r)).toEqual([]);
  });
});
