import type { z } from "zod";

/** zod's issues about an option object, as one line: "rounding.0: Invalid option …; cap: …". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.map(String).join(".") || "(value)"}: ${issue.message}`).join("; ");
}
