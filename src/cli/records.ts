/**
 * Records from JSON, for `generate` and `validate`: what `parse` writes (its JSON array or JSON
 * Lines, whose `record` fields are used, error lines and --pairs lines skipped), a parseDocx result ({ forms }),
 * an array of records, or one record.
 */
import { open, readFile } from "node:fs/promises";
import { extname } from "node:path";
import { JixiaoError } from "../errors";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A parse output line carries its record under `record`; a line for a failed file has none, nor a --pairs line. */
function recordsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(recordsOf);
  if (isObject(value) && "pair" in value && !("kind" in value)) return [];
  if (isObject(value) && Array.isArray(value.forms)) return value.forms;
  if (isObject(value) && "file" in value && ("record" in value || "error" in value)) return value.record ? [value.record] : [];
  return [value];
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new JixiaoError("INVALID_RECORD", `${where} is not valid JSON: ${(error as Error).message}`);
  }
}

function jsonLines(body: string, path: string): unknown[] {
  return body.split(/\r?\n/).flatMap((line, i) => (line.trim() ? [parseJson(line, `${path} line ${i + 1}`)] : []));
}

const LINES_EXTENSIONS = [".jsonl", ".ndjson"];

/** JSON Lines by the name, or by the content when the whole is not one JSON value but its first line is. */
export async function loadRecords(path: string): Promise<unknown[]> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new JixiaoError("FILE_NOT_FOUND", error.code === "ENOENT" ? `File not found: ${path}. Check the path.` : `Cannot read ${path}: ${error.message}`);
  });
  const body = text.replace(/^\ufeff/, "");
  if (LINES_EXTENSIONS.includes(extname(path).toLowerCase())) return jsonLines(body, path).flatMap(recordsOf);
  const whole = tryParse(body);
  if (whole) return recordsOf(whole.value);
  const first = body.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  if (first.length < body.trim().length && tryParse(first)) return jsonLines(body, path).flatMap(recordsOf);
  return recordsOf(parseJson(body, path));
}

function tryParse(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return null;
  }
}

/**
 * Whether a file holds JSON rather than a document: it starts (after a BOM and blanks) with `[`,
 * or with `{` followed by `"` or `}`. RTF starts with `{\rtf`, Word files with binary signatures.
 */
export async function looksLikeJson(path: string): Promise<boolean> {
  const handle = await open(path, "r").catch(() => null);
  if (handle === null) return false;
  try {
    const head = Buffer.alloc(256);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead).toString("utf8").replace(/^\ufeff/, "").trimStart();
    return text.startsWith("[") || /^\{\s*["}]/.test(text);
  } finally {
    await handle.close();
  }
}
