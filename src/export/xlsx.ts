/**
 * XLSX in memory, for programs and pages (the CLI streams through exceljs instead, for archives of
 * any size): the sheets of sheets.ts written as SpreadsheetML and zipped with fflate. Text goes
 * to the shared-string table, which Excel never evaluates, so no formula guard is needed and cells
 * keep the form's exact text; numbers are number cells. The header row is bold, filled and frozen,
 * with an autofilter; the cells messages point at get their severity's fill.
 */
import { zipSync } from "fflate";
import type { Severity } from "../model/message";
import { headerRow, type CellData, type HeaderLanguage } from "./columns";
import type { ComparedPair } from "../target/pairs";
import type { ExportInput } from "./input";
import { PAIR_SHEET, pairRows } from "./pairs";
import type { Row } from "./rows";
import { FILLS, HEADER_FILL, SHEETS, type SheetSpec } from "./sheets";
import { columnLetters, columnWidth, headerRowHeight, textWidth } from "./width";

export interface XlsxOptions {
  /** Sheet names and header rows in Chinese ("zh", the default) or English ("en"). */
  headers?: HeaderLanguage;
  /**
   * The target forms and self-evaluation forms compared (`comparePairs(outcomes)`): written as a last
   * sheet, 目标对比, as `jixiao parse --pairs` writes it. Without it there is no such sheet.
   */
  pairs?: readonly ComparedPair[];
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's limit on a sheet name. */
const SHEET_NAME_MAX = 31;

/** Style ids of cellXfs (STYLES below): the plain cell, the header, then one fill per severity. */
const HEADER_STYLE = 1;
const SEVERITY_STYLE: Record<Severity, number> = { error: 2, warning: 3, info: 4 };

/**
 * Text as XML content. Characters XML 1.0 cannot hold (control characters a Word cell can still
 * carry) are written as SpreadsheetML's _xHHHH_ escapes, and a literal "_x0041_" in the text has
 * its underscore escaped, so a reader gets the text back unchanged.
 */
function escapeText(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  id(text: string): number {
    this.count++;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.list.push(text) - 1;
      this.index.set(text, at);
    }
    return at;
  }

  xml(): string {
    const items = this.list.map((text) => `<si><t xml:space="preserve">${escapeText(text)}</t></si>`).join("");
    return `${XML}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function cellXml(ref: string, value: CellData, style: number, strings: SharedStrings): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null) return style ? `<c r="${ref}"${s}/>` : "";
  // NaN and Infinity are no spreadsheet number: they keep their text.
  if (typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.id(String(value))}</v></c>`;
}

function rowXml(n: number, cells: readonly CellData[], styles: (column: number) => number, strings: SharedStrings, height?: number): string {
  const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
  const xml = cells.map((value, i) => cellXml(`${columnLetters(i + 1)}${n}`, value, styles(i), strings)).join("");
  return `<row r="${n}"${ht}>${xml}</row>`;
}

function sheetXml(spec: SheetSpec, rows: readonly Row[], headers: HeaderLanguage, strings: SharedStrings, first: boolean): string {
  const header = headerRow(spec.columns, headers);
  const widest = header.map(() => 0);
  for (const { cells } of rows) cells.forEach((cell, i) => {
    if (cell !== null) widest[i] = Math.max(widest[i], textWidth(String(cell)));
  });
  const widths = header.map((text, i) => columnWidth(widest[i], text));
  const range = `A1:${columnLetters(header.length)}${rows.length + 1}`;
  const data = [rowXml(1, header, () => HEADER_STYLE, strings, headerRowHeight(header, widths))];
  rows.forEach(({ cells, marks }, i) => {
    const fills = new Map(marks ?? []);
    data.push(rowXml(i + 2, cells, (col) => {
      const severity = fills.get(col);
      return severity ? SEVERITY_STYLE[severity] : 0;
    }, strings));
  });
  return XML + `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`
    + (spec.fitWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "")
    + `<dimension ref="${range}"/>`
    + `<sheetViews><sheetView${first ? ' tabSelected="1"' : ""} workbookViewId="0">`
    + '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    + "</sheetView></sheetViews>"
    + '<sheetFormatPr defaultRowHeight="15"/>'
    + `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    + `<sheetData>${data.join("")}</sheetData>`
    + `<autoFilter ref="${range}"/>`
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    + `<pageSetup orientation="landscape"${spec.fitWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`
    + "</worksheet>";
}

const solidFill = (argb: string) => `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;
const font = (bold: boolean) => `<font>${bold ? "<b/>" : ""}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
const fillStyle = (fillId: number) => `<xf numFmtId="0" fontId="0" fillId="${fillId}" borderId="0" xfId="0" applyFill="1"/>`;

/** Fonts plain and bold; fills none and gray125 (both required first), the header's, then error, warning, info. */
const STYLES = XML + `<styleSheet xmlns="${MAIN}">`
  + `<fonts count="2">${font(false)}${font(true)}</fonts>`
  + `<fills count="6"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>`
  + `${solidFill(HEADER_FILL)}${solidFill(FILLS.error)}${solidFill(FILLS.warning)}${solidFill(FILLS.info)}</fills>`
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
  + `${fillStyle(3)}${fillStyle(4)}${fillStyle(5)}</cellXfs>`
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + "</styleSheet>";

/** A sheet name inside a quoted reference ('汇总'!$A$1:$J$5): quotes double. */
const quotedName = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** The workbook of the outcomes: the same sheets, columns and fills as `jixiao parse --format xlsx`. */
export async function toXlsx(outcomes: Iterable<ExportInput>, options: XlsxOptions = {}): Promise<Uint8Array> {
  const headers = options.headers ?? "zh";
  const all = [...outcomes];
  const strings = new SharedStrings();
  const sheets: { name: string; xml: string; range: string }[] = [];
  const add = (spec: SheetSpec, rows: Row[]) => {
    const name = spec.name[headers].slice(0, SHEET_NAME_MAX);
    const range = `$A$1:$${columnLetters(spec.columns.length)}$${rows.length + 1}`;
    sheets.push({ name, range, xml: sheetXml(spec, rows, headers, strings, sheets.length === 0) });
  };
  for (const spec of SHEETS) {
    const rows = all.flatMap((outcome) => spec.rows(outcome));
    if (spec.always || rows.length > 0) add(spec, rows);
  }
  if (options.pairs) add(PAIR_SHEET, pairRows(options.pairs));
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, text: string) => (files[path] = encoder.encode(text));
  put("[Content_Types].xml", XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    + "</Types>");
  put("_rels/.rels", XML + `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  // The autofilters' hidden names, as Excel writes them beside each <autoFilter>.
  const filters = sheets.map(({ name, range }, i) =>
    `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeText(quotedName(name))}!${range}</definedName>`);
  put("xl/workbook.xml", XML + `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>`
    + sheets.map(({ name }, i) => `<sheet name="${escapeText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")
    + `</sheets><definedNames>${filters.join("")}</definedNames></workbook>`);
  put("xl/_rels/workbook.xml.rels", XML + `<Relationships xmlns="${PACKAGE_REL}">`
    + sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")
    + `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>`
    + `<Relationship Id="rId${sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
    + "</Relationships>");
  put("xl/styles.xml", STYLES);
  sheets.forEach(({ xml }, i) => put(`xl/worksheets/sheet${i + 1}.xml`, xml));
  put("xl/sharedStrings.xml", strings.xml());
  return zipSync(files, { level: 6 });
}
