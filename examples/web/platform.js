// How the page reaches the library and starts its worker when served over HTTP as ES modules
// (examples/web/ beside dist/browser/). The page opened from disk is built with
// platform.standalone.js in place of this file (scripts/build-web.mjs).

/** The library on the main thread (the writer, and reading when no worker starts). */
export const loadLibrary = () => import("../../dist/browser/index.js");

/** The worker that reads files off the main thread. */
export const startWorker = () => new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
