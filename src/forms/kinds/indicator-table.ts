/**
 * Any other table of indicators (scoring tables, the 绩效目标表 not read as its own kind yet, a
 * form nothing classifies): title, fields, the indicator columns as printed, the rows, the total.
 */
import type { FormRecord } from "../../model/record";
import { titleRows } from "../sections/header";
import { tableHeader, tableRows, tableTotal } from "../sections/table";
import type { KindSpec } from "./types";

export const indicatorTableKind: KindSpec = {
  kind: "indicator-table",
  // No signature row: the record has no footer, so such a row stays in fields / extras.
  sections: [titleRows, tableHeader, tableTotal, tableRows],
  required: [],
  build({ state, header, extras, source }): FormRecord {
    const { fields, columns, indicators, total } = state.table;
    return { kind: "indicator-table", ...header, fields, columns, indicators, total, extras, source };
  },
};
