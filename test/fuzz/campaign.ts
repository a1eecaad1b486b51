/**
 * The long campaign behind `npm run fuzz` (scripts/fuzz.mjs bundles this file with esbuild and
 * runs it in worker threads): every kind of case, every fixture including the 11-form ones, and
 * a larger share of cases through the mammoth reader than the test suite can afford.
 */
import { BYTE_KINDS, makeCase, STRUCTURE_KINDS, type Corpus, type FuzzCase } from "./cases";
import { ALL_FIXTURES, loadCorpus, loadOtherSeeds } from "./corpus";
import { describeFailure, runCase, type Outcome } from "./harness";

export { FAILURE_DIR } from "./harness";

export const CAMPAIGN_KINDS = [...BYTE_KINDS, ...STRUCTURE_KINDS, ...STRUCTURE_KINDS, ...STRUCTURE_KINDS];

export interface CampaignOptions {
  fixturesDir: string;
  seed: number;
  mammothShare: number;
}

export class Campaign {
  private readonly corpus: Corpus;

  constructor(private readonly options: CampaignOptions) {
    this.corpus = { docx: loadCorpus(options.fixturesDir, ALL_FIXTURES), other: loadOtherSeeds(options.fixturesDir) };
  }

  caseAt(index: number): FuzzCase {
    return makeCase(this.corpus, this.options.seed, index, CAMPAIGN_KINDS, this.options.mammothShare);
  }

  async run(index: number): Promise<Outcome & { report?: string }> {
    const c = this.caseAt(index);
    const outcome = await runCase(c);
    return outcome.problem ? { ...outcome, report: this.report(c, outcome) } : outcome;
  }

  /** Saves the input under FAILURE_DIR and says how to replay it. */
  report(c: FuzzCase, outcome: Outcome): string {
    return describeFailure(c, outcome, `node scripts/fuzz.mjs --seed ${this.options.seed} --case ${c.id.split(":")[1]}`);
  }
}
