/**
 * Test helpers: open a written .docx and look at its XML. Regexes are enough here because the
 * XML comes from one known producer (our writer through docx), not from the wild.
 */
import { strFromU8, unzipSync } from "fflate";

export function partOf(docx: Uint8Array, path: string): string {
  const file = unzipSync(docx)[path];
  if (file === undefined) throw new Error(`${path} not in the package`);
  return strFromU8(file);
}

export const documentXml = (docx: Uint8Array) => partOf(docx, "word/document.xml");

export interface XmlCell {
  width: number | null;
  widthType: string | null;
  gridSpan: number;
  vMerge: string | null;
  text: string;
}

export interface XmlTable {
  gridCols: number[];
  rows: { xml: string; cells: XmlCell[] }[];
  xml: string;
}

const all = (xml: string, re: RegExp) => [...xml.matchAll(re)];

export function tablesOf(xml: string): XmlTable[] {
  return all(xml, /<w:tbl>([\s\S]*?)<\/w:tbl>/g).map(([tableXml]) => ({
    xml: tableXml,
    gridCols: all(tableXml, /<w:gridCol w:w="(\d+)"\/>/g).map((m) => Number(m[1])),
    rows: all(tableXml, /<w:tr>([\s\S]*?)<\/w:tr>/g).map(([rowXml]) => ({
      xml: rowXml,
      cells: all(rowXml, /<w:tc>([\s\S]*?)<\/w:tc>/g).map(([cellXml]) => cellOf(cellXml)),
    })),
  }));
}

function cellOf(xml: string): XmlCell {
  const tcW = /<w:tcW w:type="(\w+)" w:w="(\d+)"\/>/.exec(xml);
  const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(xml);
  const vMerge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(xml);
  return {
    width: tcW ? Number(tcW[2]) : null,
    widthType: tcW ? tcW[1] : null,
    gridSpan: span ? Number(span[1]) : 1,
    vMerge: vMerge ? (vMerge[1] ?? "continue") : null,
    text: all(xml, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g).map((m) => m[1]).join(""),
  };
}
