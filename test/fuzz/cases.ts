/**
 * Fuzz cases, each made from (campaign seed, case number) alone so that any one can be rebuilt
 * and replayed: FUZZ_SEED=<seed> FUZZ_CASE=<n>.
 */
import { MAIN, rezip, type OtherSeeds, type Seed } from "./corpus";
import { BYTE_MUTATORS, IN_PLACE_MUTATORS, mutateBytes, mutateDirectory } from "./mutate-bytes";
import { encodeXml, mutateHtml, mutateStructure } from "./mutate-xml";
import { Random } from "./random";
import { isWellFormedXml } from "./well-formed";
import { deflatedEntry, rawZip, type RawEntry } from "./zip-bytes";

export type CaseKind = "docx-bytes" | "deflate-stream" | "zip-directory" | "package" | "xml-bytes" | "cfb-bytes" | "html" | "xml-structure";
/** Weighted: a kind listed twice is drawn twice as often. */
export const BYTE_KINDS: CaseKind[] = ["docx-bytes", "docx-bytes", "deflate-stream", "zip-directory", "package", "xml-bytes", "xml-bytes", "cfb-bytes", "html"];
export const STRUCTURE_KINDS: CaseKind[] = ["xml-structure"];

export interface Corpus {
  docx: Seed[];
  other: OtherSeeds;
}

export interface FuzzCase {
  /** "<seed>:<case number>", enough to rebuild the case. */
  id: string;
  kind: CaseKind;
  seedName: string;
  reader: "direct" | "mammoth";
  input: Uint8Array;
  /** What was done to the seed, in order. */
  log: string[];
  /**
   * The input must parse without an exception (LIMIT_EXCEEDED aside): only document.xml was
   * changed and the direct reader reads it, which accepts any text. mammoth refuses malformed
   * XML and some well-formed XML it does not expect (no w:body), with a JixiaoError.
   */
  mustParse: boolean;
  /** For document.xml mutations: whether the result is still well-formed XML. */
  wellFormed?: boolean;
}

export function makeCase(corpus: Corpus, campaignSeed: number, index: number, kinds: CaseKind[], mammothShare: number): FuzzCase {
  const random = Random.forCase(campaignSeed, index);
  const kind = random.pick(kinds);
  const reader = random.chance(mammothShare) ? "mammoth" : "direct";
  const log: string[] = [];
  const base = { id: `${campaignSeed}:${index}`, kind, reader, log } as const;
  if (kind === "cfb-bytes") {
    const seed = random.pick(corpus.other.cfb);
    return { ...base, seedName: seed.name, input: mutateBytes(seed.bytes, random, log, BYTE_MUTATORS, 6), mustParse: false };
  }
  if (kind === "html") {
    const seed = random.pick(corpus.other.html);
    // Not mustParse: a mutation may leave nothing that sniffs as HTML.
    return { ...base, seedName: seed.name, input: new TextEncoder().encode(mutateHtml(seed.text, random, log, 4)), mustParse: false };
  }
  const seed = random.pick(corpus.docx);
  const from = { ...base, seedName: seed.name };
  switch (kind) {
    case "docx-bytes":
      return { ...from, input: mutateBytes(seed.docx, random, log, BYTE_MUTATORS, 4), mustParse: false };
    case "deflate-stream":
      return { ...from, input: mutateBytes(seed.docx, random, log, IN_PLACE_MUTATORS, 3, [seed.main.start, seed.main.end]), mustParse: false };
    case "zip-directory": {
      let input = seed.docx;
      for (let i = random.between(1, 2); i > 0; i--) input = mutateDirectory(input, seed.main.central, random, log);
      return { ...from, input, mustParse: false };
    }
    case "package":
      return { ...from, input: mutatePackage(seed, random, log), mustParse: false };
    case "xml-bytes": {
      const xml = mutateBytes(seed.parts[MAIN], random, log, BYTE_MUTATORS, 4);
      return { ...from, input: rezip(seed, xml), mustParse: reader === "direct", wellFormed: isWellFormedXml(xml) };
    }
    case "xml-structure": {
      const xml = encodeXml(mutateStructure(seed.documentXml, random, log, 5), random, log);
      return { ...from, input: rezip(seed, xml), mustParse: reader === "direct", wellFormed: isWellFormedXml(xml) };
    }
  }
}

const TARGETS = [
  "word/document.xml", "/word/document.xml", "word/document2.xml", "", "../word/document.xml", "word\\document.xml", "x".repeat(1000),
  "word/styles.xml", "_rels/.rels", "[Content_Types].xml", "docProps/thumbnail.jpeg", "word/document.xml#frag", "Word/Document.xml",
];

/** Parts renamed, dropped, doubled or stored; the officeDocument relationship pointed elsewhere. */
function mutatePackage(seed: Seed, random: Random, log: string[]): Uint8Array {
  let entries: RawEntry[] = [...seed.others, deflatedEntry(MAIN, seed.parts[MAIN])];
  const xml = seed.parts[MAIN];
  switch (random.int(5)) {
    case 0: {
      const target = random.pick(TARGETS);
      log.push(`officeDocument target → ${JSON.stringify(target.slice(0, 40))}`);
      const rels = new TextDecoder().decode(seed.parts["_rels/.rels"]).replace(/(Type="[^"]*\/officeDocument"[^>]*Target=")[^"]*/, `$1${target}`).replace(/(Target=")[^"]*("[^>]*Type="[^"]*\/officeDocument")/, `$1${target}$2`);
      entries = entries.map((e) => (e.name === "_rels/.rels" ? deflatedEntry(e.name, rels) : e));
      break;
    }
    case 1:
      log.push("drop _rels/.rels");
      entries = entries.filter((e) => e.name !== "_rels/.rels");
      break;
    case 2: {
      const other = random.pick(entries);
      log.push(`second ${MAIN} holding ${other.name}`);
      entries.push({ ...other, name: MAIN });
      break;
    }
    case 3:
      log.push(`${MAIN} stored, not deflated`);
      entries = entries.map((e) => (e.name === MAIN ? { ...e, method: 0, data: xml, size: xml.length } : e));
      break;
    default: {
      const other = random.pick(seed.others);
      log.push(`${MAIN} holds ${other.name}`);
      entries = entries.map((e) => (e.name === MAIN ? { ...other, name: MAIN } : e));
    }
  }
  return rawZip(random.shuffle(entries));
}
