/**
 * Reads files on worker threads and hands the outcomes back in input order. Only a bounded window
 * of files is in flight or waiting to be handed back, so memory stays flat on 10 000 files: a
 * slow file at the head of the window holds the others back rather than letting results pile up.
 */
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import { disposeConverterProfiles, onConversionQueued, type ConverterEvent } from "../input/convert";
import { Leftovers } from "./leftovers";
import { deliver, type Delivery, type Encoding } from "./delivery";
import { internalFailure, readFileOutcome, timedOut, type FileOutcome, type ReadSettings } from "./outcome";

/** Files per worker that may be dispatched ahead of the next one to hand back. */
const WINDOW_PER_JOB = 16;
/**
 * Files queued on one worker at a time: two, so the worker starts its next file as soon as it posts
 * one, without waiting for the main thread to answer.
 */
const QUEUED_PER_WORKER = 2;
/**
 * Files one worker may have waiting for their LibreOffice conversion: they no longer count as
 * queued, so the worker is sent more files, and the conversions go to LibreOffice in runs of up
 * to this many (convert.ts batches them).
 */
const CONVERTING_PER_WORKER = 16;
/**
 * A file's garbage is about 7 MB. With a 48 MB young generation (16 MB semi-spaces, what V8 gives
 * the main thread on a machine with a few GB) a worker scavenges about once every two files; with
 * 24 MB it scavenged after every file, copying the half-built record each time. Together with
 * HEAP_GROWING_PERCENT, GC takes about a quarter less of a worker's time than 24 MB did with V8's
 * default growth (bench/README.md).
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 48 } as const;
/**
 * How far V8 lets an old generation grow past what survived its last full collection, in percent.
 * Part of each file's record outlives two scavenges and dies in the old generation; V8's default
 * (up to 4x the survivors on a machine with 2 GB or more) let each worker's heap reach 110-140 MB
 * while about 20 MB was live. At 2.5x a worker stays near 70 MB; 2x saved a few MB more but its
 * extra full collections took a second of CPU per 1,000 files from the other worker. A growth
 * factor rather than a cap (maxOldGenerationSizeMb): a large but legitimate document still gets
 * all the heap it needs.
 */
export const HEAP_GROWING_PERCENT = 150;
/** tsup puts worker.js beside cli.js. */
const WORKER_URL = new URL("./worker.js", import.meta.url);

export type WorkerRequest = { index: number; file: string } | { reuse: ArrayBuffer } | { close: true };
/** A worker says "ready" once its modules are loaded, then answers each file. */
export type WorkerReply = { ready: true } | { converter: ConverterEvent } | { converting: number } | { index: number; delivery: Delivery };
export interface WorkerData { settings: ReadSettings; encoding: Encoding }

export interface PoolOptions {
  jobs: number;
  /**
   * Longest time one file may take on a worker, in ms; the worker is then stopped and replaced, and
   * the file gets a FILE_TIMEOUT line. null: no limit.
   */
  fileTimeoutMs: number | null;
  /**
   * Read on a worker even with one job, so the time limit can be enforced. Otherwise one job reads
   * on the main thread: less memory, a little faster, but a file cannot be interrupted.
   */
  isolate?: boolean;
}

export function readInOrder(files: readonly string[], pool: PoolOptions, settings: ReadSettings, encoding: Encoding = "records"): AsyncGenerator<Delivery> {
  const data: WorkerData = { settings, encoding };
  const jobs = Math.min(pool.jobs, files.length);
  // A time limit needs a worker, even for one file: with --jobs 2 or more, or when asked for.
  const limited = pool.fileTimeoutMs !== null && (pool.jobs > 1 || pool.isolate === true);
  return jobs > 1 || (jobs === 1 && limited) ? readPooled(files, jobs, pool.fileTimeoutMs, data) : readInline(files, data);
}

/**
 * On the main thread, one file at a time too, and in the same way a file waiting for its conversion
 * steps aside for the next ones (at most CONVERTING_PER_WORKER ahead), so conversions run in batches.
 */
