/**
 * What the export tests give the exports: the seed document as LibreOffice saved it, read by
 * parseDocx, and a file that is no zip (its error as the CLI reports it), under the names the CLI
 * tests give them.
 */
import { readFileSync } from "node:fs";
import { isJixiaoError, parseDocx, type ExportInput } from "../../src/index";

export const SEED = new URL("../fixtures/seed-libreoffice.docx", import.meta.url);
export const NOT_A_ZIP = "not a zip at all";

export async function seedOutcomes(): Promise<ExportInput[]> {
  const seed = await parseDocx(readFileSync(SEED));
  // What parseFile (which the CLI calls) adds: the path it was given, here the CLI's argument.
  for (const record of seed.forms) record.source = { tables: [], cells: {}, ...record.source, file: "seed.docx" };
  try {
    await parseDocx(new TextEncoder().encode(NOT_A_ZIP));
  } catch (error) {
    if (!isJixiaoError(error)) throw error;
    return [{ file: "seed.docx", ...seed }, { file: "broken.docx", forms: [], messages: [], error: { code: error.code, message: error.message } }];
  }
  throw new Error("a file that is no zip was read");
}
