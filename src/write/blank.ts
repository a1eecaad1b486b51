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
  FORM_KINDS,
  STANDARD_STRUCTURE,
  TITLE_SUFFIX,
} from "../model/labels";
import {
  emptyFundsPart, emptyFundsSubRow, emptyNotes, type DepartmentRecord, type Indicator, type ProjectRecord, type ProjectTargetRecord, type SelfEvaluationRecord, type TransferRecord,
} from "../model/record";
import { TARGET_TITLE } from "./kinds/target";
import { TRANSFER_TITLE } from "./kinds/transfer";
import { blankTarget } from "./target-blank";

/** The kinds blankForm makes, each with its title after the level. */
const TITLES = {
  "project-self-evaluation": `${DEFAULT_TITLE_MIDDLE}${TITLE_SUFFIX}`,
  "department-self-evaluation": FORM_KINDS[1].zh,
  "transfer-self-evaluation": TRANSFER_TITLE,
  "project-target": TARGET_TITLE,
} as const;
type BlankKind = keyof typeof TITLES;
/** The 转移支付 form's funds row between 中央补助 and 其他资金 (funds.more on the record). */
const LOCAL_FUNDS = "地方资金";

export interface BlankFormOptions {
  /** The kind of form (default project-self-evaluation): department-self-evaluation, transfer-self-evaluation. */
  kind?: BlankKind;
  /** 州级, 省级, 县级 …: printed before the title (预算部门项目支出绩效自评表, 部门整体支出绩效自评表, 转移支付绩效目标自评表). */
  level: string;
  year: number;
  /** e.g. "附件1"; no 附件 line when left out. */
  attachment?: string;
  /** The project rows, for a project form. */
  project?: { name?: string; department?: string; implementingUnit?: string };
  /** The department rows, for a department form. */
  department?: { name?: string; code?: string; contact?: string; phone?: string };
  /** The fund rows, for a transfer form. */
  fund?: { name?: string; centralDepartment?: string; localDepartment?: string; unit?: string; leader?: string };
  /**
   * Indicator rows under each 二级指标: one number for all, or per 二级指标 name (e.g.
   * { 数量指标: 3 }) with 1 for the names not given. 0 leaves a 二级指标 out.
   */
  rows?: number | Record<string, number>;
}

