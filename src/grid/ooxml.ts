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

/**
 * Tracked changes are read as Word shows them once every change is accepted: a row marked deleted
 * (w:trPr/w:del) or a cell marked deleted (w:tcPr/w:cellDel) is left out, and a paragraph whose mark
 * is deleted or moved away (w:pPr/w:rPr/w:del, w:moveFrom) runs on into the next paragraph.
 */
interface RowState { spec: OoxmlRowSpec; depth: number; deleted: boolean; messagesBefore: number }
interface TableState { index: number[]; rows: OoxmlRowSpec[]; row: RowState | null; gridCols: number; inGrid: boolean; deletedRows: number }
/** Where finished paragraphs go; `carried` is the text of paragraphs whose mark was removed, waiting for the next one. */
interface ParagraphHolder { carried?: string }
interface CellState extends ParagraphHolder { spec: OoxmlCellSpec; paragraphs: string[]; depth: number; deleted: boolean; messagesBefore: number }
interface ParagraphState extends ParagraphHolder { parts: string[]; depth: number; markRemoved: boolean }

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
  const body: ParagraphHolder = {};
  /** Open element names, outermost first: the tracked-change markers mean something only under their parent. */
  const path: string[] = [];
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
  /** The cell, text-box paragraph or body that a paragraph closing now belongs to. */
  const holder = (): ParagraphHolder => {
    const outer = paragraphs[paragraphs.length - 1];
    if (outer) return outer;
    return cells.length && tables.length && cellIsInnermost(cells, tables) ? top(cells) : body;
  };
  const emit = (to: ParagraphHolder, line: string) => {
    if (to === body) blocks.push({ kind: "paragraph", text: line });
    else if ("parts" in to) {
      // A text box's paragraphs sit inside a paragraph of the body; keep them as lines of it.
      const outer = to as ParagraphState;
      outer.parts.push(outer.parts.length ? "\n" + line : line);
    } else (to as CellState).paragraphs.push(line);
  };
  /** Text carried from a removed paragraph mark with no paragraph after it in its place stays a paragraph of its own. */
  const flush = (from: ParagraphHolder) => {
    if (from.carried === undefined) return;
    const line = from.carried;
    from.carried = undefined;
    emit(from, line);
  };
  /** w:del / w:moveFrom / w:cellDel, judged by where they sit. */
  const tracked = (tag: string) => {
    const parent = path[path.length - 2];
    if (tag === "w:cellDel") {
      const cell = cells[cells.length - 1];
      if (parent === "w:tcPr" && cell?.depth === depth - 2) cell.deleted = true;
    } else if (parent === "w:trPr") {
      const row = tables.length ? top(tables).row : null;
      if (tag === "w:del" && row?.depth === depth - 2) row.deleted = true;
    } else if (parent === "w:rPr" && path[path.length - 3] === "w:pPr") {
      const p = paragraphs[paragraphs.length - 1];
      if (p?.depth === depth - 3) p.markRemoved = true;
    }
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
      path.push(tag);
      // Before the hidden check: a paragraph mark's w:del sits inside w:pPr, whose text Word does not show.
      if (tag === "w:del" || tag === "w:moveFrom" || tag === "w:cellDel") tracked(tag);
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
          paragraphs.push({ parts: [], depth, markRemoved: false });
          break;
        case "w:tbl": {
          // Text carried from a removed paragraph mark does not run on past a table.
          flush(holder());
          const outer = tables[tables.length - 1];
          const index = outer && cells.length > 0 ? [...outer.index, countNested(cells)] : [topTables++];
          tables.push({ index, rows: [], row: null, gridCols: 0, inGrid: false, deletedRows: 0 });
          break;
        }
        case "w:tblGrid":
          if (tables.length) top(tables).inGrid = true;
          break;
        case "w:gridCol":
          if (tables.length && top(tables).inGrid) top(tables).gridCols++;
          break;
        case "w:tr":
          if (tables.length) top(tables).row = { spec: { gridBefore: 0, gridAfter: 0, cells: [] }, depth, deleted: false, messagesBefore: messages.length };
          break;
        case "w:gridBefore":
        case "w:gridAfter": {
          const row = tables.length ? top(tables).row : null;
          if (row) row.spec[tag === "w:gridBefore" ? "gridBefore" : "gridAfter"] = toInt(val(attrs()), 0);
          break;
        }
        case "w:tc":
          cells.push({ spec: { gridSpan: 1, vMerge: null, hMerge: null, text: "", tables: [] }, paragraphs: [], depth, deleted: false, messagesBefore: messages.length });
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
      path.pop();
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
          flush(p);
          const to = holder();
          let line = p.parts.join("");
          if (to.carried !== undefined) {
            line = to.carried + line;
            to.carried = undefined;
          }
          if (p.markRemoved) to.carried = line;
          else emit(to, line);
          break;
        }
        case "w:tblGrid":
          if (tables.length) top(tables).inGrid = false;
          break;
        case "w:tc": {
          const cell = cells.pop();
          const row = tables.length ? top(tables).row : null;
          if (!cell) break;
          if (cell.deleted) {
            // Gone with the cell: messages about tables nested in it.
            messages.length = cell.messagesBefore;
          } else if (row) {
            flush(cell);
            cell.spec.text = cell.paragraphs.join("\n");
            row.spec.cells.push(cell.spec);
          }
          break;
        }
        case "w:tr": {
          const table = tables[tables.length - 1];
          if (table?.row) {
            if (table.row.deleted) {
              table.deletedRows++;
              messages.length = table.row.messagesBefore;
            } else {
              table.rows.push(table.row.spec);
            }
            table.row = null;
          }
          break;
        }
        case "w:tbl": {
          const table = tables.pop();
          if (!table) break;
          if (table.rows.length === 0 && table.deletedRows > 0) {
            // Every row deleted: the accepted document has no table here, and the next one takes its number.
            if (table.index.length === 1 && table.index[0] === topTables - 1) topTables--;
            break;
          }
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
  flush(body);
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
