/**
 * Structure-level mutations of word/document.xml: rows and cells dropped, duplicated, moved and
 * shuffled; merge and span properties given odd values; stray tags, declarations and labels
 * inserted; the text truncated; invalid UTF-8 bytes inserted. Regular expressions are enough
 * here: a mutation that pairs tags wrongly is just another input.
 */
import type { Random } from "./random";
import { concat } from "./zip-bytes";

type XmlMutator = (xml: string, random: Random, log: string[]) => string;

const ROW = /<w:tr[\s>][\s\S]*?<\/w:tr>/g;
const CELL = /<w:tc[\s>][\s\S]*?<\/w:tc>/g;
const TEXT = /(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g;

/** Values for w:val of gridSpan, gridBefore, gridAfter: in range, at the edges, out of range, not numbers. */
const NUMBERS = ["0", "-1", "1", "2", "3", "8", "12", "63", "64", "999", "9999", "10000", "65536", "2147483648", "99999999999999999999", "1e3", "1.5", " 2", "0x10", "abc", "", "NaN", "Infinity", "-0"];
const MERGES = ["restart", "continue", "", "RESTART", "bogus"];

const FRAGMENTS = [
  "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:p>", "</w:p>", "<w:t>", "</w:t>", "<w:r>", "</w:r>",
  "<w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>", "<w:tblGrid>", "<w:gridCol/>", "<w:trPr><w:gridBefore w:val=\"3\"/></w:trPr>",
  "<w:tcPr><w:gridSpan w:val=\"4\"/><w:vMerge/></w:tcPr>", "<w:vMerge w:val=\"restart\"/>", "<w:hMerge/>",
  "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>嵌套</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
  "<w:tc><w:p><w:r><w:t>总分</w:t></w:r></w:p></w:tc>",
  "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>", "&b;", "&a;", "&bogus;", "&#0;", "&#xFFFE;", "&#x110000;", "&#99999999999;",
  "<![CDATA[</w:tc><w:tc>]]>", "<!-- </w:tr> -->", "<?pi data?>", "<w:br/>", "<w:cr/>", "<w:tab/>", "<w:noBreakHyphen/>",
  "<w:del><w:r><w:delText>删除</w:delText></w:r></w:del>", "<w:ins><w:r><w:t>插入</w:t></w:r></w:ins>",
  "<mc:AlternateContent><mc:Choice><w:p/></mc:Choice><mc:Fallback><w:tbl>", "</mc:Fallback></mc:AlternateContent>",
  "<w:sdt><w:sdtPr/><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent>",
  "<x:tbl xmlns:x=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">", "<w:tr/>", "<w:tc/>", "<w:tbl/>", "<", ">", "&", "\"", "</", "<w:",
];

/** Labels of the form and odd value texts, to confuse the form locator and the value readers. */
const TEXTS = [
  "项目支出名称", "项目资金（万元）", "项目资金", "绩效指标", "总分", "年度总体目标", "一级指标", "二级指标", "三级指标", "指标值", "年度指标值",
  "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "产出指标", "效益指标", "满意度指标", "数量指标", "年度资金总额", "其中：当年财政拨款",
  "", " ", "\u3000", "——", "-", "0", "-0", "1e309", "NaN", "100%", "100%%", "≥90%", "≤", "＞＝95％", "９９．５", "1,234.5", "12万元",
  "9".repeat(400), "0." + "0".repeat(300) + "1", "(", "（50分）", "\uFFFD", "\u0000", "2020年13月45日",
];

const INVALID_UTF8 = [[0xc3], [0xff], [0xfe], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8], [0x80, 0x80]];

