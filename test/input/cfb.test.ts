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
import { word97 } from "../helpers/word97";

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

  it("a Word 97-2003 .doc is read, the one LibreOffice wrote as well as ours; a header older than Word 97 → LEGACY_DOC_VERSION", async () => {
    expect(await codeOf(word97([{ text: "项目支出绩效自评表" }]))).toBe("no error");
    expect(await codeOf(fixture("seed-libreoffice.doc"))).toBe("no error");
    // legacyDoc()'s FIB holds only Word's signature: file format 0, not Word 97's 0xC1.
    expect(await codeOf(legacyDoc())).toBe("LEGACY_DOC_VERSION");
  });

  it("a .doc whose text says EncryptedPackage (Word stores Chinese text as UTF-16) is read, not ENCRYPTED", async () => {
    expect(await codeOf(word97([{ text: "文件中的 EncryptedPackage 与 EncryptionInfo 流" }]))).toBe("no error");
    expect(await codeOf(legacyDoc("文件中的 EncryptedPackage 与 EncryptionInfo 流"))).toBe("LEGACY_DOC_VERSION");
  });

  it("a .doc holding an embedded password-protected workbook is read, not ENCRYPTED", async () => {
    const embedded = [{ name: "ObjectPool", children: [{ name: "_1234567890", children: [
      { name: "EncryptionInfo", data: new Uint8Array(300) }, { name: "EncryptedPackage", data: new Uint8Array(5000) },
    ] }] }];
    expect(await codeOf(word97([{ text: "见附件" }], { extra: embedded }))).toBe("no error");
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
