import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, expectTypeOf, it } from "vitest";
import { MESSAGE_CODES, messageCode, type MessageCode } from "../../src/model/codes";
import type { Message } from "../../src/model/message";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The rows of the README's message-code table (the one headed | Code | Severity | Meaning |). */
function readmeCodeTable(): string[][] {
  const lines = readFileSync(join(ROOT, "README.md"), "utf8").split("\n");
  const start = lines.findIndex((l) => /^\| Code \| Severity \| Meaning \|$/.test(l));
  expect(start, "README has a | Code | Severity | Meaning | table").toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(line.slice(1, -1).split(" | ").map((cell) => cell.trim()));
  }
  return rows;
}

/** Code literals the lower layers (grid, input) emit as plain strings: `code: "X"`. */
function lowerLayerCodes(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return lowerLayerCodes(path);
    return [...readFileSync(path, "utf8").matchAll(/\bcode: "([A-Z][A-Z0-9_]+)",/g)].map((m) => m[1]);
  });
}

describe("message codes: one list, documented", () => {
  it("the README's message-code table is exactly the list: codes, order, severities, meanings", () => {
    const readme = readmeCodeTable().map(([code, severity, meaning]) => [code.replace(/`/g, ""), severity, meaning.replace(/`/g, "")]);
    const listed = Object.entries(MESSAGE_CODES).map(([code, { severity, en }]) => [code, severity.join(" / "), en]);
    expect(readme).toEqual(listed);
  });

  it("names no code twice and gives every code a Chinese description", () => {
    const codes = readmeCodeTable().map(([code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const { zh } of Object.values(MESSAGE_CODES)) expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it("Message.code is the union of the listed codes", () => {
    expectTypeOf<Message["code"]>().toEqualTypeOf<MessageCode>();
    expectTypeOf<"TOTAL_SCORE_MISMATCH">().toExtend<Message["code"]>();
    expectTypeOf<"NOT_A_CODE">().not.toExtend<Message["code"]>();
  });

  it("the grid and input layers, which keep string codes, emit only listed ones", () => {
    const emitted = [...lowerLayerCodes(join(ROOT, "src/grid")), ...lowerLayerCodes(join(ROOT, "src/input"))];
    expect(emitted).toContain("MERGE_WITHOUT_ORIGIN");
    for (const code of emitted) expect(Object.keys(MESSAGE_CODES), code).toContain(code);
  });

  it("the exported list is frozen, its entries and severity lists too", () => {
    expect(() => Object.assign(MESSAGE_CODES, { MY_CODE: { severity: ["info"], en: "", zh: "" } })).toThrow(TypeError);
    expect(() => (MESSAGE_CODES.NO_FORM.severity as unknown as string[]).push("info")).toThrow(TypeError);
    expect(() => Object.assign(MESSAGE_CODES.NO_FORM, { en: "changed" })).toThrow(TypeError);
    expect(messageCode("NO_FORM")).toBe("NO_FORM");
    expect(() => messageCode("MY_CODE")).toThrow(/not in MESSAGE_CODES/);
  });

  it("a reader message with an unlisted code is our bug: a plain Error naming the list", () => {
    expect(messageCode("ZIP_CRC_MISMATCH")).toBe("ZIP_CRC_MISMATCH");
    expect(() => messageCode("MAMMOTH_NOTICE")).toThrow(/MAMMOTH_NOTICE is not in MESSAGE_CODES/);
    expect(() => messageCode("toString")).toThrow(Error);
  });
});
