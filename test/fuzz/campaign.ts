/**
 * The long campaign behind `npm run fuzz` (scripts/fuzz.mjs bundles this file with esbuild and
 * runs it in worker processes): every kind of case, every fixture including the 11-form ones, a
 * larger share of cases through the mammoth reader than the test suite can afford, and Word 97
 * (.doc) and RTF inputs, generated and mutated, as test/fuzz/doc.test.ts and rtf.test.ts make them.
 */
import { join } from "node:path";
import { BYTE_KINDS, makeCase, STRUCTURE_KINDS, type CaseKind, type Corpus, type FuzzCase } from "./cases";
import { ALL_FIXTURES, loadCorpus, loadOtherSeeds } from "./corpus";
import { docSeeds, generatedDoc, mutatedDoc } from "./doc-cases";
import { describeFailure, runCase, savedFailure, type Outcome } from "./harness";
import { Random } from "./random";
import { generatedRtf, mutatedRtf, rtfSeeds } from "./rtf-cases";

export { FAILURE_DIR } from "./harness";

export const CAMPAIGN_KINDS = [...BYTE_KINDS, ...STRUCTURE_KINDS, ...STRUCTURE_KINDS, ...STRUCTURE_KINDS];

/** Share of the cases that are Word 97 files, and the same again RTF. */
const LEGACY_SHARE = 0.2;

export interface CampaignOptions {
  fixturesDir: string;
  seed: number;
  mammothShare: number;
}

/** A case of the campaign: one of the .docx kinds (cases.ts), or a .doc / .rtf one. */
export type CampaignCase = Omit<FuzzCase, "kind"> & { kind: CaseKind | "doc-generated" | "doc-mutated" | "rtf-generated" | "rtf-mutated" };

export class Campaign {
  private readonly corpus: Corpus;
  private readonly doc: Uint8Array[];
  private readonly rtf: Uint8Array[];

  constructor(private readonly options: CampaignOptions) {
    this.corpus = { docx: loadCorpus(options.fixturesDir, ALL_FIXTURES), other: loadOtherSeeds(options.fixturesDir) };
    this.doc = docSeeds(join(options.fixturesDir, "doc"));
    this.rtf = rtfSeeds(join(options.fixturesDir, "rtf"));
  }

  caseAt(index: number): CampaignCase {
    // Its own stream, so the .docx cases are made as before from (seed, index).
    const choice = Random.forCase(this.options.seed ^ 0x2003, index);
    const draw = choice.int(1000) / 1000;
    if (draw >= 2 * LEGACY_SHARE) return makeCase(this.corpus, this.options.seed, index, CAMPAIGN_KINDS, this.options.mammothShare);
    const random = Random.forCase(this.options.seed, index);
    const format = draw < LEGACY_SHARE ? "doc" : "rtf";
    const made = random.chance(0.5) ? "generated" : "mutated";
    const input = format === "doc"
      ? made === "generated" ? generatedDoc(random) : mutatedDoc(random, this.doc)
      : made === "generated" ? generatedRtf(random) : mutatedRtf(random, this.rtf);
    return {
      id: `${this.options.seed}:${index}`, kind: `${format}-${made}`, seedName: made === "generated" ? "(generated)" : `a test/fixtures/${format} file`,
      reader: "direct", input, log: [], mustParse: false,
    };
  }

  async run(index: number): Promise<Outcome & { report?: string }> {
    const c = this.caseAt(index);
    const outcome = await runCase(c as FuzzCase);
    return outcome.problem ? { ...outcome, report: this.report(c, outcome) } : outcome;
  }

  /** Saves the input under FAILURE_DIR and says how to replay it. */
  report(c: CampaignCase, outcome: Outcome): string {
    const replay = `node scripts/fuzz.mjs --seed ${this.options.seed} --case ${c.id.split(":")[1]}`;
    if (!/^(doc|rtf)-/.test(c.kind)) return describeFailure(c as FuzzCase, outcome, replay);
    return savedFailure(`${c.id.replace(":", "-")}.${c.kind.slice(0, 3)}`, c.input, `case ${c.id} (${c.kind}): ${outcome.problem}`, replay);
  }
}
