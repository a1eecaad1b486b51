/**
 * Records arrive from JSON files and other programs: check every one against the schema before
 * a byte is written, and name every bad field at once so the user fixes them in one pass.
 */
import type { z } from "zod";
import { JixiaoError } from "../errors";
import { FormRecordSchema, type FormRecord, type FormRecordInput } from "../model/record";

export function validateForms(input: FormRecordInput | FormRecordInput[]): FormRecord[] {
  const forms: unknown[] = Array.isArray(input) ? input : [input];
  if (forms.length === 0) throw new JixiaoError("INVALID_RECORD", "forms: expected at least one form to write");
  const problems: string[] = [];
  const records = forms.map((form, i) => {
    const result = FormRecordSchema.safeParse(form, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push(`${issuePath(i, issue.path)}: ${issueText(issue)}`);
    return undefined;
  });
  if (problems.length > 0) {
    const heading = `${problems.length} problem${problems.length === 1 ? "" : "s"} in the form record${forms.length === 1 ? "" : "s"}; nothing was written:`;
    throw new JixiaoError("INVALID_RECORD", `${heading}\n${problems.join("\n")}`, problems);
  }
  return records as FormRecord[];
}

/** forms[0].indicators.2.weight: the form by index, then the record path as messages write it. */
function issuePath(form: number, path: readonly PropertyKey[]): string {
  return [`forms[${form}]`, ...path.map(String)].join(".");
}

/** "expected number, received string": zod's message without its "Invalid input: " lead, which
 * every line of the list would repeat, and with what was found where zod leaves it out. */
function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    const input: unknown = issue.input;
    const received = input === undefined ? "nothing" : input === null ? "null" : Array.isArray(input) ? "array" : typeof input;
    return `expected ${issue.expected}, received ${received}`;
  }
  return issue.message.replace(/^Invalid input: /, "");
}
