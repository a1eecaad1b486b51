/**
 * Web pages saved with a .doc name, read through cheerio. The fixtures are the HTML LibreOffice was
 * fed to make seed-libreoffice.docx (scripts/fixtures/make_html.py), once as UTF-8 and once
 * encoded as GBK with <meta charset=gb2312>, as Word's "save as web page" does in Chinese offices.
 */
import { describe, expect, it } from "vitest";
import { parseDocx } from "../../src/parse";
import { fixture } from "../helpers/fixtures";
import { comparable, expectedSeedRecords } from "../helpers/seed";

const expected = expectedSeedRecords();

describe.each(["seed-web-page.doc", "seed-web-page-gb2312.doc"])("%s", (name) => {
  it("gives the 11 seed records, every field", async () => {
    const { forms, messages } = await parseDocx(fixture(name), { validate: false });
    expect(forms.map(comparable)).toEqual(expected.map(comparable));
    expect(messages.filter((m) => m.severity !== "info")).toEqual([]);
  });
});

it("the GBK file really is not UTF-8 (the test would prove nothing otherwise)", () => {
  expect(() => new TextDecoder("utf-8", { fatal: true }).decode(fixture("seed-web-page-gb2312.doc"))).toThrow();
});
