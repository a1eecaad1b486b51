// The year-end 项目支出绩效自评表 prefilled from the 项目支出绩效目标表: the declared targets copied into
// 年度指标值, the budget into 年初预算数 / 全年预算数; actual values and scores left to fill in.
//   npm run build && node examples/04-prefill-from-target.mjs [目标表.docx | target.json] [out.docx]
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isJixiaoError, parseFile, selfEvaluationFromTarget, writeDocx } from "jixiao-docx";

const input = process.argv[2] || fileURLToPath(new URL("data/target.json", import.meta.url));
const out = process.argv[3] || join(tmpdir(), "prefilled-self-evaluation.docx");

try {
  // A target form's record as JSON, or every target form of a Word file.
  const targets = input.endsWith(".json")
    ? [JSON.parse(await readFile(input, "utf8"))]
    : (await parseFile(input)).forms.filter((form) => form.kind === "project-target");
  if (targets.length === 0) {
    console.error(`${input} holds no 项目支出绩效目标表`);
    process.exit(1);
  }
  const forms = targets.map((target) => selfEvaluationFromTarget(target, { level: "县级" }));
  await writeFile(out, await writeDocx(forms));
  console.log(`wrote ${out}: ${forms.length} form${forms.length === 1 ? "" : "s"}, ${forms.reduce((n, f) => n + f.indicators.length, 0)} indicators`);
} catch (error) {
  // INVALID_RECORD names what is wrong with a target record; FILE_NOT_FOUND, NOT_DOCX … a file that cannot be read.
  if (!isJixiaoError(error)) throw error;
  console.error(`${error.code}: ${error.message}`);
  process.exitCode = 1;
}
