/**
 * Part 3: one large honest document (the hostile-input issue's case): a form with 10,000 indicator
 * rows, over 20 MB of document.xml, made in memory the way test/input/limits.test.ts makes it. Each
 * run is a fresh child process that reads the file once with the built library, so its peak RSS
 * (VmHWM) is the memory one such document costs, start-up included.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { formXml } from "../test/helpers/form-xml";
import { cell, docxOf, row } from "../test/helpers/ooxml";

export interface LargeResult {
  documentXmlMB: number;
  docxKB: number;
  indicators: number;
  runs: number;
  /** Median ms of parseDocx (direct reader, checks included) in the child, file read excluded. */
  medianMs: number;
  /** Median peak RSS of the child processes, MB; and of a child that only loads the library. */
  peakRssMB: number;
  baselineRssMB: number;
}

const ROWS = 10_000;

function largeDocument(): { bytes: Uint8Array; xmlBytes: number } {
  const note = "说明文字".repeat(120);
  const rows = Array.from({ length: ROWS }, (_, i) =>
    row([cell("", { vMerge: "continue" }), cell("", { vMerge: "continue" }), cell("质量指标"), ...[`指标${i + 3}：${note}`, "100%", "100%", "0", "0", ""].map((t) => cell(t))]));
  const xml = formXml({ extraRows: rows });
  return { bytes: docxOf(xml), xmlBytes: Buffer.byteLength(xml) };
}

function child(library: string, file: string | null): Promise<{ ms: number; hwmKb: number; indicators: number }> {
  const script = `
    const { parseDocx } = await import(${JSON.stringify(pathToFileURL(library).href)});
    const { readFileSync } = await import("node:fs");
    let ms = 0, indicators = 0;
    const file = ${JSON.stringify(file)};
    if (file) {
      const bytes = readFileSync(file);
      const t = performance.now();
      const { forms } = await parseDocx(bytes);
      ms = performance.now() - t;
      indicators = forms[0]?.indicators.length ?? 0;
    }
    const hwm = Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0);
    process.stdout.write(JSON.stringify({ ms, hwmKb: hwm, indicators }));
  `;
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    proc.stdout.on("data", (c: Buffer) => (out += c));
    proc.stderr.on("data", (c: Buffer) => (err += c));
    proc.on("error", reject);
    proc.on("close", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`large-document child exited with ${code}: ${err.slice(-1000)}`))));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

export async function runLarge(library: string, temp: string, runs: number): Promise<LargeResult> {
  const { bytes, xmlBytes } = largeDocument();
  const file = join(temp, "large.docx");
  writeFileSync(file, bytes);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await child(library, file));
  if (results.some((r) => r.indicators !== ROWS + 2)) throw new Error(`the large document gave ${results.map((r) => r.indicators).join(", ")} indicators, not ${ROWS + 2}`);
  const baseline = await child(library, null);
  return {
    documentXmlMB: xmlBytes / 1e6,
    docxKB: bytes.length / 1024,
    indicators: ROWS + 2,
    runs,
    medianMs: median(results.map((r) => r.ms)),
    peakRssMB: median(results.map((r) => r.hwmKb)) / 1024,
    baselineRssMB: baseline.hwmKb / 1024,
  };
}

export function largeTable(r: LargeResult): string {
  return [
    `One large document: a form with ${r.indicators.toLocaleString("en")} indicator rows, ${r.documentXmlMB.toFixed(1)} MB of document.xml (${r.docxKB.toFixed(0)} KB zipped); a fresh process per run, median of ${r.runs}`,
    `  parseDocx, direct reader, checks included: ${(r.medianMs / 1000).toFixed(2)} s; peak RSS ${r.peakRssMB.toFixed(0)} MB (a process that only loads the library: ${r.baselineRssMB.toFixed(0)} MB)`,
  ].join("\n");
}
