/**
 * Every code block of the README runs as written, against a copy of samples/, from a project that
 * has jixiao-docx installed (a node_modules link to this package, so `import … from "jixiao-docx"`
 * resolves as in a user's project):
 * - a `js` block is saved as an .mjs file and run with node; a line `console.log(…); // → text`
 *   states what it prints, and the printed lines must be exactly those texts;
 * - a `sh` block is run line by line in order: `jixiao …` (and `npx jixiao …`) with the built
 *   command, expecting exit 0, or the N of an "exits N" comment (`jixiao serve`, which runs until
 *   stopped, is started, its page fetched, and stopped); `npm run X` must name a script of
 *   package.json. Installing (`npm ci`, `npm install`, `npm test`, `apt-get`) is not repeated here:
 *   the package test installs the packed package into a fresh project, and `npm test` is this run.
 */
import { spawn } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILD_TIMEOUT, CLI, ensureBuilt, ROOT } from "./cli/run";

interface CodeBlock { lang: string; code: string; line: number }

function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const fence = /^```([\w-]*)\n([\s\S]*?)^```$/gm;
  for (let m = fence.exec(markdown); m; m = fence.exec(markdown)) {
    blocks.push({ lang: m[1], code: m[2], line: markdown.slice(0, m.index).split("\n").length });
  }
  return blocks;
}

const README = readFileSync(join(ROOT, "README.md"), "utf8");
const BLOCKS = codeBlocks(README);
const SCRIPTS = Object.keys(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts);

let work: string;
let bin: string;

beforeAll(async () => {
  await ensureBuilt();
  work = mkdtempSync(join(tmpdir(), "jixiao-readme-"));
  mkdirSync(join(work, "node_modules"));
  symlinkSync(ROOT, join(work, "node_modules", "jixiao-docx"), "dir");
  cpSync(join(ROOT, "samples"), join(work, "samples"), { recursive: true });
  bin = join(work, ".bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "jixiao"), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, "jixiao"), 0o755);
}, BUILD_TIMEOUT);
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run { code: number | null; stdout: string; stderr: string }

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: work,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString("utf8")));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * `jixiao serve` runs until stopped: it is started with `--port 0` added (the last --port wins), so a
 * port in use on this machine cannot fail it; the page at the address it prints is fetched, then
 * Ctrl-C (SIGINT) stops it.
 */
function serveOnce(command: string): Promise<{ page: number | string; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", `exec ${command} --port 0`], {
      cwd: work,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let page: number | string = "no address printed";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString("utf8")));
    child.stdout.on("data", async (b: Buffer) => {
      const before = stdout;
      stdout += b.toString("utf8");
      const address = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)?.[0];
      if (!address || /http:\/\/127\.0\.0\.1:\d+\//.test(before)) return;
      page = await fetch(address).then((r) => r.status, (e: Error) => `fetch failed: ${e.message}`);
      child.kill("SIGINT");
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ page, code, stderr });
    });
  });
}

/** What a js block says it prints: the text after `// → ` on each console.log line. */
function statedOutput(code: string): string[] {
  return code.split("\n").filter((l) => /^\s*console\.log\(/.test(l) && l.includes("// → ")).map((l) => l.split("// → ")[1].trimEnd());
}

/** Shell lines of a block: comments and blank lines dropped, `a && b` split. */
function shellCommands(code: string): { command: string; comment: string }[] {
  return code.split("\n").flatMap((line) => {
    const at = line.indexOf(" #");
    const command = (at >= 0 ? line.slice(0, at) : line.startsWith("#") ? "" : line).trim();
    const comment = at >= 0 ? line.slice(at + 2).trim() : "";
    return command === "" ? [] : command.split(" && ").map((part) => ({ command: part.trim(), comment }));
  });
}

const INSTALLING = /^(npm (ci|test|install|i|pack)\b|apt-get |sudo apt-get )/;

describe("README code blocks", () => {
  it("has code blocks only in languages this test runs", () => {
    expect(BLOCKS.length).toBeGreaterThanOrEqual(4);
    expect(BLOCKS.filter((b) => b.lang !== "js" && b.lang !== "sh").map((b) => `line ${b.line}: ${b.lang || "(none)"}`)).toEqual([]);
  });

  for (const block of BLOCKS.filter((b) => b.lang === "js")) {
    it(`js block at line ${block.line} runs and prints what it says`, async () => {
      const file = join(work, `block-${block.line}.mjs`);
      writeFileSync(file, block.code);
      const result = await run(process.execPath, [file]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const stated = statedOutput(block.code);
      expect(result.stdout.split("\n").slice(0, -1)).toEqual(stated);
    });
  }

  // The blocks of one README share the folder, in order: a later line may use an earlier one's output.
  it("sh blocks run line by line", async () => {
    for (const block of BLOCKS.filter((b) => b.lang === "sh")) {
      for (const { command, comment } of shellCommands(block.code)) {
        const where = `README line ${block.line}: ${command}`;
        if (INSTALLING.test(command)) continue;
        const script = /^npm run (\S+)/.exec(command);
        if (script) {
          expect(SCRIPTS, where).toContain(script[1]);
          continue;
        }
        const cli = /^(?:npx (?:-p jixiao-docx )?)?jixiao( .*)?$/.exec(command);
        expect(cli, `${where}: not a command this test knows how to run`).not.toBeNull();
        if (/^ serve\b/.test(cli![1] ?? "")) {
          const served = await serveOnce(`jixiao${cli![1]}`);
          expect({ page: served.page, code: served.code }, `${where}\n${served.stderr}`).toEqual({ page: 200, code: 0 });
          continue;
        }
        const result = await run("sh", ["-c", `jixiao${cli![1] ?? ""}`]);
        const exits = /exits (\d)/.exec(comment);
        expect({ where, code: result.code, stderr: result.code === (exits ? Number(exits[1]) : 0) ? "" : result.stderr }).toEqual({ where, code: exits ? Number(exits[1]) : 0, stderr: "" });
      }
    }
  }, 120_000);
});

// Guard against the test passing vacuously: the extraction itself must see the blocks it runs.
describe("README block extraction", () => {
  it("finds a js block's stated output and a sh block's commands", () => {
    expect(statedOutput('const a = 1;\nconsole.log(a);  // → 1\nconsole.log(2);\n')).toEqual(["1"]);
    expect(shellCommands("npm ci && npm run demo   # installs\n# a comment\njixiao validate x  # exits 1\n")).toEqual([
      { command: "npm ci", comment: "installs" },
      { command: "npm run demo", comment: "installs" },
      { command: "jixiao validate x", comment: "exits 1" },
    ]);
  });
});

