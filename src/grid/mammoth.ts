import mammoth from "mammoth";
import { readHtmlDocument } from "./html";
import type { DocumentModel, GridMessage } from "./model";

/**
 * The design card's path: mammoth turns the .docx into HTML, cheerio reads the tables back.
 * Slower than the direct reader and wrong on some merges (see README), kept as a cross-check.
 */
export async function readWithMammoth(bytes: Uint8Array): Promise<DocumentModel> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { ignoreEmptyParagraphs: false });
  const model = readHtmlDocument(result.value, { collapseWhitespace: false });
  const messages: GridMessage[] = result.messages.map((m) => ({
    code: "MAMMOTH_" + m.type.toUpperCase(),
    severity: m.type === "error" ? "error" : /Unrecognised (paragraph|run|table) style/.test(m.message) ? "info" : "warning",
    message: `mammoth: ${m.message}`,
  }));
  return { blocks: model.blocks, messages: [...messages, ...model.messages] };
}
