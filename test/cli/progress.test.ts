import { afterEach, describe, expect, it } from "vitest";
import { progressMode } from "../../src/cli/commands/parse";
import { Progress, type ProgressMode } from "../../src/cli/progress";

/** A stderr stand-in that keeps what was written, and a clock the test moves by hand. */
function harness(total: number, mode: ProgressMode, columns?: number) {
  const writes: string[] = [];
  let ms = 0;
  const stream = { write: (text: string) => writes.push(text), columns };
  const progress = new Progress(total, mode, { stream, now: () => ms });
  /** One update at `at` ms after the start, with the run's tally at that moment. */
  const update = (at: number, files: number, forms: number, elapsedSeconds: number) => {
    ms = at;
    progress.update({ files, forms, elapsedSeconds: () => elapsedSeconds });
  };
  return { writes, progress, update };
}

const ERASE_TO_END = "\x1b[K";
const bar = (filled: number) => "█".repeat(filled) + "░".repeat(24 - filled);

describe("Progress on a terminal (bar)", () => {
  it("draws files done / total, forms, rate and ETA on one line redrawn in place", () => {
    const { writes, update } = harness(10, "bar");
    // 4 of 10 files in 8 s: 0.5 files/s, 6 files left take 12 s; 4/10 of 24 cells is 9.6, so 10.
    update(150, 4, 9, 8);
    expect(writes).toEqual([`\r${bar(10)} 4/10 files · 9 forms · 0.5 files/s · ETA 0:12${ERASE_TO_END}`]);
  });

  it("redraws at most every 100 ms, but always for the last file", () => {
    const { writes, update } = harness(10, "bar");
    update(50, 1, 2, 0.05); // 50 ms after the start: too soon
    update(100, 2, 4, 1);
    update(180, 3, 6, 1.5); // 80 ms after the last draw: too soon
    update(200, 4, 8, 2);
    update(210, 10, 20, 20); // the last file, 10 ms after the last draw
    expect(writes).toEqual([
      `\r${bar(5)} 2/10 files · 4 forms · 2.0 files/s · ETA 0:04${ERASE_TO_END}`,
      `\r${bar(10)} 4/10 files · 8 forms · 2.0 files/s · ETA 0:03${ERASE_TO_END}`,
      `\r${bar(24)} 10/10 files · 20 forms · 0.5 files/s · ETA 0:00${ERASE_TO_END}`,
    ]);
  });

  it("writes the ETA with hours when it is an hour or more, and --:-- before any time has passed", () => {
    const { writes, update } = harness(10_000, "bar");
    update(100, 0, 0, 0);
    // 2 files in 5 s: 0.4 files/s, 9,998 files left take 24,995 s = 6 h 56 min 35 s.
    update(200, 2, 3, 5);
    expect(writes).toEqual([
      `\r${bar(0)} 0/10000 files · 0 forms · 0.0 files/s · ETA --:--${ERASE_TO_END}`,
      `\r${bar(0)} 2/10000 files · 3 forms · 0.4 files/s · ETA 6:56:35${ERASE_TO_END}`,
    ]);
  });

  it("cuts the line to one less than the terminal's width, and takes 80 columns when it reports 0", () => {
    const narrow = harness(10, "bar", 40);
    narrow.update(150, 4, 9, 8);
    expect(narrow.writes).toEqual([`\r${bar(10)} 4/10 files · 9${ERASE_TO_END}`]);

    // The full line is 70 characters: it fits in 80 columns, not in 70.
    const sizeless = harness(10, "bar", 0);
    sizeless.update(150, 4, 9, 8);
    expect(sizeless.writes).toEqual([`\r${bar(10)} 4/10 files · 9 forms · 0.5 files/s · ETA 0:12${ERASE_TO_END}`]);
    const seventy = harness(10, "bar", 70);
    seventy.update(150, 4, 9, 8);
    expect(seventy.writes).toEqual([`\r${bar(10)} 4/10 files · 9 forms · 0.5 files/s · ETA 0:1${ERASE_TO_END}`]);
  });

  it("clear() erases a drawn bar once, and writes nothing when no bar is drawn", () => {
    const { writes, progress, update } = harness(10, "bar");
    progress.clear();
    expect(writes).toEqual([]);
    update(150, 4, 9, 8);
    progress.clear();
    progress.clear();
    expect(writes.slice(1)).toEqual([`\r${ERASE_TO_END}`]);
  });
});

describe("Progress elsewhere (lines)", () => {
  it("writes a plain line once 5 s have passed since the last one, not for every file, and none for the last", () => {
    const { writes, progress, update } = harness(10, "lines");
    update(1_000, 1, 2, 1);
    update(4_999, 3, 7, 5);
    update(5_000, 4, 9, 8); // 0.5 files/s, 6 left: 12 s
    update(9_999, 5, 11, 10); // 4,999 ms after the last line
    update(10_000, 6, 13, 12); // 0.5 files/s, 4 left: 8 s
    update(20_000, 10, 20, 20); // the last file: the run summary follows at once
    progress.clear();
    expect(writes).toEqual([
      "jixiao: 4/10 files, 9 forms, 0.5 files/s, ETA 0:12\n",
      "jixiao: 6/10 files, 13 forms, 0.5 files/s, ETA 0:08\n",
    ]);
  });
});

describe("Progress with --quiet (off)", () => {
  it("writes nothing", () => {
    const { writes, progress, update } = harness(3, "off");
    update(200, 1, 1, 1);
    update(10_000, 2, 2, 10);
    update(20_000, 3, 3, 20);
    progress.clear();
    expect(writes).toEqual([]);
  });
});

describe("progressMode", () => {
  const saved = { stderr: Object.getOwnPropertyDescriptor(process.stderr, "isTTY"), stdout: Object.getOwnPropertyDescriptor(process.stdout, "isTTY") };
  function terminals(stderr: boolean, stdout: boolean): void {
    Object.defineProperty(process.stderr, "isTTY", { value: stderr, configurable: true, writable: true });
    Object.defineProperty(process.stdout, "isTTY", { value: stdout, configurable: true, writable: true });
  }
  afterEach(() => {
    for (const name of ["stderr", "stdout"] as const) {
      if (saved[name]) Object.defineProperty(process[name], "isTTY", saved[name]);
      else delete (process[name] as { isTTY?: boolean }).isTTY;
    }
  });

  it("is off with --quiet, lines when stderr is not a terminal, else a bar unless stdout shows the output", () => {
    terminals(true, true);
    expect(progressMode(true, false)).toBe("off");
    expect(progressMode(false, true)).toBe("off");
    expect(progressMode(undefined, false)).toBe("bar");
    terminals(true, false);
    expect(progressMode(undefined, true)).toBe("bar");
    terminals(false, true);
    expect(progressMode(undefined, false)).toBe("lines");
    expect(progressMode(true, false)).toBe("off");
  });
});
