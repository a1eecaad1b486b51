/**
 * The package as a user gets it: packed from a checkout with no dist/ (so `prepack` must build),
 * installed from the tarball into a new project with the ordinary npm client, then used from
 * there through `import`, `require` and the `jixiao` command. The registry is used for the
 * dependencies, so this takes a while; it runs in its own folders and never touches dist/.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../cli/run";

const SEED = join(ROOT, "samples/seed-forms.docx");
const INSTALL_TIMEOUT = 600_000;

let work: string;
let tarball: string;
let project: string;
let installOutput: string;

interface Ran { status: number | null; stdout: string; stderr: string }

function run(command: string, args: string[], cwd: string): Ran {
  // npm_config_yes=false: npx must never fetch a package named jixiao from the registry.
  const env = { ...process.env, npm_config_update_notifier: "false", npm_config_yes: "false" };
  const r = spawnSync(command, args, { cwd, encoding: "utf8", timeout: INSTALL_TIMEOUT, env });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "jixiao-install-test-"));
  // A checkout as git gives it: sources, no dist/. The dev dependencies are the repository's own.
  const checkout = join(work, "checkout");
  mkdirSync(checkout);
  for (const name of ["package.json", "tsup.config.ts", "tsconfig.json", "README.md", "SECURITY.md", "LICENSE", "src", "scripts", "examples"]) {
    cpSync(join(ROOT, name), join(checkout, name), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(checkout, "node_modules"), "dir");
  const packed = run("npm", ["pack", "--json", "--pack-destination", work], checkout);
  expect(packed.status, packed.stderr).toBe(0);
  // The prepack build prints first (with colour codes that start with "["): the JSON array is the
  // line that opens with "[" followed by an object.
  tarball = join(work, JSON.parse(packed.stdout.slice(packed.stdout.search(/^\[\s*\{/m)))[0].filename);

  project = join(work, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "tryout", version: "1.0.0", private: true }));
  const installed = run("npm", ["install", "--no-audit", "--no-fund", tarball], project);
  installOutput = installed.stdout + installed.stderr;
  expect(installed.status, installOutput).toBe(0);
}, INSTALL_TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed tarball", () => {
  const entries = () => execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n").map((e) => e.replace(/^package\//, ""));

  it("holds the build, the licence and the docs; no source maps, no sources", () => {
    const files = entries();
    for (const wanted of ["LICENSE", "README.md", "SECURITY.md", "package.json", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/cli.js", "dist/worker.js", "dist/browser/index.js", "dist/browser/index.d.ts", "dist/web/index.html"]) {
      expect(files).toContain(wanted);
    }
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(files.filter((f) => f.startsWith("src/") || f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.endsWith(".d.cts"))).toEqual([]);
  });
});

describe("installed from the tarball into a new project", () => {
  const pkg = () => join(project, "node_modules/jixiao-docx");

  it("npm prints no engine warning, and docx's nanoid is the 5.x that supports Node 20", () => {
    expect(installOutput).not.toMatch(/EBADENGINE|unsupported engine/i);
    const nanoid = JSON.parse(readFileSync(join(project, "node_modules/nanoid/package.json"), "utf8"));
    expect(nanoid.version).toMatch(/^5\./);
    const docx = JSON.parse(readFileSync(join(project, "node_modules/docx/package.json"), "utf8"));
    expect(docx.version).toBe("9.7.1");
  });

  it("the library code is there once per module format: cli.js and worker.js share the ES module chunks", () => {
    // parseDocx's definition stands for the library code; it used to be in three files.
    const dist = join(pkg(), "dist");
    const holders = readdirSync(dist).filter((f) => /\.(c?js)$/.test(f) && readFileSync(join(dist, f), "utf8").includes("function parseDocx("));
    expect(holders).toHaveLength(2);
    expect(holders.filter((f) => f.endsWith(".cjs"))).toEqual(["index.cjs"]);
  });

  it("only cli.js starts with a #! line", () => {
    const dist = join(pkg(), "dist");
    const withShebang = readdirSync(dist).filter((f) => /\.c?js$/.test(f) && readFileSync(join(dist, f), "utf8").startsWith("#!"));
    expect(withShebang).toEqual(["cli.js"]);
  });

  it("import and require both read the seed's 11 forms, and see the same errors", () => {
    const esm = run(process.execPath, ["--input-type=module", "-e", `
      import { parseDocx, isJixiaoError } from "jixiao-docx";
      const { forms } = await parseDocx(${JSON.stringify(SEED)});
      const error = await parseDocx(new Uint8Array(0)).catch((e) => e);
      console.log(forms.length, forms[6].attachment, isJixiaoError(error), error.code);`], project);
    expect(esm.stderr).toBe("");
    expect(esm.stdout.trim()).toBe("11 附件4-7 true EMPTY_INPUT");

    const cjs = run(process.execPath, ["-e", `
      const { parseDocx, isJixiaoError } = require("jixiao-docx");
      parseDocx(${JSON.stringify(SEED)}).then(async ({ forms }) => {
        const error = await parseDocx(new Uint8Array(0)).catch((e) => e);
        console.log(forms.length, forms[6].attachment, isJixiaoError(error), error.code);
      });`], project);
    expect(cjs.stderr).toBe("");
    expect(cjs.stdout.trim()).toBe("11 附件4-7 true EMPTY_INPUT");
  });

  it("a bundler for browsers gets dist/browser/index.js (the browser condition), with nothing from Node", async () => {
    const result = await build({
      stdin: { contents: `import { parseDocx, writeDocx } from "jixiao-docx"; console.log(parseDocx, writeDocx);`, resolveDir: project },
      bundle: true, platform: "browser", format: "esm", splitting: true, outdir: join(work, "bundled"), write: false, metafile: true, logLevel: "silent",
    });
    // esbuild names inputs relative to the working directory, here the repository.
    const inputs = Object.keys(result.metafile.inputs).map((i) => (i.includes("node_modules/jixiao-docx/") ? i.slice(i.indexOf("node_modules/jixiao-docx/")) : i));
    expect(inputs).toContain("node_modules/jixiao-docx/dist/browser/index.js");
    expect(inputs.filter((i) => i.includes("jixiao-docx/dist/index"))).toEqual([]);
  });

  it("npx jixiao runs the installed command", () => {
    const help = run("npx", ["jixiao", "--help"], project);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toContain("Usage: jixiao <command>");

    const parsed = run("npx", ["jixiao", "parse", SEED, "-q"], project);
    expect(parsed.status, parsed.stderr).toBe(0);
    const lines = parsed.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.record.attachment)).toEqual(Array.from({ length: 11 }, (_, i) => `附件4-${i + 1}`));
  });

  it("the worker threads load from the installed package (two files on two workers)", () => {
    const folder = join(work, "archive");
    mkdirSync(folder, { recursive: true });
    cpSync(SEED, join(folder, "a.docx"));
    cpSync(SEED, join(folder, "b.docx"));
    const parsed = run("npx", ["jixiao", "parse", folder, "--jobs", "2", "-q"], project);
    expect(parsed.status, parsed.stderr).toBe(0);
    const lines = parsed.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(22);
    expect(lines[11].file).toMatch(/b\.docx$/);
  });

  it("exceljs is not installed with it, and XLSX output then says how to install it", () => {
    expect(existsSync(join(project, "node_modules/exceljs"))).toBe(false);
    const out = join(work, "forms.xlsx");
    const run1 = run("npx", ["jixiao", "parse", SEED, "-o", out, "-q"], project);
    expect(run1.status).toBe(2); // checked before any file is read, as a usage error
    expect(run1.stderr).toContain("XLSX_WRITER_MISSING");
    expect(run1.stderr).toContain("npm install exceljs");
    expect(run1.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
  });
});
