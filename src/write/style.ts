/**
 * The look of the printed form: page, fonts, sizes, column widths. Numbers only; what goes where
 * is layout.ts's business.
 *
 * Lengths are in twentieths of a point (DXA, 1440 per inch); font sizes in half-points, as Word
 * stores them.
 */
import type { ParagraphKind, RowHeight } from "./layout";

/**
 * A4 portrait with Word's "Narrow" margins, 1.27 cm (720) on every side. The form is a wide table
 * of short lines: with 2 cm margins the columns cannot hold their labels whole and a 6-character
 * 三级指标 line at once, and only one of the 11 forms of a real 2020 document fitted a page (six do
 * now; a blank form with two rows under every 二级指标 fits one too).
 */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 720, bottom: 720, left: 720, right: 720 },
} as const;

/** Left and right padding inside every cell (Word's default, written out so that no word processor
 * has to guess): a column holds its width minus 2 × CELL_MARGIN of text. */
export const CELL_MARGIN = 108;

/**
 * Widths of the logical columns L0..L8, summing to the text width (11906 − 2 × 720 = 10466) so
 * the table fills the line and no word processor has to guess. One CJK character of 五号 is
 * 10.5 pt = 210; a column for n characters needs n × 210 + 2 × CELL_MARGIN = n × 210 + 216.
 *
 * - Labels never break inside a word. L0 holds 4 characters (1056) and not 5 (1266): 主管部门 and
 *   绩效指标 stay on one line, the longer labels break after their 4th character, between words
 *   (项目支出 / 名称, 项目资金 / （万元）, 年度总体 / 目标). L1 holds 满意度指标, and so （50分）
 *   with the space word processors add between Chinese text and digits; L2 the 4-character 二级
 *   names (经济效益 / 指标); L4 and L5 the 5-character headings 年度指标值,
 *   实际完成值, 全年预算数, 全年执行数; L6 分值 and ——; L7 执行率; L8 偏差原因分析 / 及改进措施
 *   (6 characters, so the heading breaks at its one natural point).
 * - What is left goes to L3 (三级指标: sentences, 6 characters a line). The split was chosen
 *   by measuring the 11 forms of a real 2020 document in LibreOffice: the 年度指标值 column takes
 *   a 24-character target in 5 lines (it took 8 in 3-character lines).
 */
export const COLUMN_WIDTHS = [1070, 1280, 1070, 1490, 1280, 1280, 650, 860, 1486] as const;

/**
 * Table text has a fixed line pitch of 14 pt (4/3 of 五号), so a form takes the same number of
 * pages whatever font a word processor substitutes for 仿宋_GB2312: the Noto CJK fonts of Linux
 * systems set single lines 15.2 pt apart, which made every multi-line cell a ninth taller.
 */
export const TABLE_LINE = 280;

/** Minimum row heights: 0.65 cm for a line, 2 cm where a paragraph is expected, so a blank form
 * leaves room to write by hand; rows still grow with their text. */
export const ROW_HEIGHTS: Record<RowHeight, number> = { line: 369, block: 1134 };

/**
 * Fonts of the official form. A font missing on the reader's machine falls back to the font
 * table's w:altName (written by fontTable.ts): 方正小标宋简体 → 黑体, 仿宋_GB2312 → 宋体. That is the
 * OOXML place for an alternative; w:rFonts holds one font per script, not a fallback list.
 */
export const FONTS = {
  title: "方正小标宋简体",
  heading: "黑体",
  body: "仿宋_GB2312",
} as const;

/**
 * w:rFonts of a run in the form's font: one face for every script, and w:hint="eastAsia" so that
 * characters Unicode shares between Latin and CJK text (“”, ……, ·, ×) are set as Chinese text,
 * in the eastAsia font, rather than in whatever Latin font is substituted.
 */
export function runFonts(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: "eastAsia" } as const;
}

/**
 * w:lang of every run. The East Asian language zh-CN tells a word processor that lacks the form's
 * fonts to look for a Simplified Chinese substitute and to apply Chinese line-breaking rules,
 * whatever the reader's own locale.
 */
export const LANGUAGE = { value: "en-US", eastAsia: "zh-CN" } as const;

export interface FontFace {
  name: string;
  altName?: string;
}
export const FONT_TABLE: readonly FontFace[] = [
  { name: FONTS.title, altName: FONTS.heading },
  { name: FONTS.body, altName: "宋体" },
  { name: FONTS.heading },
  { name: "宋体" },
];

/** 五号 = 10.5 pt: the table and the footer. */
export const BODY_SIZE = 21;

export interface ParagraphLook {
  font: string;
  size: number;
  bold: boolean;
  align: "left" | "center";
  /** Space after the paragraph. */
  after: number;
  before?: number;
}

export const PARAGRAPH_LOOK: Record<ParagraphKind, ParagraphLook> = {
  reportNo: { font: FONTS.body, size: BODY_SIZE, bold: false, align: "left", after: 60 },
  attachment: { font: FONTS.heading, size: 32, bold: false, align: "left", after: 120 },
  title: { font: FONTS.title, size: 36, bold: true, align: "center", after: 60 },
  year: { font: FONTS.body, size: 24, bold: false, align: "center", after: 120 },
  unit: { font: FONTS.body, size: BODY_SIZE, bold: false, align: "left", after: 60 },
  footer: { font: FONTS.body, size: BODY_SIZE, bold: false, align: "left", after: 0, before: 120 },
};
