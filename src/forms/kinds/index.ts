/** Every kind the reader reads, by its `kind` name. project-target is a name only: not read yet. */
import type { FormKind } from "../../model/labels";
import { departmentKind } from "./department";
import { indicatorTableKind } from "./indicator-table";
import { projectKind } from "./project";
import { transferKind } from "./transfer";
import type { KindSpec } from "./types";

export const KIND_SPECS: Readonly<Record<Exclude<FormKind, "project-target">, KindSpec>> = {
  "project-self-evaluation": projectKind,
  "department-self-evaluation": departmentKind,
  "transfer-self-evaluation": transferKind,
  "indicator-table": indicatorTableKind,
};
