/**
 * Runs the built command (dist/cli.js) as a user would. `npm test` builds first; a test run on its
 * own rebuilds when a source file is newer than the build, one test file at a time (a lock
 * directory), so parallel test files never clean dist/ under each other.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CLI = join(ROOT, "dist/cli.js");
const BUILT = [CLI, join(ROOT, "dist/worker.js")];
const LOCK = join(ROOT, "node_modules/.cache/jixiao-cli-build.lock");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function fresh(): boolean {
  if (!BUILT.every((f) => existsSync(f))) return false;
  const built = Math.min(...BUILT.map((f) => statSync(f).mtimeMs));
  return built >= Math.max(newestSource(join(ROOT, "src")), statSync(join(ROOT, "package.json")).mtimeMs);
}

/** For beforeAll: a build (type declarations included) takes a while on a 2-CPU machine. */
export const BUILD_TIMEOUT = 180_000;

export async function ensureBuilt(): Promise<void> {
  if (fresh()) return;
  mkdirSync(join(LOCK, ".."), { recursive: true });
  try {
    mkdirSync(LOCK);
  } catch {
    // Another test file is building: wait for it (a lock left by a killed run expires).
    const until = Date.now() + 120_000;
    while (existsSync(LOCK) && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
    return;
  }
  try {
    execFileSync("npx", ["tsup"], { cwd: ROOT, stdio: "ignore" });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface Run {
  code: number | null;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

/** Runs `node dist/cli.js …args` in `cwd`; never throws on a non-zero exit. */
export function jixiao(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, stdout: stdoutBytes.toString("utf8"), stdoutBytes, stderr: Buffer.concat(err).toString("utf8") });
    });
  });
}

export function jsonLines(text: string): any[] {
  return text.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
}
