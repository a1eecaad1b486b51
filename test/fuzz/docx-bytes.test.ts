import { expect, it } from "vitest";
import { BYTE_KINDS } from "./cases";
import { fuzzSuite, summary } from "./suite";

it("byte-level mutations of real .docx files: every failure is a JixiaoError, none is slow", async () => {
  const result = await fuzzSuite("test/fuzz/docx-bytes.test.ts", BYTE_KINDS, 5_000, 0.01);
  console.log(summary("docx bytes", result));
  expect(result.failures.join("\n\n")).toBe("");
}, 600_000);