async function* readInline(files: readonly string[], { settings, encoding }: WorkerData): AsyncGenerator<Delivery> {
  const outcomes = new Map<number, Promise<FileOutcome>>();
  const answered = new Set<number>();
  let stepAside: (() => void) | null = null;
  onConversionQueued(() => {
    stepAside?.();
    stepAside = null;
  });
  /** Resolves once the file is answered or waits for its conversion. */
  const start = (index: number) => new Promise<void>((next) => {
    stepAside = next;
    outcomes.set(index, readFileOutcome(files[index], settings).finally(() => {
      answered.add(index);
      if (stepAside === next) stepAside = null;
      next();
    }));
  });
  let next = 0;
  try {
    for (let head = 0; head < files.length; head++) {
      while (next < files.length && next < head + CONVERTING_PER_WORKER && !answered.has(head)) await start(next++);
      const outcome = await outcomes.get(head)!;
      outcomes.delete(head);
      answered.delete(head);
      yield deliver(outcome, encoding);
    }
  } finally {
    onConversionQueued(null);
    await Promise.allSettled(outcomes.values());
    disposeConverterProfiles();
  }
}

let growthBounded = false;

/**
 * Applies HEAP_GROWING_PERCENT. V8 reads the flag whenever it sets a heap's next limit, for every
 * isolate of the process (the main thread's small heap too), so it holds for the workers started
 * after it. Only for the pool: --jobs 1 reads on the main thread with V8's defaults.
 */
