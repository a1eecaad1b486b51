import { JixiaoError } from "../errors";
import { readPath } from "./path";

/** What the library accepts as a document. */
export type DocumentInput = string | Uint8Array | ArrayBuffer;

/** A path is read from disk (in Node); bytes are used as they are (a Buffer is a Uint8Array). */
export async function loadBytes(input: DocumentInput): Promise<{ bytes: Uint8Array; file?: string }> {
  if (typeof input === "string") return { bytes: await readPath(input), file: input };
  if (input instanceof Uint8Array) return { bytes: input };
  if (input instanceof ArrayBuffer) return { bytes: new Uint8Array(input) };
  throw new JixiaoError("BAD_OPTION", "Input must be a file path, a Buffer, a Uint8Array or an ArrayBuffer.");
}
