import type { Message } from "../model/message";
import type { FormRecord } from "../model/record";
import { classify } from "./classify";
import type { LocatedForm } from "./locate";
import { readForm } from "./read";

/** A located form → its record (read as the kind it is classified as), with messages for anything missing. */
export function buildRecord(form: LocatedForm, formIndex: number, messages: Message[]): FormRecord {
  return readForm(form, classify(form, formIndex, messages), formIndex, messages);
}
