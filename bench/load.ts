/**
 * How much of the machine other processes used while we measured. On a shared 2-core machine a
 * test suite running beside the benchmark halves what we get; the results say so instead of
 * leaving a reader to guess. Linux only (/proc/stat); elsewhere the share reads as unknown.
 */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";

interface Snapshot {
  /** Machine-wide busy and total CPU seconds (all cores). */
  busy: number;
  total: number;
  /** This process's CPU seconds. */
  own: number;
}

const TICKS_PER_SECOND = 100;

function snapshot(): Snapshot | undefined {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((sum, x) => sum + x, 0) / TICKS_PER_SECOND;
    const idle = (fields[3] + fields[4]) / TICKS_PER_SECOND;
    const usage = process.cpuUsage();
    return { busy: total - idle, total, own: (usage.user + usage.system) / 1e6 };
  } catch {
    return undefined;
  }
}

export interface LoadMeter {
  /** Others' share of all cores since the meter started, 0–1; `childSeconds` is CPU our children used. */
  othersShare(childSeconds?: number): number | null;
}

export function startLoadMeter(): LoadMeter {
  const start = snapshot();
  return {
    othersShare(childSeconds = 0) {
      const end = snapshot();
      if (!start || !end || end.total <= start.total) return null;
      const others = end.busy - start.busy - (end.own - start.own) - childSeconds;
      return Math.round(Math.min(1, Math.max(0, others / (end.total - start.total))) * 100) / 100;
    },
  };
}

/** Waits until others use at most `share` of the machine over a second, for up to `seconds`. */
export async function waitForQuiet(share: number, seconds: number, log: (line: string) => void): Promise<number | null> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const meter = startLoadMeter();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const others = meter.othersShare();
    if (others === null || others <= share || Date.now() >= until) return others;
    log(`  waiting: other processes are using ${Math.round(others * 100)}% of ${cpus().length} cores`);
  }
}
