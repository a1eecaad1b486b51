/**
 * The browser build: no Node built-in anywhere in it, bundlers resolve the package's `browser`
 * condition to it, and what a page downloads before its first call stays within budget (the
 * writer's docx and the less common readers come later, on first use).
 */
import { build } from "esbuild";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BROWSER_DIR, FIRST_LOAD_BUDGET_GZIP, browserSizes } from "../../scripts/size.mjs";
import * as browserApi from "../../src/browser";
import * as nodeApi from "../../src/index";
import { browserModules } from "../../tsup.config";
import { BUILD_TIMEOUT, ROOT, ensureBuilt } from "../cli/run";

/** Every import of a Node built-in in a built file, by any of the spellings a bundle may hold. */
const NODE_IMPORT = /\b(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s*)["'](node:[\w/]+|(?:fs|path|os|zlib|buffer|stream|child_process|crypto|util|events|url)(?:\/[\w]+)?)["']/g;

beforeAll(ensureBuilt, BUILD_TIMEOUT);

describe("the browser entry's API", () => {
  it("is the Node API less parseFile", () => {
    expect(Object.keys(browserApi).sort()).toEqual(Object.keys(nodeApi).filter((name) => name !== "parseFile").sort());
  });

  it("refuses a file path with BAD_OPTION, asking for the bytes (bundled for browsers, run here)", async () => {
    const bundle = await build({
      stdin: { contents: `export { parseDocx } from "./src/browser";`, resolveDir: ROOT, loader: "ts" },
      bundle: true, platform: "browser", format: "esm", write: false, plugins: [browserModules], logLevel: "silent",
    });
    const url = `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0]!.contents).toString("base64")}`;
    const { parseDocx } = (await import(url)) as typeof browserApi;
    const error = await parseDocx("samples/seed-forms.docx").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_OPTION", message: expect.stringContaining("in a browser pass the file's bytes") });
  });
});

describe("bundling for browsers", () => {
  it("the sources bundle with esbuild --platform=browser (which refuses node: imports)", async () => {
    const result = await build({
      entryPoints: [join(ROOT, "src/browser.ts")],
      bundle: true, platform: "browser", format: "esm", splitting: true, outdir: join(ROOT, "dist/unused"), write: false,
      metafile: true, plugins: [browserModules], logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    const external = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
    expect(external).toEqual([]);
  });

  it("`import { parseDocx, writeDocx } from \"jixiao-docx\"` resolves to dist/browser/index.js through the browser condition", async () => {
    const result = await build({
      stdin: { contents: `import { parseDocx, writeDocx } from "jixiao-docx"; console.log(parseDocx, writeDocx);`, resolveDir: ROOT },
      bundle: true, platform: "browser", format: "esm", splitting: true, outdir: join(ROOT, "dist/unused"), write: false,
      metafile: true, logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain("dist/browser/index.js");
    expect(inputs.filter((i) => i.startsWith("src/") || i === "dist/index.js")).toEqual([]);
  });

  it("no file of dist/browser/ imports a Node built-in", () => {
    const files = readdirSync(BROWSER_DIR).filter((f) => f.endsWith(".js"));
    expect(files).toContain("index.js");
    const found = files.flatMap((f) => [...readFileSync(join(BROWSER_DIR, f), "utf8").matchAll(NODE_IMPORT)].map((m) => `${f}: ${m[1]}`));
    expect(found).toEqual([]);
  });

  it("the pattern above does find Node imports in the Node build", () => {
    // Guards the test above against a pattern that matches nothing (tsup drops the "node:" prefix).
    const dist = join(ROOT, "dist");
    const found = readdirSync(dist).filter((f) => f.endsWith(".js")).flatMap((f) => [...readFileSync(join(dist, f), "utf8").matchAll(NODE_IMPORT)].map((m) => m[1]));
    expect(found).toEqual(expect.arrayContaining(["fs", "path"]));
  });
});

describe("size", () => {
  it(`read + check: the first load is at most ${FIRST_LOAD_BUDGET_GZIP / 1024} KB gzipped; the docx writer loads on first use`, () => {
    const parts = browserSizes();
    for (const p of parts) console.log(`${p.name}: ${(p.raw / 1024).toFixed(1)} KB, ${(p.gzip / 1024).toFixed(1)} KB gzipped`);
    const [first, ...lazy] = parts;
    expect(first!.name).toBe("first load: read + check");
    expect(first!.gzip).toBeLessThanOrEqual(200 * 1024);
    // docx writes docProps/app.xml; nothing that reads needs the name.
    const holds = (file: string) => readFileSync(join(BROWSER_DIR, file), "utf8").includes("docProps/app.xml");
    expect(first!.files.filter(holds)).toEqual([]);
    expect(lazy.find((p) => p.name === "on first use: writer (docx)")?.files.some(holds)).toBe(true);
  });
});
