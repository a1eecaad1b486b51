// Reads one file at a time off the page's main thread, so the page stays responsive with hundreds of files.
import { parseDocx } from "../../dist/browser/index.js";

self.addEventListener("message", async ({ data: { id, bytes } }) => {
  try {
    const { forms, messages } = await parseDocx(bytes);
    self.postMessage({ id, forms, messages });
  } catch (error) {
    // A JixiaoError is a bad file and says what to do; anything else is a bug, shown as such.
    self.postMessage({ id, error: { code: error?.code ?? "INTERNAL", message: String(error?.message ?? error) } });
  }
});
