import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { GridBudget, gridFromHtmlRows, type HtmlCellSpec } from "./build";
import type { Block, DocumentModel, Grid } from "./model";

const BLOCK_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "pre", "blockquote"]);

interface HtmlOptions {
  /** Browsers collapse whitespace in saved web pages; mammoth's output is exact text. */
  collapseWhitespace: boolean;
  /** limits.maxGridCells */
  maxGridCells: number;
}

/**
 * An HTML document (mammoth's output, or a web page saved with a .doc name) as body blocks.
 * Paragraphs become lines; tables become grids by the HTML table algorithm.
 */
export function readHtmlDocument(html: string, options: HtmlOptions): DocumentModel {
  const $ = cheerio.load(html);
  const blocks: Block[] = [];
  let topTables = 0;
  const budget = new GridBudget(options.maxGridCells);
  const root = $("body").length ? $("body")[0] : $.root()[0];

  const textOf = (node: AnyNode, lines: string[]): void => {
    // lines[lines.length - 1] is the open line; block elements open and close lines.
    if (node.type === "text") {
      const data = options.collapseWhitespace ? node.data.replace(/[ \t\r\n\f]+/g, " ") : node.data;
      lines[lines.length - 1] += data;
      return;
    }
    if (node.type !== "tag") return;
    const el = node as Element;
    if (el.name === "br") {
      lines.push("");
      return;
    }
    if (el.name === "table" || el.name === "script" || el.name === "style") return;
    const block = BLOCK_TAGS.has(el.name);
    if (block && lines[lines.length - 1] !== "") lines.push("");
    for (const child of el.children) textOf(child, lines);
    if (block) lines.push("");
  };

  const cellText = (td: Element): string => {
    const lines = [""];
    const hasBlocks = td.children.some((c) => c.type === "tag" && BLOCK_TAGS.has((c as Element).name));
    for (const child of td.children) textOf(child, lines);
    if (hasBlocks && lines[lines.length - 1] === "") lines.pop();
    const text = lines.join("\n");
    return options.collapseWhitespace ? text.split("\n").map((l) => l.trim()).join("\n").trim() : text;
  };

  const tableGrid = (table: Element): Grid => {
    const rows: HtmlCellSpec[][] = [];
    for (const tr of $(table).find("> tr, > thead > tr, > tbody > tr, > tfoot > tr").toArray()) {
      rows.push(
        $(tr).children("td, th").toArray().map((td) => ({
          rowSpan: spanOf(td, "rowspan"),
          colSpan: spanOf(td, "colspan"),
          text: cellText(td),
          tables: $(td).find("table").filter((_, t) => $(t).parentsUntil(td, "table").length === 0).toArray().map(tableGrid),
        })),
      );
    }
    return gridFromHtmlRows(rows, budget);
  };

  const walk = (node: AnyNode): void => {
    if (node.type !== "tag") return;
    const el = node as Element;
    if (el.name === "table") {
      blocks.push({ kind: "table", index: topTables++, grid: tableGrid(el) });
      return;
    }
    if (BLOCK_TAGS.has(el.name) && !$(el).find("table, p, li, div").length) {
      const lines = [""];
      for (const child of el.children) textOf(child, lines);
      const text = lines.join("\n");
      blocks.push({ kind: "paragraph", text: options.collapseWhitespace ? text.trim() : text });
      return;
    }
    for (const child of el.children) walk(child);
  };

  for (const child of (root as Element).children ?? []) walk(child);
  return { blocks, messages: [] };
}

function spanOf(td: Element, attr: string): number {
  const n = Number.parseInt(td.attribs[attr] ?? "1", 10);
  return Number.isFinite(n) && n > 0 && n < 10_000 ? n : 1;
}
