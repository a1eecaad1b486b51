/**
 * The rows on top of a target form: 项目名称 / 项目属性 / 主管部门 / 主管部门编码 / 项目单位 /
 * 项目负责人 / 联系电话 / 项目起止时间 (each value the cell to the right), 填报单位 in a row of the
 * table, 项目概况, the three 立项情况 rows, the 审核意见 rows, and any other label / value row
 * (单位职能概述, 项目类型 …), which goes to `fields`.
 */
import { EMPTY_BOX_MARKS, normalizeLabel, withoutLabelSuffix, type TargetProjectKey, TARGET_BASIS_LABEL, TARGET_BASIS_LABELS, TARGET_FILLING_UNIT_PATTERN, TARGET_OVERVIEW_LABEL, TARGET_PROJECT_LABELS, TARGET_REVIEW_SUFFIX, TICKED_MARKS } from "../../model/labels";
import type { RowCell } from "../rows";
import { isFooterLine, readFooter } from "./footer";
import type { ReadContext, RowView } from "./context";
import type { SectionReader } from "./state";
import { findTarget, rightOf, printedLabel, readFieldPairs, targetLabelText, targetOf, textOrHint, type TargetParts } from "./target-state";

const MARKS = new RegExp(`[${TICKED_MARKS}${EMPTY_BOX_MARKS}]`, "gu");
const HAS_MARK = new RegExp(`[${TICKED_MARKS}${EMPTY_BOX_MARKS}]`, "u");

/**
 * 项目属性 printed as boxes ("新增项目□ 延续项目√", "☑新增项目 □延续项目"): the one ticked option,
 * without a leading "1、". No box ticked is no value (null): the options are the form's printed text,
 * as on a blank form. More than one ticked is kept as the cell's text, for a person to decide.
 */
export function tickedOption(text: string): string | null {
  const trimmed = text.trim();
  const marks = [...trimmed.matchAll(MARKS)];
  if (marks.length === 0) return trimmed;
  if (marks.every((m) => EMPTY_BOX_MARKS.includes(m[0]))) return null;
  const before = marks[0].index === 0;
  const options = trimmed.split(MARKS).map((s) => s.trim());
  // Marks after their option: option i ends at mark i; marks before: option i follows mark i.
  const ticked = marks.flatMap((m, i) => (TICKED_MARKS.includes(m[0]) ? [options[before ? i + 1 : i]] : [])).filter((o) => o);
  return ticked.length === 1 ? ticked[0].replace(/^\d+[、.．]\s*/, "") : trimmed;
}

/** 项目负责人及电话 "王丽 0731-8888123": the name and the number. */
const LEADER_AND_PHONE = /^(.*?)[\s,，、/]*((?:\d{3,4}-)?\d{7,8}|1\d{10})$/s;

/** The cell between the two dates of a 项目起止时间 printed in three cells. */
const PERIOD_JOINER = /^\s*(?:至|到|—+|-|~|～)\s*$/;

const isProjectLabel = (d: RowCell) => TARGET_PROJECT_LABELS.some((l) => findTarget([d], l) !== undefined);

/** "项目属性：新增项目□ 延续项目√" — a label and its value in one cell: the label's key and the value. */
function inlineField(text: string): { key: TargetProjectKey; value: string } | null {
  const m = /^([^:：]{2,12})[:：](.*)$/s.exec(text.trim());
  if (!m) return null;
  const name = withoutLabelSuffix(normalizeLabel(m[1]));
  const l = TARGET_PROJECT_LABELS.find((x) => x.synonyms.includes(name));
  return l ? { key: l.key, value: m[2].trim() } : null;
}

function readProject(view: RowView, target: TargetParts, ctx: ReadContext): boolean {
  let read = false;
  for (const d of view.distinct) {
    const field = ctx.used.has(d.cell) ? null : inlineField(d.cell.text);
    if (!field) continue;
    read = true;
    ctx.take(d.cell, `project.${field.key}`);
    target.project[field.key] = field.value === "" ? null : field.key === "attribute" ? tickedOption(field.value) : field.value;
  }
  for (const l of TARGET_PROJECT_LABELS) {
    const i = view.distinct.findIndex((d) => !ctx.used.has(d.cell) && findTarget([d], l) !== undefined);
    if (i < 0) continue;
    read = true;
    ctx.label(view.distinct[i].cell);
    // The value is the next cell, unless that is the next label (a value left out of the layout).
    const next = view.distinct[i + 1];
    const value = next && !ctx.used.has(next.cell) && !isProjectLabel(next) ? next.cell : undefined;
    const path = `project.${l.key}`;
    const range = l.key === "period" ? view.distinct.slice(i + 1, i + 4).map((d) => d.cell) : [];
    if (range.length === 3 && PERIOD_JOINER.test(range[1].text) && range.every((c) => !ctx.used.has(c))) {
      // 项目起止时间 | 2021年1月 | 至 | 2021年12月: the three cells joined.
      range.forEach((c) => ctx.take(c, path));
      ctx.cells[path] = ctx.ref(range[0]);
      target.project.period = range.map((c) => c.text.trim()).join(" ");
      continue;
    }
    if (l.key === "attribute") {
      // The options may stand in a cell each (新增项目□ | 延续项目√): the boxed cells after the label, joined.
      const options = value ? [value] : [];
      for (const d of view.distinct.slice(i + 2)) {
        if (ctx.used.has(d.cell) || !HAS_MARK.test(d.cell.text)) break;
        options.push(d.cell);
      }
      options.forEach((c) => ctx.take(c, path));
      if (value) ctx.cells[path] = ctx.ref(value);
      const text = options.map((c) => c.text.trim()).filter(Boolean).join(" ");
      target.project.attribute = text ? tickedOption(text) : null;
      continue;
    }
    const text = textOrHint(ctx, value, path);
    const split = l.key === "leader" && targetLabelText(view.distinct[i].cell).endsWith("电话") ? LEADER_AND_PHONE.exec(text ?? "") : null;
    if (split && split[1].trim()) {
      target.project.leader = split[1].trim();
      target.project.phone = split[2];
      ctx.cells["project.phone"] = ctx.ref(value!);
    } else target.project[l.key] = text;
  }
  return read;
}

