/**
 * Builds examples/web/ into one self-contained HTML file, dist/web/index.html, that works opened
 * from disk (file://) as well as served (`jixiao serve` serves this file). Chromium loads neither
 * module scripts nor module workers from file://, so the page holds classic scripts only:
 * - the library (dist/browser/, built by tsup first) as one script defining the global `jixiao`,
 *   its lazily loaded parts (the writer, the legacy readers) inlined, since a file:// page cannot
 *   fetch chunks;
 * - the worker's code as text (type="text/plain"), started by the page from a Blob URL together
 *   with the library's text (examples/web/platform.standalone.js);
 * - the page's own code, with platform.standalone.js in place of platform.js.
 * Run by tsup after the browser build (tsup.config.ts), or `node scripts/build-web.mjs`.
 */
import { build } from "esbuild";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const WEB_PAGE = join(ROOT, "dist/web/index.html");

/** The page's and the worker's imports of the library → the global the library script defines. */
const globalLibrary = {
  name: "jixiao-global-library",
  setup(build) {
    build.onResolve({ filter: /dist\/browser\/index\.js$/ }, () => ({ path: "jixiao", namespace: "jixiao-global" }));
    build.onLoad({ filter: /.*/, namespace: "jixiao-global" }, () => ({ contents: "module.exports = globalThis.jixiao;", loader: "js" }));
    build.onResolve({ filter: /^\.\/platform\.js$/ }, (args) => ({ path: join(args.resolveDir, "platform.standalone.js") }));
  },
};

async function bundle(entry, options = {}) {
  const result = await build({
    entryPoints: [entry], bundle: true, write: false, format: "iife", platform: "browser", target: "es2022",
    // dist/browser/'s chunks import each other for their side effects; the package's
    // "sideEffects": false would have esbuild drop those imports.
    minify: true, legalComments: "none", logLevel: "warning", ignoreAnnotations: true, ...options,
  });
  const text = result.outputFiles[0].text;
  if (!inlineable(text)) throw new Error(`${entry}: the bundle holds "</script", or "<script" after "<!--", and cannot be inlined in the page`);
  return text.trim();
}

/**
 * Whether code can sit inside <script>…</script> as it is. HTML ends the element at the first
 * "</script", and after "<!--" (until "-->") a "<script" makes it skip the next "</script>"; the
 * libraries bundled write "<!--" in strings (HTML and XML serializers), never with "<script" after it.
 */
function inlineable(text) {
  if (/<\/script/i.test(text)) return false;
  for (const { index } of text.matchAll(/<!--/g)) {
    const end = text.indexOf("-->", index + 4);
    if (/<script[\s/>]/i.test(text.slice(index, end < 0 ? undefined : end))) return false;
  }
  return true;
}

export async function buildWebPage({ out = WEB_PAGE } = {}) {
  const library = await bundle(join(ROOT, "dist/browser/index.js"), { globalName: "jixiao" });
  const worker = await bundle(join(ROOT, "examples/web/worker.js"), { plugins: [globalLibrary] });
  const app = await bundle(join(ROOT, "examples/web/app.js"), { plugins: [globalLibrary] });
  const template = readFileSync(join(ROOT, "examples/web/index.html"), "utf8");
  const tag = '<script type="module" src="./app.js"></script>';
  if (!template.includes(tag)) throw new Error(`examples/web/index.html: ${tag} not found`);
  const scripts = [
    `<script id="jixiao-library">${library}</script>`,
    `<script id="jixiao-worker" type="text/plain">${worker}</script>`,
    `<script>${app}</script>`,
  ].join("\n");
  mkdirSync(dirname(out), { recursive: true });
  // A function as replacement: the bundles hold "$&" and the like, which a string replacement would expand.
  // Written beside and renamed, so that a server or test reading the page never sees half of it.
  const part = `${out}.${process.pid}.part`;
  writeFileSync(part, template.replace(tag, () => scripts));
  renameSync(part, out);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await buildWebPage());
}
