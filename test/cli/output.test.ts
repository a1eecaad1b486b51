/**
 * -o never destroys an input, never names a Word file for records or contradicts --format, and is
 * written under its name only once complete (a partial file beside it until then).
 */
import { spawn, execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/fixtures";
import { BUILD_TIMEOUT, CLI, ensureBuilt, jixiao, jsonLines } from "./run";

let dir: string;
let single: Buffer;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-cli-output-"));
  copyFileSync(join(FIXTURES, "single-form-python-docx.docx"), join(dir, "in.docx"));
  copyFileSync(join(FIXTURES, "single-form-libreoffice.docx"), join(dir, "second.docx"));
  single = readFileSync(join(dir, "in.docx"));
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function usageError(args: string[]): Promise<string> {
  const run = await jixiao(args, { cwd: dir });
  expect(run.code, args.join(" ")).toBe(2);
  expect(run.stderr).toContain("--help");
  expect(run.stdout).toBe("");
  return run.stderr;
}

describe("-o is checked before anything is opened", () => {
  it("parse refuses an -o that names a Word file, whatever the case of its extension, and leaves it alone", async () => {
    expect(await usageError(["parse", "in.docx", "-o", "in.docx"])).toContain("not a Word document");
    expect(readFileSync(join(dir, "in.docx")).equals(single)).toBe(true);
    for (const name of ["out.DOC", "out.docm", "out.rtf", "out.wps"]) {
      await usageError(["parse", "in.docx", "-o", name]);
      expect(existsSync(join(dir, name)), name).toBe(false);
    }
  });

  it("parse refuses an -o that is one of the inputs, by name or through a link", async () => {
    writeFileSync(join(dir, "earlier.jsonl"), "earlier lines\n");
    expect(await usageError(["parse", "earlier.jsonl", "in.docx", "-o", "./earlier.jsonl"])).toContain("also an input (earlier.jsonl)");
    expect(readFileSync(join(dir, "earlier.jsonl"), "utf8")).toBe("earlier lines\n");
    symlinkSync(join(dir, "in.docx"), join(dir, "link.jsonl"));
    expect(await usageError(["parse", "in.docx", "-o", "link.jsonl"])).toContain("also an input (in.docx)");
    expect(readFileSync(join(dir, "in.docx")).equals(single)).toBe(true);
  });

  it("parse refuses an -o whose extension names another format than --format", async () => {
    expect(await usageError(["parse", "in.docx", "-o", "out.csv", "--format", "json"])).toContain("-o out.csv names a .csv file but --format is json");
    await usageError(["parse", "in.docx", "-o", "out.json", "--format", "jsonl"]);
    await usageError(["parse", "in.docx", "-o", "out.XLSX", "--format", "csv"]);
    expect(readdirSync(dir).filter((f) => f.startsWith("out."))).toEqual([]);
    // An extension that names no format leaves --format to decide; .ndjson is JSON Lines.
    expect((await jixiao(["parse", "in.docx", "-o", "out.txt", "--format", "csv", "-q"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "out.txt")).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect((await jixiao(["parse", "in.docx", "-o", "out.NDJSON", "-q"], { cwd: dir })).code).toBe(0);
    expect(jsonLines(readFileSync(join(dir, "out.NDJSON"), "utf8"))).toHaveLength(1);
  });

  it("generate and blank write only to a .docx name that is not their input", async () => {
    writeFileSync(join(dir, "records.json"), "[]");
    expect(await usageError(["generate", "records.json", "-o", "records.json"])).toContain("generate writes a .docx");
    expect(readFileSync(join(dir, "records.json"), "utf8")).toBe("[]");
    // Records saved under a .docx name are still an input.
    writeFileSync(join(dir, "records-as.docx"), "[]");
    expect(await usageError(["generate", "records-as.docx", "-o", "records-as.docx"])).toContain("also an input");
    expect(readFileSync(join(dir, "records-as.docx"), "utf8")).toBe("[]");
    await usageError(["blank", "--year", "2021", "--level", "县级", "-o", "blank.json"]);
    expect(existsSync(join(dir, "blank.json"))).toBe(false);
  });
});

/** Starts `jixiao …` and returns the child, to stop it mid-run. */
function start(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (b: Buffer) => (stderr += b.toString("utf8")));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stderr })));
  return { child, ended };
}

