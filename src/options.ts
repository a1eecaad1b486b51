import type { z } from "zod";

/** zod's issues about an option object, as one line: "rounding.0: Invalid option …; cap: …". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.map(String).join(".") || "(value)"}: ${issue.message}`).join("; ");
}

/** The fields a caller gave a value: one given as `undefined` keeps its default. */
export function givenFields<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
