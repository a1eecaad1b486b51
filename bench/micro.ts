/** Part 1: each case on each input document, in one process, medians after warm-up. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParseTimings } from "../src/parse";
import { writeDocx } from "../src/write";
import { classifyAll, floor, floorWithAttributes, locate, mammothAlone, parseDirect, parseWithMammoth, readForms } from "./cases";
import { startLoadMeter } from "./load";
import { median, summarize, timeRounds, type Case, type RunCounts, type Summary } from "./measure";

export interface Input {
  name: string;
  file: string;
}

export const INPUTS: Input[] = [
  { name: "LibreOffice, 11 forms", file: "test/fixtures/seed-libreoffice.docx" },
  { name: "python-docx, 11 forms", file: "test/fixtures/seed-python-docx.docx" },
  { name: "python-docx, 1 form", file: "test/fixtures/single-form-python-docx.docx" },
];

/** The input whose records the writer writes back. */
export const WRITER_INPUT = INPUTS[0];

export interface InputResult {
  input: string;
  file: string;
  bytes: number;
  forms: number;
  /** (a) */
  floor: Summary;
  floorWithAttributes: Summary;
  /** (b) */
  mammoth: Summary;
  /** (c), with the median of each stage as parseDocxTimed clocks it */
  direct: Summary & { stages: ParseTimings };
  /** (d) */
  mammothReader: Summary;
  /** (e), only for WRITER_INPUT */
  write?: Summary;
  /** (f) classifying the document's forms */
  classify: Summary;
  /** f / c: the share of parse time spent deciding the forms' kinds */
  classifyOverDirect: number;
  /** c / a */
  directOverFloor: number;
  /** b / c */
  mammothOverDirect: number;
  /** The same two ratios by CPU time: a check on the wall-time ones when the machine is busy. */
  cpu: { directOverFloor: number; mammothOverDirect: number; classifyOverDirect: number };
  /** Share of the machine's CPU that other processes used meanwhile (null: unknown). */
  othersShare: number | null;
}

export interface MicroOptions {
  counts: RunCounts;
  log: (line: string) => void;
  /** Called before each input, e.g. to wait for a quiet machine. */
  settle: () => Promise<void>;
}

function stageMedians(stages: ParseTimings[]): ParseTimings {
  const of = (key: keyof ParseTimings) => median(stages.map((s) => s[key]));
  return { unzip: of("unzip"), grid: of("grid"), extract: of("extract"), checks: of("checks") };
}

export async function runMicro(root: string, { counts, log, settle }: MicroOptions): Promise<InputResult[]> {
  const results: InputResult[] = [];
  for (const input of INPUTS) {
    const bytes = new Uint8Array(readFileSync(join(root, input.file)));
    const forms = await readForms(bytes);
    const located = await locate(bytes);
    const stages: ParseTimings[] = [];
    // Two groups, each timed in its own rounds: mammoth leaves far more garbage than the rest,
    // and its collection landing inside the floor's or the direct reader's calls would charge
    // mammoth's cost to them.
    const fast: Record<string, Case> = {
      floor: () => floor(bytes),
      floorWithAttributes: () => floorWithAttributes(bytes),
      direct: () => parseDirect(bytes, stages),
      classify: () => classifyAll(located),
    };
    const slow: Record<string, Case> = {
      mammoth: () => mammothAlone(bytes),
      mammothReader: () => parseWithMammoth(bytes),
      ...(input === WRITER_INPUT ? { write: () => writeDocx(forms) } : {}),
    };
    await settle();
    log(`  ${input.name}: ${[...Object.keys(fast), ...Object.keys(slow)].join(", ")}`);
    const meter = startLoadMeter();
    const samples = { ...(await timeRounds(fast, counts)), ...(await timeRounds(slow, counts)) };
    const othersShare = meter.othersShare();
    const [a, b, c, f] = [summarize(samples.floor), summarize(samples.mammoth), summarize(samples.direct), summarize(samples.classify)];
    results.push({
      input: input.name, file: input.file, bytes: bytes.length, forms: forms.length,
      floor: a,
      floorWithAttributes: summarize(samples.floorWithAttributes),
      mammoth: b,
      // The warm-up rounds clocked stages too; keep the timed rounds'.
      direct: { ...c, stages: stageMedians(stages.slice(-counts.runs)) },
      mammothReader: summarize(samples.mammothReader),
      ...(samples.write ? { write: summarize(samples.write) } : {}),
      classify: f,
      directOverFloor: c.median / a.median,
      mammothOverDirect: b.median / c.median,
      classifyOverDirect: f.median / c.median,
      cpu: { directOverFloor: c.cpuMedian / a.cpuMedian, mammothOverDirect: b.cpuMedian / c.cpuMedian, classifyOverDirect: f.cpuMedian / c.cpuMedian },
      othersShare,
    });
  }
  return results;
}
