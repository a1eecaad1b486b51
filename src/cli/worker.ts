/**
 * A worker thread of the pool: reads one file at a time, except that a file waiting for its
 * LibreOffice conversion steps aside (the pool is told, and sends another file), so the
 * conversions of a folder of legacy files go to LibreOffice together, in runs of several files.
 */
import { parentPort, workerData } from "node:worker_threads";
import { disposeConverterProfiles, onConversionQueued, watchConverter } from "../input/convert";
import { deliver, reuseBuffer } from "./delivery";
import { readFileOutcome } from "./outcome";
import type { WorkerData, WorkerReply, WorkerRequest } from "./pool";

const { settings, encoding } = workerData as WorkerData;
const port = parentPort!;
let busy: Promise<void> = Promise.resolve();
/** The file being read now, and how to let the next one start. */
let reading: { index: number; stepAside: () => void } | null = null;
/** Files not answered yet: the one being read and those waiting for a conversion. */
const unanswered = new Set<Promise<void>>();

port.on("message", (request: WorkerRequest) => {
  if ("reuse" in request) return reuseBuffer(request.reuse);
  if ("close" in request) {
    busy = busy.then(async () => {
      await Promise.all(unanswered);
      disposeConverterProfiles();
      port.close();
    });
    return;
  }
  busy = busy.then(() => new Promise<void>((next) => {
    reading = { index: request.index, stepAside: next };
    const answered: Promise<void> = (async () => {
      const delivery = deliver(await readFileOutcome(request.file, settings), encoding);
      port.postMessage({ index: request.index, delivery } satisfies WorkerReply, "jsonl" in delivery ? [delivery.jsonl.buffer as ArrayBuffer] : []);
    })().finally(() => {
      unanswered.delete(answered);
      if (reading?.index === request.index) reading = null;
      next();
    });
    unanswered.add(answered);
  }));
});
// A conversion was queued for the file being read: it waits for its LibreOffice run, the next file starts.
onConversionQueued(() => {
  if (!reading) return;
  const { index, stepAside } = reading;
  reading = null;
  port.postMessage({ converting: index } satisfies WorkerReply);
  stepAside();
});
// The pool cleans up after a conversion this worker is stopped in the middle of.
watchConverter((converter) => port.postMessage({ converter } satisfies WorkerReply));
port.postMessage({ ready: true } satisfies WorkerReply);
