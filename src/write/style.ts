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
 * the table fills the line and no word processor has to guess. After the cell margins (2 × 108):
 * L0 fits three characters of 五号 (项目支 / 出名称, as on the official form); L1 fits 产出指标 and
 * （50分） on one line each; L3 (三级指标) is the widest because indicator names are sentences;
 * L6 fits 分值 and L7 执行率; L8 is wide enough that 实际完成情况 (L5–L8) is not much narrower
 * than 预期目标 (L1–L4).
 */
export const COLUMN_WIDTHS = [850, 1180, 1100, 1560, 1030, 1030, 700, 850, 1338] as const;

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
  attachment: { font: FONTS.heading, size: 32, bold: false, align: "left", after: 120 },
  title: { font: FONTS.title, size: 36, bold: true, align: "center", after: 60 },
  year: { font: FONTS.body, size: 24, bold: false, align: "center", after: 120 },
  footer: { font: FONTS.body, size: BODY_SIZE, bold: false, align: "left", after: 0, before: 120 },
};
