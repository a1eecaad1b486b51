/**
 * The 项目绩效目标表 (project-target) writer: blankForm makes the blank form, writeDocx prints a
 * record in the 宁乡 layout. The printed text is checked cell by cell in the table grid read back
 * from the .docx, against literals written here; and parseDocx(writeDocx(x)) gives x back.
 */
import { describe, expect, it } from "vitest";
import { isJixiaoError, type JixiaoError } from "../../src/errors";
import { readDocumentModel } from "../../src/grid/read";
import { parseDocx } from "../../src/parse";
import type { Grid } from "../../src/grid/types";
import type { ProjectTargetRecord, TargetIndicator } from "../../src/model/record";
import { blankForm } from "../../src/write/blank";
import { writeDocx } from "../../src/write/document";
import { TARGET_WIDTHS } from "../../src/write/kinds/target";
import { formLayout } from "../../src/write/layout";
import { placeCells } from "../../src/write/render";

const v = (text: string) => ({ raw: text, text });
function indicator(level1: string, level2: string, name: string | null, target: string | null, more: Partial<TargetIndicator> = {}): TargetIndicator {
  return { level1, level2, name, target: target === null ? null : v(target), weight: null, method: null, remark: null, more: {}, ...more };
}
const noFooter = { unitLeader: null, filler: null, phone: null, date: null, projectLeader: null, financeLeader: null, reportNo: null };

/** A 宁乡-style form, filled in (values invented): prose funds, both sets, the annual set scored, review rows. */
export function filledTarget(): ProjectTargetRecord {
  return {
    kind: "project-target", attachment: "附件2", title: "项目绩效目标表", level: null, year: 2021,
    project: {
      name: "坝塘镇农村人居环境整治", department: "宁乡市坝塘镇人民政府", departmentCode: "418001", implementingUnit: "坝塘镇农业综合服务中心",
      leader: "刘建军", phone: "0731-87012345", attribute: "延续项目", period: "2021年1月至2021年12月",
    },
    funds: {
      unit: "万元", total: 260, appropriation: 200, other: 20,
      more: [{ label: "上级财政资金", amount: 120, within: "财政拨款" }, { label: "本级财政", amount: 80, within: "财政拨款" }, { label: "自有资金", amount: 40, within: null }],
      text: "总额260万元；财政拨款：200万元（其中：上级财政资金：120万元；本级财政：80万元）；二、自有资金：40万元；三、其他：20万元",
    },
    overview: "对全镇12个村的垃圾收运、改厕和村庄清洁进行整治。",
    basis: { legal: "《农村人居环境整治三年行动方案》", feasibility: "镇村两级已建立保洁队伍，资金有保障。", necessity: "改善农村人居环境，建设美丽乡村。" },
    schedule: [{ content: "完成改厕任务", start: "2021年3月", end: "2021年9月" }, { content: "垃圾收运设施建设", start: "2021年4月", end: "2021年11月" }],
    goals: { longTerm: "建成干净整洁有序的美丽乡村。", annual: "完成改厕300户，垃圾收运覆盖全部12个村。" },
    indicatorSets: {
      longTerm: [
        indicator("产出指标", "数量指标", "改厕户数", "≥1000户"),
        indicator("效益指标", "社会效益指标", "村容村貌", "明显改善"),
        indicator("满意度指标", "社会公众或服务对象满意度指标", "群众满意度", "≥90%", { remark: "抽样调查" }),
      ],
      annual: [
        indicator("产出指标", "数量指标", "★改厕户数", "≥300户", { weight: 20, method: "完成得20分，每少10户扣1分" }),
        indicator("产出指标", "数量指标", "垃圾收运覆盖村数", "12个", { weight: 10 }),
        indicator("产出指标", "成本指标", "户均改厕成本", "≤**元", { weight: 10 }),
        indicator("效益指标", "生态效益指标", "垃圾无害化处理率", "≥90%", { weight: 20 }),
        indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", { weight: 20 }),
      ],
    },
    review: [{ label: "主管部门审核意见", text: "同意申报。" }, { label: "财政部门审核意见", text: null }],
    fields: [{ label: "其他说明的问题", value: "无" }],
    footer: { ...noFooter, unitLeader: "王志强", filler: "李敏", phone: "0731-87012346", date: "2021年1月15日" },
    extras: [],
  };
}

