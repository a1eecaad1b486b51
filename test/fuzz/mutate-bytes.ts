/**
 * Byte-level mutations: of a whole .docx (mostly the zip layer), of the deflate stream of its
 * document.xml, and of document.xml's own bytes (zipped again afterwards by the caller).
 * Each returns new bytes and appends what it did to `log`, so a failure names its mutations.
 */
import type { Random } from "./random";
import { concat } from "./zip-bytes";

export type ByteMutator = (bytes: Uint8Array, random: Random, log: string[], range?: [number, number]) => Uint8Array;

const INTERESTING_32 = [0, 1, 0x7f, 0x80, 0xff, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff];

function place(bytes: Uint8Array, random: Random, range?: [number, number]): number {
  const [lo, hi] = range ?? [0, bytes.length];
  return lo + random.int(Math.max(1, hi - lo));
}

const flipBits: ByteMutator = (bytes, random, log, range) => {
  const out = bytes.slice();
  const n = random.between(1, 8);
  for (let i = 0; i < n; i++) {
    const at = place(out, random, range);
    const bit = random.int(8);
    out[at] ^= 1 << bit;
    log.push(`flip bit ${bit} at ${at}`);
  }
  return out;
};

const setBytes: ByteMutator = (bytes, random, log, range) => {
  const out = bytes.slice();
  const at = place(out, random, range);
  const fill = random.bytes(random.between(1, 16)).subarray(0, out.length - at);
  out.set(fill, at);
  log.push(`set ${fill.length} random bytes at ${at}`);
  return out;
};

const writeInteresting: ByteMutator = (bytes, random, log, range) => {
  const out = bytes.slice();
  const at = Math.min(place(out, random, range), Math.max(0, out.length - 4));
  const value = random.pick(INTERESTING_32);
  const width = random.pick([2, 4]);
  const view = new DataView(out.buffer);
  if (at + width <= out.length) {
    if (width === 2) view.setUint16(at, value & 0xffff, true);
    else view.setUint32(at, value, true);
  }
  log.push(`write u${width * 8} ${value} at ${at}`);
  return out;
};

const zeroRange: ByteMutator = (bytes, random, log, range) => {
  const out = bytes.slice();
  const at = place(out, random, range);
  const length = random.between(1, 512);
  out.fill(0, at, at + length);
  log.push(`zero ${length} bytes at ${at}`);
  return out;
};

const truncate: ByteMutator = (bytes, random, log, range) => {
  const at = place(bytes, random, range);
  log.push(`truncate to ${at} bytes`);
  return bytes.slice(0, at);
};

const deleteRange: ByteMutator = (bytes, random, log, range) => {
  const at = place(bytes, random, range);
  const length = random.between(1, 256);
  log.push(`delete ${length} bytes at ${at}`);
  return concat([bytes.subarray(0, at), bytes.subarray(at + length)]);
};

/** Copies a chunk of the input to another place: duplicated headers and repeated records. */
const spliceCopy: ByteMutator = (bytes, random, log, range) => {
  const from = random.int(bytes.length);
  const length = random.between(1, 1024);
  const at = place(bytes, random, range);
  log.push(`copy ${length} bytes from ${from} to ${at}`);
  return concat([bytes.subarray(0, at), bytes.subarray(from, from + length), bytes.subarray(at)]);
};

export const BYTE_MUTATORS: ByteMutator[] = [flipBits, setBytes, writeInteresting, zeroRange, truncate, deleteRange, spliceCopy];

/** Mutators that keep the length, for mutating inside a deflate stream without moving the zip's offsets. */
export const IN_PLACE_MUTATORS: ByteMutator[] = [flipBits, setBytes, writeInteresting, zeroRange];

/** One to `max` mutations, stacked. */
export function mutateBytes(bytes: Uint8Array, random: Random, log: string[], mutators: ByteMutator[], max: number, range?: [number, number]): Uint8Array {
  let out = bytes;
  for (let i = random.between(1, max); i > 0; i--) out = random.pick(mutators)(out, random, log, range);
  return out;
}

/** A central directory record's fields that say where and how big an entry is. */
const CENTRAL_FIELDS: [string, number, 2 | 4][] = [
  ["method", 10, 2], ["crc", 16, 4], ["compressed size", 20, 4], ["uncompressed size", 24, 4],
  ["name length", 28, 2], ["extra length", 30, 2], ["comment length", 32, 2], ["local header offset", 42, 4], ["flags", 8, 2],
];

/** The end of central directory record's fields. */
const END_FIELDS: [string, number, 2 | 4][] = [
  ["end: entries on this disk", 8, 2], ["end: entries", 10, 2], ["end: directory size", 12, 4], ["end: directory offset", 16, 4], ["end: comment length", 20, 2],
];

/**
 * Rewrites one field of document.xml's central directory record, or of the end record, with a
 * value that is off by a little or a lot.
 */
export function mutateDirectory(bytes: Uint8Array, central: number, random: Random, log: string[]): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const atEnd = random.chance(0.3);
  const [field, fieldOffset, width] = random.pick(atEnd ? END_FIELDS : CENTRAL_FIELDS);
  const offset = fieldOffset + (atEnd ? out.length - 22 - central : 0);
  const old = width === 2 ? view.getUint16(central + offset, true) : view.getUint32(central + offset, true);
  const value = random.chance(0.5) ? random.pick(INTERESTING_32) : old + random.between(-64, 64);
  const max = width === 2 ? 0xffff : 0xffffffff;
  const clamped = Math.min(max, Math.max(0, value)) >>> 0;
  if (width === 2) view.setUint16(central + offset, clamped, true);
  else view.setUint32(central + offset, clamped, true);
  log.push(`directory ${field}: ${old} → ${clamped}`);
  return out;
}