/** The unit rows, 项目概况, 立项依据 / 可行性 / 必要性 and 填报单位; other pairs on the same rows go to `fields`. */
export const targetProjectRows: SectionReader = {
  name: "unit",
  labelled(view, state, ctx) {
    const target = targetOf(state);
    if (target.mode === "indicators") return false;
    const filling = view.distinct.length === 1 ? TARGET_FILLING_UNIT_PATTERN.exec(view.distinct[0].cell.text.trim()) : null;
    if (filling && !ctx.used.has(view.distinct[0].cell)) {
      target.fillingUnit = { text: view.distinct[0].cell.text.trim(), cell: ctx.ref(view.distinct[0].cell) };
      ctx.label(view.distinct[0].cell);
      return true;
    }
    let read = readProject(view, target, ctx);
    if (read) state.found.add("unit");
    const overview = findTarget(view.distinct, TARGET_OVERVIEW_LABEL, ctx.used);
    if (overview) {
      ctx.label(overview.cell);
      target.overview = textOrHint(ctx, rightOf(view.distinct, overview), "overview");
      read = true;
    }
    for (const l of TARGET_BASIS_LABELS) {
      const d = findTarget(view.distinct, l, ctx.used);
      if (!d) continue;
      ctx.label(d.cell);
      target.basis[l.key] = textOrHint(ctx, rightOf(view.distinct, d), `basis.${l.key}`);
      read = true;
    }
    if (!read) return false;
    const block = findTarget(view.distinct, TARGET_BASIS_LABEL);
    if (block) ctx.label(block.cell);
    target.mode = null;
    readFieldPairs(view.distinct.map((d) => d.cell).filter((c) => !ctx.used.has(c)), target, ctx);
    return true;
  },
};

/** 主管部门审核意见 | text, 财政部门审核意见 | text …: each a `review` entry; a bare 审核意见 block label is only a label. */
export const targetReviewRows: SectionReader = {
  name: "notes",
  labelled(view, state, ctx) {
    const target = targetOf(state);
    const labels = view.distinct.filter((d) => !ctx.used.has(d.cell) && d.cell.text.length < 30 && targetLabelText(d.cell).endsWith(TARGET_REVIEW_SUFFIX));
    if (labels.length === 0) return false;
    for (const d of labels) {
      ctx.label(d.cell);
      const label = printedLabel(d.cell.text);
      if (label === TARGET_REVIEW_SUFFIX && d.cell.rowSpan > 1) continue;
      const value = rightOf(view.distinct, d);
      const fresh = value && !ctx.used.has(value) && !targetLabelText(value).endsWith(TARGET_REVIEW_SUFFIX) ? value : null;
      target.review.push({ label, text: textOrHint(ctx, fresh, `review.${target.review.length}.text`) });
    }
    target.mode = null;
    return true;
  },
};

/** The signature line printed across the cells of a row (填报人 | 刘芳 | 填报日期 | 2021年1月8日). */
export const targetFooterCells: SectionReader = {
  name: "footer",
  labelled(view, state, ctx) {
    const cells = view.distinct.map((d) => d.cell).filter((c) => !ctx.used.has(c));
    const text = cells.map((c) => c.text.trim()).join(" ");
    if (cells.length < 2 || !isFooterLine(text)) return false;
    state.footer = readFooter(text);
    cells.forEach(ctx.label);
    targetOf(state).mode = null;
    return true;
  },
};

/** Any other row outside the sub-tables: label, value, label, value … → `fields`. */
export const targetFieldRows: SectionReader = {
  name: "header",
  continued(view, state, ctx) {
    const target = targetOf(state);
    const cells = view.distinct.map((d) => d.cell).filter((c) => !ctx.used.has(c));
    if (cells.length < 2) return false;
    target.mode = null;
    readFieldPairs(cells, target, ctx);
    return true;
  },
};
