/**
 * Inputs the fuzzer found, each with the case that found it (seed:case, in the generator of the
 * day; the input written here is what counts). Small ones are written out here; binary ones are
 * under test/fixtures/regressions/.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { projects } from "../helpers/record";
import { describe, expect, it } from "vitest";
import { JixiaoError } from "../../src/errors";
import { parseDocx } from "../../src/parse";
import { fixture } from "../helpers/fixtures";
import { formXml } from "../helpers/form-xml";
import { docxOf } from "../helpers/ooxml";

const W = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;

async function failure(input: Uint8Array, reader: "direct" | "mammoth"): Promise<JixiaoError> {
  try {
    await parseDocx(input, { reader });
  } catch (error) {
    expect(error).toBeInstanceOf(JixiaoError);
    return error as JixiaoError;
  }
  throw new Error("parseDocx did not throw");
}

async function codeOf(input: Uint8Array, reader: "direct" | "mammoth"): Promise<string> {
  return (await failure(input, reader)).code;
}

describe("the direct reader", () => {
  it("reads past a w:tblGrid outside any table (1592598561:45 — it threw a TypeError, reported as BAD_XML)", async () => {
    const forms = projects((await parseDocx(docxOf(`<w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${formXml()}`))).forms);
    expect(forms.map((f) => f.project.name)).toEqual(["测试项目"]);
  });
});

describe("the mammoth reader: its failures are JixiaoErrors", () => {
  it("malformed XML after the form → BAD_XML; the direct reader still reads the form (1592598561:1774)", async () => {
    const input = docxOf(`${formXml()}<w:p><w:r><w:t w:x="1>坏</w:t></w:r></w:p>`);
    expect(await codeOf(input, "mammoth")).toBe("BAD_XML");
    expect((await parseDocx(input)).forms).toHaveLength(1);
  });

  it("well-formed XML with no w:body → BAD_XML (1592598561:1159)", async () => {
    const input = zipSync({
      "_rels/.rels": strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
      "word/document.xml": strToU8(`<w:document ${W}><w:p/></w:document>`),
    });
    expect(await codeOf(input, "mammoth")).toBe("BAD_XML");
    expect((await parseDocx(input)).messages.map((m) => m.code)).toEqual(["NO_FORM"]);
  });

  it("a directory entry whose comment length runs past the directory → BAD_ZIP from JSZip (1592598561:2156)", async () => {
    const input = fixture("regressions/jszip-comment-length.docx");
    expect(await codeOf(input, "mammoth")).toBe("BAD_ZIP");
    expect((await parseDocx(input)).forms).toHaveLength(1);
  });
});

describe("a document.xml cut short", () => {
  const cut = (() => {
    const parts = unzipSync(docxOf(formXml()));
    const xml = strFromU8(parts["word/document.xml"]);
    parts["word/document.xml"] = strToU8(xml.slice(0, xml.lastIndexOf("<w:tr>")));
    return zipSync(parts);
  })();

  it("the direct reader keeps what it read and says TRUNCATED_XML (it said nothing: htmlparser2 closes open elements at the end)", async () => {
    const { forms: read, messages } = await parseDocx(cut);
    const forms = projects(read);
    expect(forms).toHaveLength(1);
    expect(messages.map((m) => m.code)).toContain("TRUNCATED_XML");
  });

  it("the mammoth reader refuses it before xmldom spends quadratic time on it (seed 1001, cases 4343, 5155, 8426, 7569 of npm run fuzz: 20 s or more)", async () => {
    expect((await failure(cut, "mammoth")).message).toMatch(/ends before all its elements are closed/);
  });
});
