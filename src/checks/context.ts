import type { MessageCode } from "../model/codes";
import type { Message, Severity } from "../model/message";
import type { SelfEvaluationRecord as FormRecord } from "../model/record";
import { decimalToString, parseDecimal, type Decimal } from "../values";

/** What each rule gets: the record, and a way to emit a located message. */
export interface RuleContext<R = FormRecord> {
  record: R;
  emit(m: RuleMessage): void;
}

export interface RuleMessage {
  code: MessageCode;
  severity: Severity;
  message: string;
  messageZh: string;
  /** The record path the message is about; none for a message about the whole form. */
  path?: string;
  expected?: Decimal | string;
  actual?: Decimal | string;
}

export function makeContext<R extends { source?: { cells: Record<string, Message["cell"]> } } = FormRecord>(record: R, form: number | undefined, out: Message[]): RuleContext<R> {
  return {
    record,
    emit(m) {
      const cell = m.path === undefined ? undefined : record.source?.cells[m.path];
      out.push({
        code: m.code,
        severity: m.severity,
        message: m.message,
        messageZh: m.messageZh,
        ...(form === undefined ? {} : { form }),
        ...(m.path === undefined ? {} : { path: m.path }),
        ...(cell ? { cell } : {}),
        ...(m.expected === undefined ? {} : { expected: show(m.expected) }),
        ...(m.actual === undefined ? {} : { actual: show(m.actual) }),
      });
    },
  };
}

function show(v: Decimal | string): string {
  return typeof v === "string" ? v : decimalToString(v);
}

/** Record numbers are exact decimal text in a JS number; arithmetic happens on Decimals only. */
export function dec(n: number | null | undefined): Decimal | null {
  return n === null || n === undefined ? null : parseDecimal(n);
}

export function present<T>(list: readonly (T | null)[]): T[] {
  return list.filter((x): x is T => x !== null);
}
