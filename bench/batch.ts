/**
 * Part 2: the built command over a directory of copies of one document, as a child process,
 * timed from spawn to exit. Peak RSS comes from GNU time when it is there, otherwise from polling
 * VmHWM; the pool's workers are threads of the one process, so either covers them.
 */
import { spawn } from "node:child_process";
import { existsSync, linkSync, copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { startLoadMeter } from "./load";

const GNU_TIME = "/usr/bin/time";

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
  /** Share of the machine's CPU that other processes used meanwhile (null: unknown). */
  othersShare: number | null;
}

/** `count` hard links (copies where links fail) of `source` in a new directory under `parent`. */
export function makeCopies(source: string, parent: string, count: number): string {
  const dir = join(parent, `files-${count}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const target = join(dir, `form-${String(i).padStart(5, "0")}.docx`);
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
  return dir;
}

function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/** Reads VmHWM (kB) of a running process; undefined once it has gone. */
function vmHwm(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Forms and failed files in the command's JSON Lines output. */
function countOutput(file: string): { forms: number; failedFiles: number } {
  let forms = 0;
  let failedFiles = 0;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    const { form } = JSON.parse(line) as { form: number | null };
    if (form === null) failedFiles++;
    else forms++;
  }
  return { forms, failedFiles };
}

interface Exit { code: number | null; stderr: string; peakKb: number | undefined }

function run(command: string, args: string[], pollRss: boolean): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let peakKb: number | undefined;
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const poll = setInterval(() => {
      const kb = pollRss && child.pid ? vmHwm(child.pid) : undefined;
      if (kb) peakKb = Math.max(peakKb ?? 0, kb);
    }, 20);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(poll);
      resolve({ code, stderr, peakKb });
    });
  });
}

export async function runBatch(cli: string, dir: string, files: number, jobs: number, out: string): Promise<BatchRun> {
  const cliArgs = [cli, "parse", dir, "-o", out, "--jobs", String(jobs), "--quiet"];
  const gnuTime = hasGnuTime();
  const meter = startLoadMeter();
  const t0 = performance.now();
  const exit = gnuTime ? await run(GNU_TIME, ["-v", process.execPath, ...cliArgs], false) : await run(process.execPath, cliArgs, true);
  const seconds = (performance.now() - t0) / 1000;
  if (exit.code !== 0) throw new Error(`jixiao parse --jobs ${jobs} on ${files} files exited with ${exit.code}:\n${exit.stderr.slice(-2000)}`);
  const timeKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(exit.stderr)?.[1];
  const peakKb = gnuTime ? Number(timeKb) : exit.peakKb;
  const cpuSeconds = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(exit.stderr)?.[1] ?? NaN);
  const childSeconds = cpuSeconds("User") + cpuSeconds("System");
  if (!peakKb) throw new Error("no peak RSS was measured");
  const { forms, failedFiles } = countOutput(out);
  return {
    files, jobs, forms, failedFiles, seconds,
    filesPerSecond: files / seconds,
    formsPerSecond: forms / seconds,
    peakRssMB: peakKb / 1024,
    rssFrom: gnuTime ? "time -v" : "VmHWM",
    othersShare: Number.isNaN(childSeconds) ? null : meter.othersShare(childSeconds),
  };
}
