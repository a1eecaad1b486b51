/**
 * A worker thread of the pool: reads one file at a time, so a LibreOffice conversion never runs
 * beside another on this worker's profile, and the pool's window stays exact.
 */
import { parentPort, workerData } from "node:worker_threads";
import { disposeConverterProfiles } from "../input/convert";
import { readFileOutcome, type ReadSettings } from "./outcome";
import type { WorkerReply, WorkerRequest } from "./pool";

const settings = workerData as ReadSettings;
const port = parentPort!;
let busy: Promise<void> = Promise.resolve();

port.on("message", (request: WorkerRequest) => {
  busy = busy.then(async () => {
    if ("close" in request) {
      disposeConverterProfiles();
      port.close();
      return;
    }
    const outcome = await readFileOutcome(request.file, settings);
    port.postMessage({ index: request.index, outcome } satisfies WorkerReply);
  });
});
port.postMessage({ ready: true } satisfies WorkerReply);
