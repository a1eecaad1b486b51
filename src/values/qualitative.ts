/**
 * Qualitative values (定性指标): grades and short verdict phrases.
 *
 * Deliberately a closed list matched exactly (after width folding and dropping
 * spaces and final punctuation). Targets written as sentences — 会议圆满招开,
 * 政府网站群信息及时公开, 符合采购要求 — stay text: reading meaning into free
 * prose would be guessing, and the checks can still show the text.
 */
import { stripFinalPunctuation } from "./text";

/** The four grades of 评价等级, best first. */
export type Grade = "好" | "较好" | "一般" | "差";

export const GRADE_ORDER: readonly Grade[] = ["好", "较好", "一般", "差"];

/**
 * What a phrase says when it is written as 实际完成值:
 * met — the target was reached; unmet — it was not; null — it does not say
 * (一般, 基本完成). An answer (是/否, 有/无) is compared with an answer target
 * by equality: target 否 (no accidents) is met by 否, not by 是.
 */
export interface Phrase {
  readonly verdict: "met" | "unmet" | null;
  readonly grade?: Grade;
  readonly answer?: boolean;
}

const MET: Phrase = { verdict: "met" };
const UNMET: Phrase = { verdict: "unmet" };
const UNSAID: Phrase = { verdict: null };

/** The closed list. Keep it short; each entry must be unambiguous on its own. */
export const QUALITATIVE_PHRASES: Readonly<Record<string, Phrase>> = {
  好: { verdict: "met", grade: "好" },
  较好: { verdict: "met", grade: "较好" },
  一般: { verdict: null, grade: "一般" },
  差: { verdict: "unmet", grade: "差" },

  是: { verdict: "met", answer: true },
  否: { verdict: "unmet", answer: true },
  有: { verdict: null, answer: true },
  无: { verdict: null, answer: true },

  达标: MET, 合格: MET, 符合: MET, 符合要求: MET, 符合标准: MET,
  完成: MET, 已完成: MET, 全部完成: MET, 按时完成: MET, 按期完成: MET, 如期完成: MET, 及时完成: MET,
  达成预期指标: MET, 达到预期指标: MET, 达成预期: MET, 达到预期: MET, 达到预期目标: MET, 达成预期目标: MET,
  效果明显: MET, 成效明显: MET, 明显: MET, 效果显著: MET, 成效显著: MET, 显著: MET,
  有所提高: MET, 有所提升: MET, 有所改善: MET, 明显提高: MET, 明显提升: MET, 明显改善: MET,
  逐步提高: MET, 逐步提升: MET, 进一步提高: MET, 进一步提升: MET, 提高: MET, 提升: MET,
  优秀: MET, 良好: MET, 满意: MET, 正常: MET, 稳定: MET, 及时: MET, 准确: MET,

  基本完成: UNSAID, 基本达标: UNSAID, 基本符合: UNSAID, 基本满意: UNSAID,

  未完成: UNMET, 不达标: UNMET, 未达标: UNMET, 不合格: UNMET, 不符合: UNMET,
  未达到预期: UNMET, 不满意: UNMET, 较差: UNMET,
};

/** The form in which phrases are looked up and compared. */
export function normalizePhrase(folded: string): string {
  return stripFinalPunctuation(folded.replace(/\s+/g, ""));
}

/** The entry for a normalized phrase; own keys only, so "constructor" is not a phrase. */
export function phraseEntry(normalized: string): Phrase | undefined {
  return Object.hasOwn(QUALITATIVE_PHRASES, normalized) ? QUALITATIVE_PHRASES[normalized] : undefined;
}

export function readQualitative(folded: string): { value: string; grade?: Grade } | null {
  const value = normalizePhrase(folded);
  const phrase = phraseEntry(value);
  if (!phrase) return null;
  return phrase.grade ? { value, grade: phrase.grade } : { value };
}
