import { describe, expect, it } from "vitest";
import { attribute, decodeEntities, scanXml } from "../../src/grid/xml";

/** The scan as a list of events, text decoded. */
function events(xml: string): { events: string[]; unclosed: number } {
  const out: string[] = [];
  const unclosed = scanXml(xml, {
    open: (name, attrs) => out.push(`<${name}${attrs}>`),
    close: (name) => out.push(`</${name}>`),
    text: (s, e) => out.push(decodeEntities(xml.slice(s, e))),
    cdata: (c) => out.push(`cdata:${c}`),
  });
  return { events: out, unclosed };
}

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

  // Quadratic scanning (looking ahead for the next quote from every tag) would take hours here;
  // the test timeout is the guard, no timing is asserted.
  it("reads many attribute-less tags with a quote only at the very end", () => {
    const xml = "<a>" + "<b></b>".repeat(200_000) + `<c x="1"/></a>`;
    expect(events(xml).events.length).toBe(400_004);
  }, 20_000);
});