function matches(xml: string, pattern: RegExp): { start: number; end: number; text: string }[] {
  return [...xml.matchAll(pattern)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}

function splice(xml: string, start: number, end: number, insert: string): string {
  return xml.slice(0, start) + insert + xml.slice(end);
}

/** A position just before a tag, so inserted tags land between elements. */
function tagBoundary(xml: string, random: Random): number {
  const at = xml.indexOf("<", random.int(xml.length));
  return at < 0 ? xml.length : at;
}

function elementOps(pattern: RegExp, noun: string): XmlMutator[] {
  const drop: XmlMutator = (xml, random, log) => {
    const found = matches(xml, pattern);
    if (!found.length) return xml;
    const i = random.int(found.length);
    log.push(`drop ${noun} ${i}`);
    return splice(xml, found[i].start, found[i].end, "");
  };
  const duplicate: XmlMutator = (xml, random, log) => {
    const found = matches(xml, pattern);
    if (!found.length) return xml;
    const i = random.int(found.length);
    const times = random.chance(0.1) ? random.between(2, 50) : 1;
    log.push(`duplicate ${noun} ${i} ×${times}`);
    return splice(xml, found[i].end, found[i].end, found[i].text.repeat(times));
  };
  const shuffle: XmlMutator = (xml, random, log) => {
    const found = matches(xml, pattern);
    if (found.length < 2) return xml;
    const from = random.int(found.length - 1);
    const chosen = found.slice(from, from + random.between(2, 8));
    const order = random.shuffle(chosen.map((_, i) => i));
    log.push(`shuffle ${noun}s ${from}..${from + chosen.length - 1} as [${order.join(",")}]`);
    let out = xml;
    for (let k = chosen.length - 1; k >= 0; k--) out = splice(out, chosen[k].start, chosen[k].end, chosen[order[k]].text);
    return out;
  };
  const move: XmlMutator = (xml, random, log) => {
    const found = matches(xml, pattern);
    if (found.length < 2) return xml;
    const [a, b] = [random.int(found.length), random.int(found.length)];
    log.push(`move ${noun} ${a} before ${noun} ${b}`);
    const without = splice(xml, found[a].start, found[a].end, "");
    const at = found[b].start > found[a].start ? found[b].start - found[a].text.length : found[b].start;
    return splice(without, at, at, found[a].text);
  };
  return [drop, duplicate, shuffle, move];
}

/** Gives an existing gridSpan, gridBefore, gridAfter, vMerge or hMerge a new value, or adds one. */
const mergeProperty: XmlMutator = (xml, random, log) => {
  const element = random.pick(["gridSpan", "gridBefore", "gridAfter", "vMerge", "hMerge"]);
  const value = element.endsWith("Merge") ? random.pick(MERGES) : random.pick(NUMBERS);
  const tag = value === "" && random.chance(0.5) ? `<w:${element}/>` : `<w:${element} w:val="${value}"/>`;
  const existing = matches(xml, new RegExp(`<w:${element}\\b[^>]*>`, "g"));
  if (existing.length && random.chance(0.6)) {
    const i = random.int(existing.length);
    log.push(`set ${element} ${i} to ${tag}`);
    return splice(xml, existing[i].start, existing[i].end, tag);
  }
  const onRow = element.startsWith("grid") && element !== "gridSpan";
  const owners = matches(xml, onRow ? /<w:tr(?:\s[^>]*)?>/g : /<w:tc(?:\s[^>]*)?>/g);
  if (!owners.length) return xml;
  const i = random.int(owners.length);
  log.push(`add ${tag} to ${onRow ? "row" : "cell"} ${i}`);
  const wrapper = onRow ? ["<w:trPr>", "</w:trPr>"] : ["<w:tcPr>", "</w:tcPr>"];
  return splice(xml, owners[i].end, owners[i].end, wrapper[0] + tag + wrapper[1]);
};

const dropProperty: XmlMutator = (xml, random, log) => {
  const found = matches(xml, /<w:(gridSpan|vMerge|hMerge|gridBefore|gridAfter|gridCol)\b[^>]*\/>/g);
  if (!found.length) return xml;
  const i = random.int(found.length);
  log.push(`drop ${found[i].text}`);
  return splice(xml, found[i].start, found[i].end, "");
};

const insertFragment: XmlMutator = (xml, random, log) => {
  const fragment = random.pick(FRAGMENTS);
  const at = tagBoundary(xml, random);
  log.push(`insert ${JSON.stringify(fragment)} at ${at}`);
  return splice(xml, at, at, fragment);
};

const replaceText: XmlMutator = (xml, random, log) => {
  const found = matches(xml, TEXT);
  if (!found.length) return xml;
  const i = random.int(found.length);
  const text = random.pick(TEXTS);
  log.push(`text ${i} → ${JSON.stringify(text.length > 20 ? text.slice(0, 20) + "…" : text)}`);
  const open = /^<w:t(?:\s[^>]*)?>/.exec(found[i].text)![0];
  return splice(xml, found[i].start, found[i].end, `${open}${text.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</w:t>`);
};

const nestTable: XmlMutator = (xml, random, log) => {
  const tables = matches(xml, /<w:tbl>[\s\S]*?<\/w:tbl>/g);
  const cells = matches(xml, CELL);
  if (!tables.length || !cells.length) return xml;
  const [t, c] = [random.int(tables.length), random.int(cells.length)];
  log.push(`nest table ${t} in cell ${c}`);
  const at = cells[c].end - "</w:tc>".length;
  return splice(xml, at, at, tables[t].text + "<w:p/>");
};

const deleteSpan: XmlMutator = (xml, random, log) => {
  const a = tagBoundary(xml, random);
  const b = tagBoundary(xml, random);
  const [start, end] = a < b ? [a, b] : [b, a];
  if (end - start > 20_000) return xml;
  log.push(`delete chars ${start}..${end}`);
  return splice(xml, start, end, "");
};

const truncateXml: XmlMutator = (xml, random, log) => {
  const at = random.int(xml.length);
  log.push(`truncate at char ${at}`);
  return xml.slice(0, at);
};

export const STRUCTURE_MUTATORS: XmlMutator[] = [
  ...elementOps(ROW, "row"), ...elementOps(CELL, "cell"),
  mergeProperty, mergeProperty, mergeProperty, dropProperty, nestTable, replaceText, replaceText,
  insertFragment, insertFragment, deleteSpan,
];

export function mutateStructure(xml: string, random: Random, log: string[], max: number): string {
  let out = xml;
  for (let i = random.between(1, max); i > 0; i--) out = random.pick(STRUCTURE_MUTATORS)(out, random, log);
  if (random.chance(0.05)) out = truncateXml(out, random, log);
  return out;
}

/** Encodes the XML; sometimes with bytes that are not UTF-8, or as UTF-16 with a byte-order mark. */
export function encodeXml(xml: string, random: Random, log: string[]): Uint8Array {
  let bytes: Uint8Array = new TextEncoder().encode(xml);
  if (random.chance(0.03)) {
    log.push("encode as UTF-16LE with BOM");
    return concat([new Uint8Array([0xff, 0xfe]), new Uint8Array(Buffer.from(xml, "utf16le"))]);
  }
  for (let n = random.chance(0.1) ? random.between(1, 4) : 0; n > 0; n--) {
    const at = random.int(bytes.length);
    const bad = random.pick(INVALID_UTF8);
    log.push(`insert invalid UTF-8 [${bad.map((b) => b.toString(16)).join(" ")}] at byte ${at}`);
    bytes = concat([bytes.subarray(0, at), new Uint8Array(bad), bytes.subarray(at)]);
  }
  return bytes;
}

const HTML_ROW = /<tr[\s>][\s\S]*?<\/tr>/g;
const HTML_CELL = /<td[\s>][\s\S]*?<\/td>/g;
const CHARSETS = ["gb2312", "gbk", "gb18030", "big5", "utf-16", "utf-16be", "x-user-defined", "replacement", "utf-7", "bogus", ""];

/** Spans, rows, cells and the declared charset of a web page saved as .doc. */
const spanAttribute: XmlMutator = (html, random, log) => {
  const found = matches(html, /(rowspan|colspan)="[^"]*"/g);
  const value = random.pick(NUMBERS);
  const name = random.pick(["rowspan", "colspan"]);
  if (found.length && random.chance(0.5)) {
    const i = random.int(found.length);
    log.push(`set ${found[i].text} to ${name}="${value}"`);
    return splice(html, found[i].start, found[i].end, `${name}="${value}"`);
  }
  const cells = matches(html, /<td(?=[\s>])/g);
  if (!cells.length) return html;
  const i = random.int(cells.length);
  log.push(`add ${name}="${value}" to td ${i}`);
  return splice(html, cells[i].end, cells[i].end, ` ${name}="${value}"`);
};

const charset: XmlMutator = (html, random, log) => {
  const value = random.pick(CHARSETS);
  log.push(`charset ${JSON.stringify(value)}`);
  return html.replace(/<meta charset="[^"]*">/, `<meta charset="${value}">`);
};

const HTML_MUTATORS: XmlMutator[] = [...elementOps(HTML_ROW, "tr"), ...elementOps(HTML_CELL, "td"), spanAttribute, spanAttribute, charset, deleteSpan, truncateXml];

export function mutateHtml(html: string, random: Random, log: string[], max: number): string {
  let out = html;
  for (let i = random.between(1, max); i > 0; i--) out = random.pick(HTML_MUTATORS)(out, random, log);
  return out;
}
