/**
 * OLE compound files, built with their real stream names (test/helpers/cfb.ts; olefile reads
 * them): an encrypted .docx must be told apart from a legacy .doc by the directory, not by
 * where a name happens to appear in the bytes.
 */
import { describe, expect, it } from "vitest";
import { JixiaoError } from "../../src/errors";
import { parseDocx } from "../../src/parse";
import { cfb, encryptedOoxml, legacyDoc } from "../helpers/cfb";
import { fixture } from "../helpers/fixtures";

async function codeOf(input: Uint8Array): Promise<string> {
  try {
    await parseDocx(input);
  } catch (error) {
    expect(error).toBeInstanceOf(JixiaoError);
    return (error as JixiaoError).code;
  }
  return "no error";
}

describe("compound files", () => {
  it("a password-protected .docx (EncryptionInfo + EncryptedPackage, agile) → ENCRYPTED", async () => {
    expect(await codeOf(encryptedOoxml())).toBe("ENCRYPTED");
  });

  it("a Word 97-2003 .doc → LEGACY_DOC, the one LibreOffice wrote as well as ours", async () => {
    expect(await codeOf(legacyDoc())).toBe("LEGACY_DOC");
    expect(await codeOf(fixture("seed-libreoffice.doc"))).toBe("LEGACY_DOC");
  });

  it("a .doc whose text says EncryptedPackage (Word stores Chinese text as UTF-16) → LEGACY_DOC", async () => {
    expect(await codeOf(legacyDoc("文件中的 EncryptedPackage 与 EncryptionInfo 流"))).toBe("LEGACY_DOC");
  });

  it("a .doc holding an embedded password-protected workbook → LEGACY_DOC, not ENCRYPTED", async () => {
    const embedded = [{ name: "ObjectPool", children: [{ name: "_1234567890", children: [
      { name: "EncryptionInfo", data: new Uint8Array(300) }, { name: "EncryptedPackage", data: new Uint8Array(5000) },
    ] }] }];
    expect(await codeOf(legacyDoc("见附件", embedded))).toBe("LEGACY_DOC");
  });

  it("an Excel 97 workbook with a cell reading WordDocument → NOT_DOCX", async () => {
    const workbook = cfb([{ name: "Workbook", data: new Uint8Array(Buffer.from("\u0000\u0000WordDocument 填报说明", "utf16le")) }]);
    expect(await codeOf(workbook)).toBe("NOT_DOCX");
  });

  it("a compound file cut to 28 bytes (fuzz case 1592598561:1685: a RangeError) falls back to the byte search", async () => {
    expect(await codeOf(encryptedOoxml().slice(0, 28))).toBe("NOT_DOCX");
    expect(await codeOf(legacyDoc().slice(0, 511))).toBe("NOT_DOCX");
  });

  it("a damaged compound file (directory sector out of range) still gets a code", async () => {
    const damaged = encryptedOoxml();
    new DataView(damaged.buffer).setUint32(48, 0x7fffffff, true);
    expect(await codeOf(damaged)).toMatch(/^(ENCRYPTED|NOT_DOCX)$/);
  });
});
