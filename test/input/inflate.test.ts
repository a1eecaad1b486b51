/**
 * The two inflaters of zip entries — node:zlib in Node (src/input/inflate.ts), fflate in the
 * browser build (src/input/inflate.browser.ts) — on one table of cases, directly and through the
 * zip reader as each build bundles it: same bytes, same limits, same errors.
 */
import { build } from "esbuild";
import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { constants as zlib, deflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import * as browserInflate from "../../src/input/inflate.browser";
import * as nodeInflate from "../../src/input/inflate";
import { DEFAULT_LIMITS } from "../../src/input/limits";
import * as nodeZip from "../../src/input/zip";
import { browserModules } from "../../tsup.config";
import { concat, rawZip, type RawEntry, deflatedEntry } from "../fuzz/zip-bytes";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const INFLATERS = [["node:zlib", nodeInflate], ["fflate (browser build)", browserInflate]] as const;
const TEXT = "<w:t>项目支出绩效自评表</w:t>".repeat(200);
const BYTES = new TextEncoder().encode(TEXT);
const DEFLATED = deflateRawSync(BYTES);
const MIB = 1 << 20;

/**
 * 1 GiB of zeros in ~1 MB of deflate: one sync-flushed block of 1 MiB of zeros (each copy refers
 * back to zeros already written) 1,024 times, then an empty final block. zlib takes ~5 s to
 * inflate it all, fflate longer.
 */
const GIB_OF_ZEROS = concat([
  ...Array.from({ length: 1024 }, () => deflateRawSync(new Uint8Array(MIB), { level: 9, finishFlush: zlib.Z_SYNC_FLUSH })),
  new Uint8Array([0x03, 0x00]),
]);

function caught(run: () => unknown): { code?: unknown; message: string; name: string } {
  try {
    run();
  } catch (error) {
    return error as { code?: unknown; message: string; name: string };
  }
  throw new Error("did not throw");
}

describe.each(INFLATERS)("inflateRaw with %s", (_, { inflateRaw, crc32 }) => {
  it("inflates an entry to the bytes that were deflated", () => {
    expect(new TextDecoder().decode(inflateRaw(DEFLATED, BYTES.length, "a.xml"))).toBe(TEXT);
    expect(inflateRaw(deflateRawSync(new Uint8Array(0)), 0, "empty.xml")).toEqual(new Uint8Array(0));
  });

  it("returns a plain Uint8Array (a Buffer's slice() would share memory, not copy)", () => {
    expect(Object.getPrototypeOf(inflateRaw(DEFLATED, BYTES.length, "a.xml"))).toBe(Uint8Array.prototype);
  });

  it("returns fewer bytes than stated when the data holds fewer (the zip reader reports it)", () => {
    expect(inflateRaw(DEFLATED, BYTES.length * 10, "a.xml")).toHaveLength(BYTES.length);
  });

  it.each([
    ["no data", new Uint8Array(0), 10, "The .docx (zip) is damaged and cannot be opened: a.xml: unexpected end of file."],
    ["a stream cut in half", DEFLATED.subarray(0, DEFLATED.length >> 1), BYTES.length, "The .docx (zip) is damaged and cannot be opened: a.xml: unexpected end of file."],
    ["block type 3 (reserved)", new Uint8Array([0x07, 0x00, 0x00]), 10, "The .docx (zip) is damaged and cannot be opened: a.xml: invalid block type."],
    ["more than stated", DEFLATED, 100, "The .docx (zip) is damaged and cannot be opened: a.xml inflates to more than the 100 bytes its directory entry states."],
    ["one byte where 0 are stated", deflateRawSync(new Uint8Array([0x61])), 0, "The .docx (zip) is damaged and cannot be opened: a.xml inflates to more than the 0 bytes its directory entry states."],
  ])("%s → BAD_ZIP", (_, data, size, message) => {
    const error = caught(() => inflateRaw(data, size, "a.xml"));
    expect(error.code).toBe("BAD_ZIP");
    expect(error.message).toBe(`${message} It may be a truncated download; get the original again or open and re-save it in Word.`);
  });

  it("1 GiB of zeros in a 1 MB entry stated as 1 MiB stops at the stated size, at once", () => {
    expect(GIB_OF_ZEROS.length).toBeLessThan(1.1e6);
    const t0 = performance.now();
    expect(caught(() => inflateRaw(GIB_OF_ZEROS, MIB, "bomb.xml")).message).toMatch(/bomb\.xml inflates to more than the 1048576 bytes/);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it("an argument that is not bytes is our bug, not a damaged file: no BAD_ZIP", () => {
    const error = caught(() => inflateRaw(null as unknown as Uint8Array, 10, "a.xml"));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).not.toBe("BAD_ZIP");
  });

  it("crc32 gives the catalogue's check values", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(new TextEncoder().encode("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
  });
});

/** The zip reader as the browser build bundles it: the plugin swaps ./inflate for ./inflate.browser. */
let browserZip: typeof nodeZip;
let bundledInputs: string[];

beforeAll(async () => {
  const result = await build({
    stdin: { contents: `export { readMainPart } from "./src/input/zip";`, resolveDir: ROOT, loader: "ts" },
    bundle: true, platform: "browser", format: "esm", write: false, metafile: true, plugins: [browserModules], logLevel: "silent", absWorkingDir: ROOT,
  });
  bundledInputs = Object.keys(result.metafile.inputs);
  browserZip = (await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0]!.contents).toString("base64")}`)) as typeof nodeZip;
}, 60_000);

it("the browser build's zip reader inflates with fflate and the JavaScript CRC-32, without node:zlib", () => {
  expect(bundledInputs).toEqual(expect.arrayContaining(["src/input/inflate.browser.ts", "src/input/crc32.ts"]));
  expect(bundledInputs.some((i) => i.includes("fflate"))).toBe(true);
  expect(bundledInputs).not.toContain("src/input/inflate.ts");
});

const MAIN = "word/document.xml";
const RELS = deflatedEntry("_rels/.rels", `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
const zipWith = (main: Partial<RawEntry>) => rawZip([RELS, { ...deflatedEntry(MAIN, TEXT), ...main }]);

describe.each([["Node", () => nodeZip], ["the browser build", () => browserZip]])("readMainPart in %s", (_, zip) => {
  const read = (bytes: Uint8Array) => zip().readMainPart(bytes, DEFAULT_LIMITS);
  const failure = (bytes: Uint8Array) => caught(() => read(bytes));

  it.each(["seed-python-docx.docx", "seed-libreoffice.docx"])("reads %s's document part as fflate's unzip does, without messages", (name) => {
    const docx = new Uint8Array(readFileSync(join(ROOT, "test/fixtures", name)));
    const { part, messages } = read(docx);
    // As text: toEqual compares a megabyte array element by element, slowly.
    expect(new TextDecoder().decode(part)).toBe(new TextDecoder().decode(unzipSync(docx)[MAIN]));
    expect(messages).toEqual([]);
  });

  it("a deflated entry and a stored one (method 0) read the same", () => {
    for (const entry of [{}, { method: 0, data: BYTES, size: BYTES.length }]) {
      const { part, messages } = read(zipWith(entry));
      expect(new TextDecoder().decode(part)).toBe(TEXT);
      // The stored part is a view into the zip's bytes: its CRC is of the view alone.
      expect(messages).toEqual([]);
    }
  });

  it("a deflate stream cut short → BAD_ZIP, unexpected end of file", () => {
    const cut = DEFLATED.subarray(0, DEFLATED.length >> 1);
    const error = failure(zipWith({ data: cut, size: cut.length }));
    expect(error.code).toBe("BAD_ZIP");
    expect(error.message).toMatch(/word\/document\.xml: unexpected end of file/);
  });

  it("an understated size → BAD_ZIP, not a document cut at the stated size", () => {
    const error = failure(zipWith({ originalSize: 100 }));
    expect(error.code).toBe("BAD_ZIP");
    expect(error.message).toMatch(/word\/document\.xml inflates to more than the 100 bytes its directory entry states/);
  });

  it("a 1 MB entry stated as 1 MiB holding 1 GiB of zeros (within the ratio limit) stops at once", () => {
    const t0 = performance.now();
    const error = failure(zipWith({ data: GIB_OF_ZEROS, size: GIB_OF_ZEROS.length, originalSize: MIB, crc: 0 }));
    expect(error.code).toBe("BAD_ZIP");
    expect(error.message).toMatch(/inflates to more than the 1048576 bytes/);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it.each([["deflated", {}], ["stored", { method: 0, data: BYTES, size: BYTES.length }]])("a %s entry with a wrong CRC → ZIP_CRC_MISMATCH warning, the part still read", (_, entry) => {
    const honest = deflatedEntry(MAIN, TEXT).crc;
    const { part, messages } = read(zipWith({ ...entry, crc: (honest ^ 1) >>> 0 }));
    expect(new TextDecoder().decode(part)).toBe(TEXT);
    expect(messages.map((m) => [m.code, m.severity])).toEqual([["ZIP_CRC_MISMATCH", "warning"]]);
    expect(messages[0]!.message).toMatch(/^word\/document\.xml does not match the checksum stored in the zip/);
  });
});
