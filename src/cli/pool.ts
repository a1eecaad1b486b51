/**
 * Reads files on worker threads and hands the outcomes back in input order. Only a bounded window
 * of files is in flight or waiting to be handed back, so memory stays flat on 10 000 files: a
 * slow file at the head of the window holds the others back rather than letting results pile up.
 */
import { Worker } from "node:worker_threads";
import { disposeConverterProfiles } from "../input/convert";
import { deliver, type Delivery, type Encoding } from "./delivery";
import { internalFailure, readFileOutcome, type ReadSettings } from "./outcome";

/** Files per worker that may be dispatched ahead of the next one to hand back. */
const WINDOW_PER_JOB = 16;
/**
 * V8 sizes a young generation of up to ~48 MB per isolate; a file's garbage is a few megabytes, so a
 * smaller one costs little time and keeps the pool's memory down (bench/README.md has the figures).
 */
const YOUNG_GENERATION_MB = 24;
/** tsup puts worker.js beside cli.js. */
const WORKER_URL = new URL("./worker.js", import.meta.url);

export type WorkerRequest = { index: number; file: string } | { close: true };
/** A worker says "ready" once its modules are loaded, then answers each file. */
export type WorkerReply = { ready: true } | { index: number; delivery: Delivery };
export interface WorkerData { settings: ReadSettings; encoding: Encoding }

export function readInOrder(files: readonly string[], jobs: number, settings: ReadSettings, encoding: Encoding = "records"): AsyncGenerator<Delivery> {
  const data: WorkerData = { settings, encoding };
  return jobs <= 1 || files.length <= 1 ? readInline(files, data) : readPooled(files, Math.min(jobs, files.length), data);
}

async function* readInline(files: readonly string[], { settings, encoding }: WorkerData): AsyncGenerator<Delivery> {
  try {
    for (const file of files) yield deliver(await readFileOutcome(file, settings), encoding);
  } finally {
    disposeConverterProfiles();
  }
}

class Slot {
  worker!: Worker;
  /** The file the worker is reading, or null when idle. */
  index: number | null = null;
  ready = false;
  lastError?: string;
}

async function* readPooled(files: readonly string[], jobs: number, data: WorkerData): AsyncGenerator<Delivery> {
  const window = jobs * WINDOW_PER_JOB;
  const ready = new Map<number, Delivery>();
  let nextToSend = 0;
  let nextToYield = 0;
  let closing = false;
  let fatal: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };

  const feed = (slot: Slot) => {
    if (closing || slot.index !== null || nextToSend >= files.length || nextToSend >= nextToYield + window) return;
    slot.index = nextToSend++;
    slot.worker.postMessage({ index: slot.index, file: files[slot.index] } satisfies WorkerRequest);
  };

  const start = (slot: Slot) => {
    const worker = new Worker(WORKER_URL, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    slot.worker = worker;
    slot.ready = false;
    worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) {
        slot.ready = true;
        return;
      }
      ready.set(reply.index, reply.delivery);
      slot.index = null;
      feed(slot);
      notify();
    });
    worker.on("error", (error) => {
      slot.lastError = error.message;
    });
    // A worker that dies (out of memory, a native crash) costs its one file an error line; a new
    // worker takes its place so the run goes on.
    worker.on("exit", (code) => {
      if (closing) return;
      // One that dies before it is ready would die again: a broken install, not a bad file.
      if (!slot.ready) {
        fatal = new Error(`A worker thread could not start (${slot.lastError ?? `exit code ${code}`}). Try --jobs 1.`);
        notify();
        return;
      }
      if (slot.index !== null) {
        ready.set(slot.index, deliver(internalFailure(files[slot.index], `The worker reading this file stopped (${slot.lastError ?? `exit code ${code}`})`), data.encoding));
        slot.index = null;
      }
      slot.lastError = undefined;
      start(slot);
      feed(slot);
      notify();
    });
  };

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
