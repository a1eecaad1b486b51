import type { RoundingMode } from "../values";

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

/** Accepts rate × weight, capped, rounded half-up or truncated: the seed scores 92.6% → 9, 84.75% → 8. */
export const DEFAULT_POLICY: ScoringPolicy = {
  rounding: ["half-up", "down"],
  cap: true,
  tolerance: "0",
};

export function resolvePolicy(policy?: Partial<ScoringPolicy>): ScoringPolicy {
  return { ...DEFAULT_POLICY, ...policy };
}
