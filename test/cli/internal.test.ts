/**
 * INTERNAL: a worker that died, or an exception in our own code while reading a file, costs that
 * file an error line saying it is a bug (never a bad-input code, never a stack trace), and the run
 * goes on.
 */
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { JixiaoError } from "../../src/errors";
import { readFileOutcome } from "../../src/cli/outcome";
import { FIXTURES } from "../helpers/fixtures";
import { formXml } from "../helpers/form-xml";
import { cell, docxOf, row } from "../helpers/ooxml";
import { BUILD_TIMEOUT, ensureBuilt, jixiao, jsonLines } from "./run";

const parseFile = vi.hoisted(() => vi.fn());
vi.mock("../../src/parse-file", () => ({ parseFile }));

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-cli-internal-"));
  // An honest but large form: 10,000 indicator rows, over 20 MB of XML, more than a 48 MB heap holds.
  const note = "说明文字".repeat(120);
  const rows = Array.from({ length: 10_000 }, (_, i) =>
    row([cell("", { vMerge: "continue" }), cell("", { vMerge: "continue" }), cell("质量指标"), ...[`指标${i + 3}：${note}`, "100%", "100%", "0", "0", ""].map((t) => cell(t))]));
  writeFileSync(join(dir, "large.docx"), docxOf(formXml({ extraRows: rows })));
  copyFileSync(join(FIXTURES, "single-form-python-docx.docx"), join(dir, "single.docx"));
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("INTERNAL", () => {
  it("a worker that runs out of memory gives its file an INTERNAL line; the next file is read by a new worker", async () => {
    // Every isolate of the process gets a 48 MB heap: enough to start a worker, not to read the large form.
    const run = await jixiao(["parse", "large.docx", "single.docx", "--jobs", "2"], { cwd: dir, env: { NODE_OPTIONS: "--max-old-space-size=48" } });
    const [large, single] = jsonLines(run.stdout);
    expect(large).toMatchObject({ file: "large.docx", form: null, forms: 0, error: { code: "INTERNAL" } });
    expect(large.error.message).toMatch(/^The worker reading this file stopped \(.*memory.*\)\. This is a bug in jixiao-docx; please report it/);
    expect(single).toMatchObject({ file: "single.docx", form: 0, forms: 1 });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("large.docx: INTERNAL");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("an exception from our own code while reading becomes INTERNAL with its message, not a bad-input code", async () => {
    parseFile.mockRejectedValueOnce(new TypeError("Cannot read properties of undefined (reading 'cells')"));
    const outcome = await readFileOutcome("a.docx", { reader: "direct", validate: true, convert: {} });
    expect(outcome).toEqual({
      file: "a.docx", forms: [], messages: [],
      error: { code: "INTERNAL", message: "Unexpected error while reading: Cannot read properties of undefined (reading 'cells'). This is a bug in jixiao-docx; please report it, with the file if you can." },
    });
    // Bad input keeps its own code.
    parseFile.mockRejectedValueOnce(new JixiaoError("BAD_ZIP", "The zip is damaged."));
    expect((await readFileOutcome("b.docx", { reader: "direct", validate: true, convert: {} })).error).toEqual({ code: "BAD_ZIP", message: "The zip is damaged." });
  });
});
