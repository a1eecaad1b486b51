/**
 * How conversions are run, with a stand-in for LibreOffice (test/helpers/fake-soffice.ts): several
 * files in one run, each with its own timeout, and a file that hangs or crashes the program failing
 * alone. What LibreOffice makes of a file is tested in convert.test.ts, with LibreOffice.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { JixiaoError } from "../../src/errors";
import { convertToDocx, disposeConverterProfiles, onConversionQueued } from "../../src/input/convert";
import { fakeSoffice, type FakeSoffice } from "../helpers/fake-soffice";

const sharedTmp = process.env.TMPDIR;
let privateTmp: string;
let fake: FakeSoffice;
const savedEnv = { ...process.env };

beforeAll(() => {
  privateTmp = mkdtempSync(join(tmpdir(), "jixiao-batch-test-"));
  fake = fakeSoffice();
  Object.assign(process.env, fake.env);
  process.env.TMPDIR = privateTmp;
});
afterEach(() => {
  disposeConverterProfiles();
  // Every temporary folder and profile is gone once the conversions are over.
  expect(readdirSync(privateTmp)).toEqual([]);
});
afterAll(() => {
  process.env = savedEnv;
  if (sharedTmp !== undefined) process.env.TMPDIR = sharedTmp;
  rmSync(privateTmp, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);
const outcome = (promise: Promise<Uint8Array>) => promise.then(text, (e: unknown) => (e instanceof JixiaoError ? `${e.code}: ${e.message}` : e));

function startsSince(before: number): string[] {
  return fake.starts().slice(before);
}

describe("conversions asked for together share one LibreOffice run", () => {
  it("five files asked for at once: one run, each file its own output", async () => {
    const before = fake.starts().length;
    const files = ["甲", "乙", "丙", "丁", "戊"].map((name, i) => convertToDocx(bytes(`file ${name}`), i % 2 ? "rtf" : "doc", { soffice: fake.program }));
    expect(await Promise.all(files.map(outcome))).toEqual(["file 甲", "file 乙", "file 丙", "file 丁", "file 戊"]);
    const starts = startsSince(before);
    expect(starts).toHaveLength(1);
    expect(starts[0]).toMatch(/input-0\.doc .*input-1\.rtf .*input-4\.doc$/);
  });

  it("asked for while a run is going: they wait and go together into the next run", async () => {
    const before = fake.starts().length;
    const first = convertToDocx(bytes("SLOW first"), "doc", { soffice: fake.program });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const later = ["a", "b", "c"].map((name) => convertToDocx(bytes(name), "doc", { soffice: fake.program }));
    expect(await Promise.all([first, ...later].map(outcome))).toEqual(["SLOW first", "a", "b", "c"]);
    expect(startsSince(before).map((line) => line.match(/input-\d/g)?.length)).toEqual([1, 3]);
  });

  it("batch: 1 starts LibreOffice for every file; batch: 2 takes them two by two", async () => {
    for (const [batch, runs] of [[1, 5], [2, 3]]) {
      const before = fake.starts().length;
      const files = [1, 2, 3, 4, 5].map((n) => convertToDocx(bytes(`n${n}`), "doc", { soffice: fake.program, batch }));
      expect(await Promise.all(files.map(outcome))).toEqual(["n1", "n2", "n3", "n4", "n5"]);
      expect(startsSince(before)).toHaveLength(runs);
    }
  });

  it("JIXIAO_CONVERT_BATCH=1 in the environment turns batching off", async () => {
    process.env.JIXIAO_CONVERT_BATCH = "1";
    try {
      const before = fake.starts().length;
      await Promise.all(["x", "y"].map((name) => convertToDocx(bytes(name), "doc", { soffice: fake.program })));
      expect(startsSince(before)).toHaveLength(2);
    } finally {
      delete process.env.JIXIAO_CONVERT_BATCH;
    }
  });

  it("tells a listener each time a file is queued, before its run", async () => {
    const events: string[] = [];
    onConversionQueued(() => events.push("queued"));
    try {
      const done = Promise.all([convertToDocx(bytes("p"), "doc", { soffice: fake.program }), convertToDocx(bytes("q"), "doc", { soffice: fake.program })]);
      expect(events).toEqual(["queued", "queued"]);
      await done;
    } finally {
      onConversionQueued(null);
    }
  });
});

describe("each file of a run keeps its own timeout, and fails alone", () => {
  it("the timeout is per file: four files of 0.4 s each pass a 1 s timeout", async () => {
    const files = [1, 2, 3, 4].map((n) => convertToDocx(bytes(`SLOW ${n}`), "doc", { soffice: fake.program, timeoutMs: 1000 }));
    expect(await Promise.all(files.map(outcome))).toEqual(["SLOW 1", "SLOW 2", "SLOW 3", "SLOW 4"]);
  });

  it("a file that hangs is stopped after the timeout; the files after it are converted in a new run", async () => {
    const before = fake.starts().length;
    const files = ["ok 1", "HANG", "ok 2", "ok 3"].map((content) => convertToDocx(bytes(content), "doc", { soffice: fake.program, timeoutMs: 1000 }));
    const results = await Promise.all(files.map(outcome));
    expect(results[0]).toBe("ok 1");
    expect(results[1]).toMatch(/^CONVERSION_FAILED: LibreOffice did not finish converting within 1 s/);
    expect(results.slice(2)).toEqual(["ok 2", "ok 3"]);
    expect(startsSince(before).map((line) => line.match(/input-\d/g)?.length)).toEqual([4, 2]);
  }, 10_000);

  it("a file that crashes LibreOffice fails; the files after it are converted in a new run", async () => {
    const before = fake.starts().length;
    const files = ["ok 1", "CRASH", "ok 2"].map((content) => convertToDocx(bytes(content), "rtf", { soffice: fake.program }));
    const results = await Promise.all(files.map(outcome));
    expect(results).toEqual(["ok 1", expect.stringMatching(/^CONVERSION_FAILED: LibreOffice could not convert the file to \.docx \(in a run of 3 files\) \(exit code SIGKILL\)/), "ok 2"]);
    expect(startsSince(before)).toHaveLength(2);
  });

  it("a file LibreOffice cannot load fails alone, in the same run as the others", async () => {
    const before = fake.starts().length;
    const files = ["BAD", "ok"].map((content) => convertToDocx(bytes(content), "doc", { soffice: fake.program }));
    const results = await Promise.all(files.map(outcome));
    expect(results).toEqual([expect.stringMatching(/^CONVERSION_FAILED: .*no output was written.*source file could not be loaded/), "ok"]);
    expect(startsSince(before)).toHaveLength(1);
  });

  it("a program that does not exist: every file of the run gets CONVERTER_MISSING", async () => {
    const files = ["a", "b"].map((content) => convertToDocx(bytes(content), "doc", { soffice: join(privateTmp, "no-soffice") }));
    expect((await Promise.all(files.map(outcome))).map((r) => String(r).split(":")[0])).toEqual(["CONVERTER_MISSING", "CONVERTER_MISSING"]);
  });
});
