import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCUMENTS, makeArchive, SKIPPED } from "./folder";
import { word97 } from "../helpers/word97";
import { BUILD_TIMEOUT, ensureBuilt, jixiao, jsonLines } from "./run";

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = makeArchive();
}, BUILD_TIMEOUT);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}-word95.doc`, { force: true });
});

/** A Word 95 .doc, next to the archive: the native reader refuses it, so it goes to LibreOffice. */
function word95(): string {
  const path = `${dir}-word95.doc`;
  writeFileSync(path, word97([{ text: "x" }], { patch: ({ word }) => word.set([0x68, 0], 2) }));
  return path;
}

/** Whether a process runs: not gone and not a zombie waiting to be reaped (Linux /proc). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

/** The (file, form) pairs a run over the archive must give, in order. */
const EXPECTED_LINES = DOCUMENTS.flatMap((d): { file: string; form: number | null }[] =>
  d.forms === 0 ? [{ file: d.file, form: null }] : Array.from({ length: d.forms }, (_, i) => ({ file: d.file, form: i })),
);

describe("jixiao parse over a folder", () => {
  it("writes one JSON line per form, failed files as error lines, in input order; summary on stderr; exit 1", async () => {
    const run = await jixiao(["parse", "."], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => ({ file: l.file, form: l.form }))).toEqual(EXPECTED_LINES);

    const seed = lines.filter((l) => l.file === "b-seed.docx");
    expect(seed.map((l) => l.forms)).toEqual(Array(11).fill(11));
    expect(seed[0].record.project.name).toBe("网络平台运行及维护费");
    expect(seed[0].record.source.file).toBe("b-seed.docx");
    // Check messages sit on the line of their form.
    expect(seed[6].messages.map((m: { code: string }) => m.code)).toContain("TOTAL_SCORE_MISMATCH");
    expect(seed.every((l) => l.messages.every((m: { form?: number }) => m.form === undefined || m.form === l.form))).toBe(true);

    const legacy = lines.filter((l) => l.file === "c-legacy.doc");
    expect(legacy).toHaveLength(11);
    // Word 97 is read natively: no conversion.
    expect(legacy.every((l) => l.record.source.reader === "doc" && l.messages.every((m: { code: string }) => m.code !== "CONVERTED"))).toBe(true);
    expect(legacy.map((l) => l.record.project.name)).toEqual(seed.map((l) => l.record.project.name));

    for (const d of DOCUMENTS.filter((d) => "error" in d)) {
      const line = lines.find((l) => l.file === d.file);
      expect(line).toMatchObject({ form: null, forms: 0, error: { code: d.error } });
      expect(line.error.message.length).toBeGreaterThan(20);
      expect(line.record).toBeUndefined();
    }

    expect(run.stderr).toMatch(/jixiao parse: 7 files, 24 forms, 3 failed, \d+ errors, \d+ warnings?, 2 skipped in [\d.]+ s \([\d.]+ files\/s\)/);
    expect(run.stderr).toContain("d-damaged.docx: BAD_ZIP");
    expect(run.stderr).toContain("f-minutes.docx: NO_FORM");
    for (const name of SKIPPED) expect(run.stderr).toContain(name);
    expect(run.stderr).not.toMatch(/\r|\n\s+at /);
  });

  it("--fail-on decides the exit code", async () => {
    const never = await jixiao(["parse", ".", "--fail-on", "never", "-q"], { cwd: dir });
    expect(never.code).toBe(0);
    expect(never.stderr).toBe("");
    const good = await jixiao(["parse", "a-single.docx", "sub/g-split.docx", "-q"], { cwd: dir });
    expect(good.code).toBe(0);
    // The seed holds forms whose totals do not add up: error messages, though the file parsed.
    const seed = await jixiao(["parse", "b-seed.docx", "-q"], { cwd: dir });
    expect(seed.code).toBe(0);
    expect((await jixiao(["parse", "b-seed.docx", "-q", "--fail-on", "error"], { cwd: dir })).code).toBe(1);
    expect((await jixiao(["parse", "a-single.docx", "-q", "--fail-on", "warning"], { cwd: dir })).code).toBe(0);
  });

  it("gives the same output with --jobs 1 and --jobs 2", async () => {
    await jixiao(["parse", ".", "--jobs", "1", "-o", "one.jsonl", "-q"], { cwd: dir });
    await jixiao(["parse", ".", "--jobs", "2", "-o", "two.jsonl", "-q"], { cwd: dir });
    const one = readFileSync(join(dir, "one.jsonl"));
    expect(one.length).toBeGreaterThan(10_000);
    expect(readFileSync(join(dir, "two.jsonl")).equals(one)).toBe(true);
    rmSync(join(dir, "one.jsonl"));
    rmSync(join(dir, "two.jsonl"));
  });

  it("--format json writes the same objects as one JSON array", async () => {
    const jsonl = jsonLines((await jixiao(["parse", "b-seed.docx", "e-empty.docx"], { cwd: dir })).stdout);
    const json = await jixiao(["parse", "b-seed.docx", "e-empty.docx", "--format", "json"], { cwd: dir });
    expect(JSON.parse(json.stdout)).toEqual(jsonl);
    expect(jsonl).toHaveLength(12);
    const none = await jixiao(["parse", "--resume", "x.docx"], { cwd: dir });
    expect(none.code).toBe(2);
  });

  it("--resume skips the files already complete in the output and completes the one cut off", async () => {
    const out = join(dir, "..", `${dir.split("/").pop()}-resume.jsonl`);
    try {
      await jixiao(["parse", ".", "-o", out, "-q"], { cwd: dir });
      const full = readFileSync(out);
      // Stop "mid-way through b-seed.docx": its first 5 form lines and half of the 6th.
      const lines = full.toString("utf8").split("\n");
      const kept = lines.slice(0, 6).join("\n") + "\n" + lines[6].slice(0, 200);
      writeFileSync(out, kept);
      const resumed = await jixiao(["parse", ".", "-o", out, "--resume"], { cwd: dir });
      expect(readFileSync(out).equals(full)).toBe(true);
      expect(resumed.code).toBe(1);
      expect(resumed.stderr).toMatch(/7 files \(1 from the earlier run\), 24 forms, 3 failed/);

      const again = await jixiao(["parse", ".", "-o", out, "--resume"], { cwd: dir });
      expect(readFileSync(out).equals(full)).toBe(true);
      expect(again.stderr).toMatch(/7 files \(7 from the earlier run\)/);
    } finally {
      rmSync(out, { force: true });
    }
  });
});

describe("jixiao parse inputs", () => {
  it("expands quoted globs itself: * within a name, ** for any depth", async () => {
    const docx = jsonLines((await jixiao(["parse", "**/*.docx", "-q"], { cwd: dir })).stdout);
    expect([...new Set(docx.map((l) => l.file))]).toEqual(DOCUMENTS.filter((d) => d.file.endsWith(".docx")).map((d) => d.file));
    const top = jsonLines((await jixiao(["parse", "[ab]*.docx", "?-*.docx", "-q"], { cwd: dir })).stdout);
    expect([...new Set(top.map((l) => l.file))]).toEqual(["a-single.docx", "b-seed.docx", "d-damaged.docx", "e-empty.docx", "f-minutes.docx"]);
    const none = await jixiao(["parse", "*.pdf"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("No Word documents");
  });

  it("reports a missing file as FILE_NOT_FOUND and goes on", async () => {
    const run = await jixiao(["parse", "missing.docx", "a-single.docx"], { cwd: dir });
    const lines = jsonLines(run.stdout);
    expect(lines[0]).toMatchObject({ file: "missing.docx", error: { code: "FILE_NOT_FOUND" } });
    expect(lines[1]).toMatchObject({ file: "a-single.docx", form: 0 });
    expect(run.code).toBe(1);
  });

  it("without LibreOffice, a Word 95 .doc fails with CONVERTER_MISSING naming the package, not a stack trace", async () => {
    // node is started by its full path; an empty PATH hides soffice.
    const emptyPath = mkdtempSync(join(tmpdir(), "jixiao-no-path-"));
    const run = await jixiao(["parse", word95(), "a-single.docx"], { cwd: dir, env: { PATH: emptyPath } });
    rmSync(emptyPath, { recursive: true });
    const [legacy, single] = jsonLines(run.stdout);
    expect(legacy.error.code).toBe("CONVERTER_MISSING");
    expect(legacy.error.message).toContain("libreoffice-writer-nogui");
    expect(single.form).toBe(0);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([["1"], ["2"]])("--file-timeout stops a file that takes too long (--jobs %s): FILE_TIMEOUT, and the files queued behind it are still read", async (jobs) => {
    // A LibreOffice that never finishes: the conversion's own timeout (60 s) is far off, the file's is 1 s.
    const fake = join(dir, "..", `${dir.split("/").pop()}-slow-soffice-${jobs}.sh`);
    const pidFile = `${fake}.pid`;
    writeFileSync(fake, `#!/bin/sh\necho $$ > "${pidFile}"\nexec sleep 30\n`, { mode: 0o755 });
    // The conversion's temporary folders go here, so the test can see that none is left behind.
    const temp = mkdtempSync(join(tmpdir(), "jixiao-timeout-test-"));
    try {
      const started = Date.now();
      const legacy = word95();
      const run = await jixiao(["parse", legacy, "a-single.docx", "b-seed.docx", "--jobs", jobs, "--file-timeout", "1", "--soffice", fake, "--timeout", "60", "-q"], { cwd: dir, env: { TMPDIR: temp } });
      expect(Date.now() - started).toBeLessThan(7_000);
      const lines = jsonLines(run.stdout);
      expect(lines[0]).toMatchObject({ file: legacy, form: null, error: { code: "FILE_TIMEOUT" } });
      expect(lines[0].error.message).toContain("--file-timeout");
      expect(lines.slice(1).map((l) => [l.file, l.form])).toEqual([["a-single.docx", 0], ...Array.from({ length: 11 }, (_, i) => ["b-seed.docx", i])]);
      expect(run.code).toBe(1);
      // The stopped worker's LibreOffice was killed and its folders removed by the pool.
      const pid = Number(readFileSync(pidFile, "utf8"));
      expect(running(pid)).toBe(false);
      expect(readdirSync(temp)).toEqual([]);
    } finally {
      rmSync(fake, { force: true });
      rmSync(pidFile, { force: true });
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it("--file-timeout applies to a single file too when --jobs is 2 or more", async () => {
    const fake = join(dir, "..", `${dir.split("/").pop()}-slow-soffice-single.sh`);
    writeFileSync(fake, "#!/bin/sh\nexec sleep 30\n", { mode: 0o755 });
    const temp = mkdtempSync(join(tmpdir(), "jixiao-timeout-test-"));
    try {
      const legacy = word95();
      const run = await jixiao(["parse", legacy, "--jobs", "2", "--file-timeout", "1", "--soffice", fake, "--timeout", "60", "-q"], { cwd: dir, env: { TMPDIR: temp } });
      expect(jsonLines(run.stdout)).toEqual([expect.objectContaining({ file: legacy, error: expect.objectContaining({ code: "FILE_TIMEOUT" }) })]);
    } finally {
      rmSync(fake, { force: true });
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it("rejects bad usage with exit code 2 and a hint", async () => {
    for (const args of [["parse"], ["parse", "x", "--format", "xml"], ["parse", "x", "--jobs", "0"], ["parse", "x", "--file-timeout", "-1"], ["parse", "x", "--bogus"], ["frobnicate"]]) {
      const run = await jixiao(args, { cwd: dir });
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toContain("--help");
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("--help lists every command with examples", async () => {
    const run = await jixiao(["--help"]);
    expect(run.code).toBe(0);
    for (const command of ["parse", "validate", "generate", "blank"]) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    expect(run.stdout).toContain("jixiao parse 自评表/ -o forms.jsonl");
    for (const command of ["parse", "validate", "generate", "blank"]) {
      const help = await jixiao([command, "--help"]);
      expect(help.stdout).toContain(`Usage: jixiao ${command}`);
      expect(help.stdout).toContain("Examples:");
    }
  });
});

