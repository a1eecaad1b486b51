/**
 * Lead-ins printed before a label: 其中 ("of which") in a funds-block cell of its own, and an
 * unnumbered 附件： in front of the title on the same line.
 */
import { describe, expect, it } from "vitest";
import { emptyHeader, readHeaderLine } from "../../src/forms/sections/header";
import { parseDocx } from "../../src/parse";
import { cell, docxOf } from "../helpers/ooxml";
import { formXml } from "../helpers/form-xml";
import { projects } from "../helpers/record";

const parse = (body: string) => parseDocx(docxOf(body), { validate: false });

describe("其中 in a funds-block cell of its own", () => {
  it("reads the rows under it as the parts of the total, and the 其中 cell as a label, not an unknown cell", async () => {
    // 其中 | 当年财政拨款 | …, the 其中 cell spanning the three source rows (as 贵池 prints L1).
    const body = formXml({ labels: { appropriation: "当年财政拨款" } })
      .replace(cell("当年财政拨款", { span: 2 }), cell("其中", { vMerge: "restart" }) + cell("当年财政拨款"))
      .replace(cell("上年结转资金", { span: 2 }), cell("", { vMerge: "continue" }) + cell("上年结转资金"))
      .replace(cell("其他资金", { span: 2 }), cell("", { vMerge: "continue" }) + cell("其他资金"));
    expect(body).toContain(cell("其中", { vMerge: "restart" }));
    const { forms: read, messages } = await parse(body);
    const [f] = projects(read);
    expect(f.funds.total).toMatchObject({ initial: 10, annual: 12.5, executed: 12.5, weight: 10, score: 10 });
    expect(f.funds.appropriation).toEqual({ initial: 10, annual: 12.5, executed: 12.5, rate: null });
    expect(f.funds.carryover).toEqual({ initial: null, annual: null, executed: null, rate: null });
    expect(f.funds.more).toEqual([]);
    expect(f.extras).toEqual([]);
    expect(messages).toEqual([]);
  });

  it("a 其中： cell over a source row the kind does not name: the row goes to funds.more under its own label", async () => {
    const body = formXml({ labels: { appropriation: "单位资金" } })
      .replace(cell("单位资金", { span: 2 }), cell("其中：") + cell("单位资金"));
    const { forms: read, messages } = await parse(body);
    const [f] = projects(read);
    expect(f.funds.more).toEqual([{ label: "单位资金", initial: 10, annual: 12.5, executed: 12.5, rate: null }]);
    expect(messages.filter((m) => m.code === "UNRECOGNIZED_CELL")).toEqual([]);
  });
});

describe("附件 in front of the title on the same line", () => {
  it("an unnumbered 附件： goes to attachment, the title is read without it", () => {
    for (const line of ["附件：项目支出绩效自评表（2019年度）", "附件: 项目支出绩效自评表（2019年度）", "附件 ：项目支出绩效自评表（2019年度）"]) {
      const into = emptyHeader();
      expect(readHeaderLine(line, into)).toBe(true);
      expect(into).toEqual({ attachment: "附件", title: "项目支出绩效自评表", level: null, year: 2019 });
    }
  });

  it("a title that merely begins with 附件 and no colon keeps it", () => {
    const into = emptyHeader();
    readHeaderLine("附件项目支出绩效自评表", into);
    expect(into).toMatchObject({ attachment: null, title: "附件项目支出绩效自评表" });
  });

  it("in a form: attachment 附件, the title without it", async () => {
    const { forms: read } = await parse(formXml({ before: ["附件：县级预算部门项目支出绩效自评表（2021年度）"] }));
    const [f] = projects(read);
    expect(f).toMatchObject({ attachment: "附件", title: "县级预算部门项目支出绩效自评表", level: "县级", year: 2021 });
  });
});

describe("an unnumbered 附件： on a line of its own", () => {
  it("gives attachment 附件, as the writer prints it back", () => {
    const into = emptyHeader();
    expect(readHeaderLine("附件：", into)).toBe(true);
    expect(into.attachment).toBe("附件");
  });
});
