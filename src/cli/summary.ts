/** The summary printed on stderr at the end of a run. */
import type { Skipped } from "./inputs";
import { listed, plural, type Tally } from "./tally";

export function runSummary(command: string, tally: Tally, skipped: readonly Skipped[]): string {
  const seconds = tally.elapsedSeconds();
  const rate = seconds > 0 ? tally.files / seconds : 0;
  const facts = [
    plural(tally.files + tally.earlier, "file") + (tally.earlier > 0 ? ` (${tally.earlier} from the earlier run)` : ""),
    plural(tally.forms, "form"),
    `${tally.failed} failed`,
    plural(tally.errors, "error"),
    plural(tally.warnings, "warning"),
    `${skipped.length} skipped`,
  ];
  const lines = [
    `jixiao ${command}: ${facts.join(", ")} in ${seconds.toFixed(1)} s (${rate.toFixed(1)} files/s)`,
    ...listed("failed", tally.failed, tally.failures.map((f) => `${f.file}: ${f.code} ${firstSentence(f.message)}`)),
    ...listed("skipped", skipped.length, skipped.map((s) => `${s.path}: ${s.reason}`)),
  ];
  return lines.join("\n") + "\n";
}

/** The summary lists failures one per line; the full message is in the output. */
function firstSentence(message: string): string {
  const end = message.search(/[.。](\s|$)/);
  return end === -1 ? message : message.slice(0, end + 1);
}
