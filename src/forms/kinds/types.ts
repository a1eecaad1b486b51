/**
 * A kind of form, described as data: the titles that name it, the section readers it is read
 * with (in the order they claim a row), the sections it must have, and how the parts read become
 * its record. Adding a kind is one file here plus its labels in model/labels.ts.
 */
import type { FormKind } from "../../model/labels";
import type { CellRef } from "../../model/message";
import type { Extra, FormRecord } from "../../model/record";
import type { Footer } from "../sections/footer";
import type { HeaderInfo } from "../sections/header";
import type { FormState, SectionName, SectionReader } from "../sections/state";

/** What the readers produced for one form, handed to the kind to assemble its record. */
export interface ReadParts {
  state: FormState;
  header: HeaderInfo;
  footer: Footer;
  extras: Extra[];
  source: { tables: number[]; cells: Record<string, CellRef> };
  /** The lines above the table (a target form's 填报单位 stands there). */
  before: readonly string[];
}

export interface KindSpec {
  kind: FormKind;
  /** The section readers, in the order they are offered each row. */
  sections: readonly SectionReader[];
  /** Sections the form must have: a MISSING_SECTION error names each one not found. */
  required: readonly { section: SectionName; path: string; zh: string }[];
  build(parts: ReadParts): FormRecord;
}
