import { JixiaoError } from "./errors";
import { loadBytes } from "./input/bytes";
import { convertToDocx, type ConvertOptions, type LegacyKind } from "./input/convert";
import type { Message } from "./model/message";
import { sniff } from "./input/sniff";
import { parseDocx, type ParseOptions, type ParseResult } from "./parse";

/** LibreOffice's options; `always`: convert every .doc, .wps and .rtf, instead of reading it natively. */
export type FileConvertOptions = ConvertOptions & { always?: boolean };

export interface ParseFileOptions extends ParseOptions {
  /**
   * How files the native readers refuse (Word 6.0/95, a damaged .doc) are converted with
   * LibreOffice before reading; false refuses them with parseDocx's error; "always" converts every
   * .doc, .wps and .rtf with LibreOffice instead of reading it natively (as `{ always: true }` does,
   * which takes LibreOffice's options too).
   */
  convert?: FileConvertOptions | false | "always";
}

/** The parseDocx errors that a conversion to .docx can cure. */
const CONVERTIBLE: Partial<Record<string, LegacyKind>> = { LEGACY_DOC_VERSION: "doc", BAD_DOC: "doc" };

/** What LibreOffice would convert: a Word 97-2003 / WPS compound file, or RTF. */
function legacyKind(bytes: Uint8Array): LegacyKind | undefined {
  try {
    const kind = sniff(bytes);
    return kind === "doc" || kind === "rtf" ? kind : undefined;
  } catch (error) {
    return error instanceof JixiaoError ? CONVERTIBLE[error.code] : undefined;
  }
}

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
 * Reads every 项目支出绩效自评表 in a file of any Word format: .docx, .docm, RTF and Word 97-2003
 * .doc / .wps directly; what the native readers refuse (Word 6.0/95, a damaged .doc) after a
 * conversion with LibreOffice (recorded as a CONVERTED message). The format is told by the bytes,
 * not the name. Throws JixiaoError only, like parseDocx.
 */
export async function parseFile(path: string, options: ParseFileOptions = {}): Promise<ParseResult> {
  const { convert, ...parseOptions } = options;
  const { bytes } = await loadBytes(path);
  const always = convert === "always" || (typeof convert === "object" && convert.always === true);
  const converted = async (kind: LegacyKind) => {
    const { always: _always, ...libreOffice } = typeof convert === "object" ? convert : {};
    const docx = await convertToDocx(bytes, kind, libreOffice);
    const read = await parseDocx(docx, parseOptions);
    read.messages.unshift(convertedMessage(kind));
    return read;
  };
  let result: ParseResult;
  const forced = always ? legacyKind(bytes) : undefined;
  if (forced) {
    result = await converted(forced);
  } else {
    try {
      result = await parseDocx(bytes, parseOptions);
    } catch (error) {
      const kind = error instanceof JixiaoError ? CONVERTIBLE[error.code] : undefined;
      if (kind === undefined || convert === false) throw error;
      result = await converted(kind);
    }
  }
  for (const record of result.forms) record.source = { tables: [], cells: {}, ...record.source, file: path };
  return result;
}
