import mammoth from "mammoth";
import { JixiaoError } from "../errors";
import type { Limits } from "../input/limits";
import { readHtmlDocument } from "./html";
import type { DocumentModel, GridMessage } from "./model";

/**
 * The design card's path: mammoth turns the .docx into HTML, cheerio reads the tables back.
 * Slower than the direct reader and wrong on some merges (see README), kept as a cross-check.
 */
export async function readWithMammoth(bytes: Uint8Array, limits: Pick<Limits, "maxGridCells" | "maxDepth">): Promise<DocumentModel> {
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { ignoreEmptyParagraphs: false });
  } catch (error) {
    throw mammothFailure(error);
  }
  const model = readHtmlDocument(result.value, { collapseWhitespace: false, maxGridCells: limits.maxGridCells, maxDepth: limits.maxDepth });
  const messages: GridMessage[] = result.messages.map((m) => ({
    code: "MAMMOTH_" + m.type.toUpperCase(),
    severity: m.type === "error" ? "error" : /Unrecognised (paragraph|run|table) style/.test(m.message) ? "info" : "warning",
    message: `mammoth: ${m.message}`,
    messageZh: `mammoth 转换提示（原文为英文）：${m.message}`,
  }));
  return { blocks: model.blocks, messages: [...messages, ...model.messages] };
}

/**
 * mammoth throws plain Errors: JSZip's when the zip's local headers disagree with its directory
 * (we read the directory, JSZip also the local headers), xmldom's on malformed XML, its own on
 * XML it does not expect. The direct reader may still read such a file.
 */
function mammothFailure(error: unknown): JixiaoError {
  const reason = error instanceof Error ? error.message : String(error);
  if (/zip|end of data|end of central directory/i.test(reason)) {
    return new JixiaoError("BAD_ZIP", `mammoth cannot open the .docx (zip): ${reason}. Try the direct reader, or open and re-save the file in Word or WPS.`);
  }
  return new JixiaoError("BAD_XML", `mammoth cannot read the document: ${reason}. Try the direct reader, or open and re-save the file in Word or WPS.`);
}
