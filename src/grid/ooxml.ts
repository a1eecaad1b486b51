import { JixiaoError } from "../errors";
import type { Limits } from "../input/limits";
import { GridBudget, gridFromOoxmlRows, type OoxmlCellSpec, type OoxmlRowSpec } from "./build";
import { hiddenInParagraphMessage, keepHiddenInCells } from "./hidden";
import type { Block, DocumentModel, Grid, GridMessage } from "./types";
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
interface RowState { spec: OoxmlRowSpec; depth: number; deleted: boolean; messagesBefore: number; hidden: HiddenInCell[] }
interface TableState { index: number[]; rows: OoxmlRowSpec[]; row: RowState | null; gridCols: number; inGrid: boolean; deletedRows: number; hidden: HiddenInCell[] }
/** Where finished paragraphs go; `carried` is the text of paragraphs whose mark was removed, waiting for the next one. */
interface ParagraphHolder { carried?: string; hidden: string[] }
interface CellState extends ParagraphHolder { spec: OoxmlCellSpec; paragraphs: string[]; depth: number; deleted: boolean; messagesBefore: number }
/** `hidden` holds the paragraph's runs of hidden text (w:vanish), consecutive hidden runs joined. */
interface ParagraphState extends ParagraphHolder { parts: string[]; depth: number; markRemoved: boolean; lastHidden: boolean }
/** A run is hidden (w:rPr/w:vanish) once its properties say so; a text box inside a hidden run is hidden with it. */
interface RunState { depth: number; vanish: boolean }
interface HiddenInCell { row: number; col: number; text: string[] }

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
  const body: ParagraphHolder = { hidden: [] };
  const runs: RunState[] = [];
  /** Open element names, outermost first: the tracked-change markers mean something only under their parent. */
  const path: string[] = [];
  let topTables = 0;
  let depth = 0;
  let hidden = 0;
  let inText = 0;
  let prefix = "w:";
  let rename = false;

  const name = (raw: string) => (rename && raw.startsWith(prefix) ? "w:" + raw.slice(prefix.length) : raw);
  /**
   * Hidden text (w:vanish) is not printed, and Word shows it only when asked: it is kept out of
   * the text, as the RTF and Word 97 readers keep it, in the cell's hiddenText or a message.
   */
  const text = (s: string) => {
    const p = paragraphs[paragraphs.length - 1];
    if (!p) return;
    if (!runs.some((r) => r.vanish)) {
      p.parts.push(s);
      p.lastHidden = false;
    } else if (p.lastHidden) p.hidden[p.hidden.length - 1] += s;
    else {
      p.hidden.push(s);
      p.lastHidden = true;
    }
  };
  /** The cell, text-box paragraph or body that a paragraph closing now belongs to. */
  const holder = (): ParagraphHolder => {
    const outer = paragraphs[paragraphs.length - 1];
    if (outer) return outer;
    return cells.length && tables.length && cellIsInnermost(cells, tables) ? top(cells) : body;
  };
  /** A closing paragraph's hidden runs go where its text goes: its cell, the paragraph holding its text box, or a message. */
  const keepHidden = (to: ParagraphHolder, hidden: string[]) => {
    if (hidden.length === 0) return;
    if (to === body) {
      if (hidden.join("").trim()) messages.push(hiddenInParagraphMessage(hidden.join(" ")));
    } else to.hidden.push(...hidden.filter((t) => t.trim()));
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
      // A run's own properties (not a paragraph mark's, not a w:rPrChange's former ones).
      if (tag === "w:vanish" && path[path.length - 2] === "w:rPr" && runs.length && top(runs).depth === depth - 2) {
        top(runs).vanish = !["false", "0", "off"].includes(val(attrs()) ?? "true");
      }
      if (hidden > 0 || HIDDEN.has(tag)) {
        hidden++;
        return;
      }
      switch (tag) {
        case "w:t":
          inText++;
          break;
        case "w:r":
          runs.push({ depth, vanish: false });
          break;
        case "w:tab":
          if (runs.length) text("\t");
          break;
        case "w:br":
        case "w:cr":
          if (runs.length) text("\n");
          break;
        case "w:noBreakHyphen":
          if (runs.length) text("-");
          break;
        case "w:p":
          paragraphs.push({ parts: [], hidden: [], depth, markRemoved: false, lastHidden: false });
          break;
        case "w:tbl": {
          // Text carried from a removed paragraph mark does not run on past a table.
          flush(holder());
          const outer = tables[tables.length - 1];
          const index = outer && cells.length > 0 ? [...outer.index, countNested(cells)] : [topTables++];
          tables.push({ index, rows: [], row: null, gridCols: 0, inGrid: false, deletedRows: 0, hidden: [] });
          break;
        }
        case "w:tblGrid":
          if (tables.length) top(tables).inGrid = true;
          break;
        case "w:gridCol":
          if (tables.length && top(tables).inGrid) top(tables).gridCols++;
          break;
        case "w:tr":
          if (tables.length) top(tables).row = { spec: { gridBefore: 0, gridAfter: 0, cells: [] }, depth, deleted: false, messagesBefore: messages.length, hidden: [] };
          break;
        case "w:gridBefore":
        case "w:gridAfter": {
          const row = tables.length ? top(tables).row : null;
          if (row) row.spec[tag === "w:gridBefore" ? "gridBefore" : "gridAfter"] = toInt(val(attrs()), 0);
          break;
        }
        case "w:tc":
          cells.push({ spec: { gridSpan: 1, vMerge: null, hMerge: null, text: "", tables: [] }, paragraphs: [], hidden: [], depth, deleted: false, messagesBefore: messages.length });
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
          runs.pop();
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
          keepHidden(to, p.hidden);
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
            // Where build.ts will place the cell: after gridBefore and the cells before it.
            if (cell.hidden.length) row.hidden.push({ row: -1, col: startColumn(row.spec), text: cell.hidden });
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
              for (const h of table.row.hidden) table.hidden.push({ ...h, row: table.rows.length });
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
          keepHiddenInCells(grid, table.hidden, table.index, messages);
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

/** The grid column the next cell of a row starts at, as gridFromOoxmlRows counts them. */
function startColumn(row: OoxmlRowSpec): number {
  let col = Math.max(0, row.gridBefore);
  for (const tc of row.cells) col += Math.max(1, tc.gridSpan);
  return col;
}

function toInt(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 && n < 10_000 ? n : fallback;
}
