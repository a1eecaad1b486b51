// Reading one file with the library: the same in the worker (worker.js) and, where no worker can
// start, on the page's main thread (app.js).

/** The tables the forms were read from, as plain cells with their spans, for drawing the form. */
async function formTables(library, bytes, forms) {
  const wanted = new Set(forms.flatMap((form) => form.source?.tables ?? []));
  if (wanted.size === 0) return {};
  const { tables } = await library.readTables(bytes);
  const out = {};
  for (const index of wanted) {
    const grid = tables[index];
    if (grid) out[index] = { rowCount: grid.rowCount, cells: grid.cells.map(({ row, col, rowSpan, colSpan, text }) => ({ row, col, rowSpan, colSpan, text })) };
  }
  return out;
}

/** `{ forms, messages, tables }`, or `{ error: { code, message } }` for a file the library cannot read. */
export async function readFile(library, bytes) {
  try {
    const { forms, messages } = await library.parseDocx(bytes);
    return { forms, messages, tables: await formTables(library, bytes, forms) };
  } catch (error) {
    // A JixiaoError is a bad file and says what to do; anything else is a bug, shown as such.
    return { error: { code: error?.code ?? "INTERNAL", message: String(error?.message ?? error) } };
  }
}
