import mammoth from "mammoth";
import { JixiaoError } from "../errors";
import type { Limits } from "../input/limits";
import { readHtmlDocument } from "./html";
import type { DocumentModel, GridMessage } from "./types";

/**
 * mammoth turns the .docx into HTML, cheerio reads the tables back.
 * Slower than the direct reader and wrong on some merges (see README), kept as a cross-check.
 */
export async function readWithMammoth(bytes: Uint8Array, limits: Pick<Limits, "maxGridCells" | "maxDepth">): Promise<DocumentModel> {
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    // Node's mammoth opens `buffer`, its browser build `arrayBuffer`; JSZip takes a Uint8Array for either.
    const input = { buffer: bytes, arrayBuffer: bytes } as unknown as { buffer: Buffer };
    result = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: false });
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
 * The errors mammoth and the libraries it runs throw on a package or XML they cannot read, by their
 * messages (all are plain Errors; checked against mammoth 1.13.0, JSZip 3.10, @xmldom/xmldom 0.8).
 * The direct reader may still read such a file. Anything else (a TypeError, a JSZip "not supported
 * by this platform") is a bug, ours or theirs, and is not reported as a bad file.
 */
const ZIP_FAILURES = [
  /^End of data reached \(data length = \d+, asked index = -?\d+\)\. Corrupted zip \?$/,
  /^Corrupted zip\b/, // "Corrupted zip: missing N bytes.", "Corrupted zip : compression … unknown", "… or bug: unexpected signature", CRC32 mismatch
  /^Bug or corrupted zip : didn't get enough information from the central directory/,
  // A deflate stream that ends early: pako stops quietly and JSZip finds the output short.
  /^Bug : uncompressed data size mismatch$/,
  /^Can't find end of central directory : is this a zip file \?/,
  /^Encrypted zip are not supported$/,
  /^Multi-volumes zip are not supported$/,
];
const XML_FAILURES = [
  // mammoth turns every report of xmldom's parser, warnings included, into `${level}: ${message}`.
  /^(warning|error|fatalError): \[xmldom (warning|error|fatalError)\]/,
  /^Could not find the body element: are you sure this is a docx file\?$/,
  /^Could not find main document part\. Are you sure this is a valid \.docx file\?$/,
  // Element.text() on a w:t (or w:instrText …) that holds elements, not only text.
  /^Not implemented$/,
  // A picture linked to a file outside the package: mammoth reads no external files.
  /^could not (read|find) external image '/,
];

/**
 * mammoth's own bugs that a damaged part sets off, each known by its message and the mammoth file
 * it is thrown in (the stack): an Override with no PartName in [Content_Types].xml.
 */
const MAMMOTH_BUGS_ON_BAD_INPUT = [
  { type: TypeError, message: /^Cannot read properties of undefined \(reading 'charAt'\)$/, file: /mammoth[\\/]lib[\\/]docx[\\/]content-types-reader\.js/, part: "[Content_Types].xml" },
];

function mammothFailure(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const reason = error.message;
  const frame = error.stack?.split("\n")[1] ?? "";
  const bug = MAMMOTH_BUGS_ON_BAD_INPUT.find((b) => error.constructor === b.type && b.message.test(reason) && b.file.test(frame));
  if (bug) {
    return new JixiaoError("BAD_XML", `mammoth cannot read ${bug.part}: ${reason}. Try the direct reader, or open and re-save the file in Word or WPS.`);
  }
  if (error.constructor !== Error) return error;
  if (ZIP_FAILURES.some((re) => re.test(reason))) {
    return new JixiaoError("BAD_ZIP", `mammoth cannot open the .docx (zip): ${reason}. Try the direct reader, or open and re-save the file in Word or WPS.`);
  }
  if (XML_FAILURES.some((re) => re.test(reason))) {
    return new JixiaoError("BAD_XML", `mammoth cannot read the document: ${reason}. Try the direct reader, or open and re-save the file in Word or WPS.`);
  }
  return error;
}
