import type { Grid, GridCell } from "../grid/model";
import {
  FUNDS_COLUMNS, FUNDS_LABEL, FUNDS_LABEL_PATTERN, FUNDS_ROWS, GOAL_COLUMNS, GOAL_LABEL, INDICATOR_COLUMNS,
  INDICATORS_LABEL, LEVEL1_WEIGHT_PATTERN, PROJECT_LABELS, TOTAL_LABEL, normalizeLabel,
  type Label,
} from "../model/labels";
import type { MessageCode } from "../model/codes";
import type { CellRef, Message } from "../model/message";
import type { CellValue, Extra, FormRecord, Indicator } from "../model/record";
import { cellValue, compact, readNumber, refOf, textOrNull } from "./cells";
import { emptyHeader, isFooterLine, readFooter, readHeaderLine, type Footer, type HeaderInfo } from "./header";
import { distinctCells, isLabel, labelText, type FormRow, type RowCell } from "./rows";

type Body = Omit<FormRecord, "kind" | "attachment" | "title" | "level" | "year" | "footer" | "source">;

export interface Extraction {
  body: Body;
  /** Title lines found inside the table's first rows. */
  header: HeaderInfo;
  /** A signature line found as a row of the table. */
  footer: Footer | null;
  cells: Record<string, CellRef>;
  /** The sections whose labels were found: project, funds, goal, indicators, total. */
  found: Set<Section>;
}

export type Section = "project" | "funds" | "goal" | "indicators" | "total";

type ColumnMap<K extends string> = Partial<Record<K, number>>;

/**
 * Reads a form's rows into the record, anchored on labels: each section is found by its label
 * cells, and values are read from the grid column under each column label. Every cell that is
 * neither a label nor a value read goes to `extras` with a message.
 */
