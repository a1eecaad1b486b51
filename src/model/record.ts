import { z } from "zod";
import { CellRefSchema } from "./message";
import { AssessmentSchema, ReadingSchema } from "./reading";

/**
 * The record of one 项目支出绩效自评表. Field names are fixed (README lists each with its
 * Chinese label). Numbers are JS numbers parsed from decimal text with at most 15 significant
 * digits, so String(n) gives the written value back exactly; the checks do their arithmetic on
 * exact decimals built from that text, never on floats.
 */
const Num = z.number().finite().nullable();
const Text = z.string().nullable();

/** A value cell: `raw` exactly as in the cell, `text` trimmed at both ends. */
const CellValueObject = z.object({
  raw: z.string(),
  text: z.string(),
  /** The typed reading of `raw` (see README); added by parseDocx, optional in JSON. */
  reading: ReadingSchema.optional(),
});
export type CellValue = z.infer<typeof CellValueObject>;
/** A value cell as a program may give it: the object, or, prefilling by hand, its text alone. */
export type CellValueInput = z.input<typeof CellValueObject> | string;

/** "≥100人次" → { raw: "≥100人次", text: "≥100人次" }, `text` trimmed as the reader trims it. */
function cellOfText(value: unknown): unknown {
  return typeof value === "string" ? { raw: value, text: value.trim() } : value;
}

export const CellValueSchema = z.preprocess((value: CellValueInput) => cellOfText(value), CellValueObject);

/** A value field of a record: a cell, or null for an empty one (text of only whitespace, as the reader reads it). */
const ValueField = z.preprocess(
  (value: CellValueInput | null) => (typeof value === "string" && value.trim() === "" ? null : cellOfText(value)),
  CellValueObject.nullable(),
);

const FundsPart = z.object({ initial: Num, annual: Num, executed: Num });
/** A 其中 row (当年财政拨款, 上年结转资金, 其他资金): some layouts print its own 执行率. */
const FundsSubRow = FundsPart.extend({ rate: ValueField.default(null) });

