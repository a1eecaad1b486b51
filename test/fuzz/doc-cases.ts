/**
 * Word 97 fuzz inputs, made from a seeded Random alone (so a case can be rebuilt from its seed and
 * number): .doc files generated from the structures the reader knows (rows, merges, nested tables,
 * fields, tracked and hidden text, pieces and their Prms, with extreme and broken values, by
 * test/helpers/word97.ts), and mutations of small .doc files (bytes set, pointers overwritten with
 * telling values, cuts). Used by test/fuzz/doc.test.ts and by `npm run fuzz` (campaign.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  defTable, deleted, innerRow, inTable, itap, row, vanish, vertMerge, widthAfter, widthBefore, word97, type CellFlag, type Paragraph, type Word97Options,
} from "../helpers/word97";
import type { Random } from "./random";

/** The .doc files of `dir` small enough for a case to stay cheap. */
export function docSeeds(dir: string): Uint8Array[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".doc"))
    .map((f) => new Uint8Array(readFileSync(join(dir, f))))
    .filter((bytes) => bytes.length < 50_000);
}

const TEXTS = ["x", "中文", "", "a\x0bb", "合计\x13 = SUM(ABOVE) \x1412\x15", "\x13", "\x14", "\x15", "\x01", "\x08", "\x0c", "\x07", "\x1e\x1f", "\u201c\u201d", "\x00", "\ufffe"];
const FLAGS: CellFlag[] = ["", "", "", "hFirst", "hMerged", "vRestart", "vContinue"];
const NUMBERS = [0, 1, 2, 63, 64, 255, 1440, 32767, 65535, 0x3fffff, 0x7fffffff, 0xfffffffe, 0xffffffff];
/** Opcodes the reader interprets, and a few it only skips by size (each spra). */
const OPCODES = [0x2416, 0x2417, 0x244b, 0x244c, 0x6649, 0x664a, 0x6646, 0xd608, 0xd62b, 0x5624, 0xf617, 0xf618, 0xc615, 0x0800, 0x083c, 0x4a43, 0x8840, 0xd606];

function text(random: Random): string {
  return Array.from({ length: random.between(0, 3) }, () => random.pick(TEXTS)).join("");
}

function centers(random: Random, cells: number): number[] {
  const out = [random.chance(0.1) ? random.between(-32768, 32767) : random.between(-200, 200)];
  for (let i = 0; i < cells; i++) out.push(out[i] + (random.chance(0.1) ? random.between(-2000, 2000) : random.pick([10, 500, 1000, 1440])));
  return out;
}

/** A sprm with a random operand, sized by its spra (variable ones get a random length byte). */
function randomSprm(random: Random): number[] {
  const opcode = random.chance(0.7) ? random.pick(OPCODES) : random.int(0x10000);
  const sizes = [1, 1, 2, 4, 2, 2, -1, 3];
  let size = sizes[opcode >> 13];
  const head = [opcode & 0xff, opcode >> 8];
  if (size < 0) {
    size = random.between(0, 40);
    head.push(opcode === 0xd608 ? size & 0xff : size, ...(opcode === 0xd608 ? [0] : []));
  }
  const operand = Array.from({ length: size }, () => (random.chance(0.3) ? random.pick(NUMBERS) & 0xff : random.int(256)));
  return [...head, ...operand];
}

function rowSprms(random: Random, cells: number): number[] {
  const out: number[] = [];
  if (random.chance(0.9)) out.push(...defTable(centers(random, Math.min(cells + random.between(-1, 1), 12)), Array.from({ length: 13 }, () => random.pick(FLAGS))));
  if (random.chance(0.2)) out.push(...vertMerge(random.int(8), random.pick([0, 1, 3] as const)));
  if (random.chance(0.2)) out.push(...widthBefore(random.between(0, 3000)));
  if (random.chance(0.2)) out.push(...widthAfter(random.between(0, 3000)));
  if (random.chance(0.1)) out.push(...randomSprm(random));
  return out;
}

export function generatedDoc(random: Random): Uint8Array {
  const paragraphs: Paragraph[] = [];
  const blocks = random.between(1, 12);
  for (let b = 0; b < blocks; b++) {
    const what = random.int(10);
    if (what < 4) {
      const cells = random.between(0, 5);
      paragraphs.push(...row(Array.from({ length: cells }, () => text(random)), rowSprms(random, cells)));
    } else if (what < 6) {
      const depth = random.chance(0.9) ? random.between(2, 4) : random.pick(NUMBERS);
      paragraphs.push({ text: text(random), papx: [...inTable, ...itap(1)] });
      const cells = random.between(1, 3);
      for (let r = random.between(1, 2); r > 0; r--) paragraphs.push(...innerRow(Array.from({ length: cells }, () => text(random)), depth, rowSprms(random, cells)));
      paragraphs.push({ text: "", end: "\x07", papx: [...inTable, ...itap(1)] });
    } else if (what < 8) {
      paragraphs.push({ text: text(random), end: random.chance(0.1) ? "\x07" : "\r" });
    } else {
      paragraphs.push({ text: text(random), end: random.pick(["\r", "\x07"] as const), papx: Array.from({ length: random.between(1, 4) }, () => randomSprm(random)).flat() });
    }
  }
  const length = paragraphs.reduce((n, p) => n + p.text.length + 1, 0);
  const options: Word97Options = {
    chars: Array.from({ length: random.between(0, 4) }, () => {
      const from = random.int(length);
      return { from, to: Math.min(length, from + random.between(1, 8)), chpx: random.pick([deleted, vanish, [...deleted, ...vanish], randomSprm(random)]) };
    }).sort((a, b) => a.from - b.from).filter((run, i, runs) => i === 0 || run.from >= runs[i - 1].to),
  };
  if (random.chance(0.4) && length > 2) {
    options.splitAt = [...new Set(Array.from({ length: random.between(1, 3) }, () => random.between(1, length - 1)))].sort((a, b) => a - b);
    options.compressed = options.splitAt.map((_, i) => i).filter(() => random.chance(0.3));
    options.reversed = random.chance(0.5);
    if (random.chance(0.5)) {
      options.prcs = [randomSprm(random)];
      options.prms = { 0: random.chance(0.5) ? 1 : random.int(0x10000) };
    }
  }
  if (random.chance(0.2)) {
    options.patch = ({ word, table }) => {
      const target = random.chance(0.5) ? word : table;
      const at = random.int(Math.max(1, Math.min(target.length, 0x9a + 93 * 8) - 4));
      new DataView(target.buffer, target.byteOffset).setUint32(at, random.pick(NUMBERS) >>> 0, true);
    };
  }
  return word97(paragraphs, options);
}

/** A fixture with a few mutations: bytes set, 32-bit values overwritten, a cut. */
export function mutatedDoc(random: Random, seeds: Uint8Array[]): Uint8Array {
  let bytes = new Uint8Array(random.pick(seeds));
  const view = new DataView(bytes.buffer);
  for (let e = random.between(1, 6); e > 0; e--) {
    switch (random.int(4)) {
      case 0:
        bytes[random.int(bytes.length)] = random.int(256);
        break;
      case 1:
      case 2:
        view.setUint32(random.int(bytes.length / 4) * 4, random.chance(0.5) ? random.pick(NUMBERS) >>> 0 : random.int(bytes.length), true);
        break;
      default:
        if (random.chance(0.3)) bytes = bytes.slice(0, random.between(512, bytes.length));
    }
  }
  return bytes;
}

