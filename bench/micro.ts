/** Part 1: each case on each input document, in one process, medians after warm-up. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParseTimings } from "../src/parse";
import { writeDocx } from "../src/write";
import { floor, floorWithAttributes, mammothAlone, parseDirect, parseWithMammoth, readForms } from "./cases";
import { startLoadMeter } from "./load";
import { summarize, timeRounds, type Case, type RunCounts, type Summary } from "./measure";

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
  /** c / a */
  directOverFloor: number;
  /** b / c */
  mammothOverDirect: number;
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
  const median = (key: keyof ParseTimings) => summarize(stages.map((s) => s[key])).median;
  return { unzip: median("unzip"), grid: median("grid"), extract: median("extract"), checks: median("checks") };
}

export async function runMicro(root: string, { counts, log, settle }: MicroOptions): Promise<InputResult[]> {
  const results: InputResult[] = [];
  for (const input of INPUTS) {
    const bytes = new Uint8Array(readFileSync(join(root, input.file)));
    const forms = await readForms(bytes);
    const stages: ParseTimings[] = [];
    const cases: Record<string, Case> = {
      floor: () => floor(bytes),
      floorWithAttributes: () => floorWithAttributes(bytes),
      mammoth: () => mammothAlone(bytes),
      direct: () => parseDirect(bytes, stages),
      mammothReader: () => parseWithMammoth(bytes),
      ...(input === WRITER_INPUT ? { write: () => writeDocx(forms) } : {}),
    };
    await settle();
    log(`  ${input.name}: ${Object.keys(cases).join(", ")}`);
    const meter = startLoadMeter();
    const samples = await timeRounds(cases, counts);
    const othersShare = meter.othersShare();
    const [a, b, c] = [summarize(samples.floor), summarize(samples.mammoth), summarize(samples.direct)];
    results.push({
      input: input.name, file: input.file, bytes: bytes.length, forms: forms.length,
      floor: a,
      floorWithAttributes: summarize(samples.floorWithAttributes),
      mammoth: b,
      // The warm-up rounds clocked stages too; keep the timed rounds'.
      direct: { ...c, stages: stageMedians(stages.slice(-counts.runs)) },
      mammothReader: summarize(samples.mammothReader),
      ...(samples.write ? { write: summarize(samples.write) } : {}),
      directOverFloor: c.median / a.median,
      mammothOverDirect: b.median / c.median,
      othersShare,
    });
  }
  return results;
}
