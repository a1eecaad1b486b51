/**
 * Expected records, transcribed from the seed document (test/seed, a copy of ../shared/seed): the JSON transcription
 * seed-forms.json mapped field by field onto the record shape. Nothing here comes from running
 * our parser.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FormRecord as AnyRecord, ProjectRecord as FormRecord } from "../../src/model/record";

export const SEED_DIR = fileURLToPath(new URL("../seed/", import.meta.url));

interface SeedPart { initial: number | null; annual: number | null; executed: number | null }
interface SeedForm {
  attachment: string; title: string; year: number;
  projectName: string; department: string; implementingUnit: string;
  funds: { total: SeedPart & { weight: number | null; rate: string | number | null; score: number | null };
    appropriation: SeedPart; carryover: SeedPart; other: SeedPart };
  goal: { expected: string; actual: string };
  indicators: { level1: string; level1Weight: number; level2: string; name: string;
    target: string | number | null; actual: string | number | null; weight: number | null; score: number | null; remark: string | null }[];
  totalWeight: number | null; totalScore: number | null;
}

/** The transcription writes plain-number cells as numbers; in the document they are text. */
const cell = (value: string | number | null) => (value === null ? null : { raw: String(value), text: String(value) });

export function seedForms(): SeedForm[] {
  return JSON.parse(readFileSync(SEED_DIR + "seed-forms.json", "utf8")).forms;
}

/** The 11 seed forms as records (raw === text here: the transcription is trimmed). */
export function expectedSeedRecords(): FormRecord[] {
  return seedForms().map((f) => ({
    kind: "project-self-evaluation",
    attachment: f.attachment,
    title: f.title,
    level: f.title.startsWith("州级") ? "州级" : null,
    year: f.year,
    project: { name: f.projectName, department: f.department, implementingUnit: f.implementingUnit, code: null },
    funds: {
      unit: "万元",
      total: { ...f.funds.total, rate: cell(f.funds.total.rate) },
      appropriation: { ...f.funds.appropriation, rate: null },
      carryover: { ...f.funds.carryover, rate: null },
      other: { ...f.funds.other, rate: null },
      more: [], method: null, reason: null,
    },
    goal: { expected: f.goal.expected, adjusted: null, actual: f.goal.actual },
    indicators: f.indicators.map((i) => ({
      level1: i.level1, level1Weight: i.level1Weight, level2: i.level2, level2Weight: null, name: i.name,
      target: cell(i.target), actual: cell(i.actual), weight: i.weight, score: i.score, deviation: i.remark,
      method: null, targetParts: null, more: {},
    })),
    total: { weight: f.totalWeight, score: f.totalScore },
    notes: { conclusion: null, problems: null, improvements: null, remark: null, deviation: null },
    footer: { unitLeader: null, filler: null, phone: null, date: null, projectLeader: null, financeLeader: null, reportNo: null },
    extras: [],
  }));
}

/**
 * A record reduced to what the seed states: `raw` is dropped from cell values (fixtures keep the
 * cell's spaces, the transcription trimmed them) after checking it trims to `text`; `source`,
 * `reading` and `assessment` are dropped.
 */
export function comparable(any: AnyRecord): unknown {
  if (any.kind !== "project-self-evaluation") throw new Error(`a seed form read as ${any.kind}`);
  const record: FormRecord = any;
  const value = (v: { raw: string; text: string } | null) => {
    if (v === null) return null;
    if (v.raw.trim() !== v.text) throw new Error(`raw ${JSON.stringify(v.raw)} does not trim to text ${JSON.stringify(v.text)}`);
    return v.text;
  };
  const { source: _source, ...rest } = record;
  return {
    ...rest,
    funds: { ...record.funds, total: { ...record.funds.total, rate: value(record.funds.total.rate) } },
    indicators: record.indicators.map(({ assessment: _a, ...i }) => ({ ...i, target: value(i.target), actual: value(i.actual) })),
  };
}
