/**
 * A temporary folder as a user's archive looks: good forms (copies of the fixtures), a legacy
 * .doc, a damaged and an empty .docx, a .docx holding no form, a text file and a Word lock file.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURES, fixture } from "../helpers/fixtures";
import { docxOf, para } from "../helpers/ooxml";

/** The documents in the order the command must give them: directories are walked in name order. */
export const DOCUMENTS = [
  { file: "a-single.docx", forms: 1 },
  { file: "b-seed.docx", forms: 11 },
  { file: "c-legacy.doc", forms: 11 },
  { file: "d-damaged.docx", forms: 0, error: "BAD_ZIP" },
  { file: "e-empty.docx", forms: 0, error: "EMPTY_INPUT" },
  { file: "f-minutes.docx", forms: 0, error: "NO_FORM" },
  { file: "sub/g-split.docx", forms: 1 },
] as const;

export const SKIPPED = ["notes.txt", "~$a-single.docx"];

export function makeArchive(): string {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-cli-test-"));
  const copy = (name: string, to: string) => copyFileSync(join(FIXTURES, name), join(dir, to));
  copy("single-form-libreoffice.docx", "a-single.docx");
  copy("seed-python-docx.docx", "b-seed.docx");
  copy("seed-libreoffice.doc", "c-legacy.doc");
  // A download cut short: the zip's central directory at the end is missing.
  const whole = fixture("single-form-python-docx.docx");
  writeFileSync(join(dir, "d-damaged.docx"), whole.subarray(0, Math.floor(whole.length / 2)));
  writeFileSync(join(dir, "e-empty.docx"), new Uint8Array());
  writeFileSync(join(dir, "f-minutes.docx"), docxOf(para("会议纪要") + para("本次会议讨论了年度预算。")));
  writeFileSync(join(dir, "notes.txt"), "not a form\n");
  writeFileSync(join(dir, "~$a-single.docx"), "owner file");
  mkdirSync(join(dir, "sub"));
  copy("split-table-python-docx.docx", "sub/g-split.docx");
  return dir;
}