export function extractForm(rows: FormRow[], formIndex: number, messages: Message[]): Extraction {
  const used = new Set<GridCell>();
  const cells: Record<string, CellRef> = {};
  const extras: Extra[] = [];
  const header = emptyHeader();
  let footer: Footer | null = null;
  const tableOf = new Map<GridCell, number>();
  for (const r of rows) for (const c of r.positions) if (c) tableOf.set(c, r.table);

  const warn = (code: MessageCode, message: string, messageZh: string, cell?: GridCell, path?: string) =>
    messages.push({ code, severity: "warning", message, messageZh, form: formIndex, path, cell: cell ? ref(cell) : undefined });
  const ref = (cell: GridCell) => refOf(tableOf.get(cell) ?? -1, cell);
  const take = (cell: GridCell | null | undefined, path: string): GridCell | null => {
    if (!cell) return null;
    used.add(cell);
    cells[path] = ref(cell);
    return cell;
  };
  const label = (cell: GridCell) => used.add(cell);
  const num = (cell: GridCell | null | undefined, path: string): number | null => {
    const c = take(cell, path);
    if (!c) return null;
    const { value, ok } = readNumber(c.text);
    if (!ok) {
      warn("NOT_A_NUMBER", `"${c.text.trim()}" at ${path} is not a number; the field is null and the text is kept in extras.`,
        `${path} 处的「${c.text.trim()}」不是数字：该字段为空（null），原文保留在 extras 中。`, c, path);
      extras.push({ text: c.text, note: `${path}: not a number`, cell: ref(c) });
    }
    return value;
  };
  const text = (cell: GridCell | null | undefined, path: string) => textOrNull(take(cell, path)?.text);
  const value = (cell: GridCell | null | undefined, path: string): CellValue | null => cellValue(take(cell, path)?.text);

  const body: Body = {
    project: { name: null, department: null, implementingUnit: null },
    funds: {
      unit: null,
      total: { initial: null, annual: null, executed: null, weight: null, rate: null, score: null },
      appropriation: { initial: null, annual: null, executed: null },
      carryover: { initial: null, annual: null, executed: null },
      other: { initial: null, annual: null, executed: null },
    },
    goal: { expected: null, actual: null },
    indicators: [],
    total: { weight: null, score: null },
    extras,
  };

  let fundsColumns: ColumnMap<(typeof FUNDS_COLUMNS)[number]["key"]> | null = null;
  let goalColumns: ColumnMap<"expected" | "actual"> | null = null;
  let indicatorColumns: ColumnMap<(typeof INDICATOR_COLUMNS)[number]["key"]> | null = null;
  const found = new Set<Section>();
  let previous: Indicator | null = null;
  let previousTable = -1;
  const continued = new Set<GridCell>();

  for (const row of rows) {
    const distinct = distinctCells(row);
    const find = (l: Label) => distinct.find((d) => isLabel(d.cell, l));
    const at = (col: number | undefined) => (col === undefined ? null : row.positions[col] ?? null);
    const fresh = (col: number | undefined) => {
      const c = at(col);
      return c && !used.has(c) ? c : null;
    };

    // Title lines inside the table: a row that is one cell, holding 附件 / title / year lines.
    if (distinct.length === 1 && !used.has(distinct[0].cell)) {
      const lines = distinct[0].cell.text.split("\n");
      if (lines.some((l) => l.trim()) && lines.every((l) => !l.trim() || readHeaderLine(l, header))) {
        label(distinct[0].cell);
        continue;
      }
      if (isFooterLine(distinct[0].cell.text)) {
        footer = readFooter(distinct[0].cell.text);
        label(distinct[0].cell);
        continue;
      }
    }

    // 项目支出名称 / 主管部门 / 实施单位: the value is the next cell to the right.
    let projectRow = false;
    for (const l of PROJECT_LABELS) {
      const i = distinct.findIndex((d) => isLabel(d.cell, l));
      if (i < 0) continue;
      projectRow = true;
      label(distinct[i].cell);
      body.project[l.key] = text(distinct[i + 1]?.cell, `project.${l.key}`);
    }
    if (projectRow) {
      found.add("project");
      continue;
    }

    const fundsHeads = columnsOf(distinct, FUNDS_COLUMNS);
    if (Object.keys(fundsHeads.map).length >= 3 && !matchesAny(distinct, INDICATOR_COLUMNS.slice(0, 3))) {
      fundsColumns = fundsHeads.map;
      found.add("funds");
      fundsHeads.cells.forEach(label);
      const fundsLabel = find(FUNDS_LABEL) ?? distinct.find((d) => FUNDS_LABEL_PATTERN.test(labelText(d.cell)));
      if (fundsLabel) {
        label(fundsLabel.cell);
        body.funds.unit = FUNDS_LABEL_PATTERN.exec(labelText(fundsLabel.cell))?.[1] || null;
        cells["funds.unit"] = ref(fundsLabel.cell);
      }
      for (const d of distinct) if (!used.has(d.cell) && !d.cell.text.trim()) label(d.cell);
      continue;
    }

    const fundsRow = fundsColumns ? FUNDS_ROWS.find((l) => find(l)) : undefined;
    if (fundsColumns && fundsRow) {
      label(find(fundsRow)!.cell);
      const part = body.funds[fundsRow.key] as Record<string, unknown>;
      const base = `funds.${fundsRow.key}`;
      part.initial = num(fresh(fundsColumns.initial), `${base}.initial`);
      part.annual = num(fresh(fundsColumns.annual), `${base}.annual`);
      part.executed = num(fresh(fundsColumns.executed), `${base}.executed`);
      if (fundsRow.key === "total") {
        body.funds.total.weight = num(fresh(fundsColumns.weight), `${base}.weight`);
        body.funds.total.rate = value(fresh(fundsColumns.rate), `${base}.rate`);
        body.funds.total.score = num(fresh(fundsColumns.score), `${base}.score`);
      } else {
        for (const key of ["weight", "rate", "score"] as const) {
          const c = fresh(fundsColumns[key]);
          if (!c) continue;
          const { value: v, ok } = readNumber(c.text);
          if (ok && v === null) label(c);
        }
      }
      continue;
    }

    const goalHeads = columnsOf(distinct, GOAL_COLUMNS);
    if (goalHeads.map.expected !== undefined && goalHeads.map.actual !== undefined) {
      goalColumns = goalHeads.map;
      found.add("goal");
      goalHeads.cells.forEach(label);
      const goalLabel = find(GOAL_LABEL);
      if (goalLabel) label(goalLabel.cell);
      continue;
    }

    const indicatorHeads = columnsOf(distinct, INDICATOR_COLUMNS);
    if (Object.keys(indicatorHeads.map).length >= 4) {
      indicatorColumns = indicatorHeads.map;
      found.add("indicators");
      indicatorHeads.cells.forEach(label);
      const indicatorsLabel = find(INDICATORS_LABEL);
      if (indicatorsLabel) label(indicatorsLabel.cell);
      goalColumns = null;
      continue;
    }

    const totalLabel = find(TOTAL_LABEL);
    if (totalLabel) {
      found.add("total");
      label(totalLabel.cell);
      const right = distinct.filter((d) => d.col > totalLabel.col);
      const byColumn = indicatorColumns && (fresh(indicatorColumns.weight) || fresh(indicatorColumns.score));
      const weightCell = byColumn ? fresh(indicatorColumns!.weight) : right[0]?.cell;
      const scoreCell = byColumn ? fresh(indicatorColumns!.score) : right[1]?.cell;
      body.total.weight = num(weightCell, "total.weight");
      body.total.score = num(scoreCell, "total.score");
      for (const d of right) if (!used.has(d.cell) && !d.cell.text.trim()) label(d.cell);
      indicatorColumns = null;
      continue;
    }

    if (goalColumns) {
      const expected = fresh(goalColumns.expected);
      const actual = fresh(goalColumns.actual);
      if (expected) body.goal.expected = joinText(body.goal.expected, text(expected, "goal.expected"));
      if (actual) body.goal.actual = joinText(body.goal.actual, text(actual, "goal.actual"));
      continue;
    }

    if (indicatorColumns) {
      if (row.positions.every((c) => !c || !c.text.trim())) continue;
      // An indicator row has a cell of its own under each column label; a row whose cell spans
      // two of them (a 备注 line, say) is something else and stays unrecognized.
      const anchors = Object.values(indicatorColumns).map((col) => at(col));
      if (new Set(anchors).size < anchors.length) continue;
      const i = body.indicators.length;
      const path = (k: string) => `indicators.${i}.${k}`;
      const level1Cell = at(indicatorColumns.level1);
      const level2Cell = at(indicatorColumns.level2);
      const indicator: Indicator = {
        ...readLevel1(level1Cell?.text ?? ""),
        level2: textOrNull(compact(level2Cell?.text ?? "")),
        name: text(fresh(indicatorColumns.name), path("name")),
        target: value(fresh(indicatorColumns.target), path("target")),
        actual: value(fresh(indicatorColumns.actual), path("actual")),
        weight: num(fresh(indicatorColumns.weight), path("weight")),
        score: num(fresh(indicatorColumns.score), path("score")),
        deviation: text(fresh(indicatorColumns.deviation), path("deviation")),
      };
      if (level1Cell) {
        used.add(level1Cell);
        cells[path("level1")] = ref(level1Cell);
        if (indicator.level1Weight !== null) cells[path("level1Weight")] = ref(level1Cell);
      }
      if (level2Cell) { used.add(level2Cell); cells[path("level2")] = ref(level2Cell); }
      // A table split across pages restarts with empty category cells: they continue the group above.
      if (previous && indicator.level1 === null && level1Cell && (continued.has(level1Cell) || previousTable !== row.table)) {
        continued.add(level1Cell);
        indicator.level1 = previous.level1;
        indicator.level1Weight = previous.level1Weight;
        if (indicator.level2 === null) indicator.level2 = previous.level2;
        if (level1Cell.row === row.row) {
          messages.push({ code: "LEVEL_CONTINUED", severity: "info", form: formIndex, path: path("level1"), cell: ref(level1Cell),
            message: `Empty 一级指标 cell at the top of a continued table: taken as continuing "${previous.level1}" from the table before.`,
            messageZh: `续表顶部的一级指标单元格为空：视为接续上一表格的「${previous.level1}」。` });
        }
      }
      body.indicators.push(indicator);
      previous = indicator;
      previousTable = row.table;
      continue;
    }
  }

  // A cell spanning rows is met once per row: what it holds goes into extras once.
  const kept = new Set<GridCell>();
  for (const row of rows) {
    for (const d of distinctCells(row)) {
      const cell = d.cell;
      if (kept.has(cell)) continue;
      kept.add(cell);
      if (cell.hiddenText) {
        for (const hidden of cell.hiddenText) {
          extras.push({ text: hidden, note: "text in a merged (hidden) continuation cell", cell: ref(cell) });
        }
      }
      for (const hidden of cell.hiddenTables ?? []) {
        extras.push({ text: tableText(hidden), note: "table in a merged (hidden) continuation cell", cell: ref(cell) });
      }
      for (const nested of cell.tables) {
        extras.push({ text: tableText(nested), note: "table nested in a cell", cell: ref(cell) });
        warn("NESTED_TABLE", `A table nested in the cell "${cell.text.trim().slice(0, 40)}" is not part of the form's layout; its text is kept in extras.`,
          `单元格「${cell.text.trim().slice(0, 40)}」中嵌套的表格不属于该表的格式，其文字已保留在 extras 中。`, cell);
      }
      if (used.has(cell)) continue;
      used.add(cell);
      if (!cell.text.trim()) continue;
      extras.push({ text: cell.text, note: "cell not recognized", cell: ref(cell) });
      warn("UNRECOGNIZED_CELL", `Cell "${cell.text.trim().slice(0, 40)}" is not part of the form's known layout; kept in extras.`,
        `单元格「${cell.text.trim().slice(0, 40)}」不属于该表的已知格式，已保留在 extras 中。`, cell);
    }
  }
  return { body, header, footer, cells, found };
}

