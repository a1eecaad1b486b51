import { unzipSync } from "fflate";
import { JixiaoError } from "../errors";
import type { Limits } from "./limits";

const MIB = 1024 * 1024;
const DEFAULT_MAIN = "word/document.xml";

interface EntryInfo { name: string; size: number; originalSize: number }

function checkEntry(entry: EntryInfo, limits: Limits): void {
  if (entry.originalSize > limits.maxEntryBytes) {
    throw new JixiaoError("LIMIT_EXCEEDED", `Zip entry ${entry.name} would inflate to ${entry.originalSize} bytes, above the limit of ${limits.maxEntryBytes} (limits.maxEntryBytes). Raise the limit if the file is trusted.`);
  }
  if (entry.originalSize > MIB && entry.originalSize > entry.size * limits.maxRatio) {
    throw new JixiaoError("LIMIT_EXCEEDED", `Zip entry ${entry.name} has a compression ratio above ${limits.maxRatio} (limits.maxRatio): a zip bomb or a damaged file.`);
  }
}

function unzip(bytes: Uint8Array, wanted: (name: string) => boolean, limits: Limits): Record<string, Uint8Array> {
  let entries = 0;
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter(entry) {
        entries++;
        total += entry.originalSize;
        if (entries > limits.maxEntries) {
          throw new JixiaoError("LIMIT_EXCEEDED", `The zip holds more than ${limits.maxEntries} entries (limits.maxEntries); a .docx holds a few dozen.`);
        }
        if (total > limits.maxTotalBytes) {
          throw new JixiaoError("LIMIT_EXCEEDED", `The zip's entries add up to more than ${limits.maxTotalBytes} bytes uncompressed (limits.maxTotalBytes).`);
        }
        if (!wanted(entry.name)) return false;
        checkEntry(entry, limits);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof JixiaoError) throw error;
    throw new JixiaoError("BAD_ZIP", `The .docx (zip) is damaged and cannot be opened: ${(error as Error).message}. It may be a truncated download; get the original again or open and re-save it in Word.`);
  }
}

/** The officeDocument relationship names the main part; nearly always word/document.xml. */
function mainPartName(rels: Uint8Array | undefined): string {
  if (!rels) return DEFAULT_MAIN;
  const xml = new TextDecoder().decode(rels);
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/Type="[^"]*\/officeDocument"/.test(m[0])) continue;
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (target) return target.replace(/^\/+/, "");
  }
  return DEFAULT_MAIN;
}

/** Inflates only the main document part of a .docx, after checking the limits. */
export function readMainPart(bytes: Uint8Array, limits: Limits): Uint8Array {
  const first = unzip(bytes, (n) => n === "_rels/.rels" || n === DEFAULT_MAIN, limits);
  const name = mainPartName(first["_rels/.rels"]);
  const part = first[name] ?? (name === DEFAULT_MAIN ? undefined : unzip(bytes, (n) => n === name, limits)[name]);
  if (part) return part;
  throw new JixiaoError("NOT_DOCX", "The zip has no Word document part (word/document.xml). It is another kind of zip file (.xlsx, .pptx, .odt or an archive); pass a .docx.");
}
