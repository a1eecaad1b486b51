/**
 * Text safety for the writer. XML 1.0 cannot carry some characters at all (a .docx holding one
 * does not open in Word), so they are removed here and reported, never written and never dropped
 * silently. Everything else is escaped by the docx library when it serialises.
 */
import type { Message } from "../model/message";
import type { WrittenRecord as FormRecord } from "./layout";

/**
 * C0 controls other than tab and line feed (carriage return included: Word keeps no bare CR in
 * text, and "\r\n" from a Windows JSON file would otherwise leave it behind), the two
 * non-characters U+FFFE/U+FFFF, and UTF-16 surrogates that are not part of a pair.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface SanitizedText {
  text: string;
  /** The removed characters, as U+XXXX, in order of appearance. */
  removed: string[];
}

export function sanitizeText(text: string): SanitizedText {
  const removed: string[] = [];
  const clean = text.replace(FORBIDDEN, (ch) => {
    removed.push("U+" + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0"));
    return "";
  });
  return { text: clean, removed };
}

/** Fields the writer does not print: nothing to clean there, nothing to report. */
const UNWRITTEN = new Set(["kind", "extras", "source", "reading", "assessment"]);

/**
 * The record with every printed string cleaned, and one TEXT_SANITIZED warning per field that
 * lost characters. Cleaning the record up front keeps the layout and the renderer free of it.
 */
export function sanitizeRecord<R extends FormRecord>(record: R, form: number): { record: R; messages: Message[] } {
  const messages: Message[] = [];
  const clean = (value: unknown, path: string[]): unknown => {
    if (typeof value === "string") {
      const { text, removed } = sanitizeText(value);
      if (removed.length > 0) messages.push(sanitizedMessage(form, path.join("."), removed));
      return text;
    }
    if (Array.isArray(value)) return value.map((item, i) => clean(item, [...path, String(i)]));
    if (value === null || typeof value !== "object") return value;
    // A value cell prints `raw`; its trimmed `text` is the reader's business.
    const isCellValue = "raw" in value;
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) =>
        UNWRITTEN.has(key) || (isCellValue && key === "text") ? [key, v] : [key, clean(v, [...path, key])],
      ),
    );
  };
  return { record: clean(record, []) as R, messages };
}

function sanitizedMessage(form: number, path: string, removed: string[]): Message {
  const n = removed.length;
  return {
    code: "TEXT_SANITIZED",
    severity: "warning",
    message: `Removed ${n} character${n === 1 ? "" : "s"} that a .docx cannot hold (${removed.join(", ")}) from ${path}`,
    messageZh: `${path} 中 ${n} 个字符无法写入 .docx，已删除（${removed.join("、")}）`,
    form,
    path,
    actual: removed.join(" "),
  };
}

/** A line of cell or paragraph text cut at "\n" (line breaks) and then at "\t" (tab stops). */
export function splitLines(text: string): string[][] {
  return text.split("\n").map((line) => line.split("\t"));
}
