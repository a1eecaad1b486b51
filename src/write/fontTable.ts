/**
 * word/fontTable.xml with the form's fonts and their alternatives. The docx library writes this
 * part only for embedded fonts, so the writer hands its own version to Packer as an override.
 * charset 86 (GB2312) tells Word which script the font is for when it has to substitute.
 */
import { FONT_TABLE, type FontFace } from "./style";

export const FONT_TABLE_PATH = "word/fontTable.xml";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function fontTableXml(fonts: readonly FontFace[] = FONT_TABLE): string {
  const entries = fonts.map(
    (f) =>
      `<w:font w:name="${f.name}">` +
      (f.altName === undefined ? "" : `<w:altName w:val="${f.altName}"/>`) +
      `<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W}">${entries.join("")}</w:fonts>`;
}
