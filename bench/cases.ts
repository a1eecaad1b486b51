/**
 * What the benchmark times on one document. Each case takes the bytes already in memory, so disk
 * reads are left out of all of them alike.
 */
import { unzipSync } from "fflate";
import { Parser } from "htmlparser2";
import mammoth from "mammoth";
import { parseDocx, parseDocxTimed, type ParseTimings } from "../src/parse";
import { classify } from "../src/forms/classify";
import { locateForms, type LocatedForm } from "../src/forms/locate";
import { readDocumentModel } from "../src/grid/read";
import type { Message } from "../src/model/message";
import type { FormRecord } from "../src/model/record";

const MAIN_PART = "word/document.xml";

function mainPartText(bytes: Uint8Array): string {
  const parts = unzipSync(bytes, { filter: (file) => file.name === MAIN_PART || file.name === "_rels/.rels" });
  return new TextDecoder().decode(parts[MAIN_PART]);
}

/**
 * (a) The floor: inflate the main part (and the package relationships, as the reader does) and
 * tokenize it, building nothing. No reader can do less and still look at every tag.
 */
export function floor(bytes: Uint8Array): void {
  new Parser({}, { xmlMode: true }).end(mainPartText(bytes));
}

const ignore = () => {};

/**
 * The floor again with no-op tag and text callbacks: given an onopentag callback, htmlparser2
 * builds an attribute object for every tag, which a reader built on its Parser pays for. Shown
 * beside (a) for reference; it is not a target.
 */
export function floorWithAttributes(bytes: Uint8Array): void {
  new Parser({ onopentag: ignore, onclosetag: ignore, ontext: ignore }, { xmlMode: true }).end(mainPartText(bytes));
}

/** (b) mammoth alone, with its default options: the cost of the HTML route before any table is read. */
export async function mammothAlone(bytes: Uint8Array): Promise<void> {
  await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
}

/** (c) parseDocx with the direct reader, handing each call's stage timings to `stages`. */
export async function parseDirect(bytes: Uint8Array, stages: ParseTimings[]): Promise<void> {
  stages.push((await parseDocxTimed(bytes, { reader: "direct" })).timings);
}

/** (d) parseDocx through mammoth → HTML → cheerio. */
export async function parseWithMammoth(bytes: Uint8Array): Promise<void> {
  await parseDocx(bytes, { reader: "mammoth" });
}

/** The forms as parseDocx finds them, before their kind is decided: what (f) classifies. */
export async function locate(bytes: Uint8Array): Promise<LocatedForm[]> {
  return locateForms((await readDocumentModel(bytes, { reader: "direct" })).blocks);
}

/**
 * (f) Deciding the kind of every form of a document (src/forms/classify.ts: title, then header
 * rows), as parseDocx does it once per form, on forms already located: the part of (c) it costs.
 */
export function classifyAll(forms: LocatedForm[]): void {
  const messages: Message[] = [];
  forms.forEach((form, i) => classify(form, i, messages));
}

/** The records that (e) writes back. */
export async function readForms(bytes: Uint8Array): Promise<FormRecord[]> {
  const { forms } = await parseDocx(bytes, { reader: "direct" });
  if (forms.length === 0) throw new Error("a benchmark input holds no form: the reader or the fixture is broken");
  return forms;
}
