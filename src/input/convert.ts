/**
 * Legacy Word (.doc, WPS .wps) and RTF → .docx with LibreOffice, so the one OOXML reader serves
 * every format. LibreOffice is a separate program: found on PATH, run headless with a private
 * profile, killed after a timeout, and its temporary files removed whatever happens.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { JixiaoError } from "../errors";

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

function made(dir: string): string {
  watcher?.({ made: dir });
  return dir;
}

function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  watcher?.({ removed: dir });
}

/** What the sniffer found: a Word 97-2003 / WPS compound file, or RTF. */
export type LegacyKind = "doc" | "rtf";

export interface ConvertOptions {
  /** The LibreOffice program; default: `soffice` or `libreoffice` on PATH, then the usual install places. */
  soffice?: string;
  /** Kill LibreOffice when a conversion takes longer than this (default 120 000 ms). */
  timeoutMs?: number;
}

export const DEFAULT_CONVERT_TIMEOUT_MS = 120_000;

const INSTALL_HINT =
  "Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; Fedora: dnf install libreoffice-writer; " +
  "macOS: brew install --cask libreoffice; Windows: the installer from libreoffice.org), or open the file in Word/WPS and save it as .docx.";

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

function converterMissing(kind: LegacyKind, detail: string): JixiaoError {
  const what = kind === "rtf" ? "an RTF file" : "a legacy Word 97-2003 or WPS file";
  return new JixiaoError("CONVERTER_MISSING", `This is ${what}; reading it needs LibreOffice, and ${detail}. ${INSTALL_HINT}`);
}

/**
 * LibreOffice lets one profile be used by one running instance only: a second conversion on the
 * same profile fails or hands its work to the first. Each conversion borrows a profile nobody
 * else holds; profiles are reused because creating one costs about half a second.
 */
const idleProfiles: string[] = [];
const allProfiles = new Set<string>();

function borrowProfile(): string {
  const reused = idleProfiles.pop();
  if (reused) return reused;
  if (allProfiles.size === 0) process.once("exit", disposeConverterProfiles);
  const dir = made(mkdtempSync(join(tmpdir(), "jixiao-lo-profile-")));
  allProfiles.add(dir);
  return dir;
}

/** A LibreOffice killed mid-run may leave its profile locked or half-written: such a profile is thrown away. */
function returnProfile(dir: string, healthy: boolean): void {
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

interface RunResult { code: number | null; signal: NodeJS.Signals | null; output: string; timedOut: boolean }

/** Runs LibreOffice in its own process group, so a timeout kills soffice.bin as well as its launcher. */
function runSoffice(program: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ["ignore", "pipe", "pipe"], detached: process.platform !== "win32", windowsHide: true });
    const pid = child.pid;
    if (pid !== undefined) watcher?.({ spawned: pid });
    let output = "";
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-4000);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid === undefined) child.kill("SIGKILL");
      else killConverter(pid);
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (pid !== undefined) watcher?.({ reaped: pid });
      resolve({ code, signal, output: output.trim(), timedOut });
    });
  });
}

/**
 * Converts legacy bytes to .docx bytes. Throws CONVERTER_MISSING when LibreOffice is not
 * installed and CONVERSION_FAILED when it fails, times out or writes nothing.
 */
export async function convertToDocx(bytes: Uint8Array, kind: LegacyKind, options: ConvertOptions = {}): Promise<Uint8Array> {
  const program = options.soffice ?? findSoffice();
  if (program === null) throw converterMissing(kind, "no soffice program was found on PATH");
  const timeoutMs = options.timeoutMs ?? DEFAULT_CONVERT_TIMEOUT_MS;
  // The input gets a fixed name with the extension of what it really is: LibreOffice picks its
  // import filter partly by extension (a Kingsoft .wps is Word 97 inside), and names the output after it.
  const work = made(await mkdtemp(join(tmpdir(), "jixiao-convert-")));
  const profile = borrowProfile();
  let profileHealthy = true;
  try {
    const input = join(work, `input.${kind}`);
    await writeFile(input, bytes);
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
      "--convert-to", "docx:MS Word 2007 XML",
      "--outdir", work,
      input,
    ];
    let run: RunResult;
    try {
      run = await runSoffice(program, args, timeoutMs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw converterMissing(kind, `${program} does not exist`);
      throw new JixiaoError("CONVERSION_FAILED", `LibreOffice (${program}) could not be started: ${(error as Error).message}`);
    }
    if (run.timedOut) {
      profileHealthy = false;
      throw new JixiaoError("CONVERSION_FAILED", `LibreOffice did not finish converting within ${Math.round(timeoutMs / 1000)} s and was stopped. Open the file in Word/WPS and save it as .docx.`);
    }
    try {
      return await readFile(join(work, "input.docx"));
    } catch {
      const why = run.code !== 0 ? `exit code ${run.code ?? run.signal}` : "no output was written";
      throw new JixiaoError("CONVERSION_FAILED", `LibreOffice could not convert the file to .docx (${why})${run.output ? `: ${run.output}` : ""}. The file may be damaged; open it in Word/WPS and save it as .docx.`);
    }
  } finally {
    returnProfile(profile, profileHealthy);
    await rm(work, { recursive: true, force: true });
    watcher?.({ removed: work });
  }
}
