import type { Destination } from "./destination";
import { outcomeLines } from "./lines";
import type { Sink } from "./sink";

/** One JSON object per line (see lines.ts). A file's lines go out in one write, so an interrupted run
 * leaves at most the last file incomplete, which --resume detects. */
export function jsonlSink(destination: Destination): Sink {
  return {
    async write(outcome) {
      const text = outcomeLines(outcome).map((line) => JSON.stringify(line)).join("\n");
      await destination.write(text + "\n");
    },
    async finish() {},
  };
}
