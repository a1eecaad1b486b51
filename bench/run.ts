/**
 * npm run bench [-- --quick] [-- --wait-quiet] [-- --profile] [-- --no-batch] [-- --no-fallback]
 *
 * Times the readers, the writer and the command on this machine, checks the targets and
 * writes bench/results.json (bench/out/results-quick.json with --quick). Bundled to bench/out/run.mjs by the "bench" script, which is why the
 * paths below are taken from that file's place.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { combine, makeCopies, runBatch, type BatchResult, type BatchRun } from "./batch";
import { measureCeiling, type Ceiling } from "./ceiling";
import { profileCli, profileDirect, type NamedProfile } from "./diagnose";
import { waitForQuiet } from "./load";
import { largeTable, runLarge, type LargeResult } from "./large";
import { fallbackTable, runFallback, type FallbackResult } from "./fallback";
import { LEGACY_INPUTS, legacyTable, legacyTargets, runLegacy, type LegacyResult } from "./legacy";
import { findSoffice } from "../src/input/convert";
import { INPUTS, runMicro, type InputResult } from "./micro";
import { batchTable, microTable, profileText, targetTable } from "./report";
import { batchTargets, microTargets, type Target } from "./targets";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "dist/cli.js");
const LIBRARY = join(ROOT, "dist/index.js");
const PROFILES = join(ROOT, "bench/out/profiles");
const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
/** A quick look never replaces the full run's results, which are committed. */
const RESULTS = join(ROOT, quick ? "bench/out/results-quick.json" : "bench/results.json");

const counts = quick ? { warmup: 2, runs: 5 } : { warmup: 5, runs: 25 };
// The heap of a fresh process grows for its first several seconds (a few hundred files): memory is
// compared between two runs past that, 1,000 and 3,000 files. --jobs scaling is judged on 1,000 files
// (the figure), as is the profile of a miss.
const batchSizes = quick ? { small: 200, large: 500, scaling: 500 } : { small: 1000, large: 3000, scaling: 1000 };
/** Each batch setting runs this often, the repeats interleaved; V8's heap sizing makes peak RSS vary run to run. */
const batchRepeats = quick ? 1 : 2;
/** With --wait-quiet, each step first waits (up to 2 minutes) for others to use at most 15% of the machine. */
const QUIET_SHARE = 0.15;
const QUIET_WAIT_SECONDS = 120;

const log = (line: string) => process.stderr.write(line + "\n");

async function settle(): Promise<void> {
  if (args.has("--wait-quiet")) await waitForQuiet(QUIET_SHARE, QUIET_WAIT_SECONDS, log);
}

