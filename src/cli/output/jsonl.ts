import { jsonlBytes } from "../delivery";
import { pairLine } from "../pairs";
import type { Destination } from "./destination";
import type { Sink } from "./sink";

/** One JSON object per line (see lines.ts). A file's lines go out in one write, so an interrupted run
 * leaves at most the last file incomplete, which --resume detects. The lines usually arrive encoded
 * by the worker that read the file. */
export function jsonlSink(destination: Destination): Sink {
  return {
    async write(delivery) {
      if ("jsonl" in delivery) await destination.write(delivery.jsonl, delivery.release);
      else await destination.write(jsonlBytes(delivery.outcome));
    },
    async pairs(pairs) {
      if (pairs.length > 0) await destination.write(pairs.map((pair) => JSON.stringify(pairLine(pair)) + "\n").join(""));
    },
    async finish() {},
  };
}
