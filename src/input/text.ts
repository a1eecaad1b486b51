/**
 * Byte → text decodings the readers need, without Node's Buffer so they run in browsers too, and
 * giving exactly what Buffer's "latin1" and "utf16le" gave (TextDecoder's "latin1" is windows-1252,
 * and its UTF-16 turns lone surrogates into U+FFFD).
 */

/** Each byte as the character of the same code (ISO-8859-1). */
export function latin1(bytes: Uint8Array): string {
  let text = "";
  // In slices: String.fromCharCode takes its bytes as arguments, and engines cap their number.
  for (let at = 0; at < bytes.length; at += 8192) text += String.fromCharCode(...bytes.subarray(at, at + 8192));
  return text;
}

/** UTF-16LE code units as they are (lone surrogates kept); an odd last byte is dropped. */
export function decodeUtf16Name(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8));
  return text;
}
