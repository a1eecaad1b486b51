/**
 * Formatted disk pages ([MS-DOC] 2.9.59 PlcBtePapx, 2.9.60 PlcBteChpx, 2.9.61 PapxFkp, 2.9.62
 * ChpxFkp): paragraph and character properties are stored by byte offset (FC) in the
 * WordDocument stream, in 512-byte pages listed by a bin table in the table stream. Each page
 * holds up to a hundred runs, each run an FC range and the grpprl that applies to it.
 */
import { badDoc, type Span } from "./fib";

export interface PropertyRun {
  /** FC range [start, end) in the WordDocument stream. */
  start: number;
  end: number;
  /** The run's sprms (PAPX: after its style index); null when the run has default properties. */
  grpprl: Uint8Array | null;
}

const PAGE = 512;

/** Every run of every page the bin table lists, sorted by FC. Pages are read once each. */
export function readPropertyRuns(table: Uint8Array, bte: Span, word: Uint8Array, kind: "paragraph" | "character"): PropertyRun[] {
  if (bte.lcb === 0) return [];
  if (bte.fc + bte.lcb > table.length || bte.lcb < 12 || (bte.lcb - 4) % 8 !== 0) {
    throw badDoc(`the ${kind} property bin table (${bte.lcb} bytes at ${bte.fc}) does not fit the table stream`);
  }
  const view = new DataView(table.buffer, table.byteOffset + bte.fc, bte.lcb);
  const count = (bte.lcb - 4) / 8;
  const pages = new Set<number>();
  for (let i = 0; i < count; i++) pages.add(view.getUint32((count + 1) * 4 + i * 4, true) & 0x3fffff);
  const runs: PropertyRun[] = [];
  for (const pn of pages) {
    if ((pn + 1) * PAGE > word.length) throw badDoc(`a ${kind} property page (${pn}) lies beyond the text stream`);
    readPage(word.subarray(pn * PAGE, (pn + 1) * PAGE), kind, runs);
  }
  return runs.sort((a, b) => a.start - b.start);
}

function readPage(page: Uint8Array, kind: "paragraph" | "character", runs: PropertyRun[]): void {
  const view = new DataView(page.buffer, page.byteOffset, PAGE);
  const crun = page[511];
  const entry = kind === "paragraph" ? 13 : 1;
  if ((crun + 1) * 4 + crun * entry > 511) throw badDoc(`a ${kind} property page claims ${crun} runs`);
  for (let i = 0; i < crun; i++) {
    const start = view.getUint32(i * 4, true);
    const end = view.getUint32((i + 1) * 4, true);
    const offset = page[(crun + 1) * 4 + i * entry] * 2;
    runs.push({ start, end, grpprl: offset === 0 ? null : grpprlAt(page, offset, kind) });
  }
}

function grpprlAt(page: Uint8Array, offset: number, kind: "paragraph" | "character"): Uint8Array {
  let from: number;
  let length: number;
  if (kind === "character") {
    from = offset + 1;
    length = page[offset];
  } else if (page[offset] !== 0) {
    from = offset + 1;
    length = page[offset] * 2 - 1;
  } else {
    from = offset + 2;
    length = page[offset + 1] * 2;
  }
  if (from + length > 511) throw badDoc(`a ${kind} property run at ${offset} runs past its page`);
  // A PAPX starts with the paragraph's style index, which is not read.
  return kind === "paragraph" ? page.subarray(from + 2, from + Math.max(2, length)) : page.subarray(from, from + length);
}

/** The run holding `fc`, by binary search; null outside every run. */
export function runAt(runs: PropertyRun[], fc: number): PropertyRun | null {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid];
    if (fc < run.start) hi = mid - 1;
    else if (fc >= run.end) lo = mid + 1;
    else return run;
  }
  return null;
}
