import type { Destination } from "./destination";
import { outcomeLines } from "../../export/lines";
import type { Sink } from "./sink";
import { recordsOf } from "../delivery";

/** The JSONL objects as one indented JSON array, written as it goes rather than built in memory. */
export function jsonSink(destination: Destination): Sink {
  let first = true;
  const indent = (text: string) => text.replace(/\n/g, "\n  ");
  return {
    async write(delivery) {
      const outcome = recordsOf(delivery);
      for (const line of outcomeLines(outcome)) {
        await destination.write((first ? "[\n  " : ",\n  ") + indent(JSON.stringify(line, null, 2)));
        first = false;
      }
    },
    async finish() {
      await destination.write(first ? "[]\n" : "\n]\n");
    },
  };
}
