import type { Destination } from "./destination";
import { outcomeLines } from "../../export/lines";
import type { Sink } from "./sink";
import { recordsOf } from "../delivery";
import { pairLine } from "../pairs";

/** The JSONL objects as one indented JSON array, written as it goes rather than built in memory. */
export function jsonSink(destination: Destination): Sink {
  let first = true;
  const indent = (text: string) => text.replace(/\n/g, "\n  ");
  const put = async (line: unknown) => {
    await destination.write((first ? "[\n  " : ",\n  ") + indent(JSON.stringify(line, null, 2)));
    first = false;
  };
  return {
    async write(delivery) {
      for (const line of outcomeLines(recordsOf(delivery))) await put(line);
    },
    /** parse --pairs: the pair objects after the forms', as in JSON Lines. */
    async pairs(pairs) {
      for (const pair of pairs) await put(pairLine(pair));
    },
    async finish() {
      await destination.write(first ? "[]\n" : "\n]\n");
    },
  };
}
