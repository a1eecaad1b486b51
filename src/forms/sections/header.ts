/**
 * The header of a form: the lines above its table (附件4-1：, the title, （2020年度）), which may
 * also stand in a one-cell row on top of the table, and the unit rows (项目支出名称 / 主管部门 /
 * 实施单位 and the like), whose value is the cell to the right of the label.
 */
import {
  ATTACHMENT_LEAD, ATTACHMENT_PATTERN, FORM_KINDS, HEADER_SCORE_LABEL, TITLE_LEVEL_PATTERN, TITLE_PATTERN, TITLE_YEAR_PATTERN, YEAR_PATTERN, normalizeLabel,
  type FormKind, type Label,
} from "../../model/labels";
import { compact, readNumber } from "../cells";
import { isLabel } from "../rows";
import type { SectionReader } from "./state";

export type { Footer } from "./footer";

export interface HeaderInfo {
  attachment: string | null;
  title: string | null;
  level: string | null;
  year: number | null;
}

export function emptyHeader(): HeaderInfo {
  return { attachment: null, title: null, level: null, year: null };
}

/** The line without a 附件1 printed in front of the title on the same line, which goes to `attachment`. */
function withoutAttachment(line: string, into: HeaderInfo): string {
  const lead = ATTACHMENT_LEAD.exec(line);
  if (!lead) return line;
  into.attachment = compact(lead[1]);
  return line.slice(lead[0].length);
}

/** A title line as printed, whitespace removed, without its 附件 and its year, which go to `into`. */
function printedTitle(line: string, into: HeaderInfo): string {
  const printed = compact(withoutAttachment(line, into));
  const inTitle = TITLE_YEAR_PATTERN.exec(printed);
  if (inTitle) into.year = Number(inTitle[1] ?? inTitle[2] ?? inTitle[3]);
  return printed.replace(TITLE_YEAR_PATTERN, "");
}

/**
 * Reads one line of the lines above a form (附件4-1：, the title, （2020年度）) into `into`.
 * Returns whether the line was one of them.
 */
export function readHeaderLine(line: string, into: HeaderInfo): boolean {
  const n = normalizeLabel(line);
  if (n === "") return false;
  const attachment = ATTACHMENT_PATTERN.exec(n);
  if (attachment) {
    into.attachment = attachment[1];
    return true;
  }
  const year = YEAR_PATTERN.exec(n);
  if (year) {
    into.year = Number(year[1] ?? year[2]);
    return true;
  }
  const kind = titleKind(n);
  if (kind) {
    // 2020年度项目支出绩效自评表 / 部门预算项目支出绩效自评表（2023年度）: the year is a field, not part of the title.
    into.title = printedTitle(line, into);
    const level = (kind === "project-self-evaluation" ? TITLE_PATTERN : TITLE_LEVEL_PATTERN).exec(into.title)?.[1];
    into.level = level ? level : null;
    return true;
  }
  return false;
}

/** A title of a table whose kind is not modelled: kept as printed, its year taken out. */
export function readTableTitle(line: string, into: HeaderInfo): void {
  into.title = printedTitle(line, into);
  into.level = TITLE_LEVEL_PATTERN.exec(into.title)?.[1] ?? null;
}

/** Kind names, longest first: 部门整体支出绩效自评表 is tried before the names it contains. */
const KIND_NAMES = FORM_KINDS.flatMap((k) => k.synonyms.map((name) => ({ name, kind: k.key }))).sort((a, b) => b.name.length - a.name.length);

/** The kind a title line names (compared after normalizeLabel), or null. */
export function titleKind(normalized: string): FormKind | null {
  return KIND_NAMES.find((k) => normalized.includes(k.name))?.kind ?? null;
}

/**
 * The lines above a form, a title broken by hand over two lines (2023年度部门整体支出 / 绩效自评表)
 * joined into one: two lines that name a kind together and neither alone.
 */
export function joinBrokenTitle(lines: readonly string[]): string[] {
  const names = (text: string) => titleKind(normalizeLabel(text)) !== null;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [line, next] = [lines[i], lines[i + 1]];
    if (next !== undefined && !names(line) && !names(next) && names(line + next)) {
      out.push(line.trimEnd() + next.trimStart());
      i++;
    } else out.push(line);
  }
  return out;
}

/** Title lines inside the table: a row that is one cell, holding only 附件 / title / year lines. */
export const titleRows: SectionReader = {
  name: "header",
  labelled({ distinct }, state, ctx) {
    if (distinct.length !== 1 || ctx.used.has(distinct[0].cell)) return false;
    const lines = distinct[0].cell.text.split("\n");
    if (!lines.some((l) => l.trim()) || !lines.every((l) => !l.trim() || readHeaderLine(l, state.header))) return false;
    ctx.label(distinct[0].cell);
    return true;
  },
};

/**
 * The unit rows of a kind: each label's value is the next cell to the right; `path` names the record
 * part. A `fallbacks` label fills its field only on a form that prints no label of its own for it
 * (主管部门 names the department when no 部门 row does): met after the field's own label it is not
 * read, and the field's own label met after it sends the fallback's cells back to extras.
 */
export function unitRows(path: string, labels: readonly Label[], fallbacks: readonly Label[] = []): SectionReader {
  return {
    name: "unit",
    labelled({ distinct }, state, ctx) {
      let read = false;
      for (const l of labels) {
        const i = distinct.findIndex((d) => isLabel(d.cell, l));
        if (i < 0) continue;
        read = true;
        ctx.label(distinct[i].cell);
        for (const held of state.unitFallbacks[l.key] ?? []) ctx.used.delete(held);
        delete state.unitFallbacks[l.key];
        state.unit[l.key] = ctx.text(distinct[i + 1]?.cell, `${path}.${l.key}`);
        state.unitLabels[l.key] = distinct[i].cell.text;
      }
      for (const l of fallbacks) {
        const i = distinct.findIndex((d) => isLabel(d.cell, l) && !ctx.used.has(d.cell));
        if (i < 0 || state.unit[l.key] !== undefined) continue;
        read = true;
        const [labelCell, value] = [distinct[i].cell, distinct[i + 1]?.cell];
        ctx.label(labelCell);
        state.unit[l.key] = ctx.text(value, `${path}.${l.key}`);
        state.unitFallbacks[l.key] = value ? [labelCell, value] : [labelCell];
      }
      if (read) state.found.add("unit");
      // 自评总分(分) | 97.6 beside the unit fields: the form's score, given to total.score by the reader
      // when no total row gives one. Only a number right of it counts: an indicator header prints 自评得分 too.
      const i = distinct.findIndex((d) => isLabel(d.cell, HEADER_SCORE_LABEL));
      const value = distinct[i + 1]?.cell;
      if (i >= 0 && value && readNumber(value.text).value !== null) {
        ctx.label(distinct[i].cell);
        ctx.label(value);
        state.headerScore = { value: readNumber(value.text).value!, cell: value };
        return true;
      }
      return read;
    },
  };
}
