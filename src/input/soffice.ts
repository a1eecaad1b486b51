/**
 * LibreOffice as a program: where it is, the private profiles it runs on, and one run of it with a
 * timer that is restarted as each file of the run is reached. Processes and temporary folders are
 * reported to a watcher, so a worker stopped in the middle of a run can be cleaned up after.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

/**
 * What a conversion leaves behind while it runs: a LibreOffice process group, temporary folders.
 * A worker thread passes these on to its pool, which cleans them up if it has to stop the worker
 * in the middle of a conversion (the worker's own timers and `finally` blocks die with it).
 */
export type ConverterEvent = { spawned: number } | { reaped: number } | { made: string } | { removed: string };

let watcher: ((event: ConverterEvent) => void) | null = null;

export function watchConverter(listener: ((event: ConverterEvent) => void) | null): void {
  watcher = listener;
}

export function report(event: ConverterEvent): void {
  watcher?.(event);
}

export function made(dir: string): string {
  report({ made: dir });
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  report({ removed: dir });
}

const PROGRAM_NAMES = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
const INSTALL_PLACES = [
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe",
];

/** The LibreOffice program to run, or null when there is none. */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const name of PROGRAM_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return INSTALL_PLACES.find((place) => existsSync(place)) ?? null;
}

/**
 * LibreOffice lets one profile be used by one running instance only: a second run on the same
 * profile fails or hands its work to the first. Each run borrows a profile nobody else holds;
 * profiles are reused because creating one costs about half a second.
 */
const idleProfiles: string[] = [];
const allProfiles = new Set<string>();

export function borrowProfile(): string {
  const reused = idleProfiles.pop();
  if (reused) return reused;
  if (allProfiles.size === 0) process.once("exit", disposeConverterProfiles);
  const dir = made(mkdtempSync(join(tmpdir(), "jixiao-lo-profile-")));
  allProfiles.add(dir);
  return dir;
}

/** A LibreOffice killed mid-run may leave its profile locked or half-written: such a profile is thrown away. */
export function returnProfile(dir: string, healthy: boolean): void {
  if (healthy) {
    idleProfiles.push(dir);
    return;
  }
  allProfiles.delete(dir);
  removeDir(dir);
}

/** Removes the LibreOffice profiles made so far. Runs by itself at process exit; worker threads call it before they end. */
export function disposeConverterProfiles(): void {
  for (const dir of allProfiles) removeDir(dir);
  allProfiles.clear();
  idleProfiles.length = 0;
}

/** Kills a LibreOffice started here, with the processes it started (its process group). */
export function killConverter(pid: number): void {
  try {
    process.kill(process.platform === "win32" ? pid : -pid, "SIGKILL");
  } catch {
    // Already gone: nothing left to kill.
  }
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The end of what it wrote on stdout and stderr, for error messages. */
  output: string;
  timedOut: boolean;
}

/**
 * Runs LibreOffice in its own process group, so a timeout kills soffice.bin as well as its
 * launcher. The timer allows `timeoutMs` per file: it starts again at each "convert … -> …" line,
 * which LibreOffice prints once it has loaded the next file of the run.
 */
export function runSoffice(program: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ["ignore", "pipe", "pipe"], detached: process.platform !== "win32", windowsHide: true });
    const pid = child.pid;
    if (pid !== undefined) report({ spawned: pid });
    let output = "";
    let timedOut = false;
    const expire = () => {
      timedOut = true;
      if (pid === undefined) child.kill("SIGKILL");
      else killConverter(pid);
    };
    let timer = setTimeout(expire, timeoutMs);
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-4000);
    };
    let line = "";
    child.stdout.on("data", (chunk: Buffer) => {
      collect(chunk);
      const lines = (line + chunk.toString("utf8")).split("\n");
      line = lines.pop() ?? "";
      if (!timedOut && lines.some((l) => l.startsWith("convert "))) {
        clearTimeout(timer);
        timer = setTimeout(expire, timeoutMs);
      }
    });
    child.stderr.on("data", collect);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (pid !== undefined) report({ reaped: pid });
      resolve({ code, signal, output: output.trim(), timedOut });
    });
  });
}
