import { describe, expect, it } from "vitest";
import {
  FOOTER_LABELS,
  FUNDS_COLUMNS,
  FUNDS_ROWS,
  GOAL_LABEL,
  INDICATOR_COLUMNS,
  INDICATORS_LABEL,
  PROJECT_LABELS,
  TOTAL_LABEL,
} from "../../src/model/labels";
import type { ProjectRecord as FormRecord, Indicator } from "../../src/model/record";
import { blankForm } from "../../src/write/blank";
import { formLayout, GRID_COLUMNS, type LayoutCell, type LayoutRow } from "../../src/write/layout";
import { placeCells } from "../../src/write/render";
import { COLUMN_WIDTHS } from "../../src/write/style";
import { expectedSeedRecords } from "../helpers/seed";

const spans = (row: LayoutRow) => row.cells.map((c) => [c.text, c.span, c.rowSpan]);
/** The rows of the 绩效指标 section: its header, then one per indicator. */
const indicatorRows = (rows: LayoutRow[]) => rows.slice(rows.findIndex((r) => r.cells[0].text === INDICATORS_LABEL.zh), -1);

function withIndicators(indicators: Partial<Indicator>[]): FormRecord {
  const record = blankForm({ level: "州级", year: 2021 });
  const empty = record.indicators[0];
  return { ...record, indicators: indicators.map((i) => ({ ...empty, ...i })) };
}

