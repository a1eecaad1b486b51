/**
 * What the three self-evaluation kinds share: the same section readers (title rows, signature row,
 * the kind's unit rows, funds, goal, indicators, total, notes) and the same required sections. A kind
 * differs by its unit labels and the record part they fill.
 */
import { GOAL_LABEL, INDICATORS_LABEL, PRINT_FORMS, TOTAL_LABEL, type Label } from "../../model/labels";
import { footerRow, leaderRow } from "../sections/footer";
import { fundsSection } from "../sections/funds";
import { goalSection } from "../sections/goal";
import { titleRows, unitRows } from "../sections/header";
import { indicatorSection } from "../sections/indicators";
import { notesSection } from "../sections/notes";
import type { SectionReader } from "../sections/state";
import { totalSection } from "../sections/totals";
import type { KindSpec } from "./types";

export function selfEvaluationSections(unitPath: string, unitLabels: readonly Label[], fallbacks: readonly Label[] = []): SectionReader[] {
  return [titleRows, footerRow, leaderRow, unitRows(unitPath, unitLabels, fallbacks), fundsSection, goalSection, indicatorSection, totalSection, notesSection];
}

/** The sections every self-evaluation form must have, the unit rows named by its labels. */
export function selfEvaluationRequired(unitPath: string, unitLabels: readonly Label[], withTotal = true): KindSpec["required"] {
  return [
    { section: "unit", path: unitPath, zh: unitLabels.map((l) => l.zh).join(" / ") },
    { section: "funds", path: "funds", zh: PRINT_FORMS.fundsLabel(null) },
    { section: "goal", path: "goal", zh: GOAL_LABEL.zh },
    { section: "indicators", path: "indicators", zh: INDICATORS_LABEL.zh },
    ...(withTotal ? [{ section: "total" as const, path: "total", zh: TOTAL_LABEL.zh }] : []),
  ];
}
