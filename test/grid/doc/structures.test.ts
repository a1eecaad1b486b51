/**
 * Word 97 structures, one at a time, in tiny documents written by test/helpers/word97.ts. Every
 * expected value is written by hand from what Word shows for such a document.
 */
import { describe, expect, it } from "vitest";
import { readDocumentModel } from "../../../src/grid/read";
import type { Block, Grid } from "../../../src/grid/types";
import {
  defTable, deleted, innerRow, inTable, itap, row, vanish, vertMerge, widthAfter, widthBefore, word97, type Paragraph,
} from "../../helpers/word97";

const read = (paragraphs: Paragraph[], options?: Parameters<typeof word97>[1]) => readDocumentModel(word97(paragraphs, options));

const tables = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === "table" ? [b.grid] : []));

/** Each row as the texts of the cells at its grid positions ("·" where no cell, "^" under a row span). */
function layout(grid: Grid): string[][] {
  return grid.positions.map((line, r) => line.map((cell) => (cell === null ? "·" : cell.row !== r ? "^" : `${cell.text}${cell.colSpan > 1 ? `/${cell.colSpan}` : ""}`)));
}

describe("body and tables", () => {
  it("paragraphs and a 2 × 2 table in body order, cell paragraphs joined by \\n", async () => {
    const model = await read([
      { text: "附件4-1：" },
      ...row(["项目名称", "网络平台\n运行维护"], defTable([0, 1000, 3000])),
      ...row(["主管部门", "州政府办"], defTable([0, 1000, 3000])),
      { text: "填表人：" },
    ]);
    expect(model.format).toBe("doc");
    expect(model.blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph"]);
    expect(model.blocks[0]).toEqual({ kind: "paragraph", text: "附件4-1：" });
    expect(model.blocks[2]).toEqual({ kind: "paragraph", text: "填表人：" });
    expect(layout(tables(model.blocks)[0])).toEqual([["项目名称", "网络平台\n运行维护"], ["主管部门", "州政府办"]]);
    expect(model.messages).toEqual([]);
  });

  it("a cell spanning wider boundaries spans the grid columns between them", async () => {
    const model = await read([
      ...row(["项目资金", "年初预算数", "全年预算数"], defTable([0, 1000, 2000, 3000])),
      ...row(["年度总体目标", "预期目标"], defTable([0, 1000, 3000])),
      ...row(["a", "b", "c", "d"], defTable([0, 1000, 1500, 2000, 3000])),
    ]);
    expect(layout(tables(model.blocks)[0])).toEqual([
      ["项目资金", "年初预算数/2", "年初预算数/2", "全年预算数"],
      ["年度总体目标", "预期目标/3", "预期目标/3", "预期目标/3"],
      ["a", "b", "c", "d"],
    ]);
  });

  it("fFirstMerged / fMerged join cells; the merged cell's text is kept apart", async () => {
    const model = await read(row(["总分", "隐藏", "100"], defTable([0, 1000, 2000, 3000], ["hFirst", "hMerged", ""])));
    const grid = tables(model.blocks)[0];
    // Two cells, the first as wide as the two merged ones (how many grid columns that is, the
    // column grid decides: see src/grid/cellx.ts).
    expect(grid.cells.map((c) => [c.row, c.text])).toEqual([[0, "总分"], [0, "100"]]);
    expect(grid.cells[1].col).toBe(grid.cells[0].colSpan);
    expect(grid.cells[0].hiddenText).toEqual(["隐藏"]);
    expect(model.messages.map((m) => m.code)).toEqual(["TEXT_IN_MERGED_CELL"]);
  });

  it("vertical merges from the TC80 flags and from sprmTVertMerge", async () => {
    const model = await read([
      ...row(["绩效指标", "产出"], defTable([0, 1000, 2000], ["vRestart", ""])),
      ...row(["", "效益"], defTable([0, 1000, 2000], ["vContinue", ""])),
      ...row(["", "满意度"], [...defTable([0, 1000, 2000]), ...vertMerge(0, 1)]),
      ...row(["总分", "100"], defTable([0, 1000, 2000])),
    ]);
    const grid = tables(model.blocks)[0];
    expect(layout(grid)).toEqual([["绩效指标", "产出"], ["^", "效益"], ["^", "满意度"], ["总分", "100"]]);
    expect(grid.cells[0].rowSpan).toBe(3);
  });

  it("a row that starts or ends short (sprmTWidthBefore / After) leaves its outer positions empty", async () => {
    const model = await read([
      ...row(["a", "b", "c"], defTable([0, 1000, 2000, 3000])),
      ...row(["d"], [...defTable([1000, 2000]), ...widthBefore(1000), ...widthAfter(1000)]),
    ]);
    expect(layout(tables(model.blocks)[0])).toEqual([["a", "b", "c"], ["·", "d", "·"]]);
  });

  it("cells beyond a row's boundaries are read one inch (1440 twips) wide, with a warning", async () => {
    const model = await read([...row(["a", "b"], []), ...row(["c", "d", "e"], defTable([0, 1440]))]);
    expect(layout(tables(model.blocks)[0])).toEqual([["a", "b", "·"], ["c", "d", "e"]]);
    expect(model.messages.map((m) => [m.code, m.row, m.col])).toEqual([["CELL_WITHOUT_BOUNDARY", 0, 0], ["CELL_WITHOUT_BOUNDARY", 1, 1]]);
  });

  it("a row claiming more than 63 cells (itcMac) is not trusted: its cells are read one inch wide", async () => {
    // itcMac 100 and its 101 boundaries, no TC80s (they would not fit a property page).
    const body = [100, ...Array.from({ length: 101 }, (_, i) => [(i * 10) & 0xff, (i * 10) >> 8]).flat()];
    const absurd = [0x08, 0xd6, (body.length + 1) & 0xff, (body.length + 1) >> 8, ...body];
    const model = await read(row(["a", "b"], absurd));
    expect(layout(tables(model.blocks)[0])).toEqual([["a", "b"]]);
    expect(model.messages).toEqual([expect.objectContaining({ code: "CELL_WITHOUT_BOUNDARY", message: expect.stringContaining("claims 100") })]);
  });

  it("a nested table hangs off its cell; its text is not the cell's", async () => {
    const model = await read([
      { text: "外层", papx: [...inTable, ...itap(1)] },
      ...innerRow(["内1", "内2"], 2, defTable([0, 500, 1000])),
      ...innerRow(["内3", "内4"], 2, defTable([0, 500, 1000])),
      { text: "", end: "\x07", papx: [...inTable, ...itap(1)] },
      { text: "右", end: "\x07", papx: [...inTable, ...itap(1)] },
      { text: "", end: "\x07", papx: [...inTable, ...itap(1), 0x17, 0x24, 1, ...defTable([0, 1000, 2000])] },
    ]);
    const [outer] = tables(model.blocks);
    expect(tables(model.blocks)).toHaveLength(1);
    expect(layout(outer)).toEqual([["外层\n", "右"]]);
    expect(outer.cells[0].tables.map(layout)).toEqual([[["内1", "内2"], ["内3", "内4"]]]);
  });
});

describe("characters", () => {
  it("fields keep their result and drop their code, nested fields too", async () => {
    const model = await read([{ text: "合计\x13 = SUM(ABOVE) \x1412\x15分，第\x13PAGE \x13 QUOTE x \x14y\x15\x142\x15页" }]);
    expect(model.blocks).toEqual([{ kind: "paragraph", text: "合计12分，第2页" }]);
  });

  it("line and page breaks, tabs, hyphens; pictures, drawings and optional hyphens dropped", async () => {
    const model = await read([{ text: "a\x0bb\x0cc\x1ed\x1fe\x01f\x08g\x09h" }]);
    expect(model.blocks).toEqual([{ kind: "paragraph", text: "a\nb\nc-defg\th" }]);
  });

  it("a section mark (0x0C at a section's end) ends its paragraph", async () => {
    const model = await read([{ text: "第一节\x0c第二节" }], { sections: [3] });
    expect(model.blocks).toEqual([{ kind: "paragraph", text: "第一节" }, { kind: "paragraph", text: "第二节" }]);
  });

  it("tracked deletions are dropped; a deleted paragraph mark joins its paragraph to the next", async () => {
    // "实际完成旧值" with 旧 deleted; the first paragraph's mark (CP 6) deleted.
    const model = await read([{ text: "实际完成旧值" }, { text: "95%" }], { chars: [{ from: 4, to: 5, chpx: deleted }, { from: 6, to: 7, chpx: deleted }] });
    expect(model.blocks).toEqual([{ kind: "paragraph", text: "实际完成值95%" }]);
  });

  it("a row deleted with tracked changes (its cell and row marks deleted) is dropped; a row whose text only is deleted stays", async () => {
    // Rows: 一 二 | 删 除 | 三 四; CPs: "一\x07二\x07\x07" = 0–4, "删\x07除\x07\x07" = 5–9, "三\x07四\x07\x07" = 10–14.
    const rows = [...row(["一", "二"], defTable([0, 1000, 2000])), ...row(["删", "除"], defTable([0, 1000, 2000])), ...row(["三", "四"], defTable([0, 1000, 2000]))];
    const whole = await read(rows, { chars: [{ from: 5, to: 10, chpx: deleted }] });
    expect(layout(tables(whole.blocks)[0])).toEqual([["一", "二"], ["三", "四"]]);
    const textOnly = await read(rows, { chars: [{ from: 5, to: 6, chpx: deleted }, { from: 7, to: 8, chpx: deleted }] });
    expect(layout(tables(textOnly.blocks)[0])).toEqual([["一", "二"], ["", ""], ["三", "四"]]);
  });

  it("hidden text is kept out of the text: in the cell's hiddenText, or in an info message outside tables", async () => {
    const model = await read([
      { text: "说明备注" },
      ...row(["得分12", "x"], defTable([0, 1000, 2000])),
    ], { chars: [{ from: 2, to: 4, chpx: vanish }, { from: 7, to: 9, chpx: vanish }] });
    expect(model.blocks[0]).toEqual({ kind: "paragraph", text: "说明" });
    const grid = tables(model.blocks)[0];
    expect(grid.cells[0].text).toBe("得分");
    expect(grid.cells[0].hiddenText).toEqual(["12"]);
    expect(model.messages).toEqual([
      expect.objectContaining({ code: "HIDDEN_TEXT", severity: "info", message: expect.stringContaining("备注") }),
      expect.objectContaining({ code: "HIDDEN_TEXT", severity: "info", table: [0], row: 0, col: 0, message: expect.stringContaining("\"12\" at row 1, column 1") }),
    ]);
  });
});

describe("pieces", () => {
  it("8-bit and UTF-16 pieces, stored out of order as a fast save leaves them", async () => {
    // Piece 0 "Score “A” " is 8-bit (0x93 / 0x94 are Windows-1252 quotes), piece 1 is UTF-16.
    const text = "Score \u201cA\u201d 得分";
    const bytes = word97([{ text }], { splitAt: [10], compressed: [0], reversed: true, patch: ({ word }) => {
      // The 8-bit piece was written with the code units' low bytes; put the Windows-1252 bytes in.
      const at = word.indexOf(0x1c);
      word[at] = 0x93;
      word[word.indexOf(0x1d)] = 0x94;
    } });
    const model = await readDocumentModel(bytes);
    expect(model.blocks).toEqual([{ kind: "paragraph", text }]);
  });

  it("a piece's Prm applies to its text: a simple one (hidden) and one from the piece table's lists (deleted)", async () => {
    const prmVanish = (0x5c << 1) | (1 << 8);
    const prmList0 = (0 << 1) | 1;
    const model = await read([{ text: "甲乙丙" }], { splitAt: [1, 2, 3], prms: { 1: prmVanish, 2: prmList0 }, prcs: [deleted] });
    // 乙 (piece 1) is hidden, 丙 (piece 2) deleted; the paragraph mark is piece 3.
    expect(model.blocks).toEqual([{ kind: "paragraph", text: "甲" }]);
    expect(model.messages.map((m) => m.code)).toEqual(["HIDDEN_TEXT"]);
  });
});
