/**
 * Units written after indicator numbers (个, 人次, 万元, ℃ …).
 *
 * The list is not a whitelist: an unknown short unit ("13969.56标箱") is kept as
 * written. It exists to tell a unit from the start of a sentence: "15件国务院…"
 * begins with the known unit 件 and goes on with words that are not units, so it
 * is prose, not the quantity 15 in unit 件国务院.
 */

/** Counting and measuring words seen in 绩效自评表 indicators. */
const KNOWN_UNITS: readonly string[] = [
  "元", "个", "人次", "人", "篇", "期", "条", "家", "名", "起", "件", "次", "天", "日",
  "小时", "分钟", "秒", "工作日", "个月", "月", "年", "周", "公里", "千米", "米", "处", "吨",
  "份", "户", "场", "所", "项", "台", "套", "辆", "平方米", "立方米", "亩", "公顷", "℃", "度",
  "批", "批次", "车次", "册", "本", "部", "张", "座", "栋", "间", "床", "村", "公斤", "千克",
  "克", "斤", "kg", "km", "m", "m²", "㎡",
];

/** Magnitude words that may stand before a unit (2.6万吨, 1.04亿元) or alone (20万). */
const MAGNITUDES: readonly string[] = ["千万", "百万", "十万", "万", "亿", "千", "百"];

const UNITS_LONGEST = [...KNOWN_UNITS].sort((a, b) => b.length - a.length);

/** A known unit at the start of text, longest first (人次 before 人). */
function knownUnitAt(text: string): string | null {
  return UNITS_LONGEST.find((u) => text.startsWith(u)) ?? null;
}

function magnitudeAt(text: string): string {
  return MAGNITUDES.find((m) => text.startsWith(m)) ?? "";
}

/** Parenthesised asides inside a unit, e.g. the 间 of 人（间）次. */
const ASIDE = /[(（][^()（）]{0,6}[)）]/g;

/** Letters (any script, so CJK) and unit symbols such as ℃ ° ‰ ²; no digits, no punctuation. */
const UNIT_CHARS = /^[\p{L}\p{So}‰²³°·]+$/u;

/** An unknown unit is short: longer runs of letters are words, not units. */
const MAX_UNKNOWN_UNIT = 4;

/** Compound units join few parts: 个+工作日, 人+次 (of 人（间）次). More is a run of words. */
const MAX_COMPOUND_PARTS = 3;

/** True if `core` is up to three known units with an optional magnitude, e.g. 万人次, 个工作日. */
function isKnownCompound(core: string): boolean {
  let rest = core.slice(magnitudeAt(core).length);
  if (rest === "") return core !== "";
  for (let parts = 0; rest !== ""; parts++) {
    const unit = knownUnitAt(rest);
    if (unit === null || parts === MAX_COMPOUND_PARTS) return false;
    rest = rest.slice(unit.length);
  }
  return true;
}

/**
 * Whether `candidate` (the text between a number and any suffix words) reads as a
 * unit. `candidate` is width-folded; the caller keeps the original spelling.
 */
export function isUnit(candidate: string): boolean {
  const core = candidate.replace(ASIDE, "");
  if (core === "" || !UNIT_CHARS.test(core)) return false;
  // 余 / 多 right after a number mean "more than" (30余次); a unit never starts with them.
  if (core.startsWith("余") || core.startsWith("多")) return false;
  if (isKnownCompound(core)) return true;
  const afterMagnitude = core.slice(magnitudeAt(core).length);
  // Starts like a known unit but goes on with other words: a sentence, not a unit.
  if (knownUnitAt(afterMagnitude) !== null) return false;
  return core.length <= MAX_UNKNOWN_UNIT;
}

/**
 * The factor to 元 of a money unit, so 20亿元 and 200000万元 compare exactly: in indicator values
 * (assess.ts) and between the funds of two forms (target/compare.ts), one table for both.
 */
export const MONEY_UNITS: Readonly<Record<string, bigint>> = {
  元: 1n,
  千元: 1_000n,
  万元: 10_000n,
  亿元: 100_000_000n,
};
