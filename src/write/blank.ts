/**
 * An empty form with the standard indicator structure, ready to print and fill in by hand or to
 * fill from a program.
 */
import { JixiaoError } from "../errors";
import {
  DEFAULT_FUNDS_UNIT,
  DEFAULT_FUNDS_WEIGHT,
  DEFAULT_TITLE_MIDDLE,
  DEFAULT_TOTAL_WEIGHT,
  STANDARD_STRUCTURE,
  TITLE_SUFFIX,
} from "../model/labels";
import { emptyFundsPart, emptyFundsSubRow, emptyNotes, type ProjectRecord as FormRecord, type Indicator } from "../model/record";

export interface BlankFormOptions {
  /** 州级, 省级, 县级 …: printed before 预算部门项目支出绩效自评表. */
  level: string;
  year: number;
  /** e.g. "附件1"; no 附件 line when left out. */
  attachment?: string;
  project?: { name?: string; department?: string; implementingUnit?: string };
  /**
   * Indicator rows under each 二级指标: one number for all, or per 二级指标 name (e.g.
   * { 数量指标: 3 }) with 1 for the names not given. 0 leaves a 二级指标 out.
   */
  rows?: number | Record<string, number>;
}

export function blankForm(options: BlankFormOptions): FormRecord {
  // Called from JavaScript too: a missing option is a BAD_OPTION, not a TypeError or a title reading "undefined".
  if (typeof options !== "object" || options === null) {
    throw new JixiaoError("BAD_OPTION", `options: expected { level, year, … }, e.g. blankForm({ level: "县级", year: 2021 }); received ${options === null ? "null" : typeof options}`);
  }
  const { level, year, attachment, project = {}, rows = 1 } = options;
  if (typeof level !== "string" || level.trim() === "") {
    const received = typeof level === "string" ? "an empty string" : level === null ? "null" : typeof level;
    throw new JixiaoError("BAD_OPTION", `level: expected the level printed before ${DEFAULT_TITLE_MIDDLE}${TITLE_SUFFIX}, e.g. "县级" or "州级"; received ${received}`);
  }
  if (!Number.isInteger(year)) throw new JixiaoError("BAD_OPTION", `year: expected a whole number, received ${year}`);
  const rowsFor = (level2: string): number => {
    const n = typeof rows === "number" ? rows : (rows[level2] ?? 1);
    if (!Number.isInteger(n) || n < 0) throw new JixiaoError("BAD_OPTION", `rows for ${level2}: expected a whole number ≥ 0, received ${n}`);
    return n;
  };
  if (typeof rows === "object") {
    const known = new Set<string>(STANDARD_STRUCTURE.flatMap((group) => group.level2));
    const unknown = Object.keys(rows).filter((name) => !known.has(name));
    if (unknown.length > 0) throw new JixiaoError("BAD_OPTION", `rows: no 二级指标 named ${unknown.join(", ")} in the standard form`);
  }
  const indicators: Indicator[] = STANDARD_STRUCTURE.flatMap((group) =>
    group.level2.flatMap((level2) =>
      Array.from({ length: rowsFor(level2) }, () => emptyIndicator(group.level1, group.weight, level2)),
    ),
  );
  return {
    kind: "project-self-evaluation",
    attachment: attachment ?? null,
    title: `${level}${DEFAULT_TITLE_MIDDLE}${TITLE_SUFFIX}`,
    level,
    year,
    project: { name: project.name ?? null, department: project.department ?? null, implementingUnit: project.implementingUnit ?? null, code: null },
    funds: {
      unit: DEFAULT_FUNDS_UNIT,
      total: { ...emptyFundsPart(), weight: DEFAULT_FUNDS_WEIGHT, rate: null, score: null },
      appropriation: emptyFundsSubRow(),
      carryover: emptyFundsSubRow(),
      other: emptyFundsSubRow(),
      more: [],
      method: null,
      reason: null,
    },
    goal: { expected: null, actual: null },
    indicators,
    total: { weight: DEFAULT_TOTAL_WEIGHT, score: null },
    notes: emptyNotes(),
    footer: { unitLeader: null, filler: null, phone: null, date: null, projectLeader: null, financeLeader: null, reportNo: null },
    extras: [],
  };
}

function emptyIndicator(level1: string, level1Weight: number, level2: string): Indicator {
  return { level1, level1Weight, level2, level2Weight: null, name: null, target: null, actual: null, weight: null, score: null, deviation: null, method: null, targetParts: null, more: {} };
}
