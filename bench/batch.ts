/**
 * Part 2: the built command over a directory of copies of one document, as a child process,
 * timed from spawn to exit. Peak RSS comes from GNU time when it is there, otherwise from polling
 * VmHWM; the pool's workers are threads of the one process, so either covers them. VmRSS is also
 * sampled while the command runs, so a run can show whether memory climbs as files go by.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { startLoadMeter } from "./load";

const GNU_TIME = "/usr/bin/time";
const SAMPLE_MS = 50;

export interface BatchRun {
  files: number;
  jobs: number;
  forms: number;
  failedFiles: number;
  seconds: number;
  filesPerSecond: number;
  formsPerSecond: number;
  peakRssMB: number;
  rssFrom: "time -v" | "VmHWM";
  /** The highest VmRSS sampled in the first and in the second half of the run. */
  rssHalvesMB: [number, number] | null;
  /** Share of the machine's CPU that other processes used meanwhile (null: unknown). */
  othersShare: number | null;
  /** SHA-256 of the JSON Lines written: the same files must give the same bytes whatever --jobs is. */
  outputSha256: string;
}

/** `count` hard links (copies where links fail) of `source` in a new directory under `parent`. */
export function makeCopies(source: string, parent: string, count: number): string {
  const dir = join(parent, `files-${count}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const target = join(dir, `form-${String(i).padStart(5, "0")}.docx`);
    if (existsSync(target)) continue;
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
  return dir;
}

function status(pid: number, field: "VmHWM" | "VmRSS"): number | undefined {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** GNU time runs node as its one child. */
function childOf(pid: number): number | undefined {
  try {
    const first = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/)[0];
    return first ? Number(first) : undefined;
  } catch {
    return undefined;
  }
}

/** Forms and failed files in the command's JSON Lines output. */
function countOutput(file: string): { forms: number; failedFiles: number } {
  let forms = 0;
  let failedFiles = 0;
  // Line by line from the bytes: 3,000 files' output is larger than the longest string V8 makes.
  const bytes = readFileSync(file);
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    if (end > start) {
      const { form } = JSON.parse(bytes.toString("utf8", start, end)) as { form: number | null };
      if (form === null) failedFiles++;
      else forms++;
    }
    start = end + 1;
  }
  return { forms, failedFiles };
}

interface Exit {
  code: number | null;
  stderr: string;
  /** VmRSS samples (kB) of the node process, in order, and the highest VmHWM seen. */
  rssKb: number[];
  hwmKb: number;
}

function run(args: string[], underTime: boolean): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = underTime
      ? spawn(GNU_TIME, ["-v", process.execPath, ...args], { stdio: ["ignore", "ignore", "pipe"] })
      : spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    const rssKb: number[] = [];
    let hwmKb = 0;
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const poll = setInterval(() => {
      const node = underTime && child.pid ? childOf(child.pid) : child.pid;
      if (!node) return;
      const rss = status(node, "VmRSS");
      if (rss) rssKb.push(rss);
      hwmKb = Math.max(hwmKb, status(node, "VmHWM") ?? 0);
    }, SAMPLE_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(poll);
      resolve({ code, stderr, rssKb, hwmKb });
    });
  });
}

function halves(samples: number[]): [number, number] | null {
  if (samples.length < 4) return null;
  const mid = samples.length >> 1;
  return [Math.max(...samples.slice(0, mid)) / 1024, Math.max(...samples.slice(mid)) / 1024];
}

export async function runBatch(cli: string, dir: string, files: number, jobs: number, out: string): Promise<BatchRun> {
  const underTime = existsSync(GNU_TIME);
  const meter = startLoadMeter();
  const t0 = performance.now();
  const exit = await run([cli, "parse", dir, "-o", out, "--jobs", String(jobs), "--quiet"], underTime);
  const seconds = (performance.now() - t0) / 1000;
  if (exit.code !== 0) throw new Error(`jixiao parse --jobs ${jobs} on ${files} files exited with ${exit.code}:\n${exit.stderr.slice(-2000)}`);
  const field = (pattern: RegExp) => Number(pattern.exec(exit.stderr)?.[1] ?? NaN);
  const peakKb = underTime ? field(/Maximum resident set size \(kbytes\): (\d+)/) : exit.hwmKb;
  if (!peakKb) throw new Error("no peak RSS was measured");
  const childSeconds = field(/User time \(seconds\): ([\d.]+)/) + field(/System time \(seconds\): ([\d.]+)/);
  const { forms, failedFiles } = countOutput(out);
  const outputSha256 = createHash("sha256").update(readFileSync(out)).digest("hex");
  return {
    files, jobs, forms, failedFiles, seconds,
    filesPerSecond: files / seconds,
    formsPerSecond: forms / seconds,
    peakRssMB: peakKb / 1024,
    rssFrom: underTime ? "time -v" : "VmHWM",
    rssHalvesMB: halves(exit.rssKb),
    othersShare: Number.isNaN(childSeconds) ? null : meter.othersShare(childSeconds),
    outputSha256,
  };
}

/**
 * Repeated runs of one setting: the median time; the highest peak RSS of any of them (the worst a
 * user meets) and the lowest (V8 now and then grows a heap far past what it needs for a moment;
 * memory that grew with the number of files would raise every run's peak, the lowest included).
 */
export interface BatchResult extends Omit<BatchRun, "rssFrom" | "outputSha256"> {
  lowestPeakRssMB: number;
  runs: BatchRun[];
}

export function combine(runs: BatchRun[]): BatchResult {
  const bySeconds = [...runs].sort((x, y) => x.seconds - y.seconds);
  const middle = bySeconds[(bySeconds.length - 1) >> 1];
  const highest = runs.reduce((x, y) => (y.peakRssMB > x.peakRssMB ? y : x));
  const shares = runs.map((r) => r.othersShare).filter((s): s is number => s !== null);
  return {
    files: middle.files, jobs: middle.jobs, forms: middle.forms, failedFiles: Math.max(...runs.map((r) => r.failedFiles)),
    seconds: middle.seconds, filesPerSecond: middle.filesPerSecond, formsPerSecond: middle.formsPerSecond,
    peakRssMB: highest.peakRssMB, rssHalvesMB: highest.rssHalvesMB,
    lowestPeakRssMB: Math.min(...runs.map((r) => r.peakRssMB)),
    othersShare: shares.length ? Math.max(...shares) : null,
    runs,
  };
}
