/**
 * Timing in rounds: every case runs once per round, in turn, so a change in the machine's load
 * during the run (other processes on a 2-core machine) falls on all cases alike and the ratios
 * between them hold. Each sample is one call, so the median is over calls, not over a loop.
 */

export interface RunCounts {
  warmup: number;
  runs: number;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

export type Case = () => unknown;

/**
 * Runs `counts.warmup` untimed rounds, then `counts.runs` timed ones; returns the samples per case.
 * With node --expose-gc a full collection runs before every call, so one case's garbage is not
 * collected inside the next case's time.
 */
export async function timeRounds<K extends string>(cases: Record<K, Case>, counts: RunCounts): Promise<Record<K, number[]>> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const keys = Object.keys(cases) as K[];
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < counts.warmup + counts.runs; round++) {
    for (const key of keys) {
      gc();
      const t0 = performance.now();
      await cases[key]();
      const elapsed = performance.now() - t0;
      if (round >= counts.warmup) samples[key].push(elapsed);
    }
  }
  return samples;
}
