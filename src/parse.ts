import { readDocumentModel, type ReadOptions } from "./grid/read";
import type { DocumentInput } from "./input/bytes";
import { locateForms } from "./forms/locate";
import { addReadings } from "./forms/readings";
import { buildRecord } from "./forms/record";
import { placeReaderMessages } from "./forms/reader-messages";
import { checkRecord } from "./checks/check-form";
import { resolvePolicy, type ScoringPolicy } from "./checks/policy";
import type { Message } from "./model/message";
import type { FormRecord } from "./model/record";

export interface ParseOptions extends ReadOptions {
  /** Run the form checks (default true). */
  validate?: boolean;
  /** The funds scoring policy the checks use (see README). */
  policy?: Partial<ScoringPolicy>;
}

export interface ParseResult {
  forms: FormRecord[];
  messages: Message[];
}

/** Milliseconds per stage, for the benchmark. */
export interface ParseTimings {
  unzip: number;
  grid: number;
  extract: number;
  checks: number;
}

/**
 * Reads every 项目支出绩效自评表 in a .docx. Like mammoth, returns the value with its messages
 * and throws (a JixiaoError) only when the input cannot be read at all.
 */
export async function parseDocx(input: DocumentInput, options: ParseOptions = {}): Promise<ParseResult> {
  return (await parseDocxTimed(input, options)).result;
}

export async function parseDocxTimed(input: DocumentInput, options: ParseOptions = {}): Promise<{ result: ParseResult; timings: ParseTimings }> {
  // A bad policy is the caller's mistake: say so before reading anything.
  const policy = resolvePolicy(options.policy);
  const model = await readDocumentModel(input, options);
  const t0 = performance.now();
  const messages: Message[] = [];
  const located = locateForms(model.blocks);
  const forms = located.map((form, i) => {
    const record = buildRecord(form, i, messages);
    record.source = { ...record.source!, reader: model.format === "doc" || model.format === "rtf" ? model.format : options.reader ?? "direct", ...(model.file ? { file: model.file } : {}) };
    addReadings(record);
    return record;
  });
  messages.unshift(...placeReaderMessages(model.messages, model.blocks, located, forms));
  const t1 = performance.now();
  if (options.validate !== false) {
    forms.forEach((record, i) => messages.push(...checkRecord(record, policy, { form: i })));
  }
  if (forms.length === 0) {
    messages.push({
      code: "NO_FORM", severity: "error",
      message: "No 项目支出绩效自评表 was found: no table has the form's labels (项目支出名称, 项目资金, 绩效指标, 总分 …).",
      messageZh: "未找到项目支出绩效自评表：没有表格含有该表的标签。",
    });
  }
  return { result: { forms, messages }, timings: { unzip: model.timings.unzip, grid: model.timings.grid, extract: t1 - t0, checks: performance.now() - t1 } };
}
