/**
 * A record given to the target functions, checked against its kind's schema: from parseDocx it
 * passes as it is; from JSON or a program, value cells may be text and defaults are filled in. A
 * record of another kind, or one that does not fit, throws INVALID_RECORD naming each problem.
 */
import type { z } from "zod";
import { JixiaoError } from "../errors";

export function parseRecordOf<S extends z.ZodType>(schema: S, kind: string, what: string, record: unknown): z.infer<S> {
  const given = (record as { kind?: unknown } | null)?.kind;
  if (given !== kind) throw new JixiaoError("INVALID_RECORD", `kind: expected "${kind}" (${what}), received ${JSON.stringify(given) ?? "nothing"}`);
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.map(String).join(".")}: ${issue.message.replace(/^Invalid input: /, "")}`);
  throw new JixiaoError("INVALID_RECORD", `${problems.length} problem${problems.length === 1 ? "" : "s"} in the ${kind} record:\n${problems.join("\n")}`, problems);
}
