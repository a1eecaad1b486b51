/**
 * Tiny in-memory .docx builders for structure tests, in the manner of mammoth's test helpers:
 * row(cell("a", { vMerge: "restart" })) → XML. Only what Word needs to open the file.
 */
import { strToU8, zipSync } from "fflate";

const NS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`;

export function docxOf(bodyXml: string, options: { prefix?: string } = {}): Uint8Array {
  let document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${bodyXml}</w:body></w:document>`;
  if (options.prefix) document = document.replace(/w:/g, options.prefix + ":").replace(/xmlns:w=/, `xmlns:${options.prefix}=`);
  return zipSync({
    "[Content_Types].xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
    "_rels/.rels": strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    "word/document.xml": strToU8(document),
  });
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const run = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
export const para = (...content: string[]) => `<w:p>${content.map((c) => (c.startsWith("<") ? c : run(c))).join("")}</w:p>`;

export interface CellOptions { span?: number; vMerge?: "restart" | "continue"; hMerge?: "restart" | "continue" }

/** A cell; text lines become paragraphs; XML content (starting with "<") goes in as it is. */
export function cell(content: string, o: CellOptions = {}): string {
  const pr = [
    o.span ? `<w:gridSpan w:val="${o.span}"/>` : "",
    o.vMerge === "restart" ? `<w:vMerge w:val="restart"/>` : o.vMerge === "continue" ? `<w:vMerge/>` : "",
    o.hMerge === "restart" ? `<w:hMerge w:val="restart"/>` : o.hMerge === "continue" ? `<w:hMerge/>` : "",
  ].join("");
  const body = content.startsWith("<") ? content : content.split("\n").map((l) => para(l)).join("");
  return `<w:tc><w:tcPr>${pr}</w:tcPr>${body || "<w:p/>"}</w:tc>`;
}

export function row(cells: string[], o: { gridBefore?: number; gridAfter?: number } = {}): string {
  const pr = (o.gridBefore ? `<w:gridBefore w:val="${o.gridBefore}"/>` : "") + (o.gridAfter ? `<w:gridAfter w:val="${o.gridAfter}"/>` : "");
  return `<w:tr>${pr ? `<w:trPr>${pr}</w:trPr>` : ""}${cells.join("")}</w:tr>`;
}

export function table(cols: number, rows: string[]): string {
  return `<w:tbl><w:tblPr/><w:tblGrid>${"<w:gridCol/>".repeat(cols)}</w:tblGrid>${rows.join("")}</w:tbl>`;
}