export const IndicatorSchema = z.object({
  level1: Text,
  level1Weight: Num,
  level2: Text,
  /** The points printed with the 二级指标 (数量指标（10分）), which are not part of its text. */
  level2Weight: Num.default(null),
  name: Text,
  target: ValueField,
  actual: ValueField,
  weight: Num,
  score: Num,
  deviation: Text,
  /** 得分计算方法 / 评分标准 printed beside the indicator. */
  method: Text.default(null),
  /** The target as printed in 指标性质 / 指标值 / 度量单位 columns, when it is split so. */
  targetParts: z.object({ comparator: Text, value: Text, unit: Text }).nullable().default(null),
  /** Every other column of the indicator table, by its label as printed (whitespace removed). */
  more: z.record(z.string(), z.string()).default({}),
  assessment: AssessmentSchema.optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** Something in the document the reader did not understand, kept with where it was. */
export const ExtraSchema = z.object({
  text: z.string(),
  note: z.string(),
  cell: CellRefSchema.optional(),
});
export type Extra = z.infer<typeof ExtraSchema>;

export const SourceSchema = z.object({
  file: z.string().optional(),
  reader: z.enum(["direct", "mammoth", "doc", "rtf"]).optional(),
  /** Top-level table indexes (document order, 0-based) the form was read from. */
  tables: z.array(z.number().int()),
  /** Record path → the cell it was read from, e.g. "indicators.2.score". */
  cells: z.record(z.string(), CellRefSchema),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * The parts every self-evaluation kind shares. Fields added after the first release carry
 * defaults, so a record written before them (JSON from an older version) is still accepted.
 */
const Heading = {
  attachment: Text,
  title: Text,
  level: Text,
  year: z.number().int().nullable(),
};

/** A funds row the kind does not name (财政专户管理资金, 单位资金, 地方资金 …), with its printed label. */
export const FundsMoreSchema = z.object({ label: z.string(), initial: Num, annual: Num, executed: Num, rate: ValueField });

const FundsSchema = z.object({
  unit: Text,
  total: FundsPart.extend({ weight: Num, rate: ValueField, score: Num }),
  appropriation: FundsSubRow,
  carryover: FundsSubRow,
  other: FundsSubRow,
  more: z.array(FundsMoreSchema).default([]),
  /** 得分计算方法 printed in the funds rows. */
  method: Text.default(null),
  /** 原因 (why the rate is below target) printed in the funds rows. */
  reason: Text.default(null),
});

/** Rows after the indicators: 评价结论, 存在问题, 改进措施, 说明 / 备注, 偏差大或目标未完成原因分析. */
export const NotesSchema = z.object({ conclusion: Text, problems: Text, improvements: Text, remark: Text, deviation: Text });
const emptyNotes = () => ({ conclusion: null, problems: null, improvements: null, remark: null, deviation: null });

export const FooterSchema = z.object({
  unitLeader: Text, filler: Text, phone: Text, date: Text,
  /** 项目负责人, 财务负责人, 报表编号: printed by some provinces' forms. */
  projectLeader: Text.default(null), financeLeader: Text.default(null), reportNo: Text.default(null),
});

const SelfEvaluationParts = {
  ...Heading,
  funds: FundsSchema,
  /** `adjusted`: 全年（调整）绩效目标, printed by some forms between the expected and the actual goal. */
  goal: z.object({ expected: Text, adjusted: Text.default(null), actual: Text }),
  indicators: z.array(IndicatorSchema),
  total: z.object({ weight: Num, score: Num }),
  notes: NotesSchema.default(emptyNotes),
  footer: FooterSchema,
  extras: z.array(ExtraSchema).default([]),
  source: SourceSchema.optional(),
};

/** 项目支出绩效自评表. */
export const ProjectRecordSchema = z.object({
  kind: z.literal("project-self-evaluation"),
  ...Heading,
  project: z.object({ name: Text, department: Text, implementingUnit: Text, code: Text.default(null) }),
  ...SelfEvaluationParts,
});
export type ProjectRecord = z.infer<typeof ProjectRecordSchema>;

/** 部门整体支出绩效自评表: the department in place of the project, otherwise the project form's parts. */
export const DepartmentRecordSchema = z.object({
  kind: z.literal("department-self-evaluation"),
  ...Heading,
  /** `financeOffice`: 财政处室, the finance bureau's office in charge (Chongqing). */
  department: z.object({ name: Text, code: Text, contact: Text, phone: Text, financeOffice: Text.default(null) }),
  ...SelfEvaluationParts,
});
export type DepartmentRecord = z.infer<typeof DepartmentRecordSchema>;

/** 转移支付 / 专项资金 绩效目标自评表: no weights and no scores (those fields are null, never 0). */
export const TransferRecordSchema = z.object({
  kind: z.literal("transfer-self-evaluation"),
  ...Heading,
  fund: z.object({ name: Text, centralDepartment: Text, localDepartment: Text, unit: Text, leader: Text }),
  ...SelfEvaluationParts,
});
export type TransferRecord = z.infer<typeof TransferRecordSchema>;

/** A row of an indicator table as printed: its categories, its name, and every other column by label. */
export const TableIndicatorSchema = z.object({
  level1: Text,
  level1Weight: Num,
  level2: Text,
  level2Weight: Num,
  name: Text,
  values: z.record(z.string(), z.string()),
});
export type TableIndicator = z.infer<typeof TableIndicatorSchema>;

/** Any other table of indicators (scoring tables, unknown layouts): every label and value kept as text. */
export const IndicatorTableRecordSchema = z.object({
  kind: z.literal("indicator-table"),
  ...Heading,
  /** Label / value pairs outside the indicator rows, in order. */
  fields: z.array(z.object({ label: z.string(), value: Text })),
  /** The indicator header's labels as printed (whitespace removed). */
  columns: z.array(z.string()),
  indicators: z.array(TableIndicatorSchema),
  total: z.object({ weight: Num, score: Num }),
  extras: z.array(ExtraSchema).default([]),
  source: SourceSchema.optional(),
});
export type IndicatorTableRecord = z.infer<typeof IndicatorTableRecordSchema>;

/** An indicator as a target form declares it: no actual value, no score. */
export const TargetIndicatorSchema = z.object({
  level1: Text,
  level2: Text,
  /** 三级指标 / 指标内容 as printed; a leading ★ (core indicator) or 指标1： stays in the text. */
  name: Text,
  /** 指标值: placeholders ("≥**%", "**人") stay text, their reading never a number. */
  target: ValueField,
  /** 分值, when the form scores its indicators (L19-style 申报表). */
  weight: Num.default(null),
  /** 评分细则 / 评分标准. */
  method: Text.default(null),
  /** 备注. */
  remark: Text.default(null),
  /** Every other column, by its label as printed (whitespace removed). */
  more: z.record(z.string(), z.string()).default({}),
});
export type TargetIndicator = z.infer<typeof TargetIndicatorSchema>;

/**
 * 项目支出绩效目标表 / 绩效目标申报表: the targets declared with the budget. Amounts are read from
 * the funds cell even when it is prose (年度资金总额及构成), whose text is kept whole in `funds.text`.
 */
export const ProjectTargetRecordSchema = z.object({
  kind: z.literal("project-target"),
  ...Heading,
  project: z.object({
    name: Text, department: Text, departmentCode: Text, implementingUnit: Text, leader: Text, phone: Text,
    /** 项目属性: the ticked option (新增项目 / 延续项目 …), or the cell's text when none is ticked. */
    attribute: Text,
    /** 项目起止时间 as printed. */
    period: Text,
  }),
  funds: z.object({
    unit: Text,
    total: Num,
    appropriation: Num,
    other: Num,
    /**
     * Other amounts the funds cell or rows name (上级财政资金, 本级财政, 自有资金, 政府性基金预算拨款 …), in order.
     * `within`: the printed name of the amount this one is a part of ("财政拨款" for 上级财政资金 in
     * "财政拨款200万元（其中：上级财政资金150万元…）"); null for a source of its own, adding to the total.
     */
    more: z.array(z.object({ label: z.string(), amount: Num, within: Text.default(null) })).default([]),
    /** The whole funds cell when the amounts are written as prose. */
    text: Text,
  }),
  /** 项目概况. */
  overview: Text,
  /** 项目立项的依据 / 项目申报的可行性 / 项目申报的必要性. */
  basis: z.object({ legal: Text, feasibility: Text, necessity: Text }),
  /** 项目实施进度计划 rows. */
  schedule: z.array(z.object({ content: Text, start: Text, end: Text })).default([]),
  /** 长期目标 (中期目标, 总目标) and 年度目标 (本年度目标). */
  goals: z.object({ longTerm: Text, annual: Text }),
  /** 长期 (中期, 总目标) 绩效指标 and 年度 (本年度) 绩效指标; a form with one set has it in `annual`. */
  indicatorSets: z.object({ longTerm: z.array(TargetIndicatorSchema), annual: z.array(TargetIndicatorSchema) }),
  /** 审核意见 rows (主管部门审核意见, 财政部门审核意见 …), each with its label as printed. */
  review: z.array(z.object({ label: z.string(), text: Text })).default([]),
  /** Label / value rows the kind does not name (单位职能概述, 项目类型, 其他说明的问题 …), in order. */
  fields: z.array(z.object({ label: z.string(), value: Text })).default([]),
  footer: FooterSchema,
  extras: z.array(ExtraSchema).default([]),
  source: SourceSchema.optional(),
});
export type ProjectTargetRecord = z.infer<typeof ProjectTargetRecordSchema>;
export type ProjectTargetRecordInput = z.input<typeof ProjectTargetRecordSchema>;

export const FormRecordSchema = z.discriminatedUnion("kind", [
  ProjectRecordSchema, DepartmentRecordSchema, TransferRecordSchema, IndicatorTableRecordSchema, ProjectTargetRecordSchema,
]);
export type FormRecord = z.infer<typeof FormRecordSchema>;
/** A record as accepted from JSON or a program: `extras` may be left out, a value cell given as its text. */
export type FormRecordInput = z.input<typeof FormRecordSchema>;
export type ProjectRecordInput = z.input<typeof ProjectRecordSchema>;

/** The kinds with funds, goal, indicators and total in the project form's shape. */
export type SelfEvaluationRecord = ProjectRecord | DepartmentRecord | TransferRecord;

export function isSelfEvaluation(record: FormRecord): record is SelfEvaluationRecord {
  return record.kind !== "indicator-table" && record.kind !== "project-target";
}

/** JSON Schema (draft 2020-12) of the record as accepted, for tools outside TypeScript. */
export function formRecordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FormRecordSchema, {
    io: "input",
    // zod describes a preprocessed field by what it becomes; as input a value cell may also be text.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema !== ValueField && zodSchema !== CellValueSchema) return;
      const accepted = jsonSchema.anyOf ?? [{ ...jsonSchema }];
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
      jsonSchema.anyOf = [{ type: "string", description: "the cell's text: raw as given, text trimmed" }, ...accepted];
    },
  }) as Record<string, unknown>;
}

export { emptyNotes };

export function emptyFundsPart() {
  return { initial: null, annual: null, executed: null };
}

export function emptyFundsSubRow() {
  return { initial: null, annual: null, executed: null, rate: null };
}
