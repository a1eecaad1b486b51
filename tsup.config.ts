import { join } from "node:path";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * For the browser build: src/input/path.ts (file paths, node:fs) is swapped for
 * src/input/path.browser.ts, which refuses a path and asks for the file's bytes, and
 * src/input/inflate.ts (zlib) for src/input/inflate.browser.ts (fflate and a JavaScript CRC-32).
 * Exported for the tests that bundle the sources for browsers.
 * The XLSX writer (src/export/xlsx.ts) gets fflate as a module of its own: esbuild puts a module
 * in one chunk, so sharing the zip reader's copy would load the compressor with the reader.
 */
export const browserModules: Plugin = {
  name: "jixiao-browser-modules",
  setup(build) {
    build.onResolve({ filter: /^\.\/(?:path|inflate)$/ }, (args) => {
      if (!/[\\/]src[\\/]input$/.test(args.resolveDir)) return undefined;
      return { path: join(args.resolveDir, `${args.path.slice(2)}.browser.ts`) };
    });
    build.onResolve({ filter: /^fflate$/ }, async (args) => {
      if (args.pluginData === "xlsx" || !/[\\/]src[\\/]export[\\/]xlsx\.ts$/.test(args.importer)) return undefined;
      const found = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: "xlsx" });
      return found.errors.length > 0 ? undefined : { path: found.path, suffix: "?xlsx" };
    });
  },
};

/**
 * One ESM build for the library and the command, so cli.js and worker.js load the library's own
 * chunks instead of a second copy; the CommonJS build is the library alone, for `require`. No
 * source maps: the package ships dist/ without src/, so a map would point at nothing.
 * The shebang comes from src/cli/main.ts (esbuild keeps an entry's `#!` line), so only cli.js has one.
 * The browser build (dist/browser/) bundles its dependencies, so a plain <script type="module"> can
 * load it; what a page needs only sometimes (the writer's docx, the web-page, .doc, .rtf and mammoth
 * readers) is split into chunks loaded on first use. From it, scripts/build-web.mjs then builds the
 * web page into one HTML file (dist/web/index.html) that also works opened from disk.
 */
export default defineConfig([
  {
    entry: { index: "src/index.ts", cli: "src/cli/main.ts", worker: "src/cli/worker.ts" },
    format: ["esm"],
    splitting: true,
    dts: { entry: { index: "src/index.ts" } },
    clean: true,
    target: "node20",
  },
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: { entry: { index: "src/index.ts" } },
    target: "node20",
  },
  {
    entry: { index: "src/browser.ts" },
    outDir: "dist/browser",
    format: ["esm"],
    platform: "browser",
    splitting: true,
    noExternal: [/.*/],
    minify: true,
    dts: { entry: { index: "src/browser.ts" } },
    esbuildPlugins: [browserModules],
    target: "es2022",
    onSuccess: async () => {
      const { buildWebPage } = await import("./scripts/build-web.mjs");
      await buildWebPage();
    },
  },
]);
