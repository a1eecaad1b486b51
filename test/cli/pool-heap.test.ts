/**
 * The pool bounds how far its workers' old generations grow past what survived their last full
 * collection: part of each file's record dies in the old generation, and V8's default growth let
 * that garbage pile up to several times the live data in each worker.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boundHeapGrowth, WORKER_RESOURCE_LIMITS } from "../../src/cli/pool";
import { formXml } from "../helpers/form-xml";
import { cell, docxOf, row } from "../helpers/ooxml";
import { BUILD_TIMEOUT, ensureBuilt, jixiao, jsonLines } from "./run";

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-cli-pool-heap-"));
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Allocates 30,000 arrays and keeps the last 1,500 (about 35 MB) alive: each outlives two
 * scavenges, so it dies in the old generation, as records do in a worker. Posts the largest old
 * space seen, in MB.
 */
const CHURN = `
const { getHeapSpaceStatistics } = require("node:v8");
const { parentPort } = require("node:worker_threads");
const kept = new Array(1500);
let peak = 0;
for (let n = 0; n < 30000; n++) {
  kept[n % kept.length] = Array.from({ length: 500 }, (_, i) => ({ i, n }));
  if (n % 50 === 0) peak = Math.max(peak, getHeapSpaceStatistics().find((s) => s.space_name === "old_space").space_size);
}
parentPort.postMessage(peak / 1048576);
`;

function peakOldSpaceMb(): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CHURN, { eval: true, resourceLimits: WORKER_RESOURCE_LIMITS });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

describe("the pool's worker heaps", () => {
  it("grow far less past their live data once the pool has bounded the growth", async () => {
    const before = await peakOldSpaceMb();
    boundHeapGrowth();
    const after = await peakOldSpaceMb();
    // V8's default lets the old space reach 190-250 MB here, the bounded growth 125-160 MB.
    expect(after).toBeLessThan(before * 0.8);
    // Bounded, not capped: the 35 MB kept alive still fits.
    expect(after).toBeGreaterThan(35);
  }, 60_000);

  it("still give a large form all the heap it needs: 10,000 indicator rows, over 20 MB of XML", async () => {
    const note = "说明文字".repeat(120);
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      row([cell("", { vMerge: "continue" }), cell("", { vMerge: "continue" }), cell("质量指标"), ...[`指标${i + 3}：${note}`, "100%", "100%", "0", "0", ""].map((t) => cell(t))]));
    writeFileSync(join(dir, "large.docx"), docxOf(formXml({ extraRows: rows })));
    // With a time limit even one file is read on a worker.
    const run = await jixiao(["parse", "large.docx", "-o", "out.jsonl", "--jobs", "2", "--file-timeout", "600"], { cwd: dir });
    expect(run.stderr).not.toContain("INTERNAL");
    const [line] = jsonLines(readFileSync(join(dir, "out.jsonl"), "utf8"));
    expect(line).toMatchObject({ file: "large.docx", form: 0, forms: 1 });
    expect(line.record.indicators.length).toBeGreaterThan(10_000);
  }, 120_000);
});