describe("formLayout", () => {
  it("tiles the 9-column grid in every row, for every seed form and a blank form", () => {
    expect(COLUMN_WIDTHS).toHaveLength(GRID_COLUMNS);
    for (const record of [...expectedSeedRecords(), blankForm({ level: "州级", year: 2021, rows: 3 })]) {
      const rows = formLayout(record).rows;
      const placed = placeCells(rows, GRID_COLUMNS);
      for (const row of placed) expect(row.reduce((n, p) => n + p.cell.span, 0)).toBe(GRID_COLUMNS);
    }
  });

  it("lays out the project, funds and goal sections with the official spans", () => {
    const record = blankForm({ level: "州级", year: 2021, project: { name: "网络平台运行及维护费", department: "州政府办", implementingUnit: "州政府办" } });
    const rows = formLayout(record).rows;
    expect(spans(rows[0])).toEqual([[PROJECT_LABELS[0].zh, 1, 1], ["网络平台运行及维护费", 8, 1]]);
    expect(spans(rows[1])).toEqual([[PROJECT_LABELS[1].zh, 1, 1], ["州政府办", 3, 1], [PROJECT_LABELS[2].zh, 2, 1], ["州政府办", 3, 1]]);
    expect(spans(rows[2])).toEqual([["项目资金（万元）", 1, 5], ["", 2, 1], ...FUNDS_COLUMNS.map((c) => [c.zh, 1, 1])]);
    expect(spans(rows[3])).toEqual([[FUNDS_ROWS[0].zh, 2, 1], ["", 1, 1], ["", 1, 1], ["", 1, 1], ["10", 1, 1], ["", 1, 1], ["", 1, 1]]);
    for (const [i, row] of FUNDS_ROWS.slice(1).entries()) {
      expect(spans(rows[4 + i])).toEqual([[row.zh, 2, 1], ["", 1, 1], ["", 1, 1], ["", 1, 1], ["——", 1, 1], ["——", 1, 1], ["——", 1, 1]]);
    }
    expect(spans(rows[7])).toEqual([[GOAL_LABEL.zh, 1, 2], ["预期目标", 4, 1], ["实际完成情况", 4, 1]]);
    expect(spans(rows[8])).toEqual([["", 4, 1], ["", 4, 1]]);
    expect(rows[8].height).toBe("block");
    expect(spans(rows.at(-1)!)).toEqual([[TOTAL_LABEL.zh, 6, 1], ["100", 1, 1], ["", 1, 1], ["", 1, 1]]);
  });

  it("merges 一级 and 二级指标 over their indicators: 3 数量指标 rows", () => {
    const rows = indicatorRows(formLayout(blankForm({ level: "州级", year: 2021, rows: { 数量指标: 3 } })).rows);
    expect(rows).toHaveLength(1 + 3 + 3 + 4 + 1);
    expect(spans(rows[0])).toEqual([[INDICATORS_LABEL.zh, 1, 12], ...INDICATOR_COLUMNS.map((c) => [c.zh, 1, 1])]);
    // 产出 spans 数量 ×3, 质量, 时效, 成本; 数量指标 spans its three rows.
    expect(spans(rows[1]).slice(0, 2)).toEqual([["产出指标\n（50分）", 1, 6], ["数量指标", 1, 3]]);
    expect(rows[1].cells).toHaveLength(8);
    expect(rows[2].cells).toHaveLength(6);
    expect(rows[3].cells).toHaveLength(6);
    expect(spans(rows[4])[0]).toEqual(["质量指标", 1, 1]);
    expect(spans(rows[7]).slice(0, 2)).toEqual([["效益指标\n（30分）", 1, 4], ["经济效益指标", 1, 1]]);
    expect(spans(rows[11]).slice(0, 2)).toEqual([["满意度指标\n（10分）", 1, 1], ["服务对象满意度指标", 1, 1]]);
  });

  it("starts a new 一级 cell when the weight changes, and a new 二级 cell at a 一级 boundary", () => {
    const rows = indicatorRows(
      formLayout(
        withIndicators([
          { level1: "产出指标", level1Weight: 50, level2: "数量指标" },
          { level1: "产出指标", level1Weight: 40, level2: "数量指标" },
          { level1: "产出指标", level1Weight: 40, level2: "数量指标" },
          { level1: "效益指标", level1Weight: null, level2: "数量指标" },
          { level1: null, level1Weight: 10, level2: null },
        ]),
      ).rows,
    );
    expect(rows.slice(1).map((r) => r.cells.slice(0, r.cells.length - 6).map((c) => [c.text, c.rowSpan]))).toEqual([
      [["产出指标\n（50分）", 1], ["数量指标", 1]],
      [["产出指标\n（40分）", 2], ["数量指标", 2]],
      [],
      [["效益指标", 1], ["数量指标", 1]],
      [["（10分）", 1], ["", 1]],
    ]);
  });

  it("writes value cells' raw text and numbers as String(n)", () => {
    const record = withIndicators([
      { name: "完成调研报告", target: { raw: "　90%以上", text: "90%以上" }, actual: null, weight: 12.5, score: 0, deviation: "无" },
    ]);
    const row = indicatorRows(formLayout(record).rows)[1];
    expect(row.cells.slice(2).map((c: LayoutCell) => [c.text, c.role, c.align])).toEqual([
      ["完成调研报告", "value", "left"],
      ["　90%以上", "value", "center"],
      ["", "value", "center"],
      ["12.5", "value", "center"],
      ["0", "value", "center"],
      ["无", "value", "left"],
    ]);
  });

  it("keeps the last indicator row and 总分 with what follows (the signature line), no other row", () => {
    // A blank 州级 form: 2 project rows, 5 funds rows, 2 goal rows, the 绩效指标 header, 9 indicator rows, 总分.
    const rows = formLayout(blankForm({ level: "州级", year: 2021 })).rows;
    expect(rows).toHaveLength(2 + 5 + 2 + 1 + 9 + 1);
    expect(rows.map((r) => r.keepWithNext === true)).toEqual([...new Array(18).fill(false), true, true]);
    expect(rows.at(-1)!.cells[0].text).toBe(TOTAL_LABEL.zh);
    expect(rows.at(-2)!.cells.map((c) => c.text)).toContain("服务对象满意度指标");
  });

  it("has a 绩效指标 section even without indicators", () => {
    const rows = formLayout(withIndicators([])).rows;
    expect(spans(indicatorRows(rows)[0])[0]).toEqual([INDICATORS_LABEL.zh, 1, 1]);
    expect(() => placeCells(rows, GRID_COLUMNS)).not.toThrow();
  });

  it("prints the lines around the table: 附件, title from the level, year, footer", () => {
    const layout = formLayout(blankForm({ level: "州级", year: 2021, attachment: "附件1" }));
    expect(layout.before).toEqual([
      { kind: "attachment", text: "附件1：" },
      { kind: "title", text: "州级预算部门项目支出绩效自评表" },
      { kind: "year", text: "（2021年度）" },
    ]);
    const footer = `${FOOTER_LABELS[0].zh}：      ${FOOTER_LABELS[1].zh}：      ${FOOTER_LABELS[2].zh}：      ${FOOTER_LABELS[3].zh}：   年   月   日`;
    expect(layout.after).toEqual([{ kind: "footer", text: footer }]);
  });

  it("leaves out the 附件 line when there is none and keeps a given title as is", () => {
    const record = { ...blankForm({ level: "州级", year: 2021 }), title: "县级部门项目支出绩效自评表", year: null };
    record.footer = { ...record.footer, unitLeader: "张三", filler: "李四", phone: "0743-1234567", date: "2021年1月5日" };
    record.funds = { ...record.funds, unit: null };
    const layout = formLayout(record);
    expect(layout.before.map((p) => p.text)).toEqual(["县级部门项目支出绩效自评表", "（    年度）"]);
    expect(layout.after[0].text).toBe("单位负责人签字：张三      填表人：李四      联系电话：0743-1234567      填报日期：2021年1月5日");
    expect(layout.rows[2].cells[0].text).toBe("项目资金");
  });
});

describe("placeCells", () => {
  const cell = (text: string, span = 1, rowSpan = 1): LayoutCell => ({ text, span, rowSpan, role: "value", align: "left" });

  it("adds a continuation cell under every row-spanning cell, at the same columns", () => {
    const placed = placeCells(
      [
        { cells: [cell("a", 1, 3), cell("b", 2)], height: "line" },
        { cells: [cell("c"), cell("d", 1, 2)], height: "line" },
        { cells: [cell("e")], height: "line" },
      ],
      3,
    );
    expect(placed.map((row) => row.map((p) => [p.cell.text, p.col, p.merge]))).toEqual([
      [["a", 0, "restart"], ["b", 1, "none"]],
      [["a", 0, "continue"], ["c", 1, "none"], ["d", 2, "restart"]],
      [["a", 0, "continue"], ["e", 1, "none"], ["d", 2, "continue"]],
    ]);
  });

  it("refuses a layout that does not tile the grid", () => {
    expect(() => placeCells([{ cells: [cell("a")], height: "line" }], 2)).toThrow(/covers 1 of 2/);
    expect(() => placeCells([{ cells: [cell("a", 3)], height: "line" }], 2)).toThrow(/does not fit/);
    expect(() => placeCells([{ cells: [cell("a", 2, 2)], height: "line" }], 2)).toThrow(/below the table/);
  });
});
