// A blank 州级 form for 2021, ready to print and fill in by hand.
//   npm run build && node examples/01-blank-form.mjs [out.docx]
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { blankForm, writeDocx } from "jixiao-docx";

const out = process.argv[2] || join(tmpdir(), "blank-form.docx");

// One row under each 二级指标. More room: rows: 2 for all, or rows: { 数量指标: 3 } for some.
const form = blankForm({ level: "州级", year: 2021, attachment: "附件1" });

await writeFile(out, await writeDocx(form));
console.log(`wrote ${out}: ${form.indicators.length} indicator rows`);
