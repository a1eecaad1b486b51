// A filled-in form from a JSON record (the shape parseDocx returns; `extras` may be left out).
//   npm run build && node examples/02-prefilled-from-json.mjs [form.json] [out.docx]
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isJixiaoError, writeDocxWithMessages } from "jixiao-docx";

const input = process.argv[2] || fileURLToPath(new URL("data/form.json", import.meta.url));
const out = process.argv[3] || join(tmpdir(), "prefilled-form.docx");

const record = JSON.parse(await readFile(input, "utf8"));
try {
  const { value, messages } = await writeDocxWithMessages(record);
  // Warnings (e.g. TEXT_SANITIZED for control characters pasted into a field) do not stop the writer.
  for (const m of messages) console.warn(`${m.severity} ${m.code} ${m.path}: ${m.message}`);
  await writeFile(out, value);
  console.log(`wrote ${out}`);
} catch (error) {
  // INVALID_RECORD lists every bad field, e.g. "forms[0].indicators.2.weight: expected number, received string".
  if (isJixiaoError(error)) {
    console.error(`${error.code}: ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
