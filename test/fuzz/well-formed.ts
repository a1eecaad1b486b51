/**
 * Whether bytes are a well-formed UTF-8 XML document, by sax in strict mode (a dependency of a
 * dependency; used only here). The mammoth reader must read every well-formed document.xml.
 */
import sax from "sax";

export function isWellFormedXml(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const parser = sax.parser(true, { xmlns: true });
  let ok = true;
  let roots = 0;
  let depth = 0;
  parser.onerror = () => {
    ok = false;
  };
  parser.onopentag = () => {
    if (depth++ === 0) roots++;
  };
  parser.onclosetag = () => {
    depth--;
  };
  try {
    parser.write(text).close();
  } catch {
    return false;
  }
  return ok && roots === 1 && depth === 0;
}