/** The written document's paragraphs, and its one table as rows of [text, colSpan, rowSpan] from the grid read back. */
async function printed(record: ProjectTargetRecord) {
  const { blocks } = await readDocumentModel(await writeDocx(record));
  const tables = blocks.filter((b) => b.kind === "table");
  expect(tables).toHaveLength(1);
  const grid = (tables[0] as { grid: Grid }).grid;
  const rows: [string, number, number][][] = Array.from({ length: grid.rowCount }, () => []);
  for (const c of grid.cells) rows[c.row].push([c.text, c.colSpan, c.rowSpan]);
  const paragraphs = blocks.filter((b) => b.kind === "paragraph").map((b) => (b as { text: string }).text).filter((t) => t !== "");
  return { paragraphs, rows, texts: rows.map((r) => r.map(([t]) => t)), colCount: grid.colCount };
}

describe("blankForm({ kind: \"project-target\" })", () => {
  it("makes an empty target form with the standard structure in both indicator sets, as a blank form reads back", () => {
    const record = blankForm({ kind: "project-target", level: "县级", year: 2022, project: { name: "农村公路养护", implementingUnit: "县公路中心" } });
    expect(record).toMatchObject({
      kind: "project-target", title: "县级项目绩效目标表", level: "县级", year: 2022, attachment: null,
      project: { name: "农村公路养护", department: null, departmentCode: null, implementingUnit: "县公路中心", leader: null, phone: null, attribute: null, period: null },
      funds: { unit: null, total: null, appropriation: null, other: null, more: [], text: null },
      schedule: [],
      review: [], fields: [],
    });
    const structure = [
      ["产出指标", "数量指标"], ["产出指标", "质量指标"], ["产出指标", "时效指标"], ["产出指标", "成本指标"],
      ["效益指标", "经济效益指标"], ["效益指标", "社会效益指标"], ["效益指标", "生态效益指标"], ["效益指标", "可持续影响指标"],
      ["满意度指标", "服务对象满意度指标"],
    ];
    for (const set of [record.indicatorSets.longTerm, record.indicatorSets.annual]) {
      expect(set.map((i) => [i.level1, i.level2])).toEqual(structure);
      expect(set.every((i) => i.name === null && i.target === null && i.weight === null)).toBe(true);
    }
    expect(record.indicatorSets.longTerm[0]).not.toBe(record.indicatorSets.annual[0]);
  });

  it("takes rows per 二级指标 in both sets, and refuses the rows of another kind", () => {
    const record = blankForm({ kind: "project-target", level: "县级", year: 2022, rows: { 数量指标: 3, 成本指标: 0 } });
    for (const set of [record.indicatorSets.longTerm, record.indicatorSets.annual]) {
      expect(set.filter((i) => i.level2 === "数量指标")).toHaveLength(3);
      expect(set.filter((i) => i.level2 === "成本指标")).toHaveLength(0);
    }
    expect(() => blankForm({ kind: "project-target", level: "县级", year: 2022, fund: { name: "x" } })).toThrow("fund: not rows of a project-target form; give its rows as project");
  });
});

