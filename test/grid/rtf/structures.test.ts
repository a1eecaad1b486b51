/**
 * The RTF reader on one structure at a time: the hand-written files of test/fixtures/rtf (made by
 * scripts/fixtures/make_rtf.py) and tiny RTF strings, with the expected grids written by hand.
 */
import { describe, expect, it } from "vitest";
import type { Block, Grid } from "../../../src/grid/types";
import { readDocumentModel } from "../../../src/grid/read";
import { fixture } from "../../helpers/fixtures";

/** The grid as a picture: each position shows its origin cell's text, "·" where there is none. */
function picture(grid: Grid): string[][] {
  return grid.positions.map((line) => line.map((c) => (c ? c.text : "·")));
}

const rtf = (body: string, head = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}`) => new TextEncoder().encode(`${head}\n${body}\n}`);

async function read(bytes: Uint8Array) {
  const model = await readDocumentModel(bytes);
  const tables = model.blocks.flatMap((b) => (b.kind === "table" ? [b.grid] : []));
  const paragraphs = model.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
  return { ...model, tables, paragraphs };
}

const kinds = (blocks: Block[]) => blocks.map((b) => (b.kind === "paragraph" ? `p:${b.text}` : `table ${b.index}`));

describe("RTF structures (hand-written files)", () => {
  it("vertical merges (\\clvmgf / \\clvmrg) join the origin; text left in a continuation goes to hiddenText", async () => {
    const { blocks, tables, messages } = await read(fixture("rtf/vertical-merge.rtf"));
    expect(kinds(blocks)).toEqual(["p:before", "table 0", "p:after"]);
    expect(picture(tables[0])).toEqual([["M", "1"], ["M", "2"], ["M", "3"]]);
    expect(tables[0].cells[0]).toMatchObject({ rowSpan: 3, colSpan: 1, hiddenText: ["stray"] });
    expect(messages).toMatchObject([{ code: "TEXT_IN_MERGED_CELL", table: [0], row: 2, col: 0 }]);
  });

  it("horizontal merges (\\clmgf / \\clmrg) join cells left to right", async () => {
    const { tables, messages } = await read(fixture("rtf/horizontal-merge.rtf"));
    expect(picture(tables[0])).toEqual([["H", "H", "B"], ["C", "D", "E"]]);
    expect(tables[0].cells[0]).toMatchObject({ colSpan: 2 });
    expect(messages).toEqual([]);
  });

  it("merge flags as LibreOffice reads them: \\clvmrg under a plain cell stays a cell; \\clmgf + \\clmrg is one cell holding both texts", async () => {
    const { tables, messages } = await read(fixture("rtf/merge-rules.rtf"));
    // Edges 0, 1000, 2000, 3000 (1500 is inside the merged G|x).
    expect(picture(tables[0])).toEqual([
      ["A", "B", "C"],
      ["D", "E", "C"],
      ["G\nx", "G\nx", "H"],
    ]);
    expect(messages.map((m) => [m.code, m.row, m.col])).toEqual([["MERGE_WITHOUT_ORIGIN", 1, 0]]);
  });

  it("rows with different \\cellx boundaries and \\trleft: the grid is the union of the boundaries", async () => {
    const { tables } = await read(fixture("rtf/boundaries.rtf"));
    // Boundaries 0, 1000, 2000, 3000: A|B B / C C|D / · E E / F · ·
    expect(picture(tables[0])).toEqual([
      ["A", "B", "B"],
      ["C", "C", "D"],
      ["·", "E", "E"],
      ["F", "·", "·"],
    ]);
  });

  it("space before and after a row in twips (\\trwWidthB / \\trwWidthA, unit 3 before or after the width) leaves positions empty; a percentage is ignored", async () => {
    const { tables } = await read(rtf(
      String.raw`\trowd\cellx1000\cellx2000\cellx3000\pard\intbl A\cell B\cell C\cell\row` +
        String.raw`\trowd\trftsWidthB3\trwWidthB1000\cellx2000\cellx3000\pard\intbl D\cell E\cell\row` +
        String.raw`\trowd\trwWidthA1000\trftsWidthA3\cellx1000\cellx2000\pard\intbl F\cell G\cell\row` +
        String.raw`\trowd\trftsWidthB2\trwWidthB1000\cellx1000\cellx3000\pard\intbl H\cell I\cell\row\pard\par`,
    ));
    expect(picture(tables[0])).toEqual([
      ["A", "B", "C"],
      ["·", "D", "E"],
      ["F", "G", "·"],
      ["H", "I", "I"],
    ]);
  });

  it("boundaries 10 twips apart are separate grid columns (no tolerance), as LibreOffice reads them", async () => {
    const { tables } = await read(fixture("rtf/near-boundaries.rtf"));
    // Boundaries 0, 2000, 2010, 3990, 4000, 6000.
    expect(picture(tables[0])).toEqual([
      ["A", "B", "B", "B", "C"],
      ["D", "D", "E", "F", "F"],
      ["G", "H", "H", "H", "H"],
    ]);
  });

  it("a nested table (\\itap2, \\nestcell, \\nesttableprops, \\nestrow) hangs off its cell; \\nonesttables is skipped", async () => {
    const { blocks, tables } = await read(fixture("rtf/nested.rtf"));
    expect(kinds(blocks)).toEqual(["table 0", "p:end"]);
    expect(picture(tables[0])).toEqual([["outer A", "after nested"]]);
    const nested = tables[0].cells[1].tables;
    expect(nested).toHaveLength(1);
    expect(picture(nested[0])).toEqual([["n1", "n2"], ["n3", "n4"]]);
  });

  it("GBK text: \\ansicpg936 and a \\fcharset134 font, \\'hh byte pairs", async () => {
    const { paragraphs, tables } = await read(fixture("rtf/gbk.rtf"));
    expect(paragraphs[0]).toBe("项目支出绩效自评表");
    expect(picture(tables[0])).toEqual([["项目名称", "测试ok"]]);
  });

  it("\\uN skips \\ucN fallback characters (1, 2 bytes, none); a surrogate pair (\\u-10179\\u-8576 = U+D83D U+DE80) makes one character", async () => {
    const { tables } = await read(fixture("rtf/unicode.rtf"));
    expect(picture(tables[0])).toEqual([["中文", "绩效", "表x🚀"]]);
  });

  it("deleted revisions (\\deleted) are dropped, inserted ones (\\revised) kept", async () => {
    const { tables, paragraphs } = await read(fixture("rtf/deleted.rtf"));
    expect(picture(tables[0])).toEqual([["kept", "newold"]]);
    expect(paragraphs).toEqual(["body"]);
  });

  it("hidden text (\\v) is kept out of the text, in hiddenText or a message", async () => {
    const { tables, paragraphs, messages } = await read(fixture("rtf/hidden.rtf"));
    expect(picture(tables[0])).toEqual([["shown", "plain"]]);
    expect(tables[0].cells[0].hiddenText).toEqual([" secret"]);
    expect(paragraphs).toEqual(["visible"]);
    expect(messages.map((m) => [m.code, m.severity, m.row, m.col])).toEqual([
      ["HIDDEN_TEXT", "info", 0, 0],
      ["HIDDEN_TEXT", "info", undefined, undefined],
    ]);
    expect(messages[1].message).toContain("hidden note");
  });

  it("fields keep their result (\\fldrslt) and drop their code (\\fldinst, with or without \\*)", async () => {
    const { tables } = await read(fixture("rtf/fields.rtf"));
    expect(picture(tables[0])).toEqual([["link text", "second"]]);
  });

  it("a text box's paragraphs are lines of the paragraph (or cell) that holds the shape, after its text; the fallback is skipped", async () => {
    const { blocks, tables } = await read(fixture("rtf/text-box.rtf"));
    expect(kinds(blocks)).toEqual(["p:beforeafter\nbox line1\nbox line2", "table 0", "p:end"]);
    expect(picture(tables[0])).toEqual([["cell\nin cell", "plain"]]);
  });

  it("headers, footnotes and unknown \\* destinations are skipped; \\line, \\tab and \\par inside a cell", async () => {
    const { blocks, tables } = await read(fixture("rtf/skipped.rtf"));
    expect(kinds(blocks)).toEqual(["table 0", "p:note"]);
    expect(picture(tables[0])).toEqual([["abc", "x", "line1\nline2\tend\nsecond para"]]);
  });
});

describe("RTF structures (in memory)", () => {
  it("\\binN skips N bytes of binary data, braces included; pictures and bookmarks are skipped", async () => {
    const { paragraphs } = await read(rtf(String.raw`\pard a{\*\bkmkstart b}b{\*\bkmkend b}{\pict\wmetafile8 \bin4 }{}{}c{\pict 0102ff}d\par`));
    expect(paragraphs).toEqual(["abcd"]);
  });

  it("escaped braces and backslashes, \\~, \\_ and the quote words are text", async () => {
    const { paragraphs } = await read(rtf(String.raw`\pard \{x\}\\y\~z\_w\lquote q\rquote\par`));
    expect(paragraphs).toEqual(["{x}\\y\u00a0z-w\u2018q\u2019"]);
  });

  it("\\upr: the Unicode copy in {\\*\\ud …} is read, not the ANSI one", async () => {
    const { paragraphs } = await read(rtf(String.raw`\pard {\upr{caf?}{\*\ud{caf\u233?}}}!\par`));
    expect(paragraphs).toEqual(["café!"]);
  });

  it("\\plain ends hidden and deleted runs; \\v0 ends hidden text", async () => {
    const { paragraphs } = await read(rtf(String.raw`\pard a\v b\v0 c\deleted d\plain e\par`));
    expect(paragraphs).toEqual(["ace"]);
  });

  it("a row with more cells than \\cellx boundaries reads the extra cells one inch wide, with a warning", async () => {
    const { tables, messages } = await read(rtf(String.raw`\trowd\cellx1000\pard\intbl a\cell b\cell\row\trowd\cellx1000\cellx2440\pard\intbl c\cell d\cell\row\pard\par`));
    expect(picture(tables[0])).toEqual([["a", "b"], ["c", "d"]]);
    expect(messages).toMatchObject([{ code: "CELL_WITHOUT_BOUNDARY", severity: "warning", table: [0], row: 0 }]);
  });

  it("cells with no \\row after them still make a last row; the table ends at a body paragraph", async () => {
    const { blocks, tables } = await read(rtf(String.raw`\trowd\cellx1000\cellx2000\pard\intbl a\cell b\cell\row\pard\intbl c\cell d\cell\pard after\par`));
    expect(kinds(blocks)).toEqual(["table 0", "p:after"]);
    expect(picture(tables[0])).toEqual([["a", "b"], ["c", "d"]]);
  });

  it("two tables separated by a paragraph are two tables", async () => {
    const { blocks } = await read(rtf(String.raw`\trowd\cellx1000\pard\intbl a\cell\row\pard mid\par\trowd\cellx1000\pard\intbl b\cell\row\pard\par`));
    expect(kinds(blocks)).toEqual(["table 0", "p:mid", "table 1", "p:"]);
  });

  it("a file cut short keeps what was read and says so", async () => {
    const whole = rtf(String.raw`\pard one\par\trowd\cellx1000\pard\intbl a\cell\row\pard two\par`);
    const { paragraphs, tables, messages } = await read(whole.subarray(0, whole.length - 12));
    expect(paragraphs[0]).toBe("one");
    expect(picture(tables[0])).toEqual([["a"]]);
    expect(messages.map((m) => m.code)).toContain("TRUNCATED_RTF");
  });
});

describe("RTF control words", () => {
  it("unknown words named like JavaScript's object members (\\constructor, \\toString) are words like any other, not text", async () => {
    const { paragraphs } = await read(rtf(String.raw`a\constructor b\toString c\valueOf d\hasOwnProperty e\par`));
    expect(paragraphs).toEqual(["abcde"]);
  });

  it("a word seen many times, and words that share their first 32 letters, are read each as itself", async () => {
    const long = "x".repeat(32);
    const { paragraphs } = await read(rtf(`${String.raw`\tab `.repeat(3)}a\\${long}yy b\\${long}zz c\\line\\emdash\\endash\\par`));
    expect(paragraphs).toEqual(["\t\t\tabc\n\u2014\u2013"]);
  });
});
