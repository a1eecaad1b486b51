import { JixiaoError } from "../errors";
import { loadBytes, type DocumentInput } from "../input/bytes";
import { resolveLimits, type Limits } from "../input/limits";
import { sniff } from "../input/sniff";
import { latin1 } from "../input/text";
import { readMainPart } from "../input/zip";
import type { DocumentModel, Grid, GridMessage } from "./types";
import { readOoxmlDocument } from "./ooxml";

export type ReaderName = "direct" | "mammoth";

export interface ReadOptions {
  /** "direct" (default): our one-pass OOXML reader. "mammoth": mammoth → HTML → cheerio. */
  reader?: ReaderName;
  limits?: Partial<Limits>;
}

export interface ReadDocumentResult extends DocumentModel {
  file?: string;
  /** "html" when the input was a web page saved with a Word name; "doc" for Word 97-2003 binary. */
  format: "docx" | "html" | "doc" | "rtf";
  /** Milliseconds spent per stage, for the benchmark. */
  timings: { unzip: number; grid: number };
}

/** document.xml is UTF-8 unless a byte-order mark says UTF-16. */
function xmlEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** Word's "save as web page" writes GB2312 pages in Chinese archives; honour the declared charset. */
function decodeHtml(bytes: Uint8Array): string {
  const headText = latin1(bytes.subarray(0, 4096));
  const charset = /charset\s*=\s*["']?([\w-]+)/i.exec(headText)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset && charset !== "utf-8" ? charset : "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** Bytes → body blocks (paragraphs and faithful table grids), with the reader's messages. */
export async function readDocumentModel(input: DocumentInput, options: ReadOptions = {}): Promise<ReadDocumentResult> {
  // A bad option is the caller's mistake, whatever the file turns out to be: said before reading.
  if (options.reader !== undefined && options.reader !== "direct" && options.reader !== "mammoth") {
    throw new JixiaoError("BAD_OPTION", `Unknown reader "${String(options.reader)}": use "direct" or "mammoth".`);
  }
  const { bytes, file } = await loadBytes(input);
  const limits = resolveLimits(options.limits);
  const kind = sniff(bytes);
  if (kind === "html") {
    // A web page is read whole, like an inflated document.xml, and held to the same size limit.
    if (bytes.length > limits.maxEntryBytes) {
      throw new JixiaoError("LIMIT_EXCEEDED", `The web page is ${bytes.length} bytes, above the limit of ${limits.maxEntryBytes} (limits.maxEntryBytes). Raise the limit if the file is trusted.`);
    }
    const t0 = performance.now();
    // cheerio and mammoth are loaded only when needed: most runs read .docx with the direct reader,
    // and every worker thread of the command would otherwise carry them.
    const { readHtmlDocument } = await import("./html");
    const model = readHtmlDocument(decodeHtml(bytes), { collapseWhitespace: true, maxGridCells: limits.maxGridCells, maxDepth: limits.maxDepth });
    return { ...model, file, format: "html", timings: { unzip: 0, grid: performance.now() - t0 } };
  }
  if (kind === "doc") {
    // Word 97-2003 binary: one reader whatever `reader` asks for (mammoth reads only .docx).
    const t0 = performance.now();
    const { readWordDocument } = await import("./doc/read");
    const model = readWordDocument(bytes, limits);
    return { ...model, file, format: "doc", timings: { unzip: 0, grid: performance.now() - t0 } };
  }
  if (kind === "rtf") {
    // RTF: one reader whatever `reader` asks for, like .doc.
    const t0 = performance.now();
    const { readRtfDocument } = await import("./rtf/read");
    const model = readRtfDocument(bytes, limits);
    return { ...model, file, format: "rtf", timings: { unzip: 0, grid: performance.now() - t0 } };
  }
  const t0 = performance.now();
  const { part: main, messages: zipMessages } = readMainPart(bytes, limits);
  const t1 = performance.now();
  // The direct reader reads any text and throws only JixiaoErrors (limits): anything else it throws is
  // a bug, and is left to surface as one rather than blamed on the file.
  let model: DocumentModel = readOoxmlDocument(main, limits, xmlEncoding(main));
  if (options.reader === "mammoth") {
    // The direct pass above is mammoth's preflight: it applies maxDepth and maxGridCells, and
    // mammoth's XML parser (xmldom) takes quadratic time on a document whose elements are not
    // all closed (20 s for a 700 KB document.xml cut short), so such a document stops here.
    if (model.messages.some((m) => m.code === "TRUNCATED_XML")) {
      throw new JixiaoError("BAD_XML", "word/document.xml ends before all its elements are closed (a truncated or damaged file); the mammoth reader cannot read it. The direct reader (the default) reads what is there.");
    }
    const { readWithMammoth } = await import("./mammoth");
    model = await readWithMammoth(bytes, limits);
  }
  return { ...model, messages: [...zipMessages, ...model.messages], file, format: "docx", timings: { unzip: t1 - t0, grid: performance.now() - t1 } };
}

/** Every top-level table of the document as a grid; nested tables hang off their cells. */
export async function readTables(input: DocumentInput, options: ReadOptions = {}): Promise<{ tables: Grid[]; messages: TableMessage[] }> {
  const model = await readDocumentModel(input, options);
  const tables = model.blocks.flatMap((b) => (b.kind === "table" ? [b.grid] : []));
  // The grid a message refers to is for placing it; the caller has the tables and the path.
  return { tables, messages: model.messages.map(({ grid: _grid, ...m }) => m) };
}

/** A reader's message as readTables gives it: `table` is the path of table indexes, top-level first. */
export type TableMessage = Omit<GridMessage, "grid">;
