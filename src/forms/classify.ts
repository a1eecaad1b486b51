/**
 * Which kind a located form is. The title decides first (the paragraphs before the table, or a
 * one-cell row on top of it); without one, the header rows do (部门 → department, 转移支付（项目）
 * 名称 / 专项资金名称 → transfer, 项目名称 with an actual or score column → project, 项目名称 with a
 * 指标值 column and neither → project-target). When nothing
 * decides, the form is an indicator-table with a KIND_UNKNOWN warning: a form of one kind is never
 * returned as another.
 */
import type { Grid } from "../grid/types";
import { DEPARTMENT_SIGN, FORM_KINDS, FUND_LABELS, INDICATOR_COLUMNS, INDICATORS_LABEL, PROJECT_LABELS, normalizeLabel, withoutLengthHints, zhOf, type FormKind, type Label } from "../model/labels";
import type { Message } from "../model/message";
import { KIND_SPECS } from "./kinds";
import type { KindSpec } from "./kinds/types";
import type { LocatedForm } from "./locate";
import { joinBrokenTitle, titleKind } from "./sections/header";
import { isLabel, labelText } from "./rows";

/** How many rows on top of a table may hold its title or its unit rows. */
const TOP_ROWS = 4;

export function classify(form: LocatedForm, formIndex: number, messages: Message[]): KindSpec {
  const byTitle = kindFromTitle(form);
  const grid = form.tables[0].grid;
  if (byTitle === "project-target") {
    if (!hasActualOrScore(grid)) return KIND_SPECS["project-target"];
    unknown(messages, formIndex, `its title names a ${zhOf(FORM_KINDS, "project-target")} (project-target) but it has an actual-value or score column, as a self-evaluation form has`,
      `标题为${zhOf(FORM_KINDS, "project-target")}（project-target），但表中有实际完成值或得分列（自评表才有）`);
    return KIND_SPECS["indicator-table"];
  }
  const shape = byTitle === null || byTitle === "indicator-table" ? null : shapeProblem(grid);
  if (byTitle && shape) {
    unknown(messages, formIndex, `its title names a ${zhOf(FORM_KINDS, byTitle)} but ${shape.en}`, `标题为${zhOf(FORM_KINDS, byTitle)}，但${shape.zh}`);
    return KIND_SPECS["indicator-table"];
  }
  if (byTitle) return KIND_SPECS[byTitle];
  // A target form's two indicator sets repeat the indicator header: no shape problem for it.
  const rows = kindFromRows(grid);
  const byRows = rows === "project-target" || !shapeProblem(grid) ? rows : null;
  if (byRows) {
    messages.push({
      code: "KIND_FROM_ROWS", severity: "info", form: formIndex,
      message: `Form ${formIndex + 1} has no title naming its kind; its header rows make it a ${byRows}.`,
      messageZh: `第${formIndex + 1}张表没有指明类型的标题，按表头行判定为 ${byRows}（${zhOf(FORM_KINDS, byRows)}）。`,
    });
    return KIND_SPECS[byRows];
  }
  unknown(messages, formIndex, "neither its title nor its header rows name a kind", "标题和表头均未指明表类型");
  return KIND_SPECS["indicator-table"];
}

function unknown(messages: Message[], formIndex: number, why: string, whyZh: string): void {
  messages.push({
    code: "KIND_UNKNOWN", severity: "warning", form: formIndex,
    message: `Form ${formIndex + 1}: ${why}; it is read as an indicator-table (every label and value kept as text).`,
    messageZh: `第${formIndex + 1}张表：${whyZh}，按 indicator-table（其他指标表）读取，所有标签和内容按文字保留。`,
  });
}

/** The kind named by the nearest title line above the table, or by a one-cell row on top of it. */
function kindFromTitle(form: LocatedForm): FormKind | null {
  const grid = form.tables[0].grid;
  for (const line of grid.positions.slice(0, TOP_ROWS)) {
    const cells = new Set(line.filter((c) => c !== null));
    if (cells.size !== 1) continue;
    const kind = titleKind(normalizeLabel([...cells][0]!.text));
    if (kind) return kind;
  }
  for (const line of joinBrokenTitle(form.before).reverse()) {
    const kind = titleKind(normalizeLabel(line));
    if (kind) return kind;
  }
  return null;
}

/**
 * Why a table is not in the shape of a self-evaluation form, whatever its title says: its table of
 * indicators repeats per target (Hubei: 年度绩效目标1 / 2), or has no block label to the left of 一级指标
 * (a scoring table, as Yinchuan's 项目决策 / 项目管理 rows). Null when it is in that shape.
 */
function shapeProblem(grid: Grid): { en: string; zh: string } | null {
  const headers = grid.positions.map((line) => line.findIndex((c) => c !== null && isLabel(c, INDICATOR_COLUMNS[0]))).filter((col) => col >= 0);
  if (headers.length >= 2) return { en: "its indicator table repeats once per target", zh: "其指标表按目标重复出现" };
  // L3's 绩效指标 stands above 一级指标 (a two-row header), not to its left: that is a block label too.
  if (headers.length === 1 && headers[0] === 0 && !grid.cells.some((c) => isLabel(c, INDICATORS_LABEL))) return { en: "its indicator table has no block label (a scoring table)", zh: "其指标表左侧没有「绩效指标」栏（评分表）" };
  return null;
}

const ACTUAL_OR_SCORE = [INDICATOR_COLUMNS[4], INDICATOR_COLUMNS[6]];

function hasActualOrScore(grid: Grid): boolean {
  return grid.cells.some((c) => ACTUAL_OR_SCORE.some((l) => isLabel(c, l)));
}

/** 指标值 (年度指标值 …) printed as a column label, hints such as (150字内) aside. */
function hasTargetColumn(grid: Grid): boolean {
  return grid.cells.some((c) => isLabel(c, INDICATOR_COLUMNS[3]) || INDICATOR_COLUMNS[3].synonyms.includes(withoutLengthHints(labelText(c))));
}

function kindFromRows(grid: Grid): Exclude<FormKind, "indicator-table"> | null {
  const top = new Set(grid.positions.slice(0, TOP_ROWS).flat().filter((c) => c !== null));
  const has = (l: Label) => [...top].some((c) => isLabel(c!, l));
  if (has(FUND_LABELS[0])) return "transfer-self-evaluation";
  if (has(DEPARTMENT_SIGN)) return "department-self-evaluation";
  if (!has(PROJECT_LABELS[0])) return null;
  if (hasActualOrScore(grid)) return "project-self-evaluation";
  // 指标值 with no actual and no score column: the targets declared, not yet evaluated.
  return hasTargetColumn(grid) ? "project-target" : null;
}
