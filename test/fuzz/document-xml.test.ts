import { expect, it } from "vitest";
import { STRUCTURE_KINDS } from "./cases";
import { fuzzSuite, summary } from "./suite";

it("structure-level mutations of document.xml: the reader returns { forms, messages }, never crashes", async () => {
  const result = await fuzzSuite("test/fuzz/document-xml.test.ts", STRUCTURE_KINDS, 3_000, 0.01);
  console.log(summary("document.xml structure", result));
  expect(result.failures.join("\n\n")).toBe("");
}, 600_000);
