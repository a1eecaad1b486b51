/**
 * Records arrive from JSON files and other programs: check every one against the schema before
 * a byte is written, and name every bad field at once so the user fixes them in one pass.
 */
import type { z } from "zod";
import { JixiaoError } from "../errors";
import { FORM_KINDS } from "../model/labels";
import {
  DepartmentRecordSchema, ProjectRecordSchema, ProjectTargetRecordSchema, TransferRecordSchema, type FormRecordInput, type TransferRecord,
} from "../model/record";
import type { WrittenRecord } from "./layout";
import { unprintedTargetFields } from "./target-check";

/** The kinds the writer prints, by the schema a record of each must match; the others are read, not written. */
const SCHEMAS = {
  "project-self-evaluation": ProjectRecordSchema,
  "department-self-evaluation": DepartmentRecordSchema,
  "transfer-self-evaluation": TransferRecordSchema,
  "project-target": ProjectTargetRecordSchema,
} as const;
const WRITTEN = Object.keys(SCHEMAS);
const READ_ONLY_KINDS = new Set<string>(FORM_KINDS.map((k) => k.key).filter((k) => !WRITTEN.includes(k)));

export function validateForms(input: FormRecordInput | FormRecordInput[]): WrittenRecord[] {
  const forms: unknown[] = Array.isArray(input) ? input : [input];
  if (forms.length === 0) throw new JixiaoError("INVALID_RECORD", "forms: expected at least one form to write");
  const problems: string[] = [];
  const records = forms.map((form, i) => {
    const kind = (form as { kind?: unknown } | null)?.kind;
    if (typeof kind === "string" && READ_ONLY_KINDS.has(kind)) {
      problems.push(`${issuePath(i, ["kind"])}: ${JSON.stringify(kind)} forms are read but not written; the forms written are ${WRITTEN.join(", ")}`);
      return undefined;
    }
    // A record without a known kind is checked as a project form, whose schema names the kind it expects.
    const schema = SCHEMAS[kind as keyof typeof SCHEMAS] ?? ProjectRecordSchema;
    const result = schema.safeParse(form, { reportInput: true });
    if (result.success) {
      if (result.data.kind === "project-target") {
        const unprinted = unprintedTargetFields(result.data);
        for (const { path, why } of unprinted) problems.push(`${issuePath(i, path.split("."))}: ${why}`);
        return unprinted.length === 0 ? result.data : undefined;
      }
      if (result.data.kind !== "transfer-self-evaluation") return result.data;
      const unprintable = unprintedScoring(result.data);
      for (const path of unprintable) problems.push(`${issuePath(i, path.split("."))}: expected null: a 转移支付 form prints no 年初预算数, weights or scores`);
      return unprintable.length === 0 ? result.data : undefined;
    }
    for (const issue of result.error.issues) problems.push(`${issuePath(i, issue.path)}: ${issueText(issue)}`);
    return undefined;
  });
  if (problems.length > 0) {
    const heading = `${problems.length} problem${problems.length === 1 ? "" : "s"} in the form record${forms.length === 1 ? "" : "s"}; nothing was written:`;
    throw new JixiaoError("INVALID_RECORD", `${heading}\n${problems.join("\n")}`, problems);
  }
  return records as WrittenRecord[];
}

/**
 * The fields of a transfer record its form has no place for (年初预算数, 分值, 得分, 总分): a value
 * there would be lost on paper, so it is refused rather than dropped.
 */
function unprintedScoring(record: TransferRecord): string[] {
  const { funds, indicators, total } = record;
  const paths: [string, unknown][] = [
    ["funds.total.initial", funds.total.initial], ["funds.total.weight", funds.total.weight], ["funds.total.score", funds.total.score],
    ["funds.appropriation.initial", funds.appropriation.initial], ["funds.other.initial", funds.other.initial],
    ["funds.carryover.initial", funds.carryover.initial], ["funds.carryover.annual", funds.carryover.annual],
    ["funds.carryover.executed", funds.carryover.executed], ["funds.carryover.rate", funds.carryover.rate],
    ...funds.more.map((m, i): [string, unknown] => [`funds.more.${i}.initial`, m.initial]),
    ...indicators.flatMap((ind, i): [string, unknown][] => [
      [`indicators.${i}.level2Weight`, ind.level2Weight], [`indicators.${i}.weight`, ind.weight], [`indicators.${i}.score`, ind.score],
    ]),
    ["total.weight", total.weight], ["total.score", total.score],
  ];
  return paths.filter(([, v]) => v !== null).map(([path]) => path);
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
