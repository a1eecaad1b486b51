/**
 * Records arrive from JSON files and other programs: check every one against the schema before
 * a byte is written, and name every bad field at once so the user fixes them in one pass.
 */
import type { z } from "zod";
import { JixiaoError } from "../errors";
import { FORM_KINDS } from "../model/labels";
import { ProjectRecordSchema, type FormRecordInput, type ProjectRecord } from "../model/record";

/** The kinds the writer prints; the others are read, not yet written. */
const WRITTEN_KINDS = new Set<string>(["project-self-evaluation"]);
const READ_ONLY_KINDS = new Set<string>(FORM_KINDS.map((k) => k.key).filter((k) => !WRITTEN_KINDS.has(k)));

export function validateForms(input: FormRecordInput | FormRecordInput[]): ProjectRecord[] {
  const forms: unknown[] = Array.isArray(input) ? input : [input];
  if (forms.length === 0) throw new JixiaoError("INVALID_RECORD", "forms: expected at least one form to write");
  const problems: string[] = [];
  const records = forms.map((form, i) => {
    const kind = (form as { kind?: unknown } | null)?.kind;
    if (typeof kind === "string" && READ_ONLY_KINDS.has(kind)) {
      problems.push(`${issuePath(i, ["kind"])}: ${JSON.stringify(kind)} forms are read but not written; only project-self-evaluation forms can be written`);
      return undefined;
    }
    const result = ProjectRecordSchema.safeParse(form, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push(`${issuePath(i, issue.path)}: ${issueText(issue)}`);
    return undefined;
  });
  if (problems.length > 0) {
    const heading = `${problems.length} problem${problems.length === 1 ? "" : "s"} in the form record${forms.length === 1 ? "" : "s"}; nothing was written:`;
    throw new JixiaoError("INVALID_RECORD", `${heading}\n${problems.join("\n")}`, problems);
  }
  return records as ProjectRecord[];
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
