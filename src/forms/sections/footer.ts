/**
 * The signature line under a form (单位负责人签字：… 填表人：… 联系电话：… 填报日期：…), as a
 * paragraph after the table or as a one-cell row of it.
 */
import { FOOTER_LABELS, LEADER_LABELS, normalizeLabel, type FooterKey } from "../../model/labels";
import type { ProjectRecord } from "../../model/record";
import { labelText } from "../rows";
import type { SectionReader } from "./state";

export type Footer = ProjectRecord["footer"];

export function emptyFooter(): Footer {
  return { unitLeader: null, filler: null, phone: null, date: null, projectLeader: null, financeLeader: null, reportNo: null };
}

/** Whether a paragraph is the signature line under a form: at least two of its labels. */
export function isFooterLine(text: string): boolean {
  const n = normalizeLabel(text);
  return FOOTER_LABELS.filter((l) => l.synonyms.some((s) => n.includes(s))).length >= 2;
}

const DATE_PLACEHOLDER = /^[\s\u3000年月日]*$/;

/**
 * 单位负责人签字：张三  填表人：李四  联系电话：0743-1234567  填报日期：2021年1月5日
 * Each value is what stands between its label and the next label.
 */
export function readFooter(text: string): Footer {
  const found: { key: FooterKey; start: number; end: number }[] = [];
  for (const l of FOOTER_LABELS) {
    for (const zh of [l.zh, ...l.synonyms]) {
      const at = text.indexOf(zh);
      if (at >= 0 && !found.some((f) => at >= f.start && at < f.end)) {
        found.push({ key: l.key, start: at, end: at + zh.length });
        break;
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  const footer = emptyFooter();
  found.forEach((f, i) => {
    const next = found[i + 1]?.start ?? text.length;
    const value = text.slice(f.end, next).replace(/^[\s\u3000]*[:：]/, "").trim();
    footer[f.key] = value === "" || (f.key === "date" && DATE_PLACEHOLDER.test(value)) ? null : value;
  });
  return footer;
}

const FOOTER_SPELLINGS = FOOTER_LABELS.flatMap((l) => l.synonyms);

/**
 * A row of the table holding the signature line: one cell, or a cell per label starting with one
 * (单位负责人签字：… | 填表人：… | 联系电话：… | 填报日期：…).
 */
export const footerRow: SectionReader = {
  name: "footer",
  labelled({ distinct }, state, ctx) {
    // Asked of every row: a row of several cells only when its first cell starts with a footer label.
    if (distinct.length > 1 && !FOOTER_SPELLINGS.some((s) => labelText(distinct[0].cell).startsWith(s))) return false;
    const cells = distinct.map((d) => d.cell).filter((c) => !ctx.used.has(c) && c.text.trim() !== "");
    const text = cells.map((c) => c.text.trim()).join(" ");
    if (cells.length === 0 || !isFooterLine(text)) return false;
    state.footer = readFooter(text);
    cells.forEach(ctx.label);
    return true;
  },
};

/** A row whose every filled cell is "项目负责人:…" or "财务负责人:…". */
export const leaderRow: SectionReader = {
  name: "footer",
  labelled({ distinct }, state, ctx) {
    const filled = distinct.filter((d) => d.cell.text.trim() !== "" && !ctx.used.has(d.cell));
    if (filled.length === 0) return false;
    const read = filled.map((d) => {
      const n = normalizeLabel(d.cell.text);
      const l = LEADER_LABELS.find((x) => x.synonyms.some((s) => n.startsWith(s)));
      return l ? { l, cell: d.cell } : null;
    });
    if (read.some((r) => r === null)) return false;
    for (const r of read) {
      const value = r!.cell.text.trim().replace(/^[^:：]*[:：]/, "").trim();
      state.leaders[r!.l.key] = value === "" ? null : value;
      ctx.take(r!.cell, `footer.${r!.l.key}`);
    }
    return true;
  },
};