function git(...command: string[]): string {
  try {
    return execFileSync("git", command, { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

function machine() {
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    node: process.version,
    date: new Date().toISOString(),
    commit: git("rev-parse", "HEAD"),
    // Others may be editing src/ while the bench runs; say whether what ran differs from the commit.
    srcChanged: git("status", "--porcelain", "--", "src") !== "",
  };
}

async function runBatches(temp: string): Promise<BatchResult[]> {
  const source = join(ROOT, INPUTS[0].file);
  const out = join(temp, "out.jsonl");
  // One short untimed run first, so the first timed one does not pay for a cold disk cache.
  await runBatch(CLI, makeCopies(source, temp, 20), 20, 2, out);
  const settings = [batchSizes.small, batchSizes.large].flatMap((files) => [1, 2].map((jobs) => ({ files, jobs, dir: makeCopies(source, temp, files) })));
  const runs: BatchRun[] = [];
  for (let repeat = 1; repeat <= batchRepeats; repeat++) {
    for (const { files, jobs, dir } of settings) {
      await settle();
      log(`  batch: ${files} files, --jobs ${jobs} (${repeat} of ${batchRepeats})`);
      runs.push(await runBatch(CLI, dir, files, jobs, out));
    }
  }
  return settings.map(({ files, jobs }) => combine(runs.filter((r) => r.files === files && r.jobs === jobs)));
}

/** Profiles behind each missed target (behind every target with --profile). */
async function diagnose(targets: Target[], temp: string): Promise<NamedProfile[]> {
  const wanted = (id: Target["id"]) => targets.some((t) => t.id === id && (!t.pass || args.has("--profile")));
  const profiles: NamedProfile[] = [];
  if (wanted("direct-vs-floor") || wanted("mammoth-vs-direct")) {
    for (const input of INPUTS) {
      log(`  profiling the direct reader: ${input.name}`);
      const bytes = new Uint8Array(readFileSync(join(ROOT, input.file)));
      profiles.push(await profileDirect(ROOT, PROFILES, input.name, bytes, quick ? 1000 : 4000));
    }
  }
  if (wanted("jobs-scaling")) {
    log("  profiling jixiao parse --jobs 2");
    profiles.push(...profileCli(ROOT, PROFILES, CLI, join(temp, `files-${batchSizes.small}`), join(temp, "profiled.jsonl"), 2));
  }
  return profiles;
}

function writeResults(host: ReturnType<typeof machine>, inputs: InputResult[], legacy: LegacyResult, fallback: FallbackResult | null, large: LargeResult | null, batch: BatchResult[], ceiling: Ceiling | null, targets: Target[], profiles: NamedProfile[]): void {
  const results = {
    machine: host,
    quick,
    runs: counts,
    batchRepeats,
    inputs,
    legacy,
    fallback,
    large,
    batch,
    ceiling,
    targets,
    profiles: profiles.map((p) => ({ ...p, file: relative(ROOT, p.file) })),
  };
  writeFileSync(RESULTS, JSON.stringify(results, null, 2) + "\n");
}

async function main(): Promise<void> {
  const host = machine();
  log(`timing ${INPUTS.length} inputs: ${counts.runs} rounds after ${counts.warmup} warm-up rounds`);
  const inputs = await runMicro(ROOT, { counts, log, settle });
  const targets: Target[] = microTargets(inputs);
  const printed = [microTable(inputs, counts.runs, counts.warmup)];
  await settle();
  const legacy = await runLegacy(ROOT, { native: counts, libreOffice: quick ? { warmup: 1, runs: 2 } : { warmup: 1, runs: 5 } }, log);
  targets.push(...legacyTargets(legacy));
  printed.push(legacyTable(legacy));
  const temp = mkdtempSync(join(tmpdir(), "jixiao-bench-"));
  try {
    let fallback: FallbackResult | null = null;
    if (args.has("--no-fallback")) log("fallback folder skipped (--no-fallback)");
    else if (!existsSync(CLI)) log(`fallback folder skipped: ${relative(ROOT, CLI)} is missing (build it with tsup)`);
    else if (!findSoffice()) log("fallback folder skipped: LibreOffice (soffice) is not installed");
    else {
      await settle();
      fallback = await runFallback(CLI, ROOT, temp, LEGACY_INPUTS.doc, quick ? 12 : 24, 2, log);
      printed.push(fallbackTable(fallback));
    }
    let large: LargeResult | null = null;
    if (existsSync(LIBRARY)) {
      await settle();
      log("  one large document (10,000 indicator rows)");
      large = await runLarge(LIBRARY, temp, quick ? 1 : 3);
      printed.push(largeTable(large));
    }
    let batch: BatchResult[] = [];
    let ceiling: Ceiling | null = null;
    if (args.has("--no-batch")) {
      log("batch skipped (--no-batch)");
    } else if (!existsSync(CLI)) {
      log(`batch skipped: ${relative(ROOT, CLI)} is missing (build it with tsup)`);
    } else {
      batch = await runBatches(temp);
      await settle();
      log("  ceiling: the direct reader in one process, then in two side by side");
      ceiling = await measureCeiling(LIBRARY, join(ROOT, INPUTS[0].file), quick ? 3 : 6);
      targets.push(...batchTargets(batch, batchSizes, ceiling));
      printed.push(batchTable(batch, INPUTS[0].file, ceiling));
    }
    const profiles = await diagnose(targets, temp);
    printed.push(targetTable(targets), ...profiles.map((p) => profileText(p.title, p.summary)));
    writeResults(host, inputs, legacy, fallback, large, batch, ceiling, targets, profiles);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  console.log(printed.join("\n\n"));
  log(`\nwrote ${relative(ROOT, RESULTS)}`);
}

await main();
