// Reads one file at a time off the page's main thread, so the page stays responsive with hundreds of files.
import { parseDocx, readTables } from "../../dist/browser/index.js";

/** The tables the forms were read from, as plain cells with their spans, for drawing the form. */
async function formTables(bytes, forms) {
  const wanted = new Set(forms.flatMap((form) => form.source?.tables ?? []));
  if (wanted.size === 0) return {};
  const { tables } = await readTables(bytes);
  const out = {};
  for (const index of wanted) {
    const grid = tables[index];
    if (grid) out[index] = { rowCount: grid.rowCount, cells: grid.cells.map(({ row, col, rowSpan, colSpan, text }) => ({ row, col, rowSpan, colSpan, text })) };
  }
  return out;
}

self.addEventListener("message", async ({ data: { id, bytes } }) => {
  try {
    const { forms, messages } = await parseDocx(bytes);
    self.postMessage({ id, forms, messages, tables: await formTables(bytes, forms) });
  } catch (error) {
    // A JixiaoError is a bad file and says what to do; anything else is a bug, shown as such.
    self.postMessage({ id, error: { code: error?.code ?? "INTERNAL", message: String(error?.message ?? error) } });
  }
});
