/**
 * Which kind a located form is. Every form table is a project form for now; the kind's title
 * and header rows decide once several kinds are read.
 */
import type { Message } from "../model/message";
import { KIND_SPECS } from "./kinds";
import type { KindSpec } from "./kinds/types";
import type { LocatedForm } from "./locate";

export function classify(_form: LocatedForm, _formIndex: number, _messages: Message[]): KindSpec {
  return KIND_SPECS["project-self-evaluation"]!;
}
