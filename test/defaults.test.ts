/**
 * DEFAULT_LIMITS and DEFAULT_POLICY are shared by every call in a process: a caller must not be
 * able to change them (that would change every later call, past the option checks), and the
 * options built from them must be copies.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, DEFAULT_POLICY, type Limits, type ScoringPolicy } from "../src/index";
import { resolveLimits } from "../src/input/limits";
import { resolvePolicy } from "../src/checks/policy";

// What a careless caller would write; the casts stand for plain JavaScript, which has no readonly.
const writable = <T>(value: unknown) => value as T;

describe("DEFAULT_LIMITS", () => {
  it("is frozen: assigning a limit throws and the default stays", () => {
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
    expect(() => {
      writable<Limits>(DEFAULT_LIMITS).maxDepth = -1;
    }).toThrow(TypeError);
    expect(() => {
      writable<Record<string, number>>(DEFAULT_LIMITS).maxSomething = 1;
    }).toThrow(TypeError);
    expect(DEFAULT_LIMITS.maxDepth).toBe(256);
    expect(resolveLimits().maxDepth).toBe(256);
  });

  it("the caller's limits give a new object; the defaults and the caller's object stay apart", () => {
    const mine: Partial<Limits> = { maxDepth: 50 };
    const resolved = resolveLimits(mine);
    expect(resolved).not.toBe(DEFAULT_LIMITS);
    expect(resolved.maxDepth).toBe(50);
    expect(resolved.maxEntries).toBe(10_000);
    expect(DEFAULT_LIMITS.maxDepth).toBe(256);
    mine.maxDepth = -1; // after the check: must not reach the resolved limits
    expect(resolved.maxDepth).toBe(50);
    expect(Object.isFrozen(resolved)).toBe(true);
  });

  it("a spread of the defaults is a plain object the caller can change", () => {
    const copy = { ...DEFAULT_LIMITS, maxDepth: 64 };
    copy.maxEntries = 5;
    expect(resolveLimits(copy)).toMatchObject({ maxDepth: 64, maxEntries: 5 });
  });
});

describe("DEFAULT_POLICY", () => {
  it("is frozen, its rounding list too: changing either throws and the default stays", () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY.rounding)).toBe(true);
    expect(() => {
      writable<ScoringPolicy>(DEFAULT_POLICY).tolerance = "not a number";
    }).toThrow(TypeError);
    expect(() => writable<string[]>(DEFAULT_POLICY.rounding).push("up")).toThrow(TypeError);
    expect(() => {
      writable<string[]>(DEFAULT_POLICY.rounding)[0] = "up";
    }).toThrow(TypeError);
    expect(DEFAULT_POLICY).toEqual({ rounding: ["half-up", "down"], cap: true, tolerance: "0" });
    expect(resolvePolicy()).toEqual({ rounding: ["half-up", "down"], cap: true, tolerance: "0" });
  });

  it("the caller's policy gives a new object whose rounding list is neither the default's nor the caller's", () => {
    const rounding: ScoringPolicy["rounding"] = ["half-even"];
    const resolved = resolvePolicy({ rounding, cap: false });
    expect(resolved).toEqual({ rounding: ["half-even"], cap: false, tolerance: "0" });
    expect(resolved.rounding).not.toBe(rounding);
    writable<string[]>(rounding).push("not a mode"); // after the check: must not reach the policy
    expect(resolved.rounding).toEqual(["half-even"]);
    expect(Object.isFrozen(resolved.rounding)).toBe(true);

    const keepsDefaultRounding = resolvePolicy({ cap: false });
    expect(keepsDefaultRounding.rounding).toEqual(["half-up", "down"]);
    expect(() => writable<string[]>(keepsDefaultRounding.rounding).push("up")).toThrow(TypeError);
    expect(DEFAULT_POLICY.rounding).toEqual(["half-up", "down"]);
  });
});
