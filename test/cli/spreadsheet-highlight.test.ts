/** Which spreadsheet cells a message fills, and how wide a text shows: hand-written messages and texts. */
import { describe, expect, it } from "vitest";
import type { Message } from "../../src/model/message";
import { FORM_COLUMNS, INDICATOR_COLUMNS_OUT, KIND_COLUMNS, SUMMARY_COLUMNS, type Column } from "../../src/export/columns";
import { marksOf } from "../../src/export/highlight";
import { textWidth } from "../../src/export/width";

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

  it("sends indicator paths to that form's indicator row; level1Weight to 一级指标分值 and 一级指标 (where the form prints it), a whole indicator to 三级指标", () => {
    const marks = marksOf([message(1, "indicators.3.score", "error"), message(1, "indicators.0.level1Weight", "error"), message(1, "indicators.5", "warning")]);
    expect([...marks.indicators.get("1:3")!]).toEqual([[indicatorColumn("得分"), "error"]]);
    expect([...marks.indicators.get("1:0")!].sort()).toEqual([[indicatorColumn("一级指标分值"), "error"], [indicatorColumn("一级指标"), "error"]].sort());
    expect([...marks.indicators.get("1:5")!]).toEqual([[indicatorColumn("三级指标"), "warning"]]);
    expect(marks.forms.size).toBe(0);
  });

  it("finds the cell in the sheet's own columns: a transfer form's fund name, a department's name, the summary's title", () => {
    const at = (columns: readonly Column<never>[], zh: string) => columns.findIndex((c) => c.zh === zh);
    const transfer = KIND_COLUMNS["transfer-self-evaluation"];
    const onTransfer = marksOf([message(0, "fund.name", "warning"), message(0, "funds.total.executed", "error")], transfer);
    expect([...onTransfer.forms.get(0)!].sort()).toEqual([[at(transfer, "转移支付（项目）名称"), "warning"], [at(transfer, "年度资金总额·全年执行数"), "error"]].sort());
    // The column sits elsewhere in the all-kinds table: the index is the transfer sheet's own.
    expect(at(transfer, "转移支付（项目）名称")).not.toBe(formColumn("转移支付（项目）名称"));
    const department = KIND_COLUMNS["department-self-evaluation"];
    expect([...marksOf([message(1, "department.name", "error")], department).forms.get(1)!]).toEqual([[at(department, "部门（单位）名称"), "error"]]);
    // A transfer sheet has no 总分 columns: a message on total.score fills nothing there.
    expect(marksOf([message(0, "total.score", "error")], transfer).forms.get(0)!.size).toBe(0);
    expect([...marksOf([message(0, "title", "info")], SUMMARY_COLUMNS).forms.get(0)!]).toEqual([[at(SUMMARY_COLUMNS, "标题"), "info"]]);
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
