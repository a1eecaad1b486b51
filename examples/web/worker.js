// Reads one file at a time off the page's main thread, so the page stays responsive with hundreds of files.
import * as library from "../../dist/browser/index.js";
import { readFile } from "./read.js";

self.addEventListener("message", async ({ data: { id, bytes } }) => {
  self.postMessage({ id, ...(await readFile(library, bytes)) });
});
// Tells the page the worker has loaded (a worker that cannot load sends an error event instead).
self.postMessage({ ready: true });
