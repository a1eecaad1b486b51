import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { Parser } from "htmlparser2";
import { JixiaoError } from "../errors";
import { GridBudget, gridFromHtmlRows, type HtmlCellSpec } from "./build";
import type { Block, DocumentModel, Grid } from "./types";

const BLOCK_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "pre", "blockquote"]);
/** A block element holding one of these is not a paragraph of its own: its content is walked. */
const CONTAINERS = new Set(["table", "p", "li", "div"]);

interface HtmlOptions {
  /** Browsers collapse whitespace in saved web pages; mammoth's output is exact text. */
  collapseWhitespace: boolean;
  /** limits.maxGridCells */
  maxGridCells: number;
  /** limits.maxDepth: the walks below recurse. */
  maxDepth: number;
}

/**
 * An HTML document (mammoth's output, or a web page saved with a .doc name) as body blocks.
 * Paragraphs become lines; tables become grids by the HTML table algorithm.
 */
export function readHtmlDocument(html: string, options: HtmlOptions): DocumentModel {
  checkTagDepth(html, options.maxDepth);
  const $ = cheerio.load(html);
  const blocks: Block[] = [];
  let topTables = 0;
  const budget = new GridBudget(options.maxGridCells);
  checkDepth($.root()[0], options.maxDepth);
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
          tables: tablesIn(td).map(tableGrid),
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
    if (BLOCK_TAGS.has(el.name) && !holdsContainer(el)) {
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

/**
 * The tables of a cell that are not inside another table of it, in document order. (A cheerio
 * find("table") per cell, then parentsUntil per table, took cubic time: 1,000 nested tables,
 * 30 KB of HTML, ran for minutes.)
 */
function tablesIn(td: Element): Element[] {
  const found: Element[] = [];
  const pending: AnyNode[] = [...td.children].reverse();
  while (pending.length) {
    const node = pending.pop()!;
    if (node.type !== "tag") continue;
    const el = node as Element;
    if (el.name === "table") found.push(el);
    else pending.push(...[...el.children].reverse());
  }
  return found;
}

/** Stops at the first container: a cheerio find() per block walked every subtree again, quadratic in nesting. */
function holdsContainer(el: Element): boolean {
  const pending: AnyNode[] = [...el.children];
  while (pending.length) {
    const node = pending.pop()!;
    if (node.type !== "tag") continue;
    if (CONTAINERS.has((node as Element).name)) return true;
    pending.push(...(node as Element).children);
  }
  return false;
}

function tooDeep(maxDepth: number): JixiaoError {
  return new JixiaoError("LIMIT_EXCEEDED", `The web page nests elements deeper than ${maxDepth} (limits.maxDepth); a real form nests a few dozen deep.`);
}

/**
 * Before cheerio's parser (parse5) sees the page: parse5 scans its stack of open elements for
 * each tag, which is quadratic in nesting (100,000 nested <div>s took 55 s). htmlparser2 closes
 * implied elements much as parse5 does and runs in linear time.
 */
function checkTagDepth(html: string, maxDepth: number): void {
  let depth = 0;
  const parser = new Parser({
    onopentag() {
      if (++depth > maxDepth) throw tooDeep(maxDepth);
    },
    onclosetag() {
      depth--;
    },
  });
  parser.end(html);
}

/** The walks recurse, so the tree cheerio built is checked too. */
function checkDepth(root: AnyNode, maxDepth: number): void {
  const pending: [AnyNode, number][] = [[root, 0]];
  while (pending.length) {
    const [node, depth] = pending.pop()!;
    if (depth > maxDepth) throw tooDeep(maxDepth);
    if ("children" in node) for (const child of node.children) pending.push([child, depth + 1]);
  }
}

function spanOf(td: Element, attr: string): number {
  const n = Number.parseInt(td.attribs[attr] ?? "1", 10);
  return Number.isFinite(n) && n > 0 && n < 10_000 ? n : 1;
}
