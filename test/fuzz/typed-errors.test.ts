/**
 * Only bad input becomes a JixiaoError. A bug (a TypeError, or a library misused) must surface as
 * itself, or the fuzz suites would count it as a well-handled bad file and pass.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import mammoth from "mammoth";
import { afterEach, describe, expect, it, vi } from "vitest";
import { JixiaoError } from "../../src/errors";
import { readWithMammoth } from "../../src/grid/mammoth";
import { DEFAULT_LIMITS, type Limits } from "../../src/input/limits";
import { readMainPart } from "../../src/input/zip";
import { parseDocx } from "../../src/parse";
import { cell, docxOf, row, table } from "../helpers/ooxml";
import { MAIN } from "./corpus";
import { entryPlace } from "./zip-bytes";

const docx = docxOf(table(1, [row([cell("甲")])]));

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("nothing was thrown");
}

describe("the zip reader", () => {
  it("lets a programming error through: limits missing is a TypeError, not BAD_ZIP", () => {
    const error = thrown(() => readMainPart(docx, undefined as unknown as Limits));
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(JixiaoError);
  });

  it("a directory entry whose name runs past the end of the file → BAD_ZIP saying where the file ends, from its own range check", () => {
    const bytes = docx.slice();
    const view = new DataView(bytes.buffer);
    const end = bytes.length - 22;
    const directory = view.getUint32(end + 16, true);
    const entries = view.getUint16(end + 10, true);
    // The last entry of the directory: walk to it, then make its name 65,535 bytes long.
    let at = directory;
    for (let i = 1; i < entries; i++) at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    view.setUint16(at + 28, 0xffff, true);
    const error = thrown(() => readMainPart(bytes, DEFAULT_LIMITS)) as JixiaoError;
    expect(error).toBeInstanceOf(JixiaoError);
    expect(error.code).toBe("BAD_ZIP");
    expect(error.message).toContain(`it ends inside the name in zip directory entry ${entries} of ${entries}`);
  });

  it("a damaged deflate stream → BAD_ZIP with zlib's reason", () => {
    const bytes = docx.slice();
    const { start } = entryPlace(bytes, MAIN);
    // Block type 3 does not exist: zlib stops at the first byte with Z_DATA_ERROR.
    bytes[start] = 0x07;
    const error = thrown(() => readMainPart(bytes, DEFAULT_LIMITS)) as JixiaoError;
    expect(error).toBeInstanceOf(JixiaoError);
    expect(error.code).toBe("BAD_ZIP");
    expect(error.message).toContain("word/document.xml: invalid block type");
  });
});

describe("the mammoth wrapper", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("a w:t holding an element: mammoth's \"Not implemented\" → BAD_XML, and the direct reader reads the cell", async () => {
    const input = docxOf(table(1, [row([cell(`<w:p><w:r><w:t>甲<w:b/></w:t></w:r></w:p>`)])]));
    const error = await readWithMammoth(input, DEFAULT_LIMITS).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_XML", message: expect.stringContaining("mammoth cannot read the document: Not implemented.") });
    expect((await parseDocx(input)).messages.map((m) => m.code)).toEqual(["NO_FORM"]);
  });

  it("an Override with no PartName in [Content_Types].xml: mammoth's TypeError there → BAD_XML; the direct reader does not need the part", async () => {
    const parts = unzipSync(docx);
    parts["[Content_Types].xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
    const input = zipSync(parts);
    const error = await readWithMammoth(input, DEFAULT_LIMITS).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_XML", message: expect.stringContaining("mammoth cannot read [Content_Types].xml: Cannot read properties of undefined (reading 'charAt')") });
    expect((await parseDocx(input)).messages.map((m) => m.code)).toEqual(["NO_FORM"]);
  });

  it.each([
    ["JSZip", "End of data reached (data length = 100, asked index = 120). Corrupted zip ?", "BAD_ZIP"],
    ["JSZip", "Corrupted zip: missing 14 bytes.", "BAD_ZIP"],
    ["JSZip", "Bug : uncompressed data size mismatch", "BAD_ZIP"],
    ["xmldom", "error: [xmldom error]\telement parse error: Error: invalid tagName:w:", "BAD_XML"],
    ["xmldom", "warning: [xmldom warning]\tunclosed xml attribute\n@#[line:1,col:2]", "BAD_XML"],
    ["mammoth", "Could not find the body element: are you sure this is a docx file?", "BAD_XML"],
  ])("%s's %j → %s", async (_, message, code) => {
    vi.spyOn(mammoth, "convertToHtml").mockRejectedValueOnce(new Error(message));
    const error = await readWithMammoth(docx, DEFAULT_LIMITS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JixiaoError);
    expect(error).toMatchObject({ code, message: expect.stringContaining(message) });
  });

  it.each([
    ["a TypeError", new TypeError("Cannot read properties of undefined (reading 'children')")],
    ["a plain Error that names no bad input", new Error("nodebuffer is not supported by this platform")],
    ["a RangeError", new RangeError("Maximum call stack size exceeded")],
  ])("%s from inside mammoth is passed on unchanged", async (_, thrownByMammoth) => {
    vi.spyOn(mammoth, "convertToHtml").mockRejectedValueOnce(thrownByMammoth);
    const error = await readWithMammoth(docx, DEFAULT_LIMITS).catch((e: unknown) => e);
    expect(error).toBe(thrownByMammoth);
  });
});
