/**
 * The browser build's ./inflate.ts (swapped in by the browserModules plugin in tsup.config.ts):
 * raw deflate with fflate and CRC-32 in plain JavaScript, with no Node built-ins. Same functions,
 * same limits and same errors as the Node module, which uses zlib.
 */
import { Inflate } from "fflate";
import { damaged, overflowed } from "./inflate-errors";

export { crc32 } from "./crc32";

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most ~1,032:1, so one step
 * yields at most ~17 MB before the output is checked against the stated size.
 */
const INFLATE_STEP = 16 * 1024;

/**
 * Raw deflate → at most `size` bytes, stopping as soon as the output passes `size`. fflate's
 * inflateSync, given a directory that understates the size, silently cuts the output at the stated
 * size and still decodes the whole stream (9 s of CPU for 1 MB holding 1 GiB of zeros); its
 * streaming inflater, fed a step at a time, lets us stop at the first step past the stated size.
 */
export function inflateRaw(data: Uint8Array, size: number, name: string): Uint8Array {
  // Even an empty deflate stream takes two bytes; fflate reads no bytes as no output.
  if (data.length === 0) throw damaged(`${name}: unexpected end of file`);
  const out = new Uint8Array(size);
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow) return;
    if (written + chunk.length > size) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; ; at += INFLATE_STEP) {
      const last = at + INFLATE_STEP >= data.length;
      inflater.push(data.subarray(at, at + INFLATE_STEP), last);
      if (overflow || last) break;
    }
  } catch (error) {
    // fflate's stream errors carry a numeric code (0 unexpected EOF, 1 invalid block type, …) and are
    // about the data; anything else (a TypeError, a RangeError) is not the file's fault.
    const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
    if (typeof code === "number") throw damaged(`${name}: ${code === 0 ? "unexpected end of file" : (error as Error).message}`);
    throw error;
  }
  if (overflow) throw overflowed(name, size);
  return out.subarray(0, written);
}
