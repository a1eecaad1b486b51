/**
 * Which declared indicator (the target form's 年度绩效指标) each indicator of the self-evaluation
 * form repeats. First by (一级, 二级, 三级) after normalization (keys.ts), the n-th of a key on one
 * side with the n-th on the other; then, for what is left, by the name where a form left a category
 * empty (a form printing no 二级指标 column): an empty category is unknown, not different. A name
 * under two different categories is not matched: it was moved, which the caller reports as one
 * indicator dropped and one added.
 */
import { categoryKey, indicatorKey, indicatorNameKey } from "./keys";

export interface Categorized {
  level1: string | null;
  level2: string | null;
  name: string | null;
}

/** Self-evaluation index → declared index, for the indicators `skip` does not leave out. */
export function matchIndicators<T extends Categorized>(declared: readonly T[], written: readonly T[], skip: (i: T) => boolean): Map<number, number> {
  const matches = new Map<number, number>();
  const free = new Map<string, number[]>();
  declared.forEach((indicator, j) => {
    if (skip(indicator)) return;
    const key = indicatorKey(indicator);
    free.set(key, [...(free.get(key) ?? []), j]);
  });
  written.forEach((indicator, i) => {
    if (skip(indicator)) return;
    const j = free.get(indicatorKey(indicator))?.shift();
    if (j !== undefined) matches.set(i, j);
  });
  const taken = new Set(matches.values());
  const fits = (a: string | null, b: string | null) => categoryKey(a) === "" || categoryKey(b) === "" || categoryKey(a) === categoryKey(b);
  written.forEach((indicator, i) => {
    const name = indicatorNameKey(indicator.name);
    if (matches.has(i) || skip(indicator) || name === "") return;
    const j = declared.findIndex((d, k) => !taken.has(k) && !skip(d) && indicatorNameKey(d.name) === name && fits(d.level1, indicator.level1) && fits(d.level2, indicator.level2));
    if (j === -1) return;
    matches.set(i, j);
    taken.add(j);
  });
  return matches;
}
