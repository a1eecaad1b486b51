/**
 * The JSON Lines record of a run, one object per form (or per failed file), in input order:
 *
 *   { "file": "in/a.docx", "form": 0, "forms": 11, "record": {…FormRecord}, "messages": [...] }
 *   { "file": "in/b.doc",  "form": null, "forms": 0, "error": { "code": "BAD_ZIP", "message": "…" }, "messages": [] }
 *
 * `form` is the 0-based index of the form in its file and `forms` how many the file holds, so a
 * reader (and --resume) can tell a complete file from one cut off mid-way. A form's line carries
 * the messages about that form; messages about the whole document go on the line of form 0.
 */
import type { Message } from "../../model/message";
import type { FormRecord } from "../../model/record";
import type { FileError, FileOutcome } from "../outcome";

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
  error: FileError;
  messages: Message[];
}

export type OutputLine = FormLine | ErrorLine;

export function outcomeLines(outcome: FileOutcome): OutputLine[] {
  const { file, forms, messages, error } = outcome;
  if (error) return [{ file, form: null, forms: 0, error, messages }];
  return forms.map((record, i) => ({
    file,
    form: i,
    forms: forms.length,
    record,
    messages: messages.filter((m) => m.form === i || (m.form === undefined && i === 0)),
  }));
}
