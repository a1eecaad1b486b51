/**
 * RTF → body blocks and table grids, the same model the .docx reader builds. One pass of the
 * tokenizer; formatting is a stack of group states (`{` copies the state, `}` restores it).
 *
 * What is read: body paragraphs (`\par`), tables (see tables.ts), `\line` and `\page` as "\n",
 * `\tab`, `\uN` (skipping `\ucN` fallback characters), `\'hh` bytes in the font's `\fcharset` or
 * the document's `\ansicpg` (GBK for Chinese), field results (`\fldrslt`; the code in `\fldinst`
 * is dropped). What is dropped: deleted revisions (`\deleted`, read as accepted, as the .docx
 * reader reads w:del), `\*` destinations we do not know, binary data, the font, colour and style
 * tables, document info, headers, footers, footnotes, comments, list numbering text, pictures and
 * shapes (the .docx reader reads only the body too), but for a text box's paragraphs, which become
 * lines of the paragraph holding the shape. Hidden text (`\v`) is kept out of the text and put in
 * the cell's hiddenText, or in a message for a body paragraph.
 */
import { JixiaoError } from "../../errors";
import type { Limits } from "../../input/limits";
import { GridBudget } from "../build";
import type { Block, DocumentModel, GridMessage } from "../types";
import { decoderFor, encodingOfCharset, encodingOfCodePage } from "./charset";
import { scanRtf } from "./scan";
import { RtfTables, type CellDefinition, type RowDefinition } from "./tables";

interface GroupState {
  /** Inside a destination whose text is not the document's. */
  skip: boolean;
  /** Inside the font table: `\f` and `\fcharset` define fonts there. */
  fontTable: boolean;
  /** Inside `{\*\nesttableprops …}`: row definitions are for nested tables. */
  nestProps: boolean;
  /** Inside `{\upr …}`: its text is the ANSI copy of the Unicode text in its `{\*\ud …}`. */
  upr: boolean;
  /** Inside a shape (`{\shp …}`), skipped but for its text box (`{\shptxt …}`). */
  shape: boolean;
  /** Inside a text box: its paragraphs become lines of the paragraph that holds the shape. */
  shapeText: boolean;
  /** The last token was `\*`: the next control word names an optional destination. */
  star: boolean;
  uc: number;
  font: number | null;
  hidden: boolean;
  deleted: boolean;
  intbl: boolean;
  itap: number;
}

/** Destinations whose content is not body text. */
const SKIPPED = new Set([
  "fonttbl", "colortbl", "stylesheet", "info", "listtable", "listoverridetable", "revtbl", "rsidtbl", "filetbl",
  "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
  "footnote", "annotation", "atnid", "atnauthor", "fldinst", "nonesttables", "listtext", "pntext", "pn",
  "pict", "shp", "shpinst", "shprslt", "xe", "tc", "txe", "template", "userprops", "docvar", "ftnsep", "ftnsepc",
  "aftnsep", "aftnsepc", "ftncn", "aftncn", "objdata", "datafield", "themedata", "colorschememapping", "latentstyles",
  "datastore", "xmlnstbl", "mmathPr", "generator", "bkmkstart", "bkmkend",
]);

/** Control words that stand for a character (a Map: a word such as `\constructor` is no object member). */
const SYMBOLS = new Map(Object.entries({
  tab: "\t", line: "\n", page: "\n", emdash: "\u2014", endash: "\u2013", bullet: "\u2022",
  lquote: "\u2018", rquote: "\u2019", ldblquote: "\u201c", rdblquote: "\u201d",
  emspace: "\u2003", enspace: "\u2002", qmspace: "\u2005", zwj: "\u200d", zwnj: "\u200c",
  "~": "\u00a0", _: "-",
}));

/**
 * Every word `word` below does something with (besides the checks before it): any other word is
 * formatting this reader does not need, and returns early. A LibreOffice RTF is mostly such words.
 */
const HANDLED = new Set([
  ...SYMBOLS.keys(), ...SKIPPED, "shp",
  "fonttbl", "upr", "ansicpg", "mac", "deff", "f", "uc", "u", "plain", "v", "deleted", "pard", "intbl", "itap", "par", "sect", "cell", "nestcell", "row", "nestrow", "trowd", "trleft", "trwWidthB", "trftsWidthB", "trwWidthA", "trftsWidthA", "clmgf", "clmrg", "clvmgf", "clvmrg", "cellx",
]);

