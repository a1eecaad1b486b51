/**
 * Hostile RTF: each case ends in a typed error or a warning, within the limits, quickly.
 */
import { describe, expect, it } from "vitest";
import { readDocumentModel } from "../../../src/grid/read";
import type { Limits } from "../../../src/input/limits";

const encode = (s: string) => new TextEncoder().encode(s);
const rtf = (body: string) => encode(String.raw`{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}` + body + "}");

async function codeOf(bytes: Uint8Array, limits?: Partial<Limits>): Promise<string> {
  try {
    await readDocumentModel(bytes, { limits });
    return "no error";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe("RTF limits and hostile input", () => {
  it("100,000 nested groups → LIMIT_EXCEEDED (limits.maxDepth), not a stack overflow", async () => {
    const deep = encode(String.raw`{\rtf1 ` + "{".repeat(100_000) + "x" + "}".repeat(100_001));
    expect(await codeOf(deep)).toBe("LIMIT_EXCEEDED");
    // Within a raised limit the same file is read: the parser itself has no recursion.
    const model = await readDocumentModel(deep, { limits: { maxDepth: 200_000 } });
    expect(model.blocks).toEqual([{ kind: "paragraph", text: "x" }]);
  });

  it("tables nested 100,000 deep (\\itap) → LIMIT_EXCEEDED", async () => {
    expect(await codeOf(rtf(String.raw`\pard\intbl\itap100000 x\nestcell\par`))).toBe("LIMIT_EXCEEDED");
  });

  it("a file above limits.maxEntryBytes → LIMIT_EXCEEDED before it is read", async () => {
    expect(await codeOf(rtf(String.raw`\pard ` + "x".repeat(5000) + String.raw`\par`), { maxEntryBytes: 1000 })).toBe("LIMIT_EXCEEDED");
  });

  it("thousands of distinct \\cellx boundaries over many rows → LIMIT_EXCEEDED (limits.maxGridCells)", async () => {
    // 200 rows of 500 cells, each row's boundaries 1 twip off the others': 200 × 100,200 grid
    // positions, four times the default limit, from a 2 MB file.
    const row = (shift: number) =>
      String.raw`\trowd` + Array.from({ length: 500 }, (_, i) => String.raw`\cellx${(i + 1) * 1000 + shift}`).join("") + String.raw`\pard\intbl ` + "x\\cell ".repeat(500) + String.raw`\row`;
    const body = Array.from({ length: 200 }, (_, r) => row(r)).join("") + String.raw`\pard\par`;
    expect(await codeOf(rtf(body))).toBe("LIMIT_EXCEEDED");
    // The same shape, small: 20 rows × 1,020 columns, refused under 10,000 positions, read under 1,000,000.
    const small = Array.from({ length: 20 }, (_, r) => row(r).replace(/\\cellx(\d+)/g, (_m, v: string) => (Number(v) > 50_100 ? "" : `\\cellx${v}`)).replace("x\\cell ".repeat(500), "x\\cell ".repeat(50))).join("");
    expect(await codeOf(rtf(small + String.raw`\pard\par`), { maxGridCells: 10_000 })).toBe("LIMIT_EXCEEDED");
    expect(await codeOf(rtf(small + String.raw`\pard\par`), { maxGridCells: 1_000_000 })).toBe("no error");
  });

  it("more cells or \\cellx in the file than limits.maxGridCells → LIMIT_EXCEEDED as they come, before any grid is built", async () => {
    expect(await codeOf(rtf(String.raw`\trowd` + String.raw`\cellx1`.repeat(200)), { maxGridCells: 100 })).toBe("LIMIT_EXCEEDED");
    expect(await codeOf(rtf(String.raw`\pard\intbl ` + String.raw`x\cell `.repeat(200)), { maxGridCells: 100 })).toBe("LIMIT_EXCEEDED");
  });

  it("absurd \\cellx values and parameters are clamped, not trusted", async () => {
    const model = await readDocumentModel(rtf(String.raw`\trowd\trleft-99999999999\cellx99999999999999\cellx-5\pard\intbl a\cell b\cell\row\pard\par`));
    const grid = model.blocks.flatMap((b) => (b.kind === "table" ? [b.grid] : []))[0];
    expect(grid.positions.map((line) => line.map((c) => c?.text ?? null))).toEqual([["a", "b"]]);
    expect(model.messages.map((m) => m.code)).toEqual(["BAD_CELL_BOUNDARY"]);
  });

  it("a \\bin claiming 2 GB in a short file stops at the end with TRUNCATED_RTF", async () => {
    const model = await readDocumentModel(rtf(String.raw`\pard a\par{\pict\bin2000000000 xyz}`));
    expect(model.blocks).toEqual([{ kind: "paragraph", text: "a" }]);
    expect(model.messages.map((m) => m.code)).toEqual(["TRUNCATED_RTF"]);
  });

  it("a huge \\uc skips only to the end of its group", async () => {
    const model = await readDocumentModel(rtf(String.raw`\pard {\uc2147483647\u20013 lost}kept\par`));
    expect(model.blocks).toEqual([{ kind: "paragraph", text: "中kept" }]);
  });

  it("more closing braces than opening ones: what was read is kept, with TRUNCATED_RTF", async () => {
    const model = await readDocumentModel(encode(String.raw`{\rtf1 \pard a\par}}}\pard b\par`));
    expect(model.blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual(["a", "b"]);
    expect(model.messages.map((m) => m.code)).toEqual(["TRUNCATED_RTF"]);
  });

  it("an unknown \\ansicpg or \\fcharset falls back to Windows-1252", async () => {
    const model = await readDocumentModel(encode(String.raw`{\rtf1\ansi\ansicpg99999{\fonttbl{\f1\fcharset250 X;}}\pard\f1 caf\'e9\par}`));
    expect(model.blocks).toEqual([{ kind: "paragraph", text: "café" }]);
  });
});
