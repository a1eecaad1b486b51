/**
 * What a missed target is bound by: a CPU profile of the work behind it, summarized by self time.
 * The .cpuprofile files stay in bench/out/profiles for Chrome DevTools or speedscope.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseDocxTimed } from "../src/parse";
import { profileHere, summarizeProfile, type CpuProfile, type ProfileSummary } from "./profile";

export interface NamedProfile {
  title: string;
  file: string;
  summary: ProfileSummary;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** The direct reader on one document, over and over for `ms` milliseconds, in this process. */
export async function profileDirect(root: string, dir: string, input: string, bytes: Uint8Array, ms: number): Promise<NamedProfile> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `direct-${slug(input)}.cpuprofile`);
  const profile = await profileHere(() => parseDocxTimed(bytes, { reader: "direct" }), ms, file);
  return { title: `parseDocx direct, ${input}`, file, summary: summarizeProfile(profile, root) };
}

/**
 * The command under `node --cpu-prof`: one profile per thread, the main thread's first. A main
 * thread busy for most of the wall time is what keeps --jobs 2 from scaling.
 */
export function profileCli(root: string, dir: string, cli: string, inputDir: string, out: string, jobs: number): NamedProfile[] {
  const profileDir = join(dir, `cli-jobs-${jobs}`);
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  const result = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, cli, "parse", inputDir, "-o", out, "--jobs", String(jobs), "--quiet"], { stdio: "ignore" });
  if (result.status !== 0) throw new Error(`profiling jixiao parse --jobs ${jobs} failed with exit code ${result.status}`);
  // Node names them CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; thread 0 is the main thread.
  const thread = (name: string) => Number(name.split(".")[4]);
  return readdirSync(profileDir)
    .filter((name) => name.endsWith(".cpuprofile"))
    .sort((x, y) => thread(x) - thread(y))
    .map((name, i) => {
      const file = join(profileDir, name);
      const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
      return { title: `jixiao parse --jobs ${jobs}, ${i === 0 ? "main thread" : `worker ${i}`}`, file, summary: summarizeProfile(profile, root) };
    });
}
