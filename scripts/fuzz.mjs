#!/usr/bin/env node
/**
 * A longer fuzz campaign than the test suite's, with a time budget: .docx, web-page and OLE cases as
 * test/fuzz/suite.ts makes them, and Word 97 (.doc) and RTF files, generated and mutated, as
 * test/fuzz/doc.test.ts and rtf.test.ts make them (a fifth of the cases each).
 *
 *   node scripts/fuzz.mjs [--seconds 60] [--seed N] [--workers N] [--mammoth 0.05] [--hang-ms 20000]
 *   node scripts/fuzz.mjs --seed N --case I      replay one case
 *
 * Bundles test/fuzz/campaign.ts (and the library source it imports) with esbuild, so it needs no
 * `tsup` build. Child processes run the cases (one process each, so that a case's CPU time is
 * its own); the main process watches them and kills one stuck in a case (a hang it cannot
 * report itself). Every failure's input is saved under
 * /tmp/jixiao-fuzz/ with the command that replays it. Exits 1 when anything failed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { fork } from "node:child_process";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
// Inside the repo so that the bundle's bare imports (fflate, mammoth, cheerio …) resolve from its node_modules.
const BUNDLE = join(ROOT, "node_modules", ".cache", "jixiao-fuzz", "campaign.mjs");

function parseArgs(argv) {
  const args = { seconds: 60, seed: (Date.now() / 1000) >>> 0, workers: Math.max(1, availableParallelism()), mammoth: 0.05, hangMs: 20000, case: undefined };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, "").replace(/-(\w)/g, (_, c) => c.toUpperCase());
    if (!(key in args)) throw new Error(`unknown option ${argv[i]} (see the comment at the top of scripts/fuzz.mjs)`);
    args[key] = Number(argv[i + 1]);
    if (!Number.isFinite(args[key])) throw new Error(`${argv[i]} needs a number`);
  }
  return args;
}

async function bundle() {
  const { build } = await import("esbuild");
  mkdirSync(dirname(BUNDLE), { recursive: true });
  await build({
    entryPoints: [join(ROOT, "test/fuzz/campaign.ts")],
    outfile: BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "inline",
    logLevel: "warning",
  });
}

async function campaign(args) {
  const { Campaign } = await import(pathToFileURL(BUNDLE).href);
  return new Campaign({ fixturesDir: join(ROOT, "test/fixtures"), seed: args.seed, mammothShare: args.mammoth });
}

/** Worker: runs cases index ≡ start (mod stride), telling the main process when each starts and ends. */
async function work({ args, start, stride }) {
  const c = await campaign(args);
  for (let index = start; ; index += stride) {
    process.send({ type: "start", index });
    const outcome = await c.run(index);
    process.send({ type: "done", index, result: outcome.result, ms: outcome.ms, report: outcome.report });
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  await bundle();
  if (args.case !== undefined) {
    const outcome = await (await campaign(args)).run(args.case);
    console.log(outcome.report ?? `case ${args.seed}:${args.case}: ${outcome.result} in ${outcome.ms.toFixed(0)} ms of CPU, no problem`);
    process.exit(outcome.report ? 1 : 0);
  }
  console.log(`fuzz: seed ${args.seed}, ${args.seconds} s, ${args.workers} workers, mammoth share ${args.mammoth}`);
  const main = await campaign(args);
  const outcomes = {};
  const failures = [];
  let cases = 0;
  let slowest = { ms: 0, index: -1 };
  const started = Date.now();
  const deadline = started + args.seconds * 1000;

  await new Promise((resolve) => {
    const running = new Map();
    const spawn = (slot, start) => {
      const worker = fork(fileURLToPath(import.meta.url), ["--worker", JSON.stringify({ args, start, stride: args.workers })]);
      const state = { worker, index: -1, since: Date.now(), killed: false };
      running.set(slot, state);
      worker.on("message", (m) => {
        if (m.type === "start") Object.assign(state, { index: m.index, since: Date.now() });
        else {
          cases++;
          outcomes[m.result] = (outcomes[m.result] ?? 0) + 1;
          if (m.ms > slowest.ms) slowest = { ms: m.ms, index: m.index };
          if (m.report) failures.push(m.report);
        }
      });
      worker.on("exit", (code, signal) => {
        if (!state.killed) failures.push(`worker ${slot} exited (${signal ?? code}) in case ${args.seed}:${state.index}`);
      });
    };
    for (let slot = 0; slot < args.workers; slot++) spawn(slot, slot);
    const timer = setInterval(async () => {
      const now = Date.now();
      for (const [slot, state] of running) {
        if (state.index >= 0 && now - state.since > args.hangMs) {
          state.killed = true;
          state.worker.kill("SIGKILL");
          const c = main.caseAt(state.index);
          failures.push(main.report(c, { result: "hang", ms: now - state.since, problem: `no result after ${args.hangMs} ms (hang; worker terminated)` }));
          cases++;
          outcomes.hang = (outcomes.hang ?? 0) + 1;
          spawn(slot, state.index + args.workers);
        }
      }
      if (now >= deadline) {
        clearInterval(timer);
        for (const state of running.values()) {
          state.killed = true;
          state.worker.kill("SIGKILL");
        }
        resolve();
      }
    }, 250);
  });

  const seconds = (Date.now() - started) / 1000;
  const tally = Object.entries(outcomes).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ");
  console.log(`${cases} cases in ${seconds.toFixed(0)} s (${(cases / seconds).toFixed(1)} cases/s): ${tally}`);
  console.log(`slowest: ${slowest.ms.toFixed(0)} ms of CPU (case ${args.seed}:${slowest.index})`);
  if (failures.length) {
    const file = `/tmp/jixiao-fuzz/report-${args.seed}.txt`;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, failures.join("\n\n") + "\n");
    console.log(`\n${failures.length} failures (all in ${file}):\n\n${failures.slice(0, 20).join("\n\n")}`);
    process.exit(1);
  }
  console.log("no failures");
  process.exit(0);
}

if (process.argv[2] === "--worker") {
  work(JSON.parse(process.argv[3]));
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(2);
  });
}
