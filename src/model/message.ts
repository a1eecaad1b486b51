import { z } from "zod";
import type { MessageCode } from "./codes";

/**
 * Where a value came from: the top-level table index in document order, 0-based row and grid
 * column, and the cell's text. For a cell of a table nested in a cell, these name the top-level
 * cell holding that table, and `nested` the position and text in the innermost table.
 */
export const CellRefSchema = z.object({
  table: z.number().int(),
  row: z.number().int(),
  col: z.number().int(),
  text: z.string(),
  nested: z.object({ row: z.number().int(), col: z.number().int(), text: z.string() }).optional(),
});
export type CellRef = z.infer<typeof CellRefSchema>;

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A located message, in the spirit of vfile-message: what is wrong, where (record path and
 * source cell), and the expected/actual values when a rule compares two things.
 */
export interface Message {
  /** One of the documented codes (src/model/codes.ts, the README's message-code table). */
  code: MessageCode;
  severity: Severity;
  message: string;
  /** The same message in Chinese. */
  messageZh: string;
  /** Index of the form in the document (0-based) when the message concerns one form. */
  form?: number;
  /** Record path, e.g. "indicators.3.score". */
  path?: string;
  cell?: CellRef;
  expected?: string;
  actual?: string;
  /**
   * The other cell of a message comparing two forms (a target form and its self-evaluation): its
   * file, form index, record path and cell. `form`, `path` and `cell` above name the self-evaluation's.
   */
  related?: RelatedCell;
}

/** A cell of another form than the one a message is about. */
export interface RelatedCell {
  file?: string;
  form?: number;
  path?: string;
  cell?: CellRef;
}
