/** Every kind the reader reads, by its `kind` name. */
import type { FormKind } from "../../model/labels";
import { departmentKind } from "./department";
import { indicatorTableKind } from "./indicator-table";
import { projectKind } from "./project";
import { targetKind } from "./target";
import { transferKind } from "./transfer";
import type { KindSpec } from "./types";

export const KIND_SPECS: Readonly<Record<FormKind, KindSpec>> = {
  "project-self-evaluation": projectKind,
  "department-self-evaluation": departmentKind,
  "transfer-self-evaluation": transferKind,
  "project-target": targetKind,
  "indicator-table": indicatorTableKind,
};
