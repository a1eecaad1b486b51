/**
 * The 目标对比 table (`jixiao parse --pairs`): one row per message comparing a project's target form
 * with its self-evaluation form, one row for a pair that differs in nothing (变化 无变化), and one for
 * a form of either kind left unpaired, so every target and self-evaluation form of the run is there.
 */
import type { CellRef, Message } from "../model/message";
import type { MessageCode } from "../model/codes";
import type { ComparedPair } from "../target/pairs";
import type { Column } from "./columns";
import type { Row } from "./rows";

interface PairSource {
  pair: ComparedPair;
  message: Message | null;
}

/** What changed, in the sheet's words. */
const CHANGES: Partial<Record<MessageCode, string>> = {
  INDICATOR_DROPPED: "指标删除",
  INDICATOR_ADDED: "指标新增",
  TARGET_CHANGED: "指标值变化",
  WEIGHT_CHANGED: "分值变化",
  BUDGET_CHANGED: "预算变化",
};

function change({ pair, message }: PairSource): string {
  if (message) return CHANGES[message.code] ?? message.code;
  if (!pair.self) return "无对应自评表";
  if (!pair.target) return "无对应目标表";
  return "无变化";
}

/** The indicator a message is about: the self-evaluation's (its path), else the target form's (the related path). */
function indicatorOf({ pair, message }: PairSource): { level1: string | null; level2: string | null; name: string | null } | null {
  const own = message?.path && /^indicators\.(\d+)\./.exec(message.path);
  if (own && pair.self) return pair.self.record.indicators[Number(own[1])] ?? null;
  const theirs = message?.related?.path && /^indicatorSets\.annual\.(\d+)\./.exec(message.related.path);
  if (theirs && pair.target) return pair.target.record.indicatorSets.annual[Number(theirs[1])] ?? null;
  return null;
}

/** 表格3 第10行 第5列: counted from 1, as Word shows them. */
function place(cell: CellRef | undefined): string | null {
  return cell ? `表格${cell.table + 1} 第${cell.row + 1}行 第${cell.col + 1}列` : null;
}

const project = ({ pair }: PairSource) => pair.self?.record.project.name ?? pair.target?.record.project.name ?? null;

export const PAIR_COLUMNS: readonly Column<PairSource>[] = [
  { en: "target form file", zh: "目标表文件", value: (s) => s.pair.target?.file ?? null },
  { en: "target form (from 1)", zh: "目标表序号", value: (s) => (s.pair.target ? s.pair.target.form + 1 : null) },
  { en: "self-evaluation file", zh: "自评表文件", value: (s) => s.pair.self?.file ?? null },
  { en: "self-evaluation form (from 1)", zh: "自评表序号", value: (s) => (s.pair.self ? s.pair.self.form + 1 : null) },
  { en: "project", zh: "项目名称", value: project },
  { en: "level1", zh: "一级指标", value: (s) => indicatorOf(s)?.level1 ?? null },
  { en: "level2", zh: "二级指标", value: (s) => indicatorOf(s)?.level2 ?? null },
  { en: "indicator", zh: "三级指标", value: (s) => indicatorOf(s)?.name ?? null },
  { en: "change", zh: "变化", value: change },
  { en: "target form value", zh: "目标表值", value: (s) => s.message?.expected ?? null },
  { en: "self-evaluation value", zh: "自评表值", value: (s) => s.message?.actual ?? null },
  { en: "target form cell", zh: "目标表单元格", value: (s) => place(s.message?.related?.cell) },
  { en: "self-evaluation cell", zh: "自评表单元格", value: (s) => place(s.message?.cell) },
  { en: "code", zh: "代码", value: (s) => s.message?.code ?? null },
  { en: "message (Chinese)", zh: "说明", value: (s) => s.message?.messageZh ?? null },
  { en: "message", zh: "说明(英文)", value: (s) => s.message?.message ?? null },
];

/** The sheet's name; written last, and only when the run was asked for pairs. */
export const PAIR_SHEET_NAME = { zh: "目标对比", en: "pairs" } as const;

export function pairRows(pairs: readonly ComparedPair[]): Row[] {
  return pairs.flatMap((pair) => {
    const sources: PairSource[] = pair.messages.length === 0 ? [{ pair, message: null }] : pair.messages.map((message) => ({ pair, message }));
    return sources.map((source) => ({ cells: PAIR_COLUMNS.map((c) => c.value(source)) }));
  });
}
