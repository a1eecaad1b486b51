/**
 * Legacy Word (.doc, WPS .wps) and RTF → .docx with LibreOffice, so the one OOXML reader serves
 * every format. LibreOffice is a separate program: found on PATH, run headless with a private
 * profile, killed after a timeout, and its temporary files removed whatever happens.
 *
 * Starting LibreOffice costs about a second; converting one more file in a run that is already
 * going costs a few tenths. So conversions are batched: the first request starts a run at once,
 * and requests made while it runs wait and go together into the next run (at most `batch` files).
 * A caller converting one file at a time sees no difference; one that has many conversions under
 * way (the `jixiao` command's workers) pays the start-up once per run instead of once per file.
 * Each file keeps its own timeout, and a file that makes LibreOffice hang or crash fails alone:
 * the files after it in its run are converted again in a new run.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { JixiaoError } from "../errors";
import { borrowProfile, findSoffice, made, report, returnProfile, runSoffice, type RunResult } from "./soffice";

export { disposeConverterProfiles, findSoffice, killConverter, watchConverter, type ConverterEvent } from "./soffice";

/** What the sniffer found: a Word 97-2003 / WPS compound file, or RTF. */
export type LegacyKind = "doc" | "rtf";

export interface ConvertOptions {
  /** The LibreOffice program; default: `soffice` or `libreoffice` on PATH, then the usual install places. */
  soffice?: string;
  /** Kill LibreOffice when one file of a run takes longer than this (default 120 000 ms). */
  timeoutMs?: number;
  /**
   * Most files converted by one LibreOffice run (default 16, or the JIXIAO_CONVERT_BATCH
   * environment variable); 1 starts LibreOffice for every file.
   */
  batch?: number;
}

export const DEFAULT_CONVERT_TIMEOUT_MS = 120_000;
export const DEFAULT_CONVERT_BATCH = 16;

const INSTALL_HINT =
  "Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; Fedora: dnf install libreoffice-writer; " +
  "macOS: brew install --cask libreoffice; Windows: the installer from libreoffice.org), or open the file in Word/WPS and save it as .docx.";

function converterMissing(kind: LegacyKind, detail: string): JixiaoError {
  const what = kind === "rtf" ? "an RTF file" : "a legacy Word 97-2003 or WPS file";
  return new JixiaoError("CONVERTER_MISSING", `This is ${what}; reading it needs LibreOffice, and ${detail}. ${INSTALL_HINT}`);
}

let queuedListener: (() => void) | null = null;

/**
 * Called each time a file is queued for conversion, before it is converted: the `jixiao` command's
 * workers then go on reading their next file while this one waits for its run.
 */
export function onConversionQueued(listener: (() => void) | null): void {
  queuedListener = listener;
}

/**
 * Converts legacy bytes to .docx bytes. Throws CONVERTER_MISSING when LibreOffice is not
 * installed and CONVERSION_FAILED when it fails, times out or writes nothing.
 */
export function convertToDocx(bytes: Uint8Array, kind: LegacyKind, options: ConvertOptions = {}): Promise<Uint8Array> {
  const program = options.soffice ?? findSoffice();
  if (program === null) return Promise.reject(converterMissing(kind, "no soffice program was found on PATH"));
  const timeoutMs = options.timeoutMs ?? DEFAULT_CONVERT_TIMEOUT_MS;
  const batch = batchSize(options.batch);
  const key = `${batch}\u0000${timeoutMs}\u0000${program}`;
  let queue = queues.get(key);
  if (!queue) queues.set(key, (queue = new RunQueue(program, timeoutMs, batch)));
  return new Promise((resolve, reject) => {
    queue.add({ bytes, kind, resolve, reject });
    queuedListener?.();
  });
}

function batchSize(given: number | undefined): number {
  const fromEnv = Number.parseInt(process.env.JIXIAO_CONVERT_BATCH ?? "", 10);
  const size = given ?? (Number.isFinite(fromEnv) ? fromEnv : DEFAULT_CONVERT_BATCH);
  return Math.max(1, Math.min(256, Math.floor(size) || 1));
}

interface Job {
  bytes: Uint8Array;
  kind: LegacyKind;
  resolve: (docx: Uint8Array) => void;
  reject: (error: unknown) => void;
}

