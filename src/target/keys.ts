/**
 * What the two forms of one project are lined up by: project names, units and indicators, compared
 * after the differences of writing that change nothing (whitespace, full- or half-width characters
 * and brackets, ★ and 指标1： in front of an indicator, a category's known synonyms).
 */
import { INDICATOR_CATEGORIES, INDICATOR_NUMBER_PREFIX, LEVEL1_WEIGHT_PATTERN, PROJECT_NAME_SUFFIX, normalizeLabel } from "../model/labels";
import { foldWidth, stripFinalPunctuation } from "../values/text";

/** Text as compared: width folded, no whitespace, no colons, ASCII brackets. */
export function compact(text: string | null | undefined): string {
  return text ? normalizeLabel(foldWidth(text)) : "";
}

/**
 * A project's name as the two forms are paired by: compacted, without quotation marks (《》 “” 「」)
 * and without a final 项目 (村组道路硬化项目 is 村组道路硬化).
 */
export function projectKey(name: string | null): string {
  return compact(name).replace(/[《》〈〉“”‘’"'「」『』]/g, "").replace(PROJECT_NAME_SUFFIX, "");
}

/** ★ (a core indicator) and 指标1 / 指标1. in front of an indicator's name, in either order. */
const NAME_PREFIX = new RegExp(`^(?:[★☆*]+|${INDICATOR_NUMBER_PREFIX.source.slice(1)})`);

export function indicatorNameKey(name: string | null): string {
  // 符合采购要求。 and 符合采购要求 are one name.
  let key = stripFinalPunctuation(compact(name));
  for (let before = ""; before !== key; ) {
    before = key;
    key = key.replace(NAME_PREFIX, "");
  }
  return key;
}

const CATEGORY_OF = new Map<string, string>(INDICATOR_CATEGORIES.flatMap((c) => c.synonyms.map((s) => [s, c.key] as const)));

/**
 * A 一级 / 二级 category: its canonical name when it is a known synonym (社会公众或服务对象满意度指标 →
 * 服务对象满意度指标), without points printed with it (产出指标（40分）) or a final 指标 (数量 is 数量指标).
 */
export function categoryKey(text: string | null): string {
  const key = compact(text).replace(LEVEL1_WEIGHT_PATTERN, "$1");
  return (CATEGORY_OF.get(key) ?? key).replace(/指标$/, "");
}

/** One string per indicator: (一级, 二级, 三级) after normalization. */
export function indicatorKey(indicator: { level1: string | null; level2: string | null; name: string | null }): string {
  return [categoryKey(indicator.level1), categoryKey(indicator.level2), indicatorNameKey(indicator.name)].join("\u0000");
}
