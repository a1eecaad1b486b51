import { z } from "zod";

/**
 * The schema of a typed reading (values/readValue's output) as it appears in records and JSON.
 * A test reads thousands of strings through readValue and checks each result against this.
 */
const Comparator = z.enum([">=", "<=", ">", "<", "="]).nullable();

export const ReadingSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("number"), raw: z.string(), comparator: Comparator, value: z.string(), percent: z.boolean(),
    unit: z.string().nullable(), approx: z.boolean(), per: z.string().optional(),
  }),
  z.object({
    kind: z.literal("range"), raw: z.string(), min: z.string(), max: z.string(), percent: z.boolean(),
    unit: z.string().nullable(), approx: z.boolean(),
  }),
  z.object({
    kind: z.literal("date"), raw: z.string(), comparator: z.enum(["<=", ">=", "="]).nullable(), date: z.string(), yearAssumed: z.boolean(),
  }),
  z.object({ kind: z.literal("qualitative"), raw: z.string(), value: z.string(), grade: z.enum(["好", "较好", "一般", "差"]).optional() }),
  z.object({ kind: z.literal("text"), raw: z.string(), value: z.string() }),
  z.object({ kind: z.literal("empty"), raw: z.string() }),
]);

export const AssessmentSchema = z.object({
  direction: z.enum(["正向", "反向", "等于", "定性"]).nullable(),
  met: z.boolean().nullable(),
});
