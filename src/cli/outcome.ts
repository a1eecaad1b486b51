/**
 * What reading one file gives the command: its forms and messages, or the error that stopped it.
 * The same function runs in the worker threads and, with --jobs 1, in the main thread, so the
 * output cannot depend on the number of jobs.
 */
import { JixiaoError } from "../errors";
import type { FileConvertOptions } from "../parse-file";
import type { ReaderName } from "../grid/read";
import type { Message } from "../model/message";
import type { FormRecord } from "../model/record";
import { loadRecords, looksLikeJson } from "./records";

export interface ReadSettings {
  reader: ReaderName;
  validate: boolean;
  convert: FileConvertOptions;
  /** Take a file of JSON records (what parse writes) as well as documents, and check them (validate). */
  records?: boolean;
}

export interface FileError {
  code: string;
  message: string;
}

export interface FileOutcome {
  file: string;
  forms: FormRecord[];
  /** Messages about the file and its forms; for a failed file, those besides the error. */
  messages: Message[];
  /** Set when the file gave no form: it could not be read, or held no 项目支出绩效自评表 (NO_FORM). */
  error?: FileError;
}

export async function readFileOutcome(file: string, settings: ReadSettings): Promise<FileOutcome> {
  try {
    if (settings.records && (await looksLikeJson(file))) return await recordsOutcome(file);
    // Loaded on first use: with --jobs 2 and more the main thread never reads a file itself.
    const { parseFile } = await import("../parse-file");
    const { forms, messages } = await parseFile(file, { reader: settings.reader, validate: settings.validate, convert: settings.convert });
    if (forms.length > 0) return { file, forms, messages };
    const noForm = messages.find((m) => m.code === "NO_FORM");
    return {
      file, forms, messages: messages.filter((m) => m !== noForm),
      error: { code: "NO_FORM", message: noForm?.message ?? "No 项目支出绩效自评表 was found." },
    };
  } catch (error) {
    if (error instanceof JixiaoError) return { file, forms: [], messages: [], error: { code: error.code, message: error.message } };
    return internalFailure(file, `Unexpected error while reading: ${(error as Error)?.message ?? String(error)}`);
  }
}

/** Records from JSON, each checked as a form of the file (INVALID_RECORD when it does not fit the schema). */
async function recordsOutcome(file: string): Promise<FileOutcome> {
  const { validateForm } = await import("../checks/check-form");
  const records = await loadRecords(file);
  const messages = records.flatMap((record, form) => validateForm(record, undefined, { form }));
  // As given, those that do not fit the schema too (their INVALID_RECORD messages say so): the
  // lines need only each record's 附件 and the count.
  if (records.length > 0) return { file, forms: records as FormRecord[], messages };
  return { file, forms: [], messages, error: { code: "NO_FORM", message: "This JSON holds no record." } };
}

/** A bug or a crashed worker: the file gets an error line and the run goes on. */
export function internalFailure(file: string, what: string): FileOutcome {
  return { file, forms: [], messages: [], error: { code: "INTERNAL", message: `${what}. This is a bug in jixiao-docx; please report it, with the file if you can.` } };
}

/** The pool stopped the worker reading this file after --file-timeout. */
export function timedOut(file: string, ms: number): FileOutcome {
  const seconds = Math.round(ms / 1000);
  return {
    file, forms: [], messages: [],
    error: { code: "FILE_TIMEOUT", message: `Reading this file took longer than ${seconds} s (--file-timeout) and was stopped. Open it in Word/WPS and save it again, or raise --file-timeout if it is simply very large.` },
  };
}
