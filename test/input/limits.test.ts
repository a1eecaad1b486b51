/**
 * Hostile and broken packages: limits read from the zip directory before anything is inflated,
 * directories that lie, DOCTYPEs and entities, deep nesting, huge spans, and a large honest file.
 */
import { strFromU8, strToU8, unzipSync } from "fflate";
import { crc32, createDeflateRaw, deflateRawSync, constants as zlib } from "node:zlib";
import { describe, expect, it } from "vitest";
import { JixiaoError } from "../../src/errors";
import { readDocumentModel, readTables } from "../../src/grid/read";
import { DEFAULT_LIMITS, type Limits } from "../../src/input/limits";
import { parseDocx } from "../../src/parse";
import { formXml } from "../helpers/form-xml";
import { cell, docxOf, row, table } from "../helpers/ooxml";
import { READERS } from "../helpers/fixtures";
import { concat, deflatedEntry, entryPlace, rawZip, type RawEntry } from "../fuzz/zip-bytes";
import { projects } from "../helpers/record";

async function failure(input: Uint8Array, options: { limits?: Partial<Limits>; reader?: "direct" | "mammoth" } = {}): Promise<JixiaoError> {
  try {
    await parseDocx(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(JixiaoError);
    return error as JixiaoError;
  }
  throw new Error("parseDocx did not throw");
}

/** The parts docxOf writes, as entries we can make lie. */
function entriesOf(docx: Uint8Array): RawEntry[] {
  return Object.entries(unzipSync(docx)).map(([name, data]) => deflatedEntry(name, data));
}

function withMain(docx: Uint8Array, change: (main: RawEntry) => RawEntry): Uint8Array {
  return rawZip(entriesOf(docx).map((e) => (e.name === "word/document.xml" ? change(e) : e)));
}

/**
 * A deflate stream of `chunks` MiB of zeros, ~1 KB per MiB: one sync-flushed block of zeros
 * repeated (each copy refers back to zeros already written), then an empty final block.
 */
function zerosStream(chunks: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1 << 20), { level: 9, finishFlush: zlib.Z_SYNC_FLUSH });
  return concat([...Array.from({ length: chunks }, () => block), new Uint8Array([0x03, 0x00])]);
}

/** The same without flushes: Huffman blocks only, no stored blocks (fflate throws on those past its buffer). */
async function zerosStreamUnflushed(mib: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const zeros = Buffer.alloc(1 << 20);
  for (let i = 0; i < mib; i++) if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once("drain", resolve));
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

const FORM = docxOf(formXml());

describe("limits are checked from the zip directory before inflating", () => {
  const sizes = entriesOf(FORM).map((e) => e.originalSize);
  const main = entriesOf(FORM).find((e) => e.name === "word/document.xml")!;

  it("reads the form with the defaults", async () => {
    expect((await parseDocx(FORM)).forms).toHaveLength(1);
  });

  it.each([
    ["maxEntries", { maxEntries: sizes.length - 1 }, /entries/],
    ["maxTotalBytes", { maxTotalBytes: sizes.reduce((a, b) => a + b) - 1 }, /add up to/],
    ["maxEntryBytes", { maxEntryBytes: main.originalSize - 1 }, /word\/document\.xml would inflate/],
  ] as const)("%s one below what the file needs → LIMIT_EXCEEDED", async (_, limits, message) => {
    const error = await failure(FORM, { limits });
    expect(error.code).toBe("LIMIT_EXCEEDED");
    expect(error.message).toMatch(message);
  });

  it("passes with each limit exactly at what the file needs", async () => {
    const limits = { maxEntries: sizes.length, maxTotalBytes: sizes.reduce((a, b) => a + b), maxEntryBytes: Math.max(...sizes) };
    expect((await parseDocx(FORM, { limits })).forms).toHaveLength(1);
  });

  it("a directory claiming 65,535 entries is refused before they are walked", async () => {
    const zip = FORM.slice();
    const view = new DataView(zip.buffer);
    const end = zip.length - 22;
    view.setUint16(end + 8, 0xffff, true);
    view.setUint16(end + 10, 0xffff, true);
    expect((await failure(zip)).message).toMatch(/65535 entries, more than 10000/);
  });

  it("a zip bomb (256 MiB of zeros in 256 KB) is refused by its ratio, with the default limits", async () => {
    const stream = zerosStream(256);
    const bomb = withMain(FORM, (e) => ({ ...e, data: stream, size: stream.length, originalSize: 256 << 20, crc: 0 }));
    const error = await failure(bomb);
    expect(error.code).toBe("LIMIT_EXCEEDED");
    expect(error.message).toMatch(/compression ratio above 1000/);
  });

  it("the ratio limit applies to entries above 1 MiB only", async () => {
    const padded = docxOf(formXml({ after: [" ".repeat(2 << 20)] }));
    expect((await failure(padded, { limits: { maxRatio: 10 } })).message).toMatch(/ratio above 10 /);
    expect((await parseDocx(FORM, { limits: { maxRatio: 1 } })).forms).toHaveLength(1);
  });

  it("a stated size above maxEntryBytes is refused without allocating it (the data is tiny)", async () => {
    const liar = withMain(FORM, (e) => ({ ...e, originalSize: 0xfffffff0 }));
    expect((await failure(liar)).code).toBe("LIMIT_EXCEEDED");
  });

  it("checks every entry, not only the ones we read (mammoth reads styles and images too)", async () => {
    const zip = rawZip([...entriesOf(FORM), { ...deflatedEntry("word/media/image1.png", "x"), originalSize: 300 << 20 }]);
    expect((await failure(zip)).message).toMatch(/word\/media\/image1\.png would inflate/);
  });
});

