import { JixiaoError } from "../errors";
import type { Limits } from "../input/limits";
import { GridBudget, gridFromOoxmlRows, type OoxmlCellSpec, type OoxmlRowSpec } from "./build";
import type { Block, DocumentModel, Grid, GridMessage } from "./model";
import { attribute, attributes, decodeEntities, detach, scanXml } from "./xml";

const W_NS = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);

/** Elements whose text Word does not show: deleted or moved-away text, control properties, fallbacks. */
const HIDDEN = new Set(["w:del", "w:moveFrom", "w:sdtPr", "w:sdtEndPr", "mc:Fallback", "w:instrText", "w:delText", "w:pPr", "w:rPr"]);

interface TableState { index: number[]; rows: OoxmlRowSpec[]; row: OoxmlRowSpec | null; gridCols: number; inGrid: boolean }
interface CellState { spec: OoxmlCellSpec; paragraphs: string[] }
interface ParagraphState { parts: string[] }

/**
 * One pass over word/document.xml: a SAX walk that builds body blocks, tables, rows and cells as
 * the tags go by. Nothing is parsed twice and no DOM is built.
 */
export function readOoxmlDocument(xml: string | Uint8Array, limits: Pick<Limits, "maxDepth" | "maxGridCells">, encoding = "utf-8"): DocumentModel {
  const { maxDepth } = limits;
  const budget = new GridBudget(limits.maxGridCells);
  const blocks: Block[] = [];
  const messages: GridMessage[] = [];
  const tables: TableState[] = [];
  const cells: CellState[] = [];
  const paragraphs: ParagraphState[] = [];
  let topTables = 0;
  let depth = 0;
  let hidden = 0;
  let inText = 0;
  let inRun = 0;
  let prefix = "w:";
  let rename = false;

  const name = (raw: string) => (rename && raw.startsWith(prefix) ? "w:" + raw.slice(prefix.length) : raw);
  const text = (s: string) => {
    const p = paragraphs[paragraphs.length - 1];
    if (p) p.parts.push(s);
  };
  const val = (attrs: string) => attribute(attrs, "w:val") ?? (rename ? attribute(attrs, prefix + "val") : undefined);
  // Attribute text is sliced only for the few tags that have something to say in it.
  let buf = "";
  let attrStart = 0;
  let attrEnd = 0;
  const attrs = () => buf.slice(attrStart, attrEnd);

  const unclosed = scanXml(xml, {
    open(raw, chunk, start, end) {
      buf = chunk;
      attrStart = start;
      attrEnd = end;
      if (++depth > maxDepth) {
        throw new JixiaoError("LIMIT_EXCEEDED", `document.xml nests elements deeper than ${maxDepth} (limits.maxDepth); a real form nests a few dozen deep.`);
      }
      if (depth === 1) {
        for (const [key, value] of attributes(attrs())) {
          if (key.startsWith("xmlns:") && W_NS.has(value)) {
            prefix = key.slice(6) + ":";
            rename = prefix !== "w:";
          }
        }
      }
      const tag = name(raw);
      if (hidden > 0 || HIDDEN.has(tag)) {
        hidden++;
        return;
      }
      switch (tag) {
        case "w:t":
          inText++;
          break;
        case "w:r":
          inRun++;
          break;
        case "w:tab":
          if (inRun) text("\t");
          break;
        case "w:br":
        case "w:cr":
          if (inRun) text("\n");
          break;
        case "w:noBreakHyphen":
          if (inRun) text("-");
          break;
        case "w:p":
          paragraphs.push({ parts: [] });
          break;
        case "w:tbl": {
          const outer = tables[tables.length - 1];
          const index = outer && cells.length > 0 ? [...outer.index, countNested(cells)] : [topTables++];
          tables.push({ index, rows: [], row: null, gridCols: 0, inGrid: false });
          break;
        }
        case "w:tblGrid":
          if (tables.length) top(tables).inGrid = true;
          break;
        case "w:gridCol":
          if (tables.length && top(tables).inGrid) top(tables).gridCols++;
          break;
        case "w:tr":
          if (tables.length) top(tables).row = { gridBefore: 0, gridAfter: 0, cells: [] };
          break;
        case "w:gridBefore":
        case "w:gridAfter": {
          const row = tables.length ? top(tables).row : null;
          if (row) row[tag === "w:gridBefore" ? "gridBefore" : "gridAfter"] = toInt(val(attrs()), 0);
          break;
        }
        case "w:tc":
          cells.push({ spec: { gridSpan: 1, vMerge: null, hMerge: null, text: "", tables: [] }, paragraphs: [] });
          break;
        case "w:gridSpan":
          if (cells.length) top(cells).spec.gridSpan = toInt(val(attrs()), 1);
          break;
        case "w:vMerge":
        case "w:hMerge":
          if (cells.length) top(cells).spec[tag === "w:vMerge" ? "vMerge" : "hMerge"] = val(attrs()) === "restart" ? "restart" : "continue";
          break;
      }
    },
    text(buf, start, end) {
      if (inText > 0 && hidden === 0) text(detach(decodeEntities(buf.slice(start, end))));
    },
    cdata(content) {
      if (inText > 0 && hidden === 0) text(content);
    },
    close(raw) {
      depth--;
      if (hidden > 0) {
        hidden--;
        return;
      }
      switch (name(raw)) {
        case "w:t":
          inText--;
          break;
        case "w:r":
          inRun--;
          break;
        case "w:p": {
          const p = paragraphs.pop();
          if (!p) break;
          const line = p.parts.join("");
          const outerParagraph = paragraphs[paragraphs.length - 1];
          // A text box's paragraphs sit inside a paragraph of the body; keep them as lines of it.
          if (outerParagraph) outerParagraph.parts.push(outerParagraph.parts.length ? "\n" + line : line);
          else if (cells.length && tables.length && cellIsInnermost(cells, tables)) top(cells).paragraphs.push(line);
          else blocks.push({ kind: "paragraph", text: line });
          break;
        }
        case "w:tblGrid":
          if (tables.length) top(tables).inGrid = false;
          break;
        case "w:tc": {
          const cell = cells.pop();
          const row = tables.length ? top(tables).row : null;
          if (cell && row) {
            cell.spec.text = cell.paragraphs.join("\n");
            row.cells.push(cell.spec);
          }
          break;
        }
        case "w:tr": {
          const table = tables[tables.length - 1];
          if (table?.row) {
            table.rows.push(table.row);
            table.row = null;
          }
          break;
        }
        case "w:tbl": {
          const table = tables.pop();
          if (!table) break;
          const before = messages.length;
          const grid = gridFromOoxmlRows(table.rows, table.gridCols, table.index, messages, budget);
          // Messages about this table's cells (its nested tables' came before, with their own grid).
          for (let i = before; i < messages.length; i++) messages[i].grid = grid;
          if (cells.length && tables.length) top(cells).spec.tables.push(grid);
          else blocks.push({ kind: "table", index: table.index[0], grid });
          break;
        }
      }
    },
  }, encoding);
  if (unclosed > 0) {
    messages.push({
      code: "TRUNCATED_XML", severity: "warning",
      message: "document.xml ends before all its elements are closed (a truncated or damaged file); what was read is kept.",
      messageZh: "document.xml 在所有元素闭合之前就结束了（文件被截断或已损坏）；已读取的内容予以保留。",
    });
  }
  return { blocks, messages };
}

function top<T>(stack: T[]): T {
  return stack[stack.length - 1];
}

/** Nested tables are numbered within their cell. */
function countNested(cells: CellState[]): number {
  return top(cells).spec.tables.length;
}

/**
 * A paragraph belongs to the innermost cell only when that cell is inside the innermost table;
 * tables and cells nest alternately, so comparing depths is enough.
 */
function cellIsInnermost(cells: CellState[], tables: TableState[]): boolean {
  return cells.length >= tables.length;
}

function toInt(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 && n < 10_000 ? n : fallback;
}
