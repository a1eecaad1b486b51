/**
 * Raw deflate and CRC-32 for zip entries, in Node: zlib's, native and 4× faster than the plain
 * JavaScript of the browser build. The browser build gets src/input/inflate.browser.ts instead
 * (the browserModules plugin in tsup.config.ts), which exports the same functions with the same errors.
 */
import { crc32 as zlibCrc32, inflateRawSync } from "node:zlib";
import { damaged, overflowed } from "./inflate-errors";

/**
 * Raw deflate → at most `size` bytes. maxOutputLength makes zlib stop at the first 16 KB chunk
 * past it, so a directory that understates a zip bomb's size costs no more than `size` bytes of
 * work. (zlib needs a limit of at least 1; a zero-byte entry that holds a byte is checked here.)
 */
export function inflateRaw(data: Uint8Array, size: number, name: string): Uint8Array {
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
  } catch (error) {
    const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
    if (code === "ERR_BUFFER_TOO_LARGE") throw overflowed(name, size);
    // zlib's data errors (Z_DATA_ERROR, Z_BUF_ERROR: "unexpected end of file", …) are about the
    // file; anything else (an invalid argument) is a bug of ours and stays what it is.
    if (typeof code === "string" && code.startsWith("Z_")) throw damaged(`${name}: ${(error as Error).message}`);
    throw error;
  }
  if (out.length > size) throw overflowed(name, size);
  // A plain Uint8Array over the same memory: Buffer's slice() shares memory where Uint8Array's copies.
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** The CRC-32 of `bytes`, as an unsigned 32-bit number (what a zip directory entry stores). */
export function crc32(bytes: Uint8Array): number {
  return zlibCrc32(bytes);
}
