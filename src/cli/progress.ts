/**
 * Progress on stderr. On a terminal: one line redrawn in place with a bar, files done / total,
 * forms, rate and ETA. Elsewhere (a log file, CI): a plain line every few seconds, since
 * carriage returns turn a log into one endless line.
 */
import type { Tally } from "./tally";

export type ProgressMode = "bar" | "lines" | "off";

/** What the display reads from the run's Tally. */
type SoFar = Pick<Tally, "files" | "forms" | "elapsedSeconds">;

/** Where the progress goes and what time it is; tests give a fake stream and clock. */
export interface ProgressOptions {
  stream?: { write(text: string): unknown; columns?: number };
  /** Milliseconds, as performance.now() gives them. */
  now?: () => number;
}

const BAR_WIDTH = 24;
const BAR_REFRESH_MS = 100;
const LINE_EVERY_MS = 5_000;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--:--";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(h > 0 ? 2 : 1, "0")}:${String(s % 60).padStart(2, "0")}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

export class Progress {
  private readonly stream: NonNullable<ProgressOptions["stream"]>;
  private readonly now: () => number;
  private lastDraw: number;
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly mode: ProgressMode,
    { stream = process.stderr, now = () => performance.now() }: ProgressOptions = {},
  ) {
    this.stream = stream;
    this.now = now;
    this.lastDraw = now();
  }

  update(tally: SoFar): void {
    if (this.mode === "off") return;
    const now = this.now();
    const last = tally.files === this.total;
    if (this.mode === "bar" && (last || now - this.lastDraw >= BAR_REFRESH_MS)) {
      this.stream.write(`\r${this.barText(tally)}\x1b[K`);
      this.drawn = true;
      this.lastDraw = now;
    } else if (this.mode === "lines" && now - this.lastDraw >= LINE_EVERY_MS && !last) {
      this.stream.write(`jixiao: ${this.facts(tally).join(", ")}\n`);
      this.lastDraw = now;
    }
  }

  /** Erases the bar so that the summary starts on a clean line. */
  clear(): void {
    if (this.drawn) this.stream.write("\r\x1b[K");
    this.drawn = false;
  }

  private facts(tally: SoFar): string[] {
    const seconds = tally.elapsedSeconds();
    const rate = seconds > 0 ? tally.files / seconds : 0;
    const eta = rate > 0 ? (this.total - tally.files) / rate : Infinity;
    return [`${tally.files}/${this.total} files`, `${tally.forms} forms`, `${rate.toFixed(1)} files/s`, `ETA ${clock(eta)}`];
  }

  private barText(tally: SoFar): string {
    const filled = this.total > 0 ? Math.round((tally.files / this.total) * BAR_WIDTH) : BAR_WIDTH;
    const bar = "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
    const text = `${bar} ${this.facts(tally).join(" · ")}`;
    // A pseudo-terminal without a size reports 0 columns.
    const columns = this.stream.columns || 80;
    return text.length >= columns ? text.slice(0, columns - 1) : text;
  }
}
