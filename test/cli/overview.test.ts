/** `npm run demo` and `parse --overview`: per form 附件, 总分, project and its problems in Chinese; the records in a named file. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILD_TIMEOUT, ensureBuilt, jixiao, ROOT } from "./run";

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-cli-overview-"));
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The arguments the demo script gives the command (its build step left out), with its output file moved to `out`. */
function demoArgs(out: string): string[] {
  const script: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.demo;
  const command = script.split("&&").at(-1)!.trim().split(/\s+/);
  expect(command.slice(0, 2)).toEqual(["node", "dist/cli.js"]);
  const args = command.slice(2);
  const o = args.indexOf("-o");
  expect(args[o + 1]).toBe("dist/demo-forms.json");
  args[o + 1] = out;
  return args;
}

describe("npm run demo", () => {
  it("shows each form at a glance and writes the full JSON to the file it names", async () => {
    const out = join(dir, "demo-forms.json");
    const run = await jixiao(demoArgs(out), { cwd: ROOT });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.length).toBeLessThan(30);
    expect(lines[0]).toBe("samples/seed-forms.docx（11 张表）");
    expect(lines[1]).toBe("  附件4-1  总分 98  网络平台运行及维护费");
    const at47 = lines.findIndex((l) => l.startsWith("  附件4-7  "));
    expect(lines[at47]).toBe("  附件4-7  总分 96  会议经费");
    expect(lines[at47 + 1]).toBe("    错误 TOTAL_SCORE_MISMATCH 总分得分为96，但资金得分与各指标得分之和为94。 [第7个表格，第19行，第8列]");
    expect(lines[at47 + 2]).toMatch(/^ {4}警告 FUNDS_SCORE_POLICY 资金得分为4/);
    expect(lines.filter((l) => /^ {2}附件/.test(l))).toHaveLength(11);
    expect(lines.at(-1)).toBe(`完整记录已写入 ${out}`);

    const records = JSON.parse(readFileSync(out, "utf8"));
    expect(records).toHaveLength(11);
    expect(records[6]).toMatchObject({ file: "samples/seed-forms.docx", form: 6, record: { attachment: "附件4-7", total: { score: 96 } } });
  });

  it("--overview needs -o: its lines take stdout", async () => {
    const run = await jixiao(["parse", "samples/seed-forms.docx", "--overview"], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--overview prints on stdout: write the records to a file with -o");
  });
});
