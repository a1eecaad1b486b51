/**
 * What the exports take: one file's outcome, its forms and messages, or the error that stopped it.
 * parseDocx's result plus a file name is one (`{ file, ...result }`); so is the CLI's outcome of a file.
 */
import type { Message } from "../model/message";
import type { FormRecord } from "../model/record";

export interface ExportError {
  code: string;
  message: string;
}

export interface ExportInput {
  /** The name shown in the 文件 column (a path, or the name of a file a page was given). */
  file: string;
  forms: readonly FormRecord[];
  /** Messages about the file and its forms (`form` says which, counted from 0). */
  messages: readonly Message[];
  /** Set when the file gave no form: it could not be read, or held none. */
  error?: ExportError | null;
}
