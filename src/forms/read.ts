/**
 * Reads one located form as the kind it was classified as: each row is offered to the kind's
 * section readers (first by their labels, then as a row under a section's column labels), the
 * cells nobody used go to extras, and the kind assembles its record.
 */
import type { Message } from "../model/message";
import { REPORT_NO_PATTERN, TITLE_LEVEL_PATTERN } from "../model/labels";
import { emptyNotes, type FormRecord } from "../model/record";
import type { KindSpec } from "./kinds/types";
import type { LocatedForm } from "./locate";
import { readContext, rowView, type ReadContext } from "./sections/context";
import { emptyFooter, readFooter } from "./sections/footer";
import { emptyHeader, joinBrokenTitle, readHeaderLine, readTableTitle } from "./sections/header";
import { keepLeftovers } from "./sections/leftovers";
import type { FormState } from "./sections/state";
import { rowsOf } from "./rows";

export function emptyState(): FormState {
  return {
    unit: {},
    unitFallbacks: {},
    unitLabels: {},
    body: {
      funds: {
        unit: null,
        total: { initial: null, annual: null, executed: null, weight: null, rate: null, score: null },
        appropriation: { initial: null, annual: null, executed: null, rate: null },
        carryover: { initial: null, annual: null, executed: null, rate: null },
        other: { initial: null, annual: null, executed: null, rate: null },
        more: [],
        method: null,
        reason: null,
      },
      goal: { expected: null, adjusted: null, actual: null },
      indicators: [],
      total: { weight: null, score: null },
      notes: emptyNotes(),
    },
    header: emptyHeader(),
    footer: null,
    leaders: {},
    found: new Set(),
    columns: { funds: null, fundsText: null, goal: null, indicators: null, indicatorText: null, indicatorMore: null },
    fundsLabelWeight: null,
    headerScore: null,
    previous: null,
    continued: new Set(),
    table: { fields: [], columns: [], indicators: [], total: { weight: null, score: null }, at: null, roles: {}, above: null },
  };
}

export function readForm(form: LocatedForm, spec: KindSpec, formIndex: number, messages: Message[]): FormRecord {
  const rows = form.tables.flatMap((t) => rowsOf(t.index, t.grid));
  const ctx = readContext(rows, formIndex, messages);
  const state = emptyState();
  for (const row of rows) {
    const view = rowView(row, ctx.used);
    if (spec.sections.some((s) => s.labelled?.(view, state, ctx))) continue;
    spec.sections.some((s) => s.continued?.(view, state, ctx));
  }
  keepLeftovers(rows, ctx);
  useHeaderScore(state, ctx);

  // The lines above the table, then what the table's own title rows say (they win).
  const header = emptyHeader();
  for (const l of joinBrokenTitle(form.before.flatMap((line) => line.split("\n")))) readHeaderLine(l, header);
  const inTable = state.header;
  if (inTable.attachment !== null) header.attachment = inTable.attachment;
  if (inTable.title !== null) [header.title, header.level] = [inTable.title, inTable.level];
  if (inTable.year !== null) header.year = inTable.year;
  // A table of a kind not modelled has no project title pattern: its level is only a 县级 / 州级 … that starts its title.
  if (spec.kind === "indicator-table" && header.title !== null) header.level = TITLE_LEVEL_PATTERN.exec(header.title)?.[1] ?? null;
  if (spec.kind === "indicator-table" && header.title === null) {
    // A table of a kind not modelled: its title is the nearest line above it naming a table (…表).
    const line = [...form.before].reverse().find((l) => /表[)）]?$/.test(l.trim()) && l.trim().length <= 60);
    if (line) readTableTitle(line, header);
  }
  const footer = { ...(state.footer ?? (form.footer ? readFooter(form.footer) : emptyFooter())), ...state.leaders };
  const reportNo = form.before.map((l) => REPORT_NO_PATTERN.exec(l.trim())).find(Boolean);
  if (reportNo) footer.reportNo = reportNo[1].trim();

  const record = spec.build({ state, header, footer, extras: ctx.extras, source: { tables: form.tables.map((t) => t.index), cells: ctx.cells }, before: form.before });
  for (const m of spec.required) {
    if (state.found.has(m.section)) continue;
    messages.push({
      code: "MISSING_SECTION", severity: "error", form: formIndex, path: m.path,
      message: `Form ${formIndex + 1}${record.attachment ? ` (${record.attachment})` : ""}: the ${m.zh} section was not found; its fields are null.`,
      messageZh: `第${formIndex + 1}张表缺少「${m.zh}」部分，相应字段为空。`,
    });
  }
  return record;
}

/**
 * 自评总分 printed in the header: the form's score when no total row gives one (that row is then not
 * missing); beside a total row that says otherwise, the total row wins and an info names both.
 */
function useHeaderScore(state: FormState, ctx: ReadContext): void {
  const printed = state.headerScore;
  if (!printed) return;
  const total = state.body.total;
  if (total.score === null) {
    total.score = printed.value;
    ctx.cells["total.score"] = ctx.ref(printed.cell);
    state.found.add("total");
    // Both numbers are read from printed decimals: compared as read, no arithmetic.
  } else if (total.score !== printed.value) {
    ctx.info("HEADER_SCORE", `The header's score ${printed.value} differs from the total row's ${total.score}; total.score is the total row's.`,
      `表头中的自评得分 ${printed.value} 与总分行得分 ${total.score} 不一致；total.score 取总分行的得分。`, printed.cell, "total.score");
  }
}