// The project overload comes last: ReturnType<typeof blankForm> is a project record, as it always was.
export function blankForm(options: BlankFormOptions & { kind: "department-self-evaluation" }): DepartmentRecord;
export function blankForm(options: BlankFormOptions & { kind: "transfer-self-evaluation" }): TransferRecord;
export function blankForm(options: BlankFormOptions & { kind: "project-target" }): ProjectTargetRecord;
export function blankForm(options: BlankFormOptions & { kind: Exclude<BlankKind, "project-target"> }): SelfEvaluationRecord;
export function blankForm(options: BlankFormOptions & { kind: BlankKind }): SelfEvaluationRecord | ProjectTargetRecord;
export function blankForm(options: BlankFormOptions & { kind?: "project-self-evaluation" }): ProjectRecord;
export function blankForm(options: BlankFormOptions): SelfEvaluationRecord | ProjectTargetRecord {
  // Called from JavaScript too: a missing option is a BAD_OPTION, not a TypeError or a title reading "undefined".
  if (typeof options !== "object" || options === null) {
    throw new JixiaoError("BAD_OPTION", `options: expected { level, year, … }, e.g. blankForm({ level: "县级", year: 2021 }); received ${options === null ? "null" : typeof options}`);
  }
  const { kind = "project-self-evaluation", level, year, attachment, rows = 1 } = options;
  if (!Object.hasOwn(TITLES, kind)) {
    const why = FORM_KINDS.some((k) => k.key === kind) ? "is read but has no blank form" : "is not a kind of form";
    throw new JixiaoError("BAD_OPTION", `kind: ${JSON.stringify(kind)} ${why}; expected one of ${Object.keys(TITLES).join(", ")}`);
  }
  const unitOption = { "project-self-evaluation": "project", "department-self-evaluation": "department", "transfer-self-evaluation": "fund", "project-target": "project" }[kind];
  const misplaced = (["project", "department", "fund"] as const).filter((o) => o !== unitOption && options[o] !== undefined);
  if (misplaced.length > 0) throw new JixiaoError("BAD_OPTION", `${misplaced.join(", ")}: not rows of a ${kind} form; give its rows as ${unitOption}`);
  if (typeof level !== "string" || level.trim() === "") {
    const received = typeof level === "string" ? "an empty string" : level === null ? "null" : typeof level;
    throw new JixiaoError("BAD_OPTION", `level: expected the level printed before ${TITLES[kind]}, e.g. "县级" or "州级"; received ${received}`);
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
  // A 转移支付 form prints no points: its 一级指标 carry no weight.
  const scored = kind !== "transfer-self-evaluation";
  const indicators = standardIndicators(rowsFor, scored);
  const heading = { attachment: attachment ?? null, title: `${level}${TITLES[kind]}`, level, year };
  if (kind === "project-target") return blankTarget({ heading, project: options.project ?? {}, rowsFor });
  const parts = {
    funds: {
      unit: DEFAULT_FUNDS_UNIT,
      total: { ...emptyFundsPart(), weight: scored ? DEFAULT_FUNDS_WEIGHT : null, rate: null, score: null },
      appropriation: emptyFundsSubRow(),
      carryover: emptyFundsSubRow(),
      other: emptyFundsSubRow(),
      more: scored ? [] : [{ label: LOCAL_FUNDS, ...emptyFundsSubRow() }],
      method: null,
      reason: null,
    },
    goal: { expected: null, adjusted: null, actual: null },
    indicators,
    total: { weight: scored ? DEFAULT_TOTAL_WEIGHT : null, score: null },
    notes: emptyNotes(),
    footer: { unitLeader: null, filler: null, phone: null, date: null, projectLeader: null, financeLeader: null, reportNo: null },
    extras: [],
  };
  // Fields in the order the reader gives them: heading, the kind's unit rows, then the shared parts.
  if (kind === "department-self-evaluation") {
    const d = options.department ?? {};
    return { kind, ...heading, department: { name: d.name ?? null, code: d.code ?? null, contact: d.contact ?? null, phone: d.phone ?? null, financeOffice: null }, ...parts };
  }
  if (kind === "transfer-self-evaluation") {
    const f = options.fund ?? {};
    const fund = { name: f.name ?? null, centralDepartment: f.centralDepartment ?? null, localDepartment: f.localDepartment ?? null, unit: f.unit ?? null, leader: f.leader ?? null };
    return { kind, ...heading, fund, ...parts };
  }
  const p = options.project ?? {};
  return { kind, ...heading, project: { name: p.name ?? null, department: p.department ?? null, implementingUnit: p.implementingUnit ?? null, code: null }, ...parts };
}

/**
 * The blank form's indicator rows: `rowsFor(二级指标)` empty rows under each standard 二级指标, with
 * the standard 一级 weight when `scored`. Also the rows of a form prefilled from a target form that
 * declares no annual indicators.
 */
export function standardIndicators(rowsFor: (level2: string) => number, scored: boolean): Indicator[] {
  return STANDARD_STRUCTURE.flatMap((group) =>
    group.level2.flatMap((level2) => Array.from({ length: rowsFor(level2) }, () => emptyIndicator(group.level1, scored ? group.weight : null, level2))),
  );
}

function emptyIndicator(level1: string, level1Weight: number | null, level2: string): Indicator {
  return { level1, level1Weight, level2, level2Weight: null, name: null, target: null, actual: null, weight: null, score: null, deviation: null, method: null, targetParts: null, more: {} };
}
