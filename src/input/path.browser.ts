/** The browser build's ./path.ts: a page has no file paths, only the bytes of files it was given. */
import { JixiaoError } from "../errors";

export async function readPath(path: string): Promise<Uint8Array> {
  throw new JixiaoError("BAD_OPTION", `A file path (${path}) can be read only in Node; in a browser pass the file's bytes (await file.arrayBuffer()).`);
}
