/** The printed tables: plain text, columns padded, so the output pastes into a README as it is. */
import type { BatchResult } from "./batch";
import type { Ceiling } from "./ceiling";
import type { InputResult } from "./micro";
import type { ProfileSummary } from "./profile";
import type { Target } from "./targets";

/** First column left-aligned, the others right-aligned. */
function table(rows: string[][]): string {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  return rows
    .map((r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join("   ").trimEnd())
    .join("\n");
}

const share = (x: number | null) => (x === null ? "?" : `${Math.round(x * 100)}%`);
const percent = (x: number) => `${(x * 100).toFixed(2)}%`;
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export function microTable(inputs: InputResult[], runs: number, warmup: number): string {
  const cell = (r: InputResult, x: number | undefined) => (x === undefined ? "—" : `${ms(x)} (${ms(x / r.forms)})`);
  const row = (label: string, pick: (r: InputResult) => number | undefined) => [label, ...inputs.map((r) => cell(r, pick(r)))];
  const writer = inputs.find((r) => r.write);
  return [
    `ms per document (per form in brackets); medians of ${runs} runs after ${warmup} warm-up runs`,
    table([
      ["", ...inputs.map((r) => r.input)],
      row("(a) floor: unzip + tokenize", (r) => r.floor.median),
      row("(a′) floor, with attribute objects", (r) => r.floorWithAttributes.median),
      row("(b) mammoth.convertToHtml", (r) => r.mammoth.median),
      row("(c) parseDocx, direct reader", (r) => r.direct.median),
      row("      unzip", (r) => r.direct.stages.unzip),
      row("      XML → grid", (r) => r.direct.stages.grid),
      row("      locate + extract", (r) => r.direct.stages.extract),
      row("      checks", (r) => r.direct.stages.checks),
      row("(d) parseDocx, reader \"mammoth\"", (r) => r.mammothReader.median),
      row(`(e) writeDocx, ${writer?.forms ?? 0} forms`, (r) => r.write?.median),
      row("(f) classify the located forms", (r) => r.classify.median),
      ["c / a", ...inputs.map((r) => r.directOverFloor.toFixed(2))],
      ["b / c", ...inputs.map((r) => r.mammothOverDirect.toFixed(1))],
      ["f / c", ...inputs.map((r) => percent(r.classifyOverDirect))],
      ["c / a by CPU time", ...inputs.map((r) => r.cpu.directOverFloor.toFixed(2))],
      ["b / c by CPU time", ...inputs.map((r) => r.cpu.mammothOverDirect.toFixed(1))],
      ["CPU used by other processes meanwhile", ...inputs.map((r) => share(r.othersShare))],
    ]),
  ].join("\n");
}

export function batchTable(results: BatchResult[], document: string, ceiling: Ceiling | null): string {
  const peaks = (r: BatchResult) => (Math.round(r.lowestPeakRssMB) === Math.round(r.peakRssMB) ? r.peakRssMB.toFixed(0) : `${r.lowestPeakRssMB.toFixed(0)}–${r.peakRssMB.toFixed(0)}`);
  const halves = (h: [number, number] | null) => (h ? `${h[0].toFixed(0)} / ${h[1].toFixed(0)}` : "?");
  return [
    `jixiao parse <dir> -o out.jsonl --jobs N: copies of ${document}; median time and the range of peak RSS over ${results[0].runs.length} run(s) each`,
    table([
      ["files", "--jobs", "seconds", "files/s", "forms/s", "peak RSS MB", "RSS 1st / 2nd half MB", "CPU used by others"],
      ...results.map((r) => [
        String(r.files), String(r.jobs), r.seconds.toFixed(1), r.filesPerSecond.toFixed(1), r.formsPerSecond.toFixed(0),
        peaks(r), halves(r.rssHalvesMB), share(r.othersShare),
      ]),
    ]),
    ...(ceiling
      ? [`The ceiling for --jobs 2: the direct reader looping in two processes side by side read ${ceiling.twoProcesses} documents in ${ceiling.seconds} s, one alone ${ceiling.oneProcess}: ×${ceiling.ratio.toFixed(2)} (CPU used by others ${share(ceiling.othersShare)}).`]
      : []),
  ].join("\n");
}

export function targetTable(targets: Target[]): string {
  return targets.map((t) => `${t.pass ? "PASS" : "MISS"}  ${t.goal}\n      measured: ${t.measured}`).join("\n");
}

export function profileText(title: string, summary: ProfileSummary): string {
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`.padStart(6);
  return [
    `${title}: ${summary.busyMs.toFixed(0)} ms busy of ${summary.wallMs.toFixed(0)} ms profiled`,
    "  self time by file or package:",
    ...summary.files.slice(0, 8).map((f) => `  ${pct(f.share)}  ${f.name}`),
    "  self time by function:",
    ...summary.functions.map((f) => `  ${pct(f.share)}  ${f.name}`),
    ...(summary.lines.length ? ["  hottest lines of src/:", ...summary.lines.slice(0, 10).map((f) => `  ${pct(f.share)}  ${f.name}`)] : []),
  ].join("\n");
}
