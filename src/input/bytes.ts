import { readFile } from "node:fs/promises";
import { JixiaoError } from "../errors";

/** What the library accepts as a document. */
export type DocumentInput = string | Uint8Array | ArrayBuffer;

/** A path is read from disk; bytes are used as they are (a Buffer is a Uint8Array). */
export async function loadBytes(input: DocumentInput): Promise<{ bytes: Uint8Array; file?: string }> {
  if (typeof input === "string") {
    try {
      return { bytes: await readFile(input), file: input };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw new JixiaoError("FILE_NOT_FOUND", `File not found: ${input}. Check the path.`);
      if (code === "EISDIR") throw new JixiaoError("FILE_NOT_FOUND", `${input} is a directory; pass a file (the jixiao command recurses directories).`);
      throw new JixiaoError("FILE_NOT_FOUND", `Cannot read ${input}: ${(error as Error).message}`);
    }
  }
  if (input instanceof Uint8Array) return { bytes: input };
  if (input instanceof ArrayBuffer) return { bytes: new Uint8Array(input) };
  throw new JixiaoError("BAD_OPTION", "Input must be a file path, a Buffer, a Uint8Array or an ArrayBuffer.");
}
