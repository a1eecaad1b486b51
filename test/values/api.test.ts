import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as values from "../../src/values";

describe("src/values public surface", () => {
  it("exports exactly these runtime names", () => {
    expect(Object.keys(values).sort()).toEqual([
      "QUALITATIVE_PHRASES",
      "add",
      "assessIndicator",
      "cmp",
      "decimalToString",
      "div",
      "eq",
      "formatReading",
      "isZero",
      "min",
      "mul",
      "normalize",
      "parseDecimal",
      "placesOf",
      "readValue",
      "round",
      "sub",
      "sum",
      "toNumber",
    ]);
  });

  it("imports nothing from outside src/values", () => {
    const dir = join(import.meta.dirname, "../../src/values");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(join(dir, file), "utf8");
      const specifiers = [...source.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
      for (const specifier of specifiers) {
        expect(specifier.startsWith("./") || specifier === "zod", `${file} imports ${specifier}`).toBe(true);
      }
    }
  });
});
