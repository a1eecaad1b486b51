import { defineConfig } from "tsup";

/**
 * One ESM build for the library and the command, so cli.js and worker.js load the library's own
 * chunks instead of a second copy; the CommonJS build is the library alone, for `require`. No
 * source maps: the package ships dist/ without src/, so a map would point at nothing.
 * The shebang comes from src/cli/main.ts (esbuild keeps an entry's `#!` line), so only cli.js has one.
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
]);
