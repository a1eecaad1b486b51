/** Every kind the reader knows, by its `kind` name. */
import type { FormKind } from "../../model/labels";
import { projectKind } from "./project";
import type { KindSpec } from "./types";

export const KIND_SPECS: Partial<Record<FormKind, KindSpec>> = {
  "project-self-evaluation": projectKind,
};
