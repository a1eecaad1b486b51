/**
 * The 目标对比 table (`jixiao parse --pairs`): one row per message comparing a project's target form
 * with its self-evaluation form, one row for a pair that differs in nothing (变化 无变化), and one for
 * a form of either kind left unpaired, so every target and self-evaluation form of the run is there.
 */
import type { CellRef, Message } from "../model/message";
import { INDICATOR_COLUMNS, PAIR_CHANGE_LABELS, PAIR_LABELS, TARGET_PROJECT_LABELS, printCellPlace, zhOf } from "../model/labels";
import type { ComparedPair } from "../target/pairs";
import { ex, type Column } from "./columns";
import type { Row } from "./rows";
import type { SheetSpec } from "./sheets";

interface PairSource {
  pair: ComparedPair;
  message: Message | null;
}

const change = (key: (typeof PAIR_CHANGE_LABELS)[number]["key"]) => zhOf(PAIR_CHANGE_LABELS, key);
const isChange = (code: string): code is (typeof PAIR_CHANGE_LABELS)[number]["key"] => PAIR_CHANGE_LABELS.some((l) => l.key === code);

/** What changed, in the sheet's words. */
function changeOf({ pair, message }: PairSource): string {
  if (message) return isChange(message.code) ? change(message.code) : message.code;
  if (!pair.self) return change("noSelf");
  if (!pair.target) return change("noTarget");
  return change("unchanged");
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
const place = (cell: CellRef | undefined): string | null => (cell ? printCellPlace(cell) : null);

const project = ({ pair }: PairSource) => pair.self?.record.project.name ?? pair.target?.record.project.name ?? null;

const pl = (key: (typeof PAIR_LABELS)[number]["key"]) => zhOf(PAIR_LABELS, key);

export const PAIR_COLUMNS: readonly Column<PairSource>[] = [
  { en: "target form file", zh: pl("targetFile"), value: (s) => s.pair.target?.file ?? null },
  { en: "target form (from 1)", zh: pl("targetForm"), value: (s) => (s.pair.target ? s.pair.target.form + 1 : null) },
  { en: "self-evaluation file", zh: pl("selfFile"), value: (s) => s.pair.self?.file ?? null },
  { en: "self-evaluation form (from 1)", zh: pl("selfForm"), value: (s) => (s.pair.self ? s.pair.self.form + 1 : null) },
  { en: "project", zh: zhOf(TARGET_PROJECT_LABELS, "name"), value: project },
  { en: "level1", zh: zhOf(INDICATOR_COLUMNS, "level1"), value: (s) => indicatorOf(s)?.level1 ?? null },
  { en: "level2", zh: zhOf(INDICATOR_COLUMNS, "level2"), value: (s) => indicatorOf(s)?.level2 ?? null },
  { en: "indicator", zh: zhOf(INDICATOR_COLUMNS, "name"), value: (s) => indicatorOf(s)?.name ?? null },
  { en: "change", zh: pl("change"), value: changeOf },
  { en: "target form value", zh: pl("targetValue"), value: (s) => s.message?.expected ?? null },
  { en: "self-evaluation value", zh: pl("selfValue"), value: (s) => s.message?.actual ?? null },
  { en: "target form cell", zh: pl("targetCell"), value: (s) => place(s.message?.related?.cell) },
  { en: "self-evaluation cell", zh: pl("selfCell"), value: (s) => place(s.message?.cell) },
  { en: "code", zh: ex("code"), value: (s) => s.message?.code ?? null },
  { en: "message (Chinese)", zh: ex("messageZh"), value: (s) => s.message?.messageZh ?? null },
  { en: "message", zh: ex("message"), value: (s) => s.message?.message ?? null },
];

/** The sheet, for both XLSX writers: written last, and only when the run was asked for pairs (its rows come from pairRows). */
export const PAIR_SHEET: SheetSpec = { name: { zh: pl("sheet"), en: "pairs" }, columns: PAIR_COLUMNS, rows: () => [], always: true, fitWidth: true };

export function pairRows(pairs: readonly ComparedPair[]): Row[] {
  return pairs.flatMap((pair) => {
    const sources: PairSource[] = pair.messages.length === 0 ? [{ pair, message: null }] : pair.messages.map((message) => ({ pair, message }));
    return sources.map((source) => ({ cells: PAIR_COLUMNS.map((c) => c.value(source)) }));
  });
}
