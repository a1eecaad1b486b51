/**
 * The lines `jixiao validate` prints, one per message, the way a compiler does, so editors and grep
 * can jump to them:
 *
 *   in/a.docx:附件4-7:total.score error TOTAL_SCORE_MISMATCH 总分 score is 96 but … [table 7, row 19, col 8]
 *
 * Before a file's messages, one line names the kind of each of its forms, in runs of forms in document
 * order (a clean file too, so every form's kind is seen):
 *
 *   in/a.docx form 1: department-self-evaluation; forms 2-3: project-self-evaluation
 *
 * These are for people, so everything is counted from 1 as Word shows it: form 1 is the first form
 * of the file, table/row/col the first table, row and column, and a record path's positions are
 * written `indicators#8` for the 8th indicator. The JSON output and the library keep 0-based indices
 * (`form`, `cell`, `path`), as code expects.
 */
import { FORM_KINDS } from "../model/labels";
import type { Message } from "../model/message";
import type { FileOutcome } from "./outcome";
import type { Language } from "./summary";

interface Words {
  form(n: number): string;
  /** Forms first to last (1-based) of one kind, in a file's kinds line. */
  forms(first: number, last: number, kind: string): string;
  kindsJoiner: string;
  /** A kind's name: its key in English (as records carry it), its Chinese name (FORM_KINDS) in Chinese. */
  kind(key: string): string;
  severity: Record<Message["severity"], string>;
  failed: string;
  place(table: number, row: number, col: number): string;
  nested(row: number, col: number): string;
}

const KIND_NAMES = new Map<string, string>(FORM_KINDS.map((k) => [k.key, k.zh]));

const WORDS: Record<Language, Words> = {
  en: {
    form: (n) => `form ${n}`,
    forms: (first, last, kind) => `${first === last ? `form ${first}` : `forms ${first}-${last}`}: ${kind}`,
    kindsJoiner: "; ",
    kind: (key) => (KIND_NAMES.has(key) ? key : "unknown kind"),
    severity: { error: "error", warning: "warning", info: "info" },
    failed: "error",
    place: (table, row, col) => `table ${table}, row ${row}, col ${col}`,
    nested: (row, col) => `; nested table row ${row}, col ${col}`,
  },
  zh: {
    form: (n) => `第${n}张表`,
    forms: (first, last, kind) => `第${first === last ? first : `${first}-${last}`}张表：${kind}`,
    kindsJoiner: "；",
    kind: (key) => KIND_NAMES.get(key) ?? "类型不明",
    severity: { error: "错误", warning: "警告", info: "提示" },
    failed: "读取失败",
    place: (table, row, col) => `第${table}个表格，第${row}行，第${col}列`,
    nested: (row, col) => `；嵌套表格第${row}行，第${col}列`,
  },
};

/** A record path with its array positions counted from 1: indicators.7.score → indicators#8.score. */
export function pathForPeople(path: string): string {
  return path.replace(/\.(\d+)(?=\.|$)/g, (_, n: string) => `#${Number(n) + 1}`);
}

function place(m: Message, words: Words): string {
  if (!m.cell) return "";
  const { table, row, col, nested } = m.cell;
  return ` [${words.place(table + 1, row + 1, col + 1)}${nested ? words.nested(nested.row + 1, nested.col + 1) : ""}]`;
}

/** SEVERITY CODE text [place], in the language asked for. */
export function messageText(m: Message, language: Language): string {
  const words = WORDS[language];
  const text = language === "zh" && m.messageZh ? m.messageZh : m.message;
  return `${words.severity[m.severity]} ${m.code} ${text}${place(m, words)}`;
}

/** A form's kind key; a record checked from JSON may carry none (it fails the schema). */
const kindKey = (form: unknown) => {
  const kind = (form as { kind?: unknown } | undefined)?.kind;
  return typeof kind === "string" ? kind : "";
};

/** "form 1: department-self-evaluation; forms 2-3: project-self-evaluation": consecutive forms of a kind as one run. */
function kindsLine(file: string, forms: readonly unknown[], words: Words): string {
  const runs: { first: number; last: number; kind: string }[] = [];
  forms.forEach((form, i) => {
    const kind = kindKey(form);
    const run = runs.at(-1);
    if (run && run.kind === kind) run.last = i + 1;
    else runs.push({ first: i + 1, last: i + 1, kind });
  });
  return `${file} ${runs.map((r) => words.forms(r.first, r.last, words.kind(r.kind))).join(words.kindsJoiner)}`;
}

export function messageLines(outcome: FileOutcome, language: Language): string[] {
  const words = WORDS[language];
  const { file, forms, messages, error } = outcome;
  // A form of another kind than the project form says so after its name: 附件1(department-self-evaluation).
  const kindOf = (i: number) => {
    const kind = kindKey(forms[i]);
    return kind !== "" && kind !== "project-self-evaluation" ? `(${words.kind(kind)})` : "";
  };
  const formName = (i: number) => `${(forms[i] as { attachment?: unknown } | undefined)?.attachment || words.form(i + 1)}${kindOf(i)}`;
  const lines = messages.map((m) => {
    const where = [file, ...(m.form === undefined ? [] : [formName(m.form)]), ...(m.path ? [pathForPeople(m.path)] : [])].join(":");
    return `${where} ${messageText(m, language)}`;
  });
  if (error) lines.unshift(`${file} ${words.failed} ${error.code} ${error.message}`);
  if (forms.length > 0) lines.unshift(kindsLine(file, forms, words));
  return lines;
}
