/**
 * `parse --overview`: what was read, at a glance, while the records go to -o. One block per file,
 * one line per form (附件, 总分, project), and under it the form's errors and warnings in Chinese:
 *
 *   samples/seed-forms.docx（11 张表）
 *     附件4-7  总分 96  州长热线运行及维护费
 *       错误 TOTAL_SCORE_MISMATCH 总分得分为96，但资金得分与各指标得分之和为94。 [第7个表格，第19行，第8列]
 */
import type { Delivery } from "./delivery";
import { recordsOf } from "./delivery";
import { messageText } from "./message-lines";

const SHOWN: ReadonlySet<string> = new Set(["error", "warning"]);

interface FormSummary {
  attachment?: string | null;
  project?: { name?: string | null };
  total?: { score?: number | null };
}

export function overviewLines(delivery: Delivery): string[] {
  const { file, forms, messages, error } = recordsOf(delivery);
  if (error) return [file, `  读取失败 ${error.code} ${error.message}`];
  const lines = [`${file}（${forms.length} 张表）`];
  forms.forEach((record: FormSummary, i) => {
    const score = record.total?.score;
    lines.push(`  ${record.attachment || `第${i + 1}张表`}  总分 ${score ?? "—"}  ${record.project?.name ?? "（无项目名称）"}`);
    // Messages about the whole document sit under its first form, as in the JSON output.
    const own = messages.filter((m) => SHOWN.has(m.severity) && (m.form === i || (m.form === undefined && i === 0)));
    for (const m of own) lines.push(`    ${messageText(m, "zh")}`);
  });
  return lines;
}

/** Prints the blocks on stdout as the files come in, and at the end where the records are. */
export class Overview {
  async write(delivery: Delivery): Promise<void> {
    await print(overviewLines(delivery).join("\n") + "\n");
  }

  async finish(output: string): Promise<void> {
    await print(`\n完整记录已写入 ${output}\n`);
  }
}

function print(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
}
