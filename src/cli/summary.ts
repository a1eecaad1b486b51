/** The summary printed on stderr at the end of a run, in English or (validate --lang zh) Chinese. */
import type { Inputs } from "./inputs";
import { LISTED, plural, type Tally } from "./tally";

export type Language = "en" | "zh";

interface Words {
  facts(tally: Tally, skipped: number): string[];
  line(command: string, facts: string[], seconds: string, rate: string): string;
  failed: string;
  skipped: string;
  unmatched: string;
  more(n: number): string;
}

const WORDS: Record<Language, Words> = {
  en: {
    facts: (tally, skipped) => [
      plural(tally.files + tally.earlier, "file") + (tally.earlier > 0 ? ` (${tally.earlier} from the earlier run)` : ""),
      plural(tally.forms, "form"),
      `${tally.failed} failed`,
      plural(tally.errors, "error"),
      plural(tally.warnings, "warning"),
      `${skipped} skipped`,
    ],
    line: (command, facts, seconds, rate) => `jixiao ${command}: ${facts.join(", ")} in ${seconds} s (${rate} files/s)`,
    failed: "failed",
    skipped: "skipped",
    unmatched: "gave no file",
    more: (n) => `… and ${n} more`,
  },
  zh: {
    facts: (tally, skipped) => [
      `${tally.files + tally.earlier} 个文件` + (tally.earlier > 0 ? `（其中 ${tally.earlier} 个来自上次运行）` : ""),
      `${tally.forms} 张表`,
      `${tally.failed} 个读取失败`,
      `${tally.errors} 个错误`,
      `${tally.warnings} 个警告`,
      `${skipped} 个跳过`,
    ],
    line: (command, facts, seconds, rate) => `jixiao ${command}：${facts.join("，")}，用时 ${seconds} 秒（每秒 ${rate} 个文件）`,
    failed: "读取失败",
    skipped: "跳过",
    unmatched: "未找到文件",
    more: (n) => `…… 另有 ${n} 个`,
  },
};

export function runSummary(command: string, tally: Tally, inputs: Pick<Inputs, "skipped" | "unmatched">, language: Language = "en"): string {
  const words = WORDS[language];
  const seconds = tally.elapsedSeconds();
  const rate = seconds > 0 ? tally.files / seconds : 0;
  const { skipped, unmatched } = inputs;
  const list = (title: string, total: number, entries: string[]): string[] => {
    if (total === 0) return [];
    const more = total - Math.min(entries.length, LISTED);
    return [`${title}${language === "zh" ? "：" : ":"}`, ...entries.slice(0, LISTED).map((e) => `  ${e}`), ...(more > 0 ? [`  ${words.more(more)}`] : [])];
  };
  const lines = [
    words.line(command, words.facts(tally, skipped.length), seconds.toFixed(1), rate.toFixed(1)),
    ...list(words.failed, tally.failed, tally.failures.map((f) => `${f.file}: ${f.code} ${firstSentence(f.message)}`)),
    ...list(words.skipped, skipped.length, skipped.map((s) => `${s.path}: ${s.reason}`)),
    ...list(words.unmatched, unmatched.length, unmatched.map((u) => `${u.pattern}: ${u.reason}`)),
  ];
  return lines.join("\n") + "\n";
}

/** The summary lists failures one per line; the full message is in the output. */
function firstSentence(message: string): string {
  const end = message.search(/[.。](\s|$)/);
  return end === -1 ? message : message.slice(0, end + 1);
}
