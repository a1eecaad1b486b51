/** Which spreadsheet cells a message fills, and how wide a text shows: hand-written messages and texts. */
import { describe, expect, it } from "vitest";
import type { Message } from "../../src/model/message";
import { FORM_COLUMNS, INDICATOR_COLUMNS_OUT } from "../../src/cli/output/columns";
import { marksOf } from "../../src/cli/output/highlight";
import { textWidth } from "../../src/cli/output/width";

const message = (form: number | undefined, path: string | undefined, severity: Message["severity"]) =>
  ({ code: "TOTAL_SCORE_MISMATCH", severity, message: "m", messageZh: "m", form, path }) as Message;
const formColumn = (zh: string) => FORM_COLUMNS.findIndex((c) => c.zh === zh);
const indicatorColumn = (zh: string) => INDICATOR_COLUMNS_OUT.findIndex((c) => c.zh === zh);

describe("marksOf", () => {
  it("maps a field path to its column, a group path to each of its columns, the most severe winning", () => {
    const marks = marksOf([message(2, "total", "warning"), message(2, "total.score", "error"), message(2, "total.score", "info")]);
    expect([...marks.forms.get(2)!].sort()).toEqual([[formColumn("总分分值"), "warning"], [formColumn("总分得分"), "error"]].sort());
    expect(marks.forms.has(0)).toBe(false);
  });

  it("maps the funds paths to 资金 columns", () => {
    const marks = marksOf([message(0, "funds.total.rate", "warning"), message(0, "funds.appropriation.executed", "error")]);
    expect(marks.forms.get(0)!.get(formColumn("执行率"))).toBe("warning");
    expect(marks.forms.get(0)!.get(formColumn("当年财政拨款·全年执行数"))).toBe("error");
  });

  it("sends indicator paths to that form's indicator row; level1Weight to 一级指标, a whole indicator to 三级指标", () => {
    const marks = marksOf([message(1, "indicators.3.score", "error"), message(1, "indicators.0.level1Weight", "error"), message(1, "indicators.5", "warning")]);
    expect([...marks.indicators.get("1:3")!]).toEqual([[indicatorColumn("得分"), "error"]]);
    expect([...marks.indicators.get("1:0")!]).toEqual([[indicatorColumn("一级指标"), "error"]]);
    expect([...marks.indicators.get("1:5")!]).toEqual([[indicatorColumn("三级指标"), "warning"]]);
    expect(marks.forms.size).toBe(0);
  });

  it("fills nothing for a message without a form or a path", () => {
    const marks = marksOf([message(undefined, "total.score", "error"), message(0, undefined, "error")]);
    expect(marks.forms.size + marks.indicators.size).toBe(0);
  });
});

describe("textWidth", () => {
  it("counts a Chinese or full-width character two, anything else one, the widest line of several", () => {
    expect(textWidth("附件4-10")).toBe(8);
    expect(textWidth("（３０分）")).toBe(10);
    expect(textWidth("total.score")).toBe(11);
    expect(textWidth("总分\nabcdefg")).toBe(7);
  });
});
