/**
 * Sizes of the browser build (dist/browser/, built by `tsup`): what a page downloads on its first
 * import of the library (the entry and the chunks it imports statically), and each part loaded on
 * first use (dynamic import()), raw and gzipped. `npm run size` prints them; test/browser/bundle.test.ts ("size")
 * holds the first-load part to its budget.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const BROWSER_DIR = fileURLToPath(new URL("../dist/browser/", import.meta.url));

/** What a page may download before its first call: the library read + check, gzipped. */
export const FIRST_LOAD_BUDGET_GZIP = 200 * 1024;

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{][^;"'()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.\/[^"']+\.js)["']\s*\)/g;

function importsOf(file, pattern) {
  return [...readFileSync(join(BROWSER_DIR, file), "utf8").matchAll(pattern)].map((m) => m[1].slice(2));
}

/** `file` and every chunk it reaches by static imports. */
function closure(file) {
  const seen = new Set();
  const pending = [file];
  while (pending.length) {
    const next = pending.pop();
    if (seen.has(next)) continue;
    seen.add(next);
    pending.push(...importsOf(next, STATIC_IMPORT));
  }
  return seen;
}

function sizeOf(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(BROWSER_DIR, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** What each lazily loaded part is, by the source module esbuild names its chunk after. */
const PARTS = { document: "writer (docx)", xlsx: "XLSX export (toXlsx)", html: "web-page .doc reader (cheerio)", mammoth: "mammoth reader", read: "Word 97 / RTF reader" };

/**
 * The first load, then each dynamic import: the files it adds beyond the first load (a chunk
 * shared by two lazy parts is counted in both).
 */
export function browserSizes() {
  const first = closure("index.js");
  const parts = [{ name: "first load: read + check", files: [...first].sort(), ...sizeOf(first) }];
  const lazy = new Set([...first].flatMap((file) => importsOf(file, DYNAMIC_IMPORT)));
  for (const entry of [...lazy].sort()) {
    const files = [...closure(entry)].filter((file) => !first.has(file)).sort();
    const label = PARTS[entry.replace(/-[A-Z0-9]+\.js$/, "")] ?? "lazy part";
    parts.push({ name: `on first use: ${label}`, files, ...sizeOf(files) });
  }
  return parts;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`Browser build (dist/browser/), raw and gzipped; budget for the first load ${kb(FIRST_LOAD_BUDGET_GZIP)} gzipped.`);
  for (const part of browserSizes()) {
    console.log(`${part.name.padEnd(48)} ${kb(part.raw).padStart(10)} ${kb(part.gzip).padStart(10)} gz   ${part.files.join(" ")}`);
  }
}
