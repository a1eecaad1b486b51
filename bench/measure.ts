/**
 * Timing in rounds: every case runs once per round, in turn, so a change in the machine's load
 * during the run (other processes on a 2-core machine) falls on all cases alike and the ratios
 * between them hold. Each sample is one call, so the median is over calls, not over a loop.
 *
 * Each call is clocked twice: wall time, which the targets are judged on, and this process's CPU
 * time, which barely moves when other processes take CPU from us and so says whether a wall-time
 * ratio measured on a busy machine can be trusted. CPU time counts V8's helper threads too
 * (parallel GC, compilation), so it can exceed wall time.
 */

export interface RunCounts {
  warmup: number;
  runs: number;
}

export interface Samples {
  wall: number[];
  cpu: number[];
}

export interface Summary {
  /** Wall-time milliseconds. */
  median: number;
  min: number;
  max: number;
  runs: number;
  /** CPU-time milliseconds of this process. */
  cpuMedian: number;
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(samples: Samples): Summary {
  return {
    median: median(samples.wall),
    min: Math.min(...samples.wall),
    max: Math.max(...samples.wall),
    runs: samples.wall.length,
    cpuMedian: median(samples.cpu),
  };
}

export type Case = () => unknown;

/**
 * Runs `counts.warmup` untimed rounds, then `counts.runs` timed ones; returns the samples per case.
 * No forced collection between calls: after a full gc() the floor ran 3 to 15 times slower than
 * in a steady loop (measured on this machine), which would have flattered every ratio over it.
 * A major collection of one case's garbage may land in another's call; the median leaves out
 * those few slow calls.
 */
export async function timeRounds<K extends string>(cases: Record<K, Case>, counts: RunCounts): Promise<Record<K, Samples>> {
  const keys = Object.keys(cases) as K[];
  const samples = Object.fromEntries(keys.map((k) => [k, { wall: [], cpu: [] } as Samples])) as Record<K, Samples>;
  for (let round = 0; round < counts.warmup + counts.runs; round++) {
    for (const key of keys) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      await cases[key]();
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      if (round >= counts.warmup) {
        samples[key].wall.push(wall);
        samples[key].cpu.push((cpu.user + cpu.system) / 1000);
      }
    }
  }
  return samples;
}
