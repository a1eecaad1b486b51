import { describe, expect, it } from "vitest";
import { chromiumGate, findChromium } from "./chromium";

describe("chromiumGate: browser tests run, skip, or fail", () => {
  it.each([
    ["/usr/bin/chromium", {}, "run"],
    ["/usr/bin/chromium", { CI: "true" }, "run"],
    [null, {}, "skip"],
    [null, { CI: "false" }, "skip"],
    [null, { JIXIAO_REQUIRE_CHROMIUM: "0" }, "skip"],
    [null, { CI: "true" }, "fail"],
    [null, { CI: "1" }, "fail"],
    [null, { JIXIAO_REQUIRE_CHROMIUM: "1" }, "fail"],
  ] as const)("chromium %s, env %j → %s", (chromium, env, expected) => {
    expect(chromiumGate(chromium, env)).toBe(expected);
  });

  it("JIXIAO_CHROMIUM names the program; a name that does not exist is absent", () => {
    expect(findChromium({ JIXIAO_CHROMIUM: "/nonexistent/chromium" })).toBeNull();
    expect(findChromium({ JIXIAO_CHROMIUM: process.execPath })).toBe(process.execPath);
  });
});
