import { describe, expect, it } from "vitest";
import { blankForm } from "../../src/write/blank";
import { writeDocxWithMessages } from "../../src/write/document";
import { sanitizeRecord, sanitizeText } from "../../src/write/text";
import { documentXml, tablesOf } from "./docx";

describe("sanitizeText", () => {
  it("removes what XML 1.0 forbids and names each removed character", () => {
    expect(sanitizeText("a\u0000b\u0008c\u000Bd\u001Fe\rf\uFFFEg\uFFFFh")).toEqual({
      text: "abcdefgh",
      removed: ["U+0000", "U+0008", "U+000B", "U+001F", "U+000D", "U+FFFE", "U+FFFF"],
    });
  });

  it("removes lone surrogates but keeps pairs (emoji, rare CJK)", () => {
    expect(sanitizeText("x\uD800y\uDC00z")).toEqual({ text: "xyz", removed: ["U+D800", "U+DC00"] });
    expect(sanitizeText("😀𠀀\uDC00\uD83D")).toEqual({ text: "😀𠀀", removed: ["U+DC00", "U+D83D"] });
  });

  it("keeps tabs, line feeds and everything else as is", () => {
    const text = "年度\t指标值\n<&>\"' 　—≧95%";
    expect(sanitizeText(text)).toEqual({ text, removed: [] });
  });
});

describe("sanitizeRecord", () => {
  it("cleans printed fields and reports each by form and path; leaves unprinted fields alone", () => {
    const record = blankForm({ level: "州级", year: 2021 });
    record.project.name = "网络\u0001平台";
    record.indicators[2].target = { raw: "\u000290%", text: "\u000290%" };
    record.extras = [{ text: "\u0003", note: "kept as read" }];
    const { record: clean, messages } = sanitizeRecord(record, 3);
    expect(clean.project.name).toBe("网络平台");
    expect(clean.indicators[2].target).toEqual({ raw: "90%", text: "\u000290%" });
    expect(clean.extras).toEqual(record.extras);
    expect(messages).toEqual([
      expect.objectContaining({ code: "TEXT_SANITIZED", severity: "warning", form: 3, path: "project.name", actual: "U+0001" }),
      expect.objectContaining({ code: "TEXT_SANITIZED", severity: "warning", form: 3, path: "indicators.2.target.raw", actual: "U+0002" }),
    ]);
    expect(record.project.name).toBe("网络\u0001平台");
  });
});

describe("text in the written document", () => {
  async function written(mutate: (r: ReturnType<typeof blankForm>) => void) {
    const record = blankForm({ level: "州级", year: 2021 });
    mutate(record);
    const { value, messages } = await writeDocxWithMessages(record);
    return { xml: documentXml(value), messages };
  }

  it("escapes < & > and quotes", async () => {
    const { xml } = await written((r) => (r.project.name = `A<B & "C"> 'D'`));
    expect(xml).toContain("A&lt;B &amp; &quot;C&quot;&gt; &apos;D&apos;");
    expect(xml).not.toContain("A<B");
  });

  it("writes \\n as w:br inside one paragraph and \\t as w:tab", async () => {
    const { xml } = await written((r) => (r.goal.expected = "第一行\n第二行\t完成"));
    const cell = /<w:p>(?:(?!<w:p>).)*第一行.*?<\/w:p>/s.exec(xml)![0];
    expect(cell).toContain('<w:t xml:space="preserve">第一行</w:t></w:r><w:r>');
    expect(cell).toMatch(/<w:br\/><w:t xml:space="preserve">第二行<\/w:t><w:tab\/><w:t xml:space="preserve">完成<\/w:t>/);
    expect(cell.match(/<w:p>/g)).toHaveLength(1);
  });

  it("keeps the spaces of a raw value cell", async () => {
    const { xml } = await written((r) => (r.indicators[0].target = { raw: "　90%以上 ", text: "90%以上" }));
    expect(xml).toContain('<w:t xml:space="preserve">　90%以上 </w:t>');
  });

  it("removes forbidden characters from the XML and returns a warning for each field", async () => {
    const { xml, messages } = await written((r) => {
      r.goal.actual = "完成\u0007\u0000率";
      r.footer.filler = "李\uFFFF四";
    });
    expect(xml).toContain(">完成率<");
    expect(xml).toContain("填表人：李四");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/);
    expect(messages.map((m) => [m.code, m.form, m.path, m.actual])).toEqual([
      ["TEXT_SANITIZED", 0, "goal.actual", "U+0007 U+0000"],
      ["TEXT_SANITIZED", 0, "footer.filler", "U+FFFF"],
    ]);
    expect(tablesOf(xml)).toHaveLength(1);
  });

  it("returns no messages for clean text", async () => {
    const { messages } = await written(() => {});
    expect(messages).toEqual([]);
  });
});