export function readRtfDocument(bytes: Uint8Array, limits: Pick<Limits, "maxDepth" | "maxGridCells" | "maxEntryBytes">): DocumentModel {
  if (bytes.length > limits.maxEntryBytes) {
    throw new JixiaoError("LIMIT_EXCEEDED", `The RTF file is ${bytes.length} bytes, above the limit of ${limits.maxEntryBytes} (limits.maxEntryBytes). Raise the limit if the file is trusted.`);
  }
  const blocks: Block[] = [];
  const messages: GridMessage[] = [];
  const tables = new RtfTables(blocks, messages, new GridBudget(limits.maxGridCells), limits);
  const fonts = new Map<number, string>();
  let documentEncoding = "windows-1252";
  let defaultFont: number | null = null;
  let fontBeingDefined = -1;

  const base: GroupState = { skip: false, fontTable: false, nestProps: false, upr: false, shape: false, shapeText: false, star: false, uc: 1, font: null, hidden: false, deleted: false, intbl: false, itap: 1 };
  const stack: GroupState[] = [];
  let state = base;
  /** Fallback characters still to skip after a `\u`. */
  let toSkip = 0;
  let unbalanced = false;

  let shown: string[] = [];
  let hidden: string[] = [];
  let bytesPending: number[] = [];
  let pendingEncoding = documentEncoding;
  let definition: RowDefinition | null = null;
  let cellDefinition: Omit<CellDefinition, "right"> = { hMerge: null, vMerge: null };

  const encoding = () => {
    const font = state.font ?? defaultFont;
    return (font !== null ? fonts.get(font) : undefined) || documentEncoding;
  };
  const append = (s: string) => {
    if (state.deleted) return;
    (state.hidden ? hidden : shown).push(s);
  };
  const flushBytes = () => {
    if (bytesPending.length === 0) return;
    const text = decoderFor(pendingEncoding).decode(Uint8Array.from(bytesPending));
    bytesPending = [];
    append(text);
  };
  const addByte = (b: number) => {
    const enc = encoding();
    if (enc !== pendingEncoding) {
      flushBytes();
      pendingEncoding = enc;
    }
    bytesPending.push(b);
  };
  const level = () => (state.intbl ? Math.max(1, state.itap) : 0);
  /**
   * Text boxes, as the .docx reader reads them: each paragraph of the box is a line of the
   * paragraph that holds the shape, after its own text (where LibreOffice's .docx puts them).
   */
  const shapeLines: string[] = [];
  const outerText: { shown: string[]; hidden: string[] }[] = [];
  const shapeLine = () => {
    flushBytes();
    shapeLines.push(shown.join(""));
    shown = [];
  };
  const takeParagraph = () => {
    flushBytes();
    const p = { text: shown.join("") + shapeLines.map((line) => "\n" + line).join(""), hidden: hidden.join("") };
    shown = [];
    hidden = [];
    shapeLines.length = 0;
    return p;
  };

  const word = (name: string, param: number | null) => {
    if (name === "*") {
      state.star = true;
      return;
    }
    if (state.star) {
      state.star = false;
      if (name === "nesttableprops") state.nestProps = true;
      else if (name === "ud" && state.upr) state.skip = false;
      else state.skip = true;
    }
    if (name === "shptxt" && state.shape && !state.shapeText) {
      flushBytes();
      outerText.push({ shown, hidden });
      shown = [];
      state.skip = false;
      state.shapeText = true;
      return;
    }
    if (state.skip) return;
    if (toSkip > 0) {
      toSkip--;
      return;
    }
    if (state.fontTable) {
      if (name === "f" && param !== null) fontBeingDefined = param;
      else if (name === "fcharset" && param !== null && fontBeingDefined >= 0) {
        const enc = encodingOfCharset(param);
        if (enc) fonts.set(fontBeingDefined, enc);
      } else if (name === "cpg" && param !== null && fontBeingDefined >= 0) {
        const enc = encodingOfCodePage(param);
        if (enc) fonts.set(fontBeingDefined, enc);
      }
      return;
    }
    if (!HANDLED.has(name)) return;
    flushBytes();
    const symbol = SYMBOLS.get(name);
    if (symbol !== undefined) {
      append(symbol);
      return;
    }
    switch (name) {
      case "fonttbl":
        state.fontTable = true;
        return;
      case "upr":
        // Read the Unicode copy (\ud) instead; its group turns skipping off again.
        state.upr = true;
        state.skip = true;
        return;
      case "ansicpg":
        documentEncoding = (param !== null && encodingOfCodePage(param)) || documentEncoding;
        return;
      case "mac":
        documentEncoding = "macintosh";
        return;
      case "deff":
        defaultFont = param;
        return;
      case "f":
        state.font = param;
        return;
      case "uc":
        state.uc = Math.max(0, param ?? 1);
        return;
      case "u":
        if (param !== null) append(String.fromCharCode(param < 0 ? param + 65536 : param & 0xffff));
        toSkip = state.uc;
        return;
      case "plain":
        state.hidden = false;
        state.deleted = false;
        state.font = null;
        return;
      case "v":
        state.hidden = param !== 0;
        return;
      case "deleted":
        state.deleted = param !== 0;
        return;
      case "pard":
        state.intbl = false;
        state.itap = 1;
        return;
      case "intbl":
        state.intbl = param !== 0;
        return;
      case "itap":
        state.itap = Math.max(0, param ?? 1);
        if (state.itap === 0) state.intbl = false;
        return;
      case "par":
        if (state.shapeText) shapeLine();
        else tables.paragraph(takeParagraph(), level());
        return;
      case "sect":
        if (state.shapeText) return;
        if (shown.length || hidden.length || bytesPending.length) tables.paragraph(takeParagraph(), level());
        return;
      case "cell":
        // A table inside a text box: its cells are lines of the box, its rows nothing.
        if (state.shapeText) shapeLine();
        else tables.cellEnd(takeParagraph(), 1);
        return;
      case "nestcell":
        if (state.shapeText) shapeLine();
        else tables.cellEnd(takeParagraph(), Math.max(2, level()));
        return;
      case "row":
        if (!state.shapeText) tables.rowEnd(1);
        return;
      case "nestrow":
        if (!state.shapeText) tables.rowEnd(Math.max(2, level()));
        return;
      case "trowd":
        definition = tables.newDefinition(state.nestProps ? Math.max(2, level()) : 1);
        cellDefinition = { hMerge: null, vMerge: null };
        return;
    }
    if (definition) rowWord(definition, name, param);
    if (SKIPPED.has(name)) state.skip = true;
    if (name === "shp") state.shape = true;
  };

  const rowWord = (def: RowDefinition, name: string, param: number | null) => {
    const value = param ?? 0;
    switch (name) {
      case "trleft":
        def.left = value;
        break;
      case "trwWidthB":
        def.widthBefore = value;
        break;
      case "trftsWidthB":
        def.widthBeforeUnit = value;
        break;
      case "trwWidthA":
        def.widthAfter = value;
        break;
      case "trftsWidthA":
        def.widthAfterUnit = value;
        break;
      case "clmgf":
        cellDefinition.hMerge = "first";
        break;
      case "clmrg":
        cellDefinition.hMerge = "merged";
        break;
      case "clvmgf":
        cellDefinition.vMerge = "restart";
        break;
      case "clvmrg":
        cellDefinition.vMerge = "continue";
        break;
      case "cellx":
        // Each boundary is a cell, and each cell at least one grid position: checked as they come,
        // so a file of nothing but \cellx cannot fill the memory before the grid is built.
        if (def.cells.length >= limits.maxGridCells) {
          throw new JixiaoError("LIMIT_EXCEEDED", `An RTF table row defines more than ${limits.maxGridCells} cells (\\cellx), above limits.maxGridCells; Word allows 63.`);
        }
        def.cells.push({ ...cellDefinition, right: value });
        cellDefinition = { hMerge: null, vMerge: null };
        break;
    }
  };

  const claimedPastEnd = scanRtf(bytes, {
    open() {
      flushBytes();
      toSkip = 0;
      if (stack.length >= limits.maxDepth) {
        throw new JixiaoError("LIMIT_EXCEEDED", `The RTF nests groups deeper than ${limits.maxDepth} (limits.maxDepth); a real document nests a few dozen deep.`);
      }
      stack.push(state);
      state = { ...state, star: false };
    },
    close() {
      flushBytes();
      toSkip = 0;
      const outer = stack.pop();
      if (!outer) {
        unbalanced = true;
        return;
      }
      // A nested row's definition ends with its group; the level-1 definition is not touched by it.
      if (state.nestProps && !outer.nestProps) definition = null;
      if (state.shapeText && !outer.shapeText) {
        if (shown.length) shapeLine();
        const saved = outerText.pop();
        if (saved) shown = saved.shown;
      }
      state = outer;
    },
    word,
    hex(byte) {
      if (state.skip || state.fontTable) return;
      if (toSkip > 0) {
        toSkip--;
        return;
      }
      addByte(byte);
    },
    text(data, start, end) {
      if (state.skip || state.fontTable) return;
      state.star = false;
      const skipped = Math.min(toSkip, end - start);
      toSkip -= skipped;
      if (start + skipped === end) return;
      const enc = encoding();
      if (enc !== pendingEncoding) {
        flushBytes();
        pendingEncoding = enc;
      }
      for (let i = start + skipped; i < end; i++) bytesPending.push(data[i]);
    },
  });
  // The last paragraph of a document often has no \par of its own.
  const last = takeParagraph();
  if (last.text || last.hidden) tables.paragraph(last, level());
  tables.end();
  if (stack.length > 0 || unbalanced || claimedPastEnd > 0) {
    messages.push({
      code: "TRUNCATED_RTF", severity: "warning",
      message: "The RTF file's groups do not balance (a truncated or damaged file); what was read is kept.",
      messageZh: "RTF 文件的分组括号不配对（文件被截断或已损坏）；已读取的内容予以保留。",
    });
  }
  return { blocks, messages };
}