describe("a zip directory that lies about the uncompressed size", () => {
  /*
   * What fflate does (0.8.3, lib/index.cjs inflt): unzipSync allocates `new Uint8Array(originalSize)`
   * from the directory and calls inflateSync(data, { out }). With a caller's buffer it never grows
   * it. Huffman-coded bytes past the end are written to a typed array out of bounds, which drops
   * them silently: the result is the first originalSize bytes, no error, and the whole stream is
   * still decoded (9 s of CPU for 1 GiB of zeros stated as 1,000 bytes). A stored block past the
   * end throws a RangeError ("offset is out of bounds"). The reader now inflates with zlib and
   * maxOutputLength = the stated size, which stops as soon as the output passes it (in browsers,
   * with fflate's streaming inflater fed 16 KB at a time: test/input/inflate.test.ts runs both).
   */
  it("understated: the entry inflates to more than stated → BAD_ZIP, not a silently cut document", async () => {
    const liar = withMain(FORM, (e) => ({ ...e, originalSize: 100 }));
    // Why this needs a check of ours: fflate, which the reader used to inflate with, cuts this entry
    // silently to the 100 bytes stated.
    const whole = unzipSync(FORM)["word/document.xml"];
    expect(unzipSync(liar)["word/document.xml"]).toEqual(whole.subarray(0, 100));
    expect(whole.length).toBeGreaterThan(100);
    const error = await failure(liar);
    expect(error.code).toBe("BAD_ZIP");
    expect(error.message).toMatch(/word\/document\.xml inflates to more than the 100 bytes/);
  });

  it("understated bomb: 256 MiB of zeros stated as 1,000 bytes stops after 1,000 bytes (fflate decoded it all, ~2 s)", async () => {
    const stream = await zerosStreamUnflushed(256);
    const bomb = withMain(FORM, (e) => ({ ...e, data: stream, size: stream.length, originalSize: 1000 }));
    const t0 = performance.now();
    expect((await failure(bomb)).message).toMatch(/inflates to more than the 1000 bytes/);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it("overstated: fewer bytes than stated → BAD_ZIP", async () => {
    const liar = withMain(FORM, (e) => ({ ...e, originalSize: e.originalSize * 10 }));
    expect((await failure(liar)).message).toMatch(/holds \d+ bytes, not the \d+ its directory entry states/);
  });

  it("a deflate stream cut short → BAD_ZIP", async () => {
    const cut = withMain(FORM, (e) => ({ ...e, data: e.data.subarray(0, e.data.length >> 1), size: e.data.length >> 1 }));
    expect((await failure(cut)).message).toMatch(/unexpected end of file/);
  });

  it("a stored entry whose stated size runs past the end of the file → BAD_ZIP", async () => {
    const xml = unzipSync(FORM)["word/document.xml"];
    const stored = withMain(FORM, (e) => ({ ...e, method: 0, data: xml, size: xml.length + 5000, originalSize: xml.length + 5000 }));
    expect((await failure(stored)).code).toBe("BAD_ZIP");
  });

  it("a checksum mismatch is a warning, and the form is still read", async () => {
    const damaged = withMain(FORM, (e) => ({ ...e, crc: (e.crc + 1) >>> 0 }));
    const { forms, messages } = await parseDocx(damaged);
    expect(forms).toHaveLength(1);
    expect(messages.map((m) => m.code)).toContain("ZIP_CRC_MISMATCH");
  });

  it("a local header that is not where the directory says → BAD_ZIP", async () => {
    const zip = FORM.slice();
    const { central } = entryPlace(zip, "word/document.xml");
    new DataView(zip.buffer).setUint32(central + 42, 7, true);
    expect((await failure(zip)).message).toMatch(/local header of word\/document\.xml is missing/);
  });

  it("an unknown compression method → BAD_ZIP", async () => {
    expect((await failure(withMain(FORM, (e) => ({ ...e, method: 12 })))).message).toMatch(/compression method 12/);
  });

  it("an entry flagged as zip-encrypted → ENCRYPTED", async () => {
    const zip = FORM.slice();
    const { central } = entryPlace(zip, "word/document.xml");
    new DataView(zip.buffer).setUint16(central + 8, 1, true);
    expect((await failure(zip)).code).toBe("ENCRYPTED");
  });

  it("honest entries written by this test's zip writer read back (the writer is not the bug)", async () => {
    expect((await parseDocx(rawZip(entriesOf(FORM)))).forms).toHaveLength(1);
    expect(crc32(unzipSync(FORM)["word/document.xml"])).toBe(entriesOf(FORM).find((e) => e.name === "word/document.xml")!.crc);
  });
});

describe("DOCTYPE and entity declarations are never expanded", () => {
  const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("");
  const doctype = `<!DOCTYPE w:document [<!ENTITY lol "lol">${laughs}<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;
  /** The form, with a billion-laughs DOCTYPE and two paragraphs that use the entities. */
  const xml = strFromU8(unzipSync(docxOf(formXml({ after: ["LAUGHS", "XXE"] })))["word/document.xml"])
    .replace("?>", `?>${doctype}`).replace("LAUGHS", "&lol9;").replace("XXE", "&xxe;");
  const bomb = rawZip([...entriesOf(FORM).filter((e) => e.name !== "word/document.xml"), deflatedEntry("word/document.xml", xml)]);

  it("the direct reader reads the form at once and keeps the references as text", async () => {
    const t0 = performance.now();
    const model = await readDocumentModel(bomb);
    expect(performance.now() - t0).toBeLessThan(5_000);
    const paragraphs = model.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
    expect(paragraphs.slice(-2)).toEqual(["&lol9;", "&xxe;"]);
    expect(JSON.stringify(model)).not.toMatch(/lollol|root:/);
    expect((await parseDocx(bomb)).forms).toHaveLength(1);
  });

  it("the mammoth reader (xmldom) refuses the undeclared entity → BAD_XML", async () => {
    expect((await failure(bomb, { reader: "mammoth" })).message).toMatch(/entity not found/);
  });
});

describe("nesting depth (limits.maxDepth)", () => {
  const nested = (depth: number) => docxOf("<w:customXml>".repeat(depth) + formXml() + "</w:customXml>".repeat(depth));

  it("300 levels → LIMIT_EXCEEDED with the default of 256", async () => {
    const error = await failure(nested(300));
    expect(error.code).toBe("LIMIT_EXCEEDED");
    expect(error.message).toMatch(/deeper than 256/);
  });

  it("300 levels read with a raised limit", async () => {
    expect((await parseDocx(nested(300), { limits: { maxDepth: 400 } })).forms).toHaveLength(1);
  });

  it("100,000 levels: LIMIT_EXCEEDED, no stack overflow", async () => {
    expect((await failure(nested(100_000))).code).toBe("LIMIT_EXCEEDED");
  });

  it("applies to the mammoth reader too (its XML parser recurses: 100,000 levels overflowed its stack)", async () => {
    expect((await failure(nested(300), { reader: "mammoth" })).code).toBe("LIMIT_EXCEEDED");
    expect((await failure(nested(100_000), { reader: "mammoth" })).code).toBe("LIMIT_EXCEEDED");
  });
});

describe("grid size (limits.maxGridCells)", () => {
  // 3,000 one-cell rows spanning 9,999 columns: 30 million positions from a 3 KB .docx.
  const wide = docxOf(table(2, Array.from({ length: 3_000 }, () => row([cell("x", { span: 9_999 })]))));

  it.each(READERS)("a few kilobytes asking for 30 million positions → LIMIT_EXCEEDED (%s)", async (reader) => {
    expect(wide.length).toBeLessThan(10_000);
    const error = await failure(wide, { reader });
    expect(error.code).toBe("LIMIT_EXCEEDED");
    expect(error.message).toMatch(/maxGridCells/);
  });

  it("counts all tables of the document", async () => {
    const tables = docxOf(formXml() + table(9, Array.from({ length: 100 }, () => row([cell("x", { span: 9 })]))));
    const grids = (await readTables(tables)).tables;
    const needed = grids.reduce((n, g) => n + g.rowCount * g.colCount, 0);
    expect(needed).toBeGreaterThan(900);
    expect((await parseDocx(tables, { limits: { maxGridCells: needed } })).forms).toHaveLength(1);
    expect((await failure(tables, { limits: { maxGridCells: needed - 1 } })).code).toBe("LIMIT_EXCEEDED");
  });

  it("a web page saved as .doc is held to it too", async () => {
    const html = `<html><body><table>${"<tr><td colspan=9000>x</td></tr>".repeat(1_000)}</table></body></html>`;
    expect((await failure(strToU8(html))).code).toBe("LIMIT_EXCEEDED");
  });
});

describe("a large honest document", () => {
  it("a 20 MB document.xml with 10,000 indicator rows is read in full", async () => {
    const note = "说明文字".repeat(120);
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      row([cell("", { vMerge: "continue" }), cell("", { vMerge: "continue" }), cell("质量指标"), ...[`指标${i + 3}：${note}`, "100%", "100%", "0", "0", ""].map((t) => cell(t))]));
    const xml = formXml({ extraRows: rows });
    expect(Buffer.byteLength(xml)).toBeGreaterThan(20e6);
    const { forms } = await parseDocx(docxOf(xml), { validate: false });
    expect(forms).toHaveLength(1);
    expect(projects(forms)[0].indicators).toHaveLength(10_002);
    expect(projects(forms)[0].indicators[10_001].name).toMatch(/^指标10002：说明文字/);
  }, 120_000);

  it("DEFAULT_LIMITS are the documented ones", () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxEntries: 10_000, maxEntryBytes: 256 * 1024 * 1024, maxTotalBytes: 1024 * 1024 * 1024, maxRatio: 1_000, maxDepth: 256, maxGridCells: 5_000_000,
    });
  });
});

describe("web pages saved as .doc are held to the same limits", () => {
  const page = (body: string) => strToU8(`<html><body>${body}</body></html>`);
  const form = `<table><tr><td>项目支出名称</td><td>测试</td></tr></table>`;

  it.each([
    ["<div>", "</div>"], ["<blockquote>", "</blockquote>"], ["<table><tr><td>", "</td></tr></table>"], ["<span>", "</span>"],
  ])("%s nested 100,000 deep → LIMIT_EXCEEDED at once (parse5 took 55 s on the divs; cheerio lookups took minutes on 1,000 tables)", async (open, close) => {
    const t0 = performance.now();
    const error = await failure(page(open.repeat(100_000) + "x" + close.repeat(100_000)));
    expect(error.code).toBe("LIMIT_EXCEEDED");
    expect(error.message).toMatch(/deeper than 256/);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it("200 nested divs and 60 nested tables (240 levels with parse5's tbody) are read, quickly", async () => {
    const t0 = performance.now();
    expect((await parseDocx(page("<div>".repeat(200) + form + "</div>".repeat(200)))).messages.map((m) => m.code)).toContain("NO_FORM");
    const tables = (await readTables(page("<table><tr><td>".repeat(60) + "x" + "</td></tr></table>".repeat(60)))).tables;
    let depth = 0;
    for (let grid = tables[0]; grid; grid = grid.cells[0]?.tables[0]) depth++;
    expect(depth).toBe(60);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it("a page larger than maxEntryBytes → LIMIT_EXCEEDED", async () => {
    expect((await failure(page(form), { limits: { maxEntryBytes: 50 } })).message).toMatch(/web page is \d+ bytes/);
  });
});

describe("a limit the checks cannot use is a BAD_OPTION", () => {
  it.each([
    [{ maxDepth: undefined }, null],
    [{ maxDepth: Number.NaN }, /maxDepth/],
    [{ maxDepth: -1 }, /maxDepth/],
    [{ maxDepth: 0 }, /maxDepth/],
    [{ maxEntries: 1.5 }, /maxEntries/],
    [{ maxRatio: Number.POSITIVE_INFINITY }, /maxRatio/],
    [{ maxTotalBytes: "1000" }, /maxTotalBytes/],
    [{ maxDepht: 10 }, /maxDepht/],
  ])("%j", async (limits, field) => {
    if (field === null) {
      // undefined keeps the default: the 300-deep document is still refused.
      const deep = docxOf("<w:customXml>".repeat(300) + formXml() + "</w:customXml>".repeat(300));
      expect((await failure(deep, { limits: limits as Partial<Limits> })).code).toBe("LIMIT_EXCEEDED");
      return;
    }
    const error = await failure(FORM, { limits: limits as Partial<Limits> });
    expect(error.code).toBe("BAD_OPTION");
    expect(error.message).toMatch(field);
  });
});
