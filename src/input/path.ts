/**
 * Reading a file path: Node only. The browser build replaces this module with ./path.browser.ts
 * (tsup.config.ts), so nothing reachable from the browser entry imports node:fs.
 */
import { readFile } from "node:fs/promises";
import { JixiaoError } from "../errors";

export async function readPath(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new JixiaoError("FILE_NOT_FOUND", `File not found: ${path}. Check the path.`);
    if (code === "EISDIR") throw new JixiaoError("FILE_NOT_FOUND", `${path} is a directory; pass a file (the jixiao command recurses directories).`);
    throw new JixiaoError("FILE_NOT_FOUND", `Cannot read ${path}: ${(error as Error).message}`);
  }
}
