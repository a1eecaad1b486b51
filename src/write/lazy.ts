/**
 * The writer behind a dynamic import, for the browser build: the docx package is most of the
 * writer's weight, and a page that only reads forms should not download it.
 */
import type { FormRecordInput } from "../model/record";
import type { WriteOptions, WriteResult } from "./document";

export async function writeDocxWithMessages(forms: FormRecordInput | FormRecordInput[], options: WriteOptions = {}): Promise<WriteResult> {
  return (await import("./document")).writeDocxWithMessages(forms, options);
}

export async function writeDocx(forms: FormRecordInput | FormRecordInput[], options: WriteOptions = {}): Promise<Uint8Array> {
  return (await import("./document")).writeDocx(forms, options);
}
