import { describe, expect, it } from "vitest";
import { attribute, decodeEntities, scanXml } from "../../src/grid/xml";

/** The scan as a list of events, text decoded and adjacent text joined. */
function events(xml: string | Uint8Array): { events: string[]; unclosed: number } {
  const out: string[] = [];
  let text = false;
  const push = (event: string, isText = false) => {
    if (isText && text) out[out.length - 1] += event;
    else out.push(event);
    text = isText;
  };
  const unclosed = scanXml(xml, {
    open: (name, buf, s, e) => push(`<${name}${buf.slice(s, e)}>`),
    close: (name) => push(`</${name}>`),
    text: (buf, s, e) => push(decodeEntities(buf.slice(s, e)), true),
    cdata: (c) => push(`cdata:${c}`),
  });
  return { events: out, unclosed };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("the XML scanner", () => {
  it("reports tags, self-closing tags and text in order", () => {
    expect(events(`<?xml version="1.0"?><a x="1"><b/>t&amp;&lt;&#x4E2D;&#25991;</a>`)).toEqual({
      events: [`<a x="1">`, `<b>`, `</b>`, "t&<中文", `</a>`],
      unclosed: 0,
    });
  });

  it("skips comments and a DOCTYPE whose internal subset holds '>' (entities are never expanded)", () => {
    const lol = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>`;
    expect(events(`${lol}<a><!-- <b> -->&lol2;</a>`).events).toEqual(["<a>", "&lol2;", "</a>"]);
  });

  it("keeps CDATA literally and finds '>' inside quoted attribute values", () => {
    expect(events(`<a t="x>y" u='>'><![CDATA[<not a tag>]]></a>`).events).toEqual([`<a t="x>y" u='>'>`, "cdata:<not a tag>", "</a>"]);
  });

  it("closes elements left open inside a closed one, ignores stray closing tags, counts what is left open", () => {
    expect(events(`<a><b><c></a></x><d>`)).toEqual({ events: ["<a>", "<b>", "<c>", "</c>", "</b>", "</a>", "<d>", "</d>"], unclosed: 1 });
  });

  it("closes the innermost element only on its whole name, with space before the '>' allowed", () => {
    // </ab> is no closing tag of <a>; </w:t > closes <w:t>.
    expect(events(`<a><ab>x</ab ></a>`).events).toEqual(["<a>", "<ab>", "x", "</ab>", "</a>"]);
    expect(events(`<a>x</ab><w:t>y</w:t ></a>`)).toEqual({ events: ["<a>", "x", "<w:t>", "y", "</w:t>", "</a>"], unclosed: 0 });
    expect(events(`<ab><a>x</ab>`)).toEqual({ events: ["<ab>", "<a>", "x", "</a>", "</ab>"], unclosed: 0 });
  });

  it("stops at a tag cut short, closing what is open", () => {
    expect(events(`<a><b>text<c w:val="1`)).toEqual({ events: ["<a>", "<b>", "text", "</b>", "</a>"], unclosed: 2 });
  });

  it("reads attributes by exact name", () => {
    expect(attribute(` w:val="restart" w:valx="no"`, "w:val")).toBe("restart");
    expect(attribute(` xw:val="no" w:val = 'x&amp;y'`, "w:val")).toBe("x&y");
    expect(attribute(` w:other="1"`, "w:val")).toBeUndefined();
  });

  it("leaves unknown and out-of-range references as written", () => {
    expect(decodeEntities("&nbsp; &#0; &#x110000; &#65;")).toBe("&nbsp; &#0; &#x110000; A");
  });

  it("gives the same events from bytes decoded in chunks as from the whole string", () => {
    // Tags, entities, CDATA, comments and multi-byte characters fall across the 48 KB chunk boundaries.
    const unit = `<w:p><w:r><w:t xml:space="preserve">项目支出&amp;名称 &#x4E2D;</w:t></w:r><!-- 注释 --><w:r><w:t><![CDATA[<x>]]></w:t></w:r></w:p>`;
    const xml = `<?xml version="1.0"?><w:body>${unit.repeat(3_000)}<w:p><w:r><w:t>${"长".repeat(120_000)}</w:t></w:r></w:p></w:body>`;
    expect(events(utf8(xml))).toEqual(events(xml));
  });

  it("decodes in chunks exactly as a whole decode does: invalid UTF-8, 4-byte characters and U+FEFF at every alignment", () => {
    // Every byte offset near the chunk boundary (48 KB) gets each odd sequence in turn: a 4-byte
    // character, a BOM character inside the text, a lone continuation byte, a cut 3-byte sequence.
    const odd = [new Uint8Array([0x80]), new Uint8Array([0xe4, 0xb8]), new Uint8Array([0xff]), utf8("𠀀"), utf8("\uFEFF"), utf8("é")];
    // Text across the boundary, or tags right up to it (so the text a chunk leaves unfinished holds the odd bytes).
    const fillers = [(shift: number) => "x".repeat(48 * 1024 - 12 + shift), (shift: number) => "x".repeat(shift) + "<c/>".repeat(12_285)];
    const layouts = fillers.flatMap((filler) => Array.from({ length: 24 * odd.length }, (_, i) => ({ filler, shift: i % 24, first: Math.floor(i / 24) })));
    for (const { filler, shift, first } of layouts) {
      const parts: Uint8Array[] = [utf8("<a>" + filler(shift))];
      for (let k = 0; k < 40; k++) parts.push(odd[(first + k) % odd.length], utf8(k % 7 === 6 ? "<b/>" : "中"));
      parts.push(utf8("</a>"));
      const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) bytes.set(p, (at += p.length) - p.length);
      expect(events(bytes), `shift ${shift}, first ${first}`).toEqual(events(new TextDecoder().decode(bytes)));
    }
  });

  it("drops a byte order mark at the start only", () => {
    expect(events(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("<a>\uFEFFt</a>")])).events).toEqual(["<a>", "\uFEFFt", "</a>"]);
  });

  it("reads a comment longer than many chunks, and a document cut inside one", () => {
    const xml = `<a><!--${"x".repeat(500_000)}-->t</a>`;
    expect(events(utf8(xml))).toEqual({ events: ["<a>", "t", "</a>"], unclosed: 0 });
    expect(events(utf8(xml.slice(0, 300_000)))).toEqual({ events: ["<a>", "</a>"], unclosed: 1 });
  });

  // Quadratic scanning (looking ahead for the next quote from every tag) would take hours here;
  // the test timeout is the guard, no timing is asserted.
  it("reads many attribute-less tags with a quote only at the very end", () => {
    const xml = "<a>" + "<b></b>".repeat(200_000) + `<c x="1"/></a>`;
    expect(events(xml).events.length).toBe(400_004);
  }, 20_000);
});
