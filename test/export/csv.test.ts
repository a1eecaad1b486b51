/**
 * toCsv and toJsonLines: the same text `jixiao parse` writes for the same files (the CLI reads the
 * files itself, in its own process), and the format checked on literals written by hand.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCsv, toJsonLines, type ExportInput, type ProjectRecord } from "../../src/index";
import { BUILD_TIMEOUT, ensureBuilt, jixiao } from "../cli/run";
import { NOT_A_ZIP, SEED, seedOutcomes } from "./outcomes";

let dir: string;
let outcomes: ExportInput[];

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-export-csv-"));
  copyFileSync(SEED, join(dir, "seed.docx"));
  writeFileSync(join(dir, "broken.docx"), NOT_A_ZIP);
  outcomes = await seedOutcomes();
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("toCsv", () => {
  for (const [table, headers] of [["indicators", "zh"], ["forms", "zh"], ["messages", "en"]] as const) {
    it(`is what jixiao parse --format csv --csv-table ${table} --headers ${headers} writes, byte for byte`, async () => {
      const run = await jixiao(["parse", "seed.docx", "broken.docx", "-o", `${table}.csv`, "--csv-table", table, "--headers", headers, "-q"], { cwd: dir });
      expect(run.code).toBe(1);
      expect(toCsv(outcomes, { table, headers })).toBe(readFileSync(join(dir, `${table}.csv`), "utf8"));
    });
  }

  it("is UTF-8 text with a byte order mark and CRLF line ends, 指标 in Chinese unless told otherwise", () => {
    const text = toCsv(outcomes);
    expect(text.startsWith("\ufeff文件,表序号,附件,表类型,项目支出名称,")).toBe(true);
    const lines = text.split("\r\n");
    expect(lines.at(-1)).toBe("");
    // The failed file: its name, every other cell empty, then its error (last), quoted for the comma in the message.
    const columns = lines[0].split(",").length;
    expect(lines.at(-2)!.startsWith(`broken.docx${",".repeat(columns - 1)}"NOT_ZIP: `)).toBe(true);
  });

  it("quotes commas, quotes and line breaks, and makes formula-like text inert with a leading apostrophe", async () => {
    const [seed] = await seedOutcomes();
    (seed.forms[0] as ProjectRecord).project.name = '=HYPERLINK("http://x","y"), a\nb';
    const row = toCsv([seed], { table: "forms" }).split("\r\n")[1];
    expect(row).toContain(`,"'=HYPERLINK(""http://x"",""y""), a\nb",`);
  });
});

describe("toJsonLines", () => {
  it("is what jixiao parse --format jsonl writes, byte for byte", async () => {
    const run = await jixiao(["parse", "seed.docx", "broken.docx", "-o", "all.jsonl", "-q"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(toJsonLines(outcomes)).toBe(readFileSync(join(dir, "all.jsonl"), "utf8"));
  });

  it("has one line per form and one for the failed file, each ending in a line break", () => {
    const lines = toJsonLines(outcomes).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(12);
    expect(JSON.parse(lines[6])).toMatchObject({ file: "seed.docx", form: 6, forms: 11, record: { attachment: "附件4-7", total: { score: 96 } } });
    expect(JSON.parse(lines[11])).toMatchObject({ file: "broken.docx", form: null, forms: 0, error: { code: "NOT_ZIP" }, messages: [] });
  });
});
