// Read every form of a .docx and write them anew in the official layout: a clean copy of forms
// that were typed into odd tables, or the first step of editing them as data.
//   npm run build && node examples/03-regenerate.mjs in.docx [out.docx]
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocx, writeDocx } from "jixiao-docx";

const [input, out = join(tmpdir(), "regenerated.docx")] = process.argv.slice(2);
if (!input) {
  console.error("usage: node examples/03-regenerate.mjs in.docx [out.docx]");
  process.exit(2);
}

const { forms, messages } = await parseDocx(await readFile(input), { validate: false });
for (const m of messages.filter((m) => m.severity !== "info")) console.warn(`${m.severity} ${m.code}: ${m.message}`);
if (forms.length === 0) {
  console.error(`no form found in ${input}`);
  process.exit(1);
}
await writeFile(out, await writeDocx(forms));
console.log(`wrote ${out}: ${forms.length} form${forms.length === 1 ? "" : "s"}`);
