/**
 * The look of the printed form: page, fonts, sizes, column widths. Numbers only; what goes where
 * is layout.ts's business.
 *
 * Lengths are in twentieths of a point (DXA, 1440 per inch); font sizes in half-points, as Word
 * stores them.
 */
import type { ParagraphKind, RowHeight } from "./layout";

/** A4 portrait with 2 cm margins: room for a blank form with the standard 11 indicator rows on one page. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
} as const;

/**
 * Widths of the logical columns L0..L8, summing to the text width (11906 − 2 × 1134 = 9638) so
 * the table fills the line and no word processor has to guess. L0–L1 fit four characters of
 * 五号 (项目资金, 产出指标; L1 also （50分）) after the cell margins; L3 (三级指标) and L8 (偏差原因) carry sentences;
 * L7 fits 执行率; the score columns hold two or three digits.
 */
export const COLUMN_WIDTHS = [1060, 1180, 1100, 1420, 1060, 1060, 700, 850, 1208] as const;

/** Minimum row heights: 0.7 cm for a line, 2 cm where a paragraph is expected, so a blank form
 * leaves room to write by hand; rows still grow with their text. */
export const ROW_HEIGHTS: Record<RowHeight, number> = { line: 397, block: 1134 };

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
  attachment: { font: FONTS.heading, size: 32, bold: false, align: "left", after: 120 },
  title: { font: FONTS.title, size: 36, bold: true, align: "center", after: 60 },
  year: { font: FONTS.body, size: 28, bold: false, align: "center", after: 120 },
  footer: { font: FONTS.body, size: BODY_SIZE, bold: false, align: "left", after: 0, before: 120 },
};
