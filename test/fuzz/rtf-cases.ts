/**
 * RTF fuzz inputs, made from a seeded Random alone: RTF generated from the control words the
 * reader knows (with extreme parameters, unbalanced groups, stray bytes), and byte mutations of
 * small RTF files. Used by test/fuzz/rtf.test.ts and by `npm run fuzz` (campaign.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Random } from "./random";

/** The .rtf files of `dir` small enough for a case to stay cheap. */
export function rtfSeeds(dir: string): Uint8Array[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".rtf"))
    .map((f) => new Uint8Array(readFileSync(join(dir, f))))
    .filter((bytes) => bytes.length < 130_000);
}

const WORDS = [
  "trowd", "cellx", "clvmgf", "clvmrg", "clmgf", "clmrg", "intbl", "itap", "cell", "nestcell", "row", "nestrow",
  "par", "pard", "plain", "v", "deleted", "revised", "u", "uc", "bin", "trleft", "trwWidthB", "trftsWidthB", "trwWidthA",
  "trftsWidthA", "line", "tab", "page", "sect", "f", "fcharset", "ansicpg", "deff", "cpg", "emdash", "lquote",
];
const DESTINATIONS = ["fonttbl", "field", "fldinst", "fldrslt", "nesttableprops", "nonesttables", "pict", "header", "footnote", "info", "stylesheet", "listtext"];
const PARAMS = [0, 1, 2, 3, -1, 134, 936, 1000, 1440, 9000, 65535, -32768, 2147483647, -2147483648, 99999999999];

function param(random: Random): string {
  if (random.chance(0.3)) return "";
  return String(random.chance(0.7) ? random.pick(PARAMS) : random.between(-5000, 20000));
}

function token(random: Random): string {
  switch (random.int(10)) {
    case 0: return "{";
    case 1: return "}";
    case 2: return `{\\*\\${random.pick(DESTINATIONS)} `;
    case 3: return `{\\${random.pick(DESTINATIONS)} `;
    case 4: return `\\'${random.int(256).toString(16).padStart(2, "0")}`;
    case 5: return random.pick(["text", "中", " ", "\\{", "\\}", "\\\\", "\\~", "\\-", "\r\n", "\\\n"]);
    default: return `\\${random.pick(WORDS)}${param(random)} `;
  }
}

/** A row as Word writes it (boundaries, merge flags, cells at a nesting level), with random slips. */
function row(random: Random, level: number): string {
  const cells = random.between(0, 6);
  const definition: string[] = [`\\trowd\\trleft${param(random) || 0}`];
  let right = random.between(-100, 2000);
  for (let c = 0; c < cells + random.between(-1, 1); c++) {
    definition.push(random.pick(["", "", "\\clvmgf", "\\clvmrg", "\\clmgf", "\\clmrg"]));
    right += random.chance(0.1) ? random.between(-3000, 3000) : random.pick([500, 1000, 1440, 10]);
    definition.push(`\\cellx${right}`);
  }
  const mark = level > 1 ? "\\nestcell" : "\\cell";
  const body: string[] = [];
  for (let c = 0; c < cells; c++) {
    body.push(`\\pard\\intbl${level > 1 ? `\\itap${level}` : ""} `, random.pick(["x", "中", "", "a\\par b", "{\\v h}", "{\\deleted d}"]));
    if (random.chance(0.1)) body.push(token(random));
    if (random.chance(0.15) && level < 4) body.push(row(random, level + 1), row(random, level + 1));
    body.push(mark);
  }
  const end = level > 1 ? `{\\*\\nesttableprops${definition.join("")}\\nestrow}{\\nonesttables\\par}` : definition.join("") + body.join("") + "\\row";
  return level > 1 ? body.join("") + end : end;
}

/** RTF built from the reader's vocabulary: tables, merges, nesting, fields and text, any order. */
export function generatedRtf(random: Random): Uint8Array {
  const parts = [String.raw`{\rtf1\ansi`, random.chance(0.5) ? String.raw`\ansicpg936` : ""];
  const n = random.between(1, 60);
  for (let i = 0; i < n; i++) {
    const what = random.int(10);
    if (what < 4) parts.push(row(random, 1));
    else if (what < 6) parts.push(`\\pard ${random.pick(["title", "中文", ""])}\\par `);
    else parts.push(token(random));
  }
  if (random.chance(0.8)) parts.push("}");
  const bytes = Buffer.from(parts.join(""), "latin1");
  // Raw high bytes, as a code page's text would have.
  for (let i = 0; i < random.int(4); i++) bytes[random.int(bytes.length)] = 0x80 + random.int(128);
  return bytes;
}

/** A fixture with a few byte-level mutations: set, delete, duplicate, insert a token, cut. */
export function mutatedRtf(random: Random, seeds: Uint8Array[]): Uint8Array {
  let bytes: Uint8Array = new Uint8Array(random.pick(seeds));
  const edits = random.between(1, 8);
  for (let e = 0; e < edits && bytes.length > 0; e++) {
    const at = random.int(bytes.length);
    const span = random.between(1, 64);
    switch (random.int(5)) {
      case 0:
        bytes[at] = random.int(256);
        break;
      case 1:
        bytes = new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + span)]);
        break;
      case 2:
        bytes = new Uint8Array([...bytes.subarray(0, at + span), ...bytes.subarray(at, at + span), ...bytes.subarray(at + span)]);
        break;
      case 3:
        bytes = new Uint8Array([...bytes.subarray(0, at), ...Buffer.from(token(random), "latin1"), ...bytes.subarray(at)]);
        break;
      default:
        bytes = bytes.subarray(0, at);
    }
  }
  // Keep the signature most of the time, so the RTF reader (not the sniffer) is what runs.
  if (random.chance(0.9) && !Buffer.from(bytes.subarray(0, 5)).toString("latin1").startsWith("{\\rtf")) {
    bytes = new Uint8Array([...Buffer.from("{\\rtf1 "), ...bytes]);
  }
  return bytes;
}