describe("the printed 项目绩效目标表", () => {
  it("prints a blank form: title, year, 填报单位（盖章）, unticked options, empty funds, two empty schedule rows, both standard sets", async () => {
    const { paragraphs, rows, texts } = await printed(blankForm({ kind: "project-target", level: "县级", year: 2022 }));
    expect(paragraphs).toEqual(["县级项目绩效目标表", "（2022年度）", "填报单位（盖章）：", "单位负责人签字：      填表人：      联系电话：      填报日期：   年   月   日"]);
    expect(rows.slice(0, 4)).toEqual([
      [["项目名称", 1, 1], ["", 4, 1], ["项目属性", 1, 1], ["新增项目□ 延续项目□", 3, 1]],
      [["主管部门", 1, 1], ["", 4, 1], ["主管部门编码", 1, 1], ["", 3, 1]],
      [["项目单位", 1, 1], ["", 2, 1], ["项目负责人", 1, 1], ["", 1, 1], ["联系电话", 1, 1], ["", 3, 1]],
      [["项目起止时间", 2, 1], ["", 7, 1]],
    ]);
    expect(texts.slice(4, 9)).toEqual([
      ["年度资金总额及构成", ""], ["项目概况", ""],
      ["项目立项情况", "项目立项的依据", ""], ["项目申报的可行性", ""], ["项目申报的必要性", ""],
    ]);
    expect(rows[9]).toEqual([["项目实施进度计划", 1, 3], ["项目实施内容", 4, 1], ["开始时间", 2, 1], ["完成时间", 2, 1]]);
    expect(texts.slice(10, 14)).toEqual([["", "", ""], ["", "", ""], ["项目绩效目标", "长期目标", "年度目标"], ["", ""]]);
    expect(rows[14]).toEqual([["长期绩效指标", 1, 10], ["一级指标", 1, 1], ["二级指标", 1, 1], ["指标内容", 2, 1], ["指标值", 2, 1], ["备注", 2, 1]]);
    expect(rows[15].slice(0, 2)).toEqual([["产出指标", 1, 4], ["数量指标", 1, 1]]);
    expect(texts.slice(16, 24).map((r) => r[0])).toEqual(["质量指标", "时效指标", "成本指标", "效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "满意度指标"]);
    expect(rows[24][0]).toEqual(["年度绩效指标", 1, 10]);
    expect(texts).toHaveLength(34);
  });

  it("prints a filled form: the chosen option ticked, the funds prose, the schedule, 分值 / 评分细则 in the scored set, review and other rows", async () => {
    const { rows, texts, paragraphs } = await printed(filledTarget());
    expect(paragraphs.slice(0, 4)).toEqual(["附件2：", "项目绩效目标表", "（2021年度）", "填报单位（盖章）："]);
    expect(paragraphs[4]).toBe("单位负责人签字：王志强      填表人：李敏      联系电话：0731-87012346      填报日期：2021年1月15日");
    expect(texts[0]).toEqual(["项目名称", "坝塘镇农村人居环境整治", "项目属性", "新增项目□ 延续项目√"]);
    expect(texts[2]).toEqual(["项目单位", "坝塘镇农业综合服务中心", "项目负责人", "刘建军", "联系电话", "0731-87012345"]);
    expect(texts[4]).toEqual(["年度资金总额及构成（万元）", "总额260万元；财政拨款：200万元（其中：上级财政资金：120万元；本级财政：80万元）；二、自有资金：40万元；三、其他：20万元"]);
    expect(texts.slice(9, 12)).toEqual([["项目实施进度计划", "项目实施内容", "开始时间", "完成时间"], ["完成改厕任务", "2021年3月", "2021年9月"], ["垃圾收运设施建设", "2021年4月", "2021年11月"]]);
    // The long-term set has no 分值: the 宁乡 columns; the annual set is scored.
    expect(rows[14]).toEqual([["长期绩效指标", 1, 4], ["一级指标", 1, 1], ["二级指标", 1, 1], ["指标内容", 2, 1], ["指标值", 2, 1], ["备注", 2, 1]]);
    expect(texts[17]).toEqual(["满意度指标", "社会公众或服务对象满意度指标", "群众满意度", "≥90%", "抽样调查"]);
    expect(rows[18]).toEqual([["年度绩效指标", 1, 6], ["一级指标", 1, 1], ["二级指标", 1, 1], ["指标内容", 1, 1], ["指标值", 2, 1], ["分值", 1, 1], ["评分细则", 1, 1], ["备注", 1, 1]]);
    expect(rows[19]).toEqual([["产出指标", 1, 3], ["数量指标", 1, 2], ["★改厕户数", 1, 1], ["≥300户", 2, 1], ["20", 1, 1], ["完成得20分，每少10户扣1分", 1, 1], ["", 1, 1]]);
    expect(texts[21]).toEqual(["成本指标", "户均改厕成本", "≤**元", "10", "", ""]);
    expect(texts.slice(24)).toEqual([["主管部门审核意见", "同意申报。"], ["财政部门审核意见", ""], ["其他说明的问题", "无"]]);
  });

  it("composes the funds prose from the amounts when the record has no funds text", async () => {
    const record = filledTarget();
    record.funds = { unit: null, total: 260, appropriation: 200, other: null, more: [{ label: "自有资金", amount: 60, within: null }], text: null };
    const { texts } = await printed(record);
    expect(texts[4]).toEqual(["年度资金总额及构成", "总额：260万元；财政拨款：200万元；自有资金：60万元"]);
  });

  it("ticks an attribute that is none of the printed options after them, and prints one that has its boxes as it is", async () => {
    const record = filledTarget();
    record.project.attribute = "其他项目";
    expect((await printed(record)).texts[0][3]).toBe("新增项目□ 延续项目□ 其他项目√");
    record.project.attribute = "新增项目√ 延续项目√";
    expect((await printed(record)).texts[0][3]).toBe("新增项目√ 延续项目√");
  });

  it("leaves two schedule rows to fill by hand when the record has fewer", async () => {
    const record = filledTarget();
    record.schedule = [record.schedule[0]];
    expect((await printed(record)).rows.slice(9, 12)).toEqual([
      [["项目实施进度计划", 1, 3], ["项目实施内容", 4, 1], ["开始时间", 2, 1], ["完成时间", 2, 1]],
      [["完成改厕任务", 4, 1], ["2021年3月", 2, 1], ["2021年9月", 2, 1]],
      [["", 4, 1], ["", 2, 1], ["", 2, 1]],
    ]);
  });

  it("tiles its own 9-column grid, filling the A4 text width", () => {
    expect(TARGET_WIDTHS.reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 720);
    for (const record of [filledTarget(), blankForm({ kind: "project-target", level: "县级", year: 2022, rows: 2 })]) {
      const layout = formLayout(record);
      expect(layout.widths).toBe(TARGET_WIDTHS);
      for (const row of placeCells(layout.rows, TARGET_WIDTHS.length)) expect(row.reduce((n, p) => n + p.cell.span, 0)).toBe(9);
    }
  });
});

const READERS = ["direct", "mammoth"] as const;
/** What the reader adds to a record (source, extras, readings) left out: the record as the writer was given it. */
function given(record: unknown): unknown {
  return JSON.parse(JSON.stringify(record, (key, value) => (key === "source" || key === "extras" || key === "reading" ? undefined : value)));
}
async function roundTrip(records: ProjectTargetRecord[], reader: (typeof READERS)[number]) {
  const { forms, messages } = await parseDocx(await writeDocx(records), { reader, validate: false });
  return { forms: forms.map(given), extras: forms.map((f) => f.extras.map((e) => e.text)), problems: messages.filter((m) => m.severity !== "info") };
}

describe.each(READERS)("project-target forms round trip through the %s reader", (reader) => {
  it("gives back a filled form (prose funds, both sets, the annual one scored, schedule, review, other rows) and a blank one", async () => {
    const records = [filledTarget(), blankForm({ kind: "project-target", level: "县级", year: 2022, project: { name: "农村公路养护" } })];
    const { forms, extras, problems } = await roundTrip(records, reader);
    expect(forms).toEqual(records.map(given));
    // The 填报单位（盖章） line is printed empty, for the seal: the reader keeps it apart, as on any form with a 项目单位 row.
    expect(extras).toEqual([["填报单位（盖章）："], ["填报单位（盖章）："]]);
    expect(problems).toEqual([]);
  });

  it("keeps a blank form's empty rows under a merged 二级指标: two rows per 二级 read back as two indicators", async () => {
    const record = blankForm({ kind: "project-target", level: "县级", year: 2022, rows: 2 });
    // The standard structure has 9 二级指标 (4 产出, 4 效益, 1 满意度): 18 rows in each set.
    expect(record.indicatorSets.annual).toHaveLength(18);
    expect(record.indicatorSets.longTerm).toHaveLength(18);
    const { forms, problems } = await roundTrip([record], reader);
    expect(forms).toEqual([given(record)]);
    expect(problems).toEqual([]);
  });

  it("reads amounts given without funds text back from the prose it prints, which becomes the text", async () => {
    const record = filledTarget();
    record.funds = { unit: "万元", total: 260, appropriation: 200, other: 20, more: [{ label: "自有资金", amount: 40, within: null }], text: null };
    const { forms } = await roundTrip([record], reader);
    expect((forms[0] as ProjectTargetRecord).funds).toEqual({
      unit: "万元", total: 260, appropriation: 200, other: 20, more: [{ label: "自有资金", amount: 40, within: null }], text: "总额：260万元；财政拨款：200万元；其他：20万元；自有资金：40万元",
    });
  });
});

describe("writeDocx and a target record", () => {
  it("refuses indicator columns and signatures the form has no place for, path by path, writing nothing", async () => {
    const record = filledTarget();
    record.indicatorSets.annual[1].more = { 是否核心指标: "是" };
    record.footer.financeLeader = "赵磊";
    const error = await writeDocx([filledTarget(), record]).then(() => undefined, (e: unknown) => e);
    expect(isJixiaoError(error)).toBe(true);
    expect((error as JixiaoError).code).toBe("INVALID_RECORD");
    expect((error as JixiaoError).details).toEqual([
      "forms[1].indicatorSets.annual.1.more: expected {}: the 项目绩效目标表 prints no indicator columns beyond 指标内容, 指标值, 分值, 评分细则 and 备注",
      "forms[1].footer.financeLeader: expected null: the 项目绩效目标表 prints no 项目负责人 / 财务负责人 signature (the 项目负责人 row is project.leader)",
    ]);
  });

  it("checks a target record against its own schema", async () => {
    const { indicatorSets: _sets, ...withoutSets } = filledTarget();
    const error = await writeDocx(withoutSets as ProjectTargetRecord).then(() => undefined, (e: unknown) => e);
    expect((error as JixiaoError).details).toEqual(["forms[0].indicatorSets: expected object, received nothing"]);
  });
});
