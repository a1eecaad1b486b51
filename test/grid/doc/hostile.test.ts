/**
 * Hostile and damaged Word 97 files: every one ends in a JixiaoError with a stable code (or a
 * reading with a warning), quickly, never in a hang or another exception. The files are built by
 * test/helpers/word97.ts and then damaged at known places of the container (MS-CFB) or the
 * Word structures ([MS-DOC]).
 */
import { describe, expect, it } from "vitest";
import { JixiaoError } from "../../../src/errors";
import { readDocumentModel } from "../../../src/grid/read";
import type { Grid } from "../../../src/grid/types";
import type { Limits } from "../../../src/input/limits";
import { defTable, innerRow, inTable, itap, row, word97, type Paragraph } from "../../helpers/word97";

async function outcome(bytes: Uint8Array, limits?: Partial<Limits>): Promise<string> {
  try {
    await readDocumentModel(bytes, { limits });
    return "ok";
  } catch (error) {
    if (!(error instanceof JixiaoError)) throw error;
    return error.code;
  }
}

const le = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** A document with a table, big enough (over 4,096 bytes per stream) to use regular sectors. */
function largeDoc(): Uint8Array {
  const paragraphs: Paragraph[] = [{ text: "附件".repeat(1500) }, ...row(["项目名称", "网络平台"], defTable([0, 1000, 3000]))];
  return word97(paragraphs);
}

/** Where the directory is, and a directory entry's offset by name. */
function directory(file: Uint8Array) {
  const view = le(file);
  const dirSector = view.getUint32(48, true);
  const at = (dirSector + 1) * 512;
  const entry = (name: string) => {
    for (let i = 0; i < 4; i++) {
      const e = at + i * 128;
      if (Buffer.from(file.subarray(e, e + name.length * 2)).toString("utf16le") === name) return e;
    }
    throw new Error(`no entry ${name}`);
  };
  return { dirSector, entry, view };
}

describe("the OLE container", () => {
  it("reads the undamaged files (the baseline of every case below)", async () => {
    expect(await outcome(largeDoc())).toBe("ok");
    expect(await outcome(word97([{ text: "小" }]))).toBe("ok");
  });

  it("a directory chain that loops → BAD_DOC", async () => {
    const file = largeDoc();
    const { dirSector, view } = directory(file);
    view.setUint32(512 + dirSector * 4, dirSector, true);
    expect(await outcome(file)).toBe("BAD_DOC");
  });

  it("a FAT entry pointing outside the file → BAD_DOC", async () => {
    const file = largeDoc();
    const { entry, view } = directory(file);
    const start = view.getUint32(entry("WordDocument") + 116, true);
    view.setUint32(512 + start * 4, 0x00fffff0, true);
    expect(await outcome(file)).toBe("BAD_DOC");
  });

  it("a stream claiming 1 GB in a file of a few KB → BAD_DOC, before anything is allocated", async () => {
    const file = largeDoc();
    const { entry, view } = directory(file);
    view.setUint32(entry("WordDocument") + 120, 1 << 30, true);
    expect(file.length).toBeLessThan(20_000);
    expect(await outcome(file)).toBe("BAD_DOC");
  });

  it("a stream above limits.maxEntryBytes → LIMIT_EXCEEDED", async () => {
    expect(await outcome(largeDoc(), { maxEntryBytes: 4096 })).toBe("LIMIT_EXCEEDED");
  });

  it("a mini FAT chain that loops → BAD_DOC", async () => {
    const file = word97([{ text: "小" }]);
    const { entry, view } = directory(file);
    const miniFat = (view.getUint32(60, true) + 1) * 512;
    const start = view.getUint32(entry("WordDocument") + 116, true);
    view.setUint32(miniFat + start * 4, start, true);
    expect(await outcome(file)).toBe("BAD_DOC");
  });

  it("a DIFAT chain that loops → BAD_DOC", async () => {
    const file = word97([{ text: "长".repeat(70_000) }]);
    const view = le(file);
    const last = file.length / 512 - 2;
    view.setUint32(44, 250, true); // 250 FAT sectors: 109 in the header, 127 in the first DIFAT sector, the rest in the next
    view.setUint32(68, last, true);
    view.setUint32((last + 1) * 512 + 508, last, true);
    expect(await outcome(file)).toBe("BAD_DOC");
  });

  it("every truncation of a file → a JixiaoError or a reading, never anything else", async () => {
    const file = largeDoc();
    const seen = new Set<string>();
    for (let cut = 0; cut < file.length; cut += 97) seen.add(await outcome(file.slice(0, cut)));
    // outcome() lets any other exception through, failing the test.
    for (const code of seen) expect(["BAD_DOC", "EMPTY_INPUT", "NOT_DOCX", "ok"]).toContain(code);
    expect(seen.has("BAD_DOC")).toBe(true);
  });
});

