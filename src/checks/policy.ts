import { z } from "zod";
import { JixiaoError } from "../errors";
import { parseDecimal, type RoundingMode } from "../values";
import { describeIssues, givenFields } from "../options";

/**
 * How the funds score (资金执行率得分) is expected to follow from the execution rate. Departments
 * differ: some round, some truncate, some cap at the weight. A policy is plain data so a caller
 * can state its own rules.
 */
export interface ScoringPolicy {
  /** Rounding modes accepted when bringing rate × weight to the places the score is written with. */
  rounding: readonly RoundingMode[];
  /** Cap rate × weight at the weight (a rate above 100% earns no more than the weight). */
  cap: boolean;
  /** Largest accepted |score − expected|, as decimal text. */
  tolerance: string;
}

/**
 * Accepts rate × weight, capped, rounded half-up or truncated: the seed scores 92.6% → 9, 84.75% → 8.
 * Frozen, the rounding list too: it is shared by every call, so a change would alter (and skip the
 * checks of) every later call. Build your own with a spread: `{ ...DEFAULT_POLICY, cap: false }`.
 */
export const DEFAULT_POLICY: Readonly<ScoringPolicy> = Object.freeze({
  rounding: Object.freeze(["half-up", "down"] as const),
  cap: true,
  tolerance: "0",
});

const ROUNDING_MODES = ["half-up", "half-even", "down", "up"] as const satisfies readonly RoundingMode[];

const PolicySchema = z.strictObject({
  rounding: z.array(z.enum(ROUNDING_MODES)).min(1, "give at least one rounding mode").optional(),
  cap: z.boolean().optional(),
  tolerance: z
    .string()
    .refine((s) => {
      const d = parseDecimal(s);
      return d !== null && d.coef >= 0n;
    }, "a decimal number ≥ 0 written as text, e.g. \"0.5\"")
    .optional(),
});

/** The default policy with the caller's changes; a value the rules cannot use is a BAD_OPTION. */
export function resolvePolicy(policy?: Partial<ScoringPolicy>): Readonly<ScoringPolicy> {
  if (policy === undefined || policy === DEFAULT_POLICY) return DEFAULT_POLICY;
  const parsed = PolicySchema.safeParse(policy);
  if (!parsed.success) throw new JixiaoError("BAD_OPTION", `policy: ${describeIssues(parsed.error)}. See "Scoring policy" in the README.`);
  const given = givenFields(parsed.data);
  // Copied and frozen: neither the defaults nor the caller's list are shared with the result, so a
  // later change to either cannot alter a policy that was already checked.
  return Object.freeze({
    ...DEFAULT_POLICY,
    ...given,
    rounding: Object.freeze([...(given.rounding ?? DEFAULT_POLICY.rounding)]),
  });
}
