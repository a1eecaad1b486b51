import { strToU8, zipSync } from "fflate";
import { projects } from "../helpers/record";
import { describe, expect, it } from "vitest";
import { JixiaoError } from "../../src/errors";
import { parseDocx } from "../../src/parse";
import { fixture } from "../helpers/fixtures";
import { word97 } from "../helpers/word97";

async function codeOf(input: Parameters<typeof parseDocx>[0]): Promise<string> {
  try {
    await parseDocx(input);
  } catch (error) {
    expect(error).toBeInstanceOf(JixiaoError);
    expect((error as JixiaoError).message.length).toBeGreaterThan(20);
    return (error as JixiaoError).code;
  }
  return "no error";
}

/** A compound-file header followed by a directory entry name, as Office writes it (UTF-16LE). */
function cfbWith(streamName: string): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return new Uint8Array([...header, ...new Uint8Array(504), ...Buffer.from(streamName, "utf16le")]);
}

describe("unusable input: a JixiaoError with a stable code and advice", () => {
  it.each([
    ["empty bytes", new Uint8Array(), "EMPTY_INPUT"],
    ["random bytes", strToU8("hello, this is not a document at all"), "NOT_ZIP"],
    ["a Word 95 .doc (file format 104)", word97([{ text: "x" }], { patch: ({ word }) => word.set([0x68, 0], 2) }), "LEGACY_DOC_VERSION"],
    ["an encrypted OOXML package", cfbWith("EncryptedPackage"), "ENCRYPTED"],
    ["an OLE file that is not Word", cfbWith("Workbook"), "NOT_DOCX"],
    ["a zip that is not a Word document", zipSync({ "xl/workbook.xml": strToU8("<workbook/>") }), "NOT_DOCX"],
    ["a truncated .docx", fixture("single-form-python-docx.docx").slice(0, 2000), "BAD_ZIP"],
  ] as const)("%s → %s", async (_, bytes, code) => {
    expect(await codeOf(bytes)).toBe(code);
  });

  it("a missing file → FILE_NOT_FOUND", async () => {
    expect(await codeOf("/nonexistent/form.docx")).toBe("FILE_NOT_FOUND");
  });

  it("accepts a path, a Buffer, a Uint8Array and an ArrayBuffer alike", async () => {
    const bytes = fixture("single-form-python-docx.docx");
    const copy = new Uint8Array(bytes);
    const results = await Promise.all([
      parseDocx("test/fixtures/single-form-python-docx.docx"),
      parseDocx(Buffer.from(bytes)),
      parseDocx(copy),
      parseDocx(copy.buffer),
    ]);
    for (const r of results) expect(projects(r.forms).map((f) => f.project.name)).toEqual(["网络平台运行及维护费"]);
    expect(results[0].forms[0].source?.file).toBe("test/fixtures/single-form-python-docx.docx");
  });

  it("an unknown reader name → BAD_OPTION", async () => {
    await expect(parseDocx(fixture("single-form-python-docx.docx"), { reader: "pandoc" as never })).rejects.toMatchObject({ code: "BAD_OPTION" });
  });
});
