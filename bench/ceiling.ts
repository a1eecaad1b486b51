/**
 * What two cores give this workload at best: the direct reader looping in one process, then in two
 * processes side by side, with nothing shared between them. `--jobs 2` over `--jobs 1` can come
 * close to this ratio and not above it; on a VM whose two vCPUs share a physical core it is well
 * under 2.
 */
import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";
import { startLoadMeter } from "./load";

export interface Ceiling {
  /** Timed seconds, after WARMUP_SECONDS untimed. */
  seconds: number;
  /** Documents read by one process alone (the mean of a run before and one after the pair). */
  oneProcess: number;
  twoProcesses: number;
  /** Documents per second of two processes together over one alone. */
  ratio: number;
  othersShare: number | null;
}

/**
 * Untimed first: V8 compiles the hot functions on a background thread for the first second or two,
 * which a lone process gets for free on the idle core.
 */
const WARMUP_SECONDS = 2;

interface Loop { count: number; cpuSeconds: number }

function loop(library: string, document: string, seconds: number): Promise<Loop> {
  const script = `
    const { parseDocx } = await import(${JSON.stringify(pathToFileURL(library).href)});
    const { readFileSync } = await import("node:fs");
    const bytes = new Uint8Array(readFileSync(${JSON.stringify(document)}));
    const warm = performance.now() + ${WARMUP_SECONDS * 1000};
    while (performance.now() < warm) await parseDocx(bytes);
    const until = performance.now() + ${seconds * 1000};
    let count = 0;
    while (performance.now() < until) { await parseDocx(bytes); count++; }
    const cpu = process.cpuUsage();
    console.log(count, (cpu.user + cpu.system) / 1e6);`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const [count, cpuSeconds] = out.trim().split(" ").map(Number);
      if (code === 0 && count > 0) resolve({ count, cpuSeconds });
      else reject(new Error(`the ceiling loop exited with ${code}`));
    });
  });
}

export async function measureCeiling(library: string, document: string, seconds: number): Promise<Ceiling> {
  const meter = startLoadMeter();
  // One process before and after the pair, averaged: a single such run varied by 20% on this VM.
  const before = await loop(library, document, seconds);
  const two = await Promise.all([loop(library, document, seconds), loop(library, document, seconds)]);
  const after = await loop(library, document, seconds);
  const oneProcess = (before.count + after.count) / 2;
  const twoProcesses = two[0].count + two[1].count;
  const childSeconds = before.cpuSeconds + after.cpuSeconds + two[0].cpuSeconds + two[1].cpuSeconds;
  return { seconds, oneProcess, twoProcesses, ratio: twoProcesses / oneProcess, othersShare: meter.othersShare(childSeconds) };
}