export function boundHeapGrowth(): void {
  if (growthBounded) return;
  growthBounded = true;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

class Slot {
  worker!: Worker;
  /** The files sent to the worker and not yet answered, in the order it reads them. */
  queued: number[] = [];
  /** Files the worker set aside to wait for their conversion, with their --file-timeout timers. */
  converting = new Map<number, NodeJS.Timeout | null>();
  /** When the file at the head of the queue started. */
  headSince = 0;
  ready = false;
  lastError?: string;
  /** Stops the worker when the file it is reading takes too long. */
  timer: NodeJS.Timeout | null = null;
  /** The file the worker was stopped for (over --file-timeout), until it has exited. */
  stoppedFor: number | null = null;
  /** Its LibreOffice processes and temporary folders, to clean up if it is stopped. */
  leftovers = new Leftovers();
}

async function* readPooled(files: readonly string[], jobs: number, fileTimeoutMs: number | null, data: WorkerData): AsyncGenerator<Delivery> {
  const window = jobs * WINDOW_PER_JOB;
  const ready = new Map<number, Delivery>();
  let nextToSend = 0;
  /** Files sent to a worker that stopped before reaching them; they are sent again first. */
  const resend: number[] = [];
  let nextToYield = 0;
  let closing = false;
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };

  const next = (): number | undefined => {
    if (resend.length > 0) return resend.shift();
    if (nextToSend >= files.length || nextToSend >= nextToYield + window) return undefined;
    return nextToSend++;
  };
  /** The clock of the file at the head of the worker's queue: it starts when that file does. */
  const clock = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.headSince = Date.now();
    if (fileTimeoutMs === null || slot.queued.length === 0) return;
    slot.timer = setTimeout(() => stopFor(slot, slot.queued[0]), fileTimeoutMs);
  };
  const stopFor = (slot: Slot, index: number) => {
    slot.timer = null;
    slot.stoppedFor = index;
    void slot.worker.terminate();
  };
  /** A file set aside for its conversion keeps the time it has left. */
  const setAside = (slot: Slot, index: number) => {
    const at = slot.queued.indexOf(index);
    if (at < 0) return;
    const left = fileTimeoutMs === null ? null : Math.max(0, fileTimeoutMs - (at === 0 ? Date.now() - slot.headSince : 0));
    slot.queued.splice(at, 1);
    slot.converting.set(index, left === null ? null : setTimeout(() => stopFor(slot, index), left));
    if (at === 0) clock(slot);
  };
  const clearConverting = (slot: Slot) => {
    for (const timer of slot.converting.values()) if (timer) clearTimeout(timer);
    slot.converting.clear();
  };
  const feed = (slot: Slot) => {
    while (!closing && slot.stoppedFor === null && slot.queued.length < QUEUED_PER_WORKER && slot.converting.size < CONVERTING_PER_WORKER) {
      const index = next();
      if (index === undefined) return;
      slot.queued.push(index);
      slot.worker.postMessage({ index, file: files[index] } satisfies WorkerRequest);
      if (slot.queued.length === 1) clock(slot);
    }
  };

  const start = (slot: Slot) => {
    const worker = new Worker(WORKER_URL, { workerData: data, resourceLimits: WORKER_RESOURCE_LIMITS });
    slot.worker = worker;
    slot.ready = false;
    worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) {
        slot.ready = true;
        return;
      }
      if ("converter" in reply) {
        slot.leftovers.note(reply.converter);
        return;
      }
      if ("converting" in reply) {
        if (closing || slot.stoppedFor !== null) return;
        setAside(slot, reply.converting);
        feed(slot);
        return;
      }
      if ("jsonl" in reply.delivery) reply.delivery.release = giveBack(slot, reply.delivery.jsonl.buffer as ArrayBuffer);
      ready.set(reply.index, reply.delivery);
      const at = slot.queued.indexOf(reply.index);
      if (at >= 0) slot.queued.splice(at, 1);
      const timer = slot.converting.get(reply.index);
      if (timer) clearTimeout(timer);
      slot.converting.delete(reply.index);
      notify();
      // A file answered while its worker is being stopped (the answer was already on its way when
      // the time ran out) counts; the worker gets nothing more and its clock stays off.
      if (closing || slot.stoppedFor !== null) return;
      if (at === 0) clock(slot);
      feed(slot);
    });
    worker.on("error", (error) => {
      slot.lastError = error.message;
    });
    // A worker that dies (out of memory, a native crash) costs its one file an error line; a new
    // worker takes its place so the run goes on.
    worker.on("exit", (code) => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      const converting = [...slot.converting.keys()];
      clearConverting(slot);
      slot.leftovers.clean();
      if (closing) return;
      const stoppedFor = slot.stoppedFor;
      slot.stoppedFor = null;
      // One that dies before it is ready would die again: a broken install, not a bad file.
      if (!slot.ready && stoppedFor === null) {
        fatal = new Error(`A worker thread could not start (${slot.lastError ?? `exit code ${code}`}). Try --jobs 1.`);
        notify();
        return;
      }
      // The worker reads its queue in order: the file it was stopped for, or else (a crash) the
      // first of its queue, is the one it failed on, unless that file's answer came in after the
      // time ran out; the others (queued, or waiting for a conversion) go to the next free worker.
      const pending = [...slot.queued, ...converting].sort((a, b) => a - b);
      const failed = stoppedFor ?? slot.queued[0] ?? pending[0];
      slot.queued = [];
      const waiting = pending.filter((index) => index !== failed);
      if (failed !== undefined && !pending.includes(failed)) {
        resend.unshift(...waiting);
      } else {
        if (failed !== undefined) {
          const outcome = stoppedFor !== null
            ? timedOut(files[failed], fileTimeoutMs!)
            : internalFailure(files[failed], `The worker reading this file stopped (${slot.lastError ?? `exit code ${code}`})`);
          ready.set(failed, deliver(outcome, data.encoding));
        }
        resend.unshift(...waiting);
      }
      slot.lastError = undefined;
      start(slot);
      feed(slot);
      notify();
    });
  };

  /** Once written, a file's bytes go back to the worker that made them (to its successor if it died). */
  const giveBack = (slot: Slot, buffer: ArrayBuffer) => () => {
    if (!closing && slot.ready) slot.worker.postMessage({ reuse: buffer } satisfies WorkerRequest, [buffer]);
  };
  boundHeapGrowth();
  const slots = Array.from({ length: jobs }, () => new Slot());
  slots.forEach(start);
  try {
    slots.forEach(feed);
    while (nextToYield < files.length) {
      if (fatal) throw fatal;
      const outcome = ready.get(nextToYield);
      if (outcome === undefined) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      ready.delete(nextToYield);
      nextToYield += 1;
      slots.forEach(feed);
      yield outcome;
    }
  } finally {
    closing = true;
    for (const slot of slots) {
      if (slot.timer) clearTimeout(slot.timer);
      clearConverting(slot);
    }
    await Promise.all(slots.map((slot) => stop(slot.worker)));
  }
}

/** Asks a worker to remove its LibreOffice profiles and end; one that does not within 10 s is terminated. */
function stop(worker: Worker): Promise<void> {
  if (worker.threadId === -1) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => void worker.terminate(), 10_000);
    worker.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    worker.postMessage({ close: true } satisfies WorkerRequest);
  });
}
