/** Rows after the indicators: 评价结论, 存在问题, 改进措施, 说明 …, each a label and its text to the right. */
import { LENGTH_HINT, NOTES_LABELS } from "../../model/labels";
import { isLabel } from "../rows";
import type { SectionReader } from "./state";

export const notesSection: SectionReader = {
  name: "notes",
  labelled(view, state, ctx) {
    let read = false;
    for (const l of NOTES_LABELS) {
      const i = view.distinct.findIndex((d) => d.cell.text.length < 40 && !ctx.used.has(d.cell) && isLabel(d.cell, l));
      if (i < 0) continue;
      const value = view.distinct[i + 1]?.cell;
      if (!value) continue;
      read = true;
      ctx.label(view.distinct[i].cell);
      if (LENGTH_HINT.test(value.text)) {
        // A printed instruction left in the cell ("…（200字以内）") is no answer: the field stays null.
        ctx.label(value);
        ctx.extras.push({ text: value.text, note: `notes.${l.key}: printed hint text`, cell: ctx.ref(value) });
        ctx.info("HINT_TEXT", `notes.${l.key} holds the form's printed hint, not a value; the field is null and the hint is kept in extras.`,
          `notes.${l.key} 中是表格印好的填写提示而非内容：该字段为空，提示保留在 extras 中。`, value, `notes.${l.key}`);
        continue;
      }
      state.body.notes[l.key] = ctx.text(value, `notes.${l.key}`);
    }
    if (read) {
      state.found.add("notes");
      // The indicator rows are over: a 说明 row is no indicator.
      state.columns.indicators = null;
    }
    return read;
  },
};