describe("the Word structures", () => {
  it("the encryption flag → ENCRYPTED", async () => {
    expect(await outcome(word97([{ text: "x" }], { patch: ({ word }) => (word[0x0b] |= 0x01) }))).toBe("ENCRYPTED");
  });

  it("a Word 6.0 / 95 file (nFib 101 / 104) → LEGACY_DOC_VERSION", async () => {
    for (const nFib of [101, 104]) expect(await outcome(word97([{ text: "x" }], { patch: ({ word }) => word.set([nFib, 0], 2) }))).toBe("LEGACY_DOC_VERSION");
  });

  it("a piece beyond the text stream → BAD_DOC", async () => {
    // Clx: clxt 2, lcb, CP[0], CP[1], then the piece descriptor: 2 bytes, then its FC.
    expect(await outcome(word97([{ text: "x" }], { patch: ({ table }) => le(table).setUint32(1 + 4 + 8 + 2, 0x00ffff00, true) }))).toBe("BAD_DOC");
  });

  it("a piece table that says it is larger than the table stream → BAD_DOC", async () => {
    expect(await outcome(word97([{ text: "x" }], { patch: ({ word }) => le(word).setUint32(0x9a + 33 * 8 + 4, 0x7fffffff, true) }))).toBe("BAD_DOC");
  });

  it("a paragraph property page beyond the text stream → BAD_DOC", async () => {
    const bytes = word97([{ text: "x" }], { patch: ({ word, table }) => {
      const papx = le(word).getUint32(0x9a + 13 * 8, true);
      le(table).setUint32(papx + 8, 0x3fffff, true); // the one page number after FC[0], FC[1]
    } });
    expect(await outcome(bytes)).toBe("BAD_DOC");
  });

  it("a property page claiming more runs than fit → BAD_DOC", async () => {
    const bytes = word97([{ text: "x" }], { patch: ({ word }) => {
      const pages = word.length / 512;
      word[(pages - 1) * 512 + 511] = 200;
    } });
    expect(await outcome(bytes)).toBe("BAD_DOC");
  });

  it("a paragraph claiming a table depth of a million is held to a quarter of limits.maxDepth (a .docx table level is four elements)", async () => {
    const model = await readDocumentModel(word97([
      { text: "深", papx: [...inTable, ...itap(1_000_000)] },
      ...innerRow(["a"], 1_000_000, defTable([0, 100])),
    ]), { limits: { maxDepth: 20 } });
    let depth = 0;
    let grids: Grid[] = model.blocks.flatMap((b) => (b.kind === "table" ? [b.grid] : []));
    while (grids.length) {
      depth++;
      grids = grids.flatMap((g) => g.cells.flatMap((c) => c.tables));
    }
    expect(depth).toBe(5);
  });

  it("50,000 paragraphs that each claim the deepest table and leave it: each goes two levels down at most, quickly", async () => {
    const paragraphs: Paragraph[] = Array.from({ length: 50_000 }, (_, i) => ({ text: "", papx: i % 2 ? [] : [...inTable, ...itap(1_000_000)] }));
    const started = performance.now();
    const model = await readDocumentModel(word97(paragraphs));
    expect(performance.now() - started).toBeLessThan(5_000);
    // Each deep paragraph is a one-cell table holding a one-cell table, and no deeper.
    const tablesOnly = model.blocks.filter((b) => b.kind === "table");
    expect(tablesOnly).toHaveLength(25_000);
    expect(tablesOnly.every((b) => b.kind === "table" && b.grid.cells[0].tables.length === 1 && b.grid.cells[0].tables[0].cells[0].tables.length === 0)).toBe(true);
  });

  it("pieces claiming more text than the stream holds (every piece the same bytes) → BAD_DOC", async () => {
    // Two pieces over the same 2,000 characters: each fits the stream, together they do not.
    const text = "长".repeat(1999);
    const bytes = word97([{ text }], { splitAt: [1000], patch: ({ table }) => {
      const view = le(table);
      view.setUint32(1 + 4 + 12 + 2 + 8, view.getUint32(1 + 4 + 12 + 2, true), true); // piece 2's FC := piece 1's
      view.setUint32(1 + 4 + 8, 0x7fffff00, true); // …and its CPs run to 2^31
    } });
    expect(await outcome(bytes)).toBe("BAD_DOC");
  });

  it("a table wider than limits.maxGridCells → LIMIT_EXCEEDED", async () => {
    const bytes = word97(Array.from({ length: 30 }, () => row(["a", "b", "c"], defTable([0, 10, 20, 30]))).flat());
    expect(await outcome(bytes, { maxGridCells: 50 })).toBe("LIMIT_EXCEEDED");
  });
});