async function until(condition: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}

const size = (name: string) => (existsSync(join(dir, name)) ? statSync(join(dir, name)).size : 0);

describe("an interrupted run", () => {
  // A named pipe nobody writes to: reading it never ends, so the run is stopped mid-way, after the
  // first file's output has been written.
  const stall = () => {
    rmSync(join(dir, "stall.docx"), { force: true });
    execFileSync("mkfifo", [join(dir, "stall.docx")]);
  };

  it("leaves the earlier output under the name untouched; JSON Lines keep a partial file that --resume completes", async () => {
    stall();
    writeFileSync(join(dir, "run.jsonl"), "the earlier output\n");
    const run = start(["parse", "in.docx", "stall.docx", "second.docx", "-o", "run.jsonl", "--jobs", "1", "-q"]);
    await until(() => size("run.jsonl.partial") > 1000);
    run.child.kill("SIGTERM");
    const ended = await run.ended;
    expect(ended.signal).toBe("SIGTERM");
    expect(readFileSync(join(dir, "run.jsonl"), "utf8")).toBe("the earlier output\n");
    expect(ended.stderr).toContain("run.jsonl.partial");
    expect(ended.stderr).toContain("--resume");
    expect(jsonLines(readFileSync(join(dir, "run.jsonl.partial"), "utf8")).map((l) => l.file)).toEqual(["in.docx"]);

    // The file that stalled is now readable: --resume reads it and the one after, from the partial file.
    rmSync(join(dir, "stall.docx"));
    copyFileSync(join(dir, "in.docx"), join(dir, "stall.docx"));
    const resumed = await jixiao(["parse", "in.docx", "stall.docx", "second.docx", "-o", "run.jsonl", "--resume"], { cwd: dir });
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain("3 files (1 from the earlier run)");
    expect(jsonLines(readFileSync(join(dir, "run.jsonl"), "utf8")).map((l) => l.file)).toEqual(["in.docx", "stall.docx", "second.docx"]);
    expect(existsSync(join(dir, "run.jsonl.partial"))).toBe(false);
  });

  it.each([["json", "SIGINT"], ["csv", "SIGTERM"]] as const)("leaves no partial %s file when stopped by %s", async (format, signal) => {
    stall();
    const name = `stopped.${format}`;
    writeFileSync(join(dir, name), "the earlier output\n");
    const run = start(["parse", "in.docx", "stall.docx", "-o", name, "--jobs", "1", "-q"]);
    await until(() => size(`${name}.partial`) > 100);
    run.child.kill(signal);
    expect((await run.ended).signal).toBe(signal);
    expect(readFileSync(join(dir, name), "utf8")).toBe("the earlier output\n");
    expect(existsSync(join(dir, `${name}.partial`))).toBe(false);
  });

  it("a finished run leaves only the output, and --resume from a finished output does not change it until done", async () => {
    rmSync(join(dir, "stall.docx"), { force: true });
    const first = await jixiao(["parse", "in.docx", "-o", "done.jsonl", "-q"], { cwd: dir });
    expect(first.code).toBe(0);
    const earlier = readFileSync(join(dir, "done.jsonl"));
    const more = await jixiao(["parse", "in.docx", "second.docx", "-o", "done.jsonl", "--resume", "-q"], { cwd: dir });
    expect(more.code).toBe(0);
    const after = readFileSync(join(dir, "done.jsonl"));
    expect(after.subarray(0, earlier.length).equals(earlier)).toBe(true);
    expect(jsonLines(after.toString("utf8")).map((l) => l.file)).toEqual(["in.docx", "second.docx"]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".partial"))).toEqual([]);
  });
});
