/** Part 3: the issue's targets, as ratios measured in the same run, each PASS or MISS. */
import type { BatchResult } from "./batch";
import type { Ceiling } from "./ceiling";
import type { InputResult } from "./micro";

export interface Target {
  id: "direct-vs-floor" | "mammoth-vs-direct" | "classify-vs-parse" | "batch-rss" | "rss-flat" | "same-output" | "jobs-scaling" | "legacy-vs-libreoffice" | "legacy-vs-docx";
  goal: string;
  /** What was measured, in words, for the table. */
  measured: string;
  pass: boolean;
}

/**
 * RSS with the larger batch may exceed the smaller one's by this much and still count as flat.
 * Not from the issue, which names no tolerance: V8 sizes a heap differently from run to run by
 * 10–15%; a leak of 30 KB a file would add 60 MB between 1,000 and 3,000 files, over 20% of any
 * peak measured here. (The runs compared were 200 and 1,000 files until a 200-file run with
 * --jobs 2 took 3.5 s and ended while its heap was still growing to its working size.)
 */
export const RSS_GROWTH_ALLOWED = 1.2;
export const RSS_LIMIT_MB = 300;

const fixed = (x: number, digits = 2) => x.toFixed(digits);

/**
 * The reader targets are judged on the 11-form documents the issue's figures come from. A single
 * form's floor is under a millisecond, below the fixed cost of building and checking one record,
 * so its ratios are shown but not judged.
 */
export function microTargets(inputs: InputResult[]): Target[] {
  const judged = inputs.filter((r) => r.forms > 1);
  const list = (value: (r: InputResult) => string) =>
    inputs.map((r) => `${r.input}: ${value(r)}${r.forms > 1 ? "" : " (not judged)"}`).join("; ");
  return [
    {
      id: "direct-vs-floor",
      goal: "c ≤ 2 × a: the direct reader within twice the unzip + tokenize floor",
      measured: list((r) => `${fixed(r.directOverFloor)} (by CPU time ${fixed(r.cpu.directOverFloor)})`),
      pass: judged.every((r) => r.directOverFloor <= 2),
    },
    {
      id: "mammoth-vs-direct",
      goal: "b / c ≥ 8: the direct reader at least 8× faster than mammoth.convertToHtml",
      measured: list((r) => `${fixed(r.mammothOverDirect, 1)} (by CPU time ${fixed(r.cpu.mammothOverDirect, 1)})`),
      pass: judged.every((r) => r.mammothOverDirect >= 8),
    },
    {
      id: "classify-vs-parse",
      goal: "f / c ≤ 10%: deciding the forms' kinds costs at most a tenth of parseDocx",
      measured: list((r) => `${(r.classifyOverDirect * 100).toFixed(2)}% (by CPU time ${(r.cpu.classifyOverDirect * 100).toFixed(2)}%)`),
      pass: judged.every((r) => r.classifyOverDirect <= 0.1),
    },
  ];
}

function find(runs: BatchResult[], files: number, jobs: number): BatchResult {
  const run = runs.find((r) => r.files === files && r.jobs === jobs);
  if (!run) throw new Error(`no batch run of ${files} files with --jobs ${jobs}`);
  return run;
}

export function batchTargets(runs: BatchResult[], { small, large, scaling }: { small: number; large: number; scaling: number }, ceiling: Ceiling | null): Target[] {
  const peak = Math.max(...runs.map((r) => r.peakRssMB));
  const growth = [1, 2].map((jobs) => find(runs, large, jobs).lowestPeakRssMB / find(runs, small, jobs).lowestPeakRssMB);
  const perFile = (jobs: number) =>
    String(Math.round(((find(runs, large, jobs).lowestPeakRssMB - find(runs, small, jobs).lowestPeakRssMB) * 1024) / (large - small)));
  const speedup = find(runs, scaling, 2).filesPerSecond / find(runs, scaling, 1).filesPerSecond;
  const outputs = [small, large].map((files) => ({
    files,
    hashes: new Set(runs.filter((r) => r.files === files).flatMap((r) => r.runs.map((run) => run.outputSha256))),
  }));
  return [
    {
      id: "batch-rss",
      goal: `peak RSS of the batch < ${RSS_LIMIT_MB} MB`,
      measured: `highest ${fixed(peak, 0)} MB`,
      pass: peak < RSS_LIMIT_MB,
    },
    {
      id: "rss-flat",
      goal: `peak RSS does not grow with the number of files (${large} vs ${small}, lowest peak of the repeats, within ${Math.round((RSS_GROWTH_ALLOWED - 1) * 100)}%)`,
      measured: [1, 2].map((jobs, i) => `--jobs ${jobs}: ×${fixed(growth[i])} (${perFile(jobs)} KB more per extra file)`).join("; "),
      pass: growth.every((g) => g <= RSS_GROWTH_ALLOWED),
    },
    {
      id: "same-output",
      goal: "the same JSON Lines, byte for byte, with --jobs 1 and --jobs 2 (every run of each file count)",
      measured: outputs.map(({ files, hashes }) => `${files} files: ${hashes.size === 1 ? `one output (sha256 ${[...hashes][0].slice(0, 12)}…)` : `${hashes.size} different outputs`}`).join("; "),
      pass: outputs.every(({ hashes }) => hashes.size === 1),
    },
    {
      id: "jobs-scaling",
      goal: `--jobs 2 ≥ 1.6 × --jobs 1 (files/s over ${scaling} files)`,
      measured: `×${fixed(speedup)}${scaling === large ? "" : ` (over ${large} files: ×${fixed(find(runs, large, 2).filesPerSecond / find(runs, large, 1).filesPerSecond)})`}${ceiling ? `; two separate processes reading side by side: ×${fixed(ceiling.ratio)}` : ""}`,
      pass: speedup >= 1.6,
    },
  ];
}
