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

export const IndicatorSchema = z.object({
  level1: Text,
  level1Weight: Num,
  level2: Text,
  name: Text,
  target: ValueField,
  actual: ValueField,
  weight: Num,
  score: Num,
  deviation: Text,
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

export const FormRecordSchema = z.object({
  kind: z.literal("project-self-evaluation"),
  attachment: Text,
  title: Text,
  level: Text,
  year: z.number().int().nullable(),
  project: z.object({ name: Text, department: Text, implementingUnit: Text }),
  funds: z.object({
    unit: Text,
    total: FundsPart.extend({ weight: Num, rate: ValueField, score: Num }),
    appropriation: FundsPart,
    carryover: FundsPart,
    other: FundsPart,
  }),
  goal: z.object({ expected: Text, actual: Text }),
  indicators: z.array(IndicatorSchema),
  total: z.object({ weight: Num, score: Num }),
  footer: z.object({ unitLeader: Text, filler: Text, phone: Text, date: Text }),
  extras: z.array(ExtraSchema).default([]),
  source: SourceSchema.optional(),
});
export type FormRecord = z.infer<typeof FormRecordSchema>;
/** A record as accepted from JSON or a program: `extras` may be left out, a value cell given as its text. */
export type FormRecordInput = z.input<typeof FormRecordSchema>;

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

export function emptyFundsPart() {
  return { initial: null, annual: null, executed: null };
}
