/**
 * In the browser build, toXlsx's writer and its zip compressor are a chunk loaded on first use:
 * the first load (the entry and what it imports statically) holds neither. Bundled here from the
 * sources, as tsup's browser build does (same plugin, splitting, no minifying so names show).
 */
import { build, type Metafile } from "esbuild";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { browserModules } from "../../tsup.config";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let outputs: Metafile["outputs"];
let text: Map<string, string>;
let entry: string;

beforeAll(async () => {
  const result = await build({
    entryPoints: [join(ROOT, "src/browser.ts")],
    bundle: true, platform: "browser", format: "esm", splitting: true, outdir: join(ROOT, "dist/unused"), write: false,
    metafile: true, plugins: [browserModules], logLevel: "silent", absWorkingDir: ROOT,
  });
  outputs = result.metafile.outputs;
  text = new Map(result.outputFiles.map((f) => [relative(ROOT, f.path), f.text]));
  entry = Object.keys(outputs).find((o) => outputs[o].entryPoint === "src/browser.ts")!;
}, 120_000);

/** The output and every output it reaches through static imports (what a page loads first). */
function firstLoad(from: string): Set<string> {
  const seen = new Set<string>();
  const pending = [from];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    for (const i of outputs[next].imports) if (i.kind === "import-statement") pending.push(i.path);
  }
  return seen;
}

describe("the browser build's XLSX writer", () => {
  it("is not in the first load, neither the SpreadsheetML writer nor fflate's zipSync", () => {
    const first = [...firstLoad(entry)];
    expect(first.flatMap((o) => Object.keys(outputs[o].inputs)).filter((i) => i.startsWith("src/export/xlsx"))).toEqual([]);
    expect(first.filter((o) => /function zipSync\(/.test(text.get(o)!))).toEqual([]);
    // The toCsv and toJsonLines code is small and there from the start.
    expect(first.some((o) => /function toCsv\(/.test(text.get(o)!))).toBe(true);
  });

  it("is a chunk the entry imports dynamically, holding the writer and zipSync", () => {
    const lazy = [...firstLoad(entry)].flatMap((o) => outputs[o].imports.filter((i) => i.kind === "dynamic-import").map((i) => i.path));
    const xlsx = lazy.filter((o) => Object.keys(outputs[o].inputs).includes("src/export/xlsx.ts"));
    expect(xlsx).toHaveLength(1);
    expect(text.get(xlsx[0])).toMatch(/function zipSync\(/);
  });
});