/** One queue per program, timeout and batch size: runs of different settings never mix. */
const queues = new Map<string, RunQueue>();

/** At most one LibreOffice run per queue; what is asked for meanwhile waits for the next one. */
class RunQueue {
  private waiting: Job[] = [];
  private running = false;

  constructor(private readonly program: string, private readonly timeoutMs: number, private readonly batch: number) {}

  add(job: Job): void {
    this.waiting.push(job);
    if (this.running) return;
    this.running = true;
    // After the current task: requests made in the same turn share the first run.
    setImmediate(() => void this.drain());
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const jobs = this.waiting.splice(0, this.batch);
      try {
        const again = await convertRun(this.program, this.timeoutMs, jobs);
        this.waiting.unshift(...again);
      } catch (error) {
        // Our own bug (a temporary folder that cannot be written, say): every file of the run gets it.
        for (const job of jobs) job.reject(error);
      }
    }
    this.running = false;
  }
}

const ARGS = ["--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML"];

/**
 * One LibreOffice run over `jobs`, in order; settles every job but those to convert again, which it
 * returns: the files after the one a hang or a crash stopped the run on.
 */
async function convertRun(program: string, timeoutMs: number, jobs: Job[]): Promise<Job[]> {
  const work = made(await mkdtemp(join(tmpdir(), "jixiao-convert-")));
  const profile = borrowProfile();
  let profileHealthy = true;
  // Jobs are settled once the temporary files are gone, so a caller never sees them.
  const settle: (() => void)[] = [];
  const again: Job[] = [];
  try {
    // Each input gets a fixed name with the extension of what it really is: LibreOffice picks its
    // import filter partly by extension (a Kingsoft .wps is Word 97 inside), and names the output after it.
    const inputs = jobs.map((job, i) => join(work, `input-${i}.${job.kind}`));
    await Promise.all(jobs.map((job, i) => writeFile(inputs[i], job.bytes)));
    let run: RunResult;
    try {
      run = await runSoffice(program, [`-env:UserInstallation=${pathToFileURL(profile).href}`, ...ARGS, "--outdir", work, ...inputs], timeoutMs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      for (const job of jobs) {
        const failed = code === "ENOENT"
          ? converterMissing(job.kind, `${program} does not exist`)
          : new JixiaoError("CONVERSION_FAILED", `LibreOffice (${program}) could not be started: ${(error as Error).message}`);
        settle.push(() => job.reject(failed));
      }
      return [];
    }
    if (run.timedOut) profileHealthy = false;
    const outputs = await Promise.all(jobs.map((_, i) => readFile(join(work, `input-${i}.docx`)).catch(() => null)));
    // Files are converted in order: a run stopped early (timeout, crash) stopped on the first file
    // after the last output, and never reached the ones after that.
    const stopped = run.timedOut || run.signal !== null || run.code !== 0;
    let lastOutput = -1;
    outputs.forEach((docx, i) => docx && (lastOutput = i));
    jobs.forEach((job, i) => {
      const docx = outputs[i];
      if (docx) settle.push(() => job.resolve(docx));
      else if (stopped && i > lastOutput + 1) again.push(job);
      else {
        const failed = failure(run, timeoutMs, jobs.length, stopped && i === lastOutput + 1);
        settle.push(() => job.reject(failed));
      }
    });
    return again;
  } finally {
    returnProfile(profile, profileHealthy);
    await rm(work, { recursive: true, force: true });
    report({ removed: work });
    for (const done of settle) done();
  }
}

function failure(run: RunResult, timeoutMs: number, files: number, stoppedOnIt: boolean): JixiaoError {
  if (run.timedOut && stoppedOnIt) {
    return new JixiaoError("CONVERSION_FAILED", `LibreOffice did not finish converting within ${Math.round(timeoutMs / 1000)} s and was stopped. Open the file in Word/WPS and save it as .docx.`);
  }
  const why = stoppedOnIt ? `exit code ${run.code ?? run.signal}` : "no output was written";
  const others = files > 1 ? ` (in a run of ${files} files)` : "";
  return new JixiaoError("CONVERSION_FAILED", `LibreOffice could not convert the file to .docx${others} (${why})${run.output ? `: ${run.output}` : ""}. The file may be damaged; open it in Word/WPS and save it as .docx.`);
}
