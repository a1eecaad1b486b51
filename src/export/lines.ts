/**
 * The JSON Lines record of a run (the CLI's JSONL and JSON, and toJsonLines), one object per form (or per failed file), in input order:
 *
 *   { "file": "in/a.docx", "form": 0, "forms": 11, "record": {…FormRecord}, "messages": [...] }
 *   { "file": "in/b.doc",  "form": null, "forms": 0, "error": { "code": "BAD_ZIP", "message": "…" }, "messages": [] }
 *
 * `form` is the 0-based index of the form in its file and `forms` how many the file holds, so a
 * reader (and --resume) can tell a complete file from one cut off mid-way. A form's line carries
 * the messages about that form; messages about the whole document go on the line of form 0.
 */
import type { Message } from "../model/message";
import type { FormRecord } from "../model/record";
import type { ExportError, ExportInput } from "./input";

export interface FormLine {
  file: string;
  form: number;
  forms: number;
  record: FormRecord;
  messages: Message[];
}

export interface ErrorLine {
  file: string;
  form: null;
  forms: 0;
  error: ExportError;
  messages: Message[];
}

export type OutputLine = FormLine | ErrorLine;

export function outcomeLines(outcome: ExportInput): OutputLine[] {
  const { file, forms, messages, error } = outcome;
  if (error) return [{ file, form: null, forms: 0, error, messages: [...messages] }];
  return forms.map((record, i) => ({
    file,
    form: i,
    forms: forms.length,
    record,
    messages: messages.filter((m) => m.form === i || (m.form === undefined && i === 0)),
  }));
}

/** Each line's JSON text, without its line break: the CLI encodes them into its buffers, toJsonLines joins them. */
export function jsonLinesOf(outcome: ExportInput): string[] {
  return outcomeLines(outcome).map((line) => JSON.stringify(line));
}

/** JSON Lines of the outcomes, in order: one object per form (or per failed file), each line ending in "\n". */
export function toJsonLines(outcomes: Iterable<ExportInput>): string {
  let text = "";
  for (const outcome of outcomes) for (const line of jsonLinesOf(outcome)) text += line + "\n";
  return text;
}
