import { describe, expect, it } from "vitest";
import { sofficeGate } from "./soffice";

describe("sofficeGate: LibreOffice tests run, skip, or fail", () => {
  it.each([
    ["/usr/bin/soffice", {}, "run"],
    ["/usr/bin/soffice", { CI: "true" }, "run"],
    [null, {}, "skip"],
    [null, { CI: "false" }, "skip"],
    [null, { JIXIAO_REQUIRE_SOFFICE: "0" }, "skip"],
    [null, { CI: "true" }, "fail"],
    [null, { CI: "1" }, "fail"],
    [null, { JIXIAO_REQUIRE_SOFFICE: "1" }, "fail"],
  ] as const)("soffice %s, env %j → %s", (soffice, env, expected) => {
    expect(sofficeGate(soffice, env)).toBe(expected);
  });
});
