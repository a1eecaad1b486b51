import { JixiaoError } from "./errors";
import { loadBytes } from "./input/bytes";
import { convertToDocx, type ConvertOptions, type LegacyKind } from "./input/convert";
import type { Message } from "./model/message";
import { parseDocx, type ParseOptions, type ParseResult } from "./parse";

export interface ParseFileOptions extends ParseOptions {
  /**
   * How legacy .doc/.wps files are converted with LibreOffice before reading; false refuses them
   * with the LEGACY_DOC error that parseDocx throws. RTF is read natively.
   */
  convert?: ConvertOptions | false;
}

/** The parseDocx errors that a conversion to .docx can cure. */
const CONVERTIBLE: Partial<Record<string, LegacyKind>> = { LEGACY_DOC: "doc" };

function convertedMessage(kind: LegacyKind): Message {
  const from = kind === "rtf" ? "RTF" : "legacy Word 97-2003/WPS";
  return {
    code: "CONVERTED",
    severity: "info",
    message: `Converted from ${from} to .docx with LibreOffice before reading; table, row and column numbers refer to the converted document.`,
    messageZh: `已用 LibreOffice 将${kind === "rtf" ? " RTF " : "旧版 Word/WPS "}文件转换为 .docx 后读取；表格、行、列序号指转换后的文档。`,
  };
}

/**
 * Reads every 项目支出绩效自评表 in a file of any Word format: .docx, .docm and RTF directly,
 * .doc and .wps after a conversion with LibreOffice (recorded as a CONVERTED message). The
 * format is told by the bytes, not the name. Throws JixiaoError only, like parseDocx.
 */
export async function parseFile(path: string, options: ParseFileOptions = {}): Promise<ParseResult> {
  const { convert, ...parseOptions } = options;
  const { bytes } = await loadBytes(path);
  let result: ParseResult;
  try {
    result = await parseDocx(bytes, parseOptions);
  } catch (error) {
    const kind = error instanceof JixiaoError ? CONVERTIBLE[error.code] : undefined;
    if (kind === undefined || convert === false) throw error;
    const docx = await convertToDocx(bytes, kind, convert);
    result = await parseDocx(docx, parseOptions);
    result.messages.unshift(convertedMessage(kind));
  }
  for (const record of result.forms) record.source = { tables: [], cells: {}, ...record.source, file: path };
  return result;
}
