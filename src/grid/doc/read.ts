/**
 * Word 97-2003 binary documents (.doc, .dot, and WPS's .wps, the same format) → body blocks and
 * table grids, the model the .docx reader gives. Layers: the OLE container (input/cfb.ts) → the
 * FIB → the piece table and the property pages → paragraphs (text.ts) → tables (tables.ts).
 */
import { openCompoundFile } from "../../input/cfb";
import type { Limits } from "../../input/limits";
import { GridBudget } from "../build";
import type { DocumentModel, GridMessage } from "../types";
import { badDoc, readFib, type Span } from "./fib";
import { readPropertyRuns } from "./fkp";
import { readPieceTable } from "./pieces";
import { blocksFromParagraphs } from "./tables";
import { readParagraphs } from "./text";

export function readWordDocument(bytes: Uint8Array, limits: Pick<Limits, "maxEntryBytes" | "maxEntries" | "maxDepth" | "maxGridCells">): DocumentModel {
  const container = openCompoundFile(bytes, limits);
  const word = container.stream("WordDocument");
  if (!word) throw badDoc("no WordDocument stream");
  const fib = readFib(word);
  const table = container.stream(fib.tableStream);
  if (!table) throw badDoc(`the header names the ${fib.tableStream} stream, which is missing`);
  const pieces = readPieceTable(table, fib.clx, word.length);
  const paragraphs = readParagraphs({
    word,
    fib,
    pieces,
    paragraphRuns: readPropertyRuns(table, fib.btePapx, word, "paragraph"),
    characterRuns: readPropertyRuns(table, fib.bteChpx, word, "character"),
    sectionEnds: sectionEnds(table, fib.sed),
    data: container.stream("Data"),
  });
  const messages: GridMessage[] = [];
  const blocks = blocksFromParagraphs(paragraphs, limits.maxDepth, new GridBudget(limits.maxGridCells), messages);
  return { blocks, messages };
}

/** PlcfSed: n + 1 CPs, then n 12-byte section descriptors; each section's last character is its mark. */
function sectionEnds(table: Uint8Array, sed: Span): Set<number> {
  const ends = new Set<number>();
  if (sed.lcb < 16 || (sed.lcb - 4) % 16 !== 0 || sed.fc + sed.lcb > table.length) return ends;
  const view = new DataView(table.buffer, table.byteOffset + sed.fc, sed.lcb);
  const count = (sed.lcb - 4) / 16;
  for (let i = 1; i <= count; i++) ends.add(view.getUint32(i * 4, true) - 1);
  return ends;
}
