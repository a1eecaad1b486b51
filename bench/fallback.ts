/**
 * Part 4b: folder throughput with the LibreOffice fallback forced (`jixiao parse --convert always`
 * over copies of the 11-form .doc), with LibreOffice started for every file (JIXIAO_CONVERT_BATCH=1,
 * as before conversions were batched) and with the default runs of several files; and, for
 * comparison, the same folder read natively. Same machine, same run, same --jobs.
 */
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface FallbackRun {
  mode: "one LibreOffice per file" | "batched" | "native";
  seconds: number;
  filesPerSecond: number;
  forms: number;
  failedFiles: number;
}

export interface FallbackResult {
  file: string;
  files: number;
  jobs: number;
  runs: FallbackRun[];
  /** Batched files/s ÷ one-per-file files/s. */
  speedup: number;
}

function parse(cli: string, dir: string, out: string, jobs: number, extra: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, "parse", dir, "-o", out, "--jobs", String(jobs), "-q", ...extra], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env } });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`jixiao parse ${extra.join(" ")} exited with ${code}:\n${stderr.slice(-2000)}`));
      else resolve((performance.now() - t0) / 1000);
    });
  });
}

function count(out: string): { forms: number; failedFiles: number } {
  const lines = readFileSync(out, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { form: number | null });
  return { forms: lines.filter((l) => l.form !== null).length, failedFiles: lines.filter((l) => l.form === null).length };
}

export async function runFallback(cli: string, root: string, temp: string, file: string, files: number, jobs: number, log: (line: string) => void): Promise<FallbackResult> {
  const dir = join(temp, `fallback-${files}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < files; i++) copyFileSync(join(root, file), join(dir, `form-${String(i).padStart(3, "0")}.doc`));
  const modes: [FallbackRun["mode"], string[], NodeJS.ProcessEnv][] = [
    ["one LibreOffice per file", ["--convert", "always"], { JIXIAO_CONVERT_BATCH: "1" }],
    ["batched", ["--convert", "always"], { JIXIAO_CONVERT_BATCH: "" }],
    ["native", [], {}],
  ];
  const runs: FallbackRun[] = [];
  for (const [mode, extra, env] of modes) {
    log(`  fallback: ${files} copies of ${file}, --jobs ${jobs}, ${mode}`);
    const out = join(temp, `fallback-${runs.length}.jsonl`);
    const seconds = await parse(cli, dir, out, jobs, extra, env);
    runs.push({ mode, seconds, filesPerSecond: files / seconds, ...count(out) });
  }
  return { file, files, jobs, runs, speedup: runs[1].filesPerSecond / runs[0].filesPerSecond };
}

export function fallbackTable(result: FallbackResult): string {
  const rows = [["", "seconds", "files/s", "forms", "failed"], ...result.runs.map((r) => [r.mode, r.seconds.toFixed(1), r.filesPerSecond.toFixed(2), String(r.forms), String(r.failedFiles)])];
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  return [
    `LibreOffice fallback forced (--convert always): ${result.files} copies of ${result.file}, --jobs ${result.jobs}; batched ×${result.speedup.toFixed(1)} the files/s of one LibreOffice per file`,
    ...rows.map((r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join("   ").trimEnd()),
  ].join("\n");
}
