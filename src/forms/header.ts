import {
  ATTACHMENT_PATTERN, FOOTER_LABELS, TITLE_PATTERN, TITLE_SUFFIX, YEAR_PATTERN, normalizeLabel,
  type FooterKey,
} from "../model/labels";
import { compact } from "./cells";

export interface HeaderInfo {
  attachment: string | null;
  title: string | null;
  level: string | null;
  year: number | null;
}

export type Footer = Record<FooterKey, string | null>;

export function emptyHeader(): HeaderInfo {
  return { attachment: null, title: null, level: null, year: null };
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
    into.year = Number(year[1]);
    return true;
  }
  if (n.includes(TITLE_SUFFIX)) {
    into.title = compact(line);
    const level = TITLE_PATTERN.exec(into.title)?.[1];
    into.level = level ? level : null;
    return true;
  }
  return false;
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
  const footer: Footer = { unitLeader: null, filler: null, phone: null, date: null };
  found.forEach((f, i) => {
    const next = found[i + 1]?.start ?? text.length;
    const value = text.slice(f.end, next).replace(/^[\s\u3000]*[:：]/, "").trim();
    footer[f.key] = value === "" || (f.key === "date" && DATE_PLACEHOLDER.test(value)) ? null : value;
  });
  return footer;
}
