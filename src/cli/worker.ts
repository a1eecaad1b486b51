/**
 * A worker thread of the pool: reads one file at a time, so a LibreOffice conversion never runs
 * beside another on this worker's profile, and the pool's window stays exact.
 */
import { parentPort, workerData } from "node:worker_threads";
import { disposeConverterProfiles, watchConverter } from "../input/convert";
import { deliver, reuseBuffer } from "./delivery";
import { readFileOutcome } from "./outcome";
import type { WorkerData, WorkerReply, WorkerRequest } from "./pool";

const { settings, encoding } = workerData as WorkerData;
const port = parentPort!;
let busy: Promise<void> = Promise.resolve();

port.on("message", (request: WorkerRequest) => {
  if ("reuse" in request) return reuseBuffer(request.reuse);
  busy = busy.then(async () => {
    if ("close" in request) {
      disposeConverterProfiles();
      port.close();
      return;
    }
    const delivery = deliver(await readFileOutcome(request.file, settings), encoding);
    port.postMessage({ index: request.index, delivery } satisfies WorkerReply, "jsonl" in delivery ? [delivery.jsonl.buffer as ArrayBuffer] : []);
  });
});
// The pool cleans up after a conversion this worker is stopped in the middle of.
watchConverter((converter) => port.postMessage({ converter } satisfies WorkerReply));
port.postMessage({ ready: true } satisfies WorkerReply);
