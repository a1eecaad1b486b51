/**
 * `parse --pairs`: the target forms (项目支出绩效目标表) and project self-evaluation forms of the run
 * are kept as the files come in, paired by project (target/pairs.ts) and compared at the end. Only
 * those two kinds are kept, each at its index in its file, so the rest of a large run is not held.
 *
 * In JSON Lines (and JSON) each target and self-evaluation form gets one more line after the forms'
 * lines: its pair, or itself alone (the other side null), with the comparison's messages:
 *
 *   { "pair": { "target": { "file": "a.docx", "form": 0 }, "self": { "file": "b.docx", "form": 2 } },
 *     "project": "坝塘镇村组道路硬化项目", "messages": [ { "code": "TARGET_CHANGED", … } ] }
 */
import type { CellRef, Message } from "../model/message";
import type { FormRecord } from "../model/record";
import { comparePairs, type ComparedPair, type FormsOfFile } from "../target/pairs";
import { messageText, pathForPeople } from "./message-lines";
import type { FileOutcome } from "./outcome";
import { LISTED, plural } from "./tally";

export interface PairLine {
  pair: { target: { file: string; form: number } | null; self: { file: string; form: number } | null };
  project: string | null;
  messages: Message[];
}

const KEPT: ReadonlySet<FormRecord["kind"]> = new Set(["project-target", "project-self-evaluation"]);

export class PairCollector {
  private readonly files: FormsOfFile[] = [];

  add(outcome: FileOutcome): void {
    // A sparse array: the forms of other kinds are holes, the kept ones at their index in the file.
    const forms: FormRecord[] = [];
    outcome.forms.forEach((record, i) => {
      if (KEPT.has(record.kind)) forms[i] = record;
    });
    if (forms.length > 0) this.files.push({ file: outcome.file, forms });
  }

  compare(): ComparedPair[] {
    return comparePairs(this.files);
  }
}

const at = (side: { file: string; form: number } | null) => (side ? { file: side.file, form: side.form } : null);

export function pairLine(pair: ComparedPair): PairLine {
  const project = pair.self?.record.project.name ?? pair.target?.record.project.name ?? null;
  return { pair: { target: at(pair.target), self: at(pair.self) }, project, messages: pair.messages };
}

const formName = (side: { form: number; record: FormRecord }) => side.record.attachment || `form ${side.form + 1}`;
/** The target form's cell as messageText prints the self-evaluation's: [table 1, row 14, col 6], counted from 1. */
const place = (cell: CellRef | undefined) => (cell ? ` [table ${cell.table + 1}, row ${cell.row + 1}, col ${cell.col + 1}]` : "");

/** The pairs' part of the summary on stderr: the counts, then up to LISTED messages, one a line. */
export function pairSummary(pairs: readonly ComparedPair[]): string {
  const paired = pairs.filter((p) => p.target && p.self);
  const messages = paired.flatMap((p) => p.messages.map((m) => ({ p, m })));
  const targetsAlone = pairs.filter((p) => !p.self).length;
  const selvesAlone = pairs.filter((p) => !p.target).length;
  const lines = [
    `pairs: ${plural(paired.length, "target form")} paired with a self-evaluation form, ${plural(messages.length, "change")} (in the counts above);`
      + ` unpaired: ${plural(targetsAlone, "target form")}, ${plural(selvesAlone, "self-evaluation form")}`,
  ];
  for (const { p, m } of messages.slice(0, LISTED)) {
    const self = p.self!;
    const target = p.target!;
    const where = [self.file, formName(self), ...(m.path ? [pathForPeople(m.path)] : [])].join(":");
    const theirs = [target.file, formName(target), ...(m.related?.path ? [pathForPeople(m.related.path)] : [])].join(":");
    lines.push(`  ${where} ${messageText(m, "en")} (target form: ${theirs}${place(m.related?.cell)})`);
  }
  if (messages.length > LISTED) lines.push(`  … and ${messages.length - LISTED} more`);
  return lines.join("\n") + "\n";
}