function columnsOf<K extends string>(distinct: RowCell[], labels: readonly Label<K>[]) {
  const map: ColumnMap<K> = {};
  const cells: GridCell[] = [];
  for (const l of labels) {
    const d = distinct.find((x) => isLabel(x.cell, l));
    if (d && map[l.key] === undefined) {
      map[l.key] = d.col;
      cells.push(d.cell);
    }
  }
  return { map, cells };
}

function matchesAny(distinct: RowCell[], labels: readonly Label[]): boolean {
  return labels.some((l) => distinct.some((d) => isLabel(d.cell, l)));
}

function readLevel1(text: string): Pick<Indicator, "level1" | "level1Weight"> {
  const n = normalizeLabel(text);
  const m = LEVEL1_WEIGHT_PATTERN.exec(n);
  if (m) return { level1: m[1] || null, level1Weight: Number(m[2]) };
  return { level1: textOrNull(compact(text)), level1Weight: null };
}

function joinText(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a + "\n" + b;
}

/**
 * A nested table's text for extras: its cells row by row, tab-separated; what a cell hides (text and
 * tables in its merge continuations) and the tables inside it follow its text, each on a line.
 */
function tableText(grid: Grid): string {
  return grid.positions
    .map((line, r) => {
      const parts: string[] = [];
      line.forEach((cell, c) => {
        // Each cell once, at its origin.
        if (!cell || cell.row !== r || cell.col !== c) return;
        const inner = [...cell.tables, ...(cell.hiddenTables ?? [])].map(tableText);
        parts.push([cell.text, ...(cell.hiddenText ?? []), ...inner].filter(Boolean).join("\n"));
      });
      return parts.join("\t");
    })
    .join("\n");
}
