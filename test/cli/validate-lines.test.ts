/**
 * `jixiao validate` on JSON records (hand-written here), and its lines for people: everything
 * counted from 1, and --lang zh for the whole line and the summary.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProjectRecord as FormRecord } from "../../src/model/record";
import { goodRecord } from "../helpers/record";
import { BUILD_TIMEOUT, ensureBuilt, jixiao } from "./run";

let dir: string;

/** No 附件 number; 总分 98 where 9 + 25 + 25 + 30 + 10 make 99, read from table 1, row 20, col 9 as Word counts. */
function wrongTotal(): FormRecord {
  const record = goodRecord();
  record.attachment = null;
  record.total.score = 98;
  record.source = { tables: [0], cells: { "total.score": { table: 0, row: 19, col: 8, text: "98" } } };
  return record;
}

/** 效益指标 (the 3rd indicator) labelled 40 points over indicators worth 30. */
function wrongLevel1(): FormRecord {
  const record = goodRecord();
  record.attachment = "附件2";
  record.indicators[2].level1Weight = 40;
  return record;
}

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-cli-validate-json-"));
  writeFileSync(join(dir, "one.json"), JSON.stringify(goodRecord()));
  writeFileSync(join(dir, "forms.json"), JSON.stringify([goodRecord(), wrongTotal(), wrongLevel1()], null, 2));
  // What parse writes: one object per form with the record under `record`, and a failed file's line.
  const lines = [
    { file: "a.docx", form: 0, forms: 2, record: goodRecord(), messages: [] },
    { file: "a.docx", form: 1, forms: 2, record: wrongTotal(), messages: [] },
    { file: "bad.docx", form: null, forms: 0, error: { code: "BAD_ZIP", message: "…" }, messages: [] },
  ];
  writeFileSync(join(dir, "parsed.jsonl"), lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  writeFileSync(join(dir, "parsed.json"), JSON.stringify(lines));
  writeFileSync(join(dir, "not-a-record.json"), JSON.stringify({ kind: "project-self-evaluation", year: "2021" }));
  writeFileSync(join(dir, "broken.json"), '[{"kind": ');
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TOTAL_EN = "total.score error TOTAL_SCORE_MISMATCH 总分 score is 98 but the funds score plus the indicator scores make 99. [table 1, row 20, col 9]";
const TOTAL_ZH = "total.score 错误 TOTAL_SCORE_MISMATCH 总分得分为98，但资金得分与各指标得分之和为99。 [第1个表格，第20行，第9列]";

describe("jixiao validate on JSON records", () => {
  it("checks one record, an array of records, and what parse writes (JSON or JSON Lines)", async () => {
    const clean = await jixiao(["validate", "one.json"], { cwd: dir });
    expect(clean.stdout).toBe("one.json form 1: project-self-evaluation\n");
    expect(clean.code).toBe(0);
    expect(clean.stderr).toMatch(/1 file, 1 form, 0 failed, 0 errors/);

    const array = await jixiao(["validate", "forms.json"], { cwd: dir });
    expect(array.code).toBe(1);
    const lines = array.stdout.trim().split("\n");
    expect(lines[0]).toBe("forms.json forms 1-3: project-self-evaluation");
    expect(lines[1]).toBe(`forms.json:form 2:${TOTAL_EN}`);
    expect(lines[2]).toMatch(/^forms\.json:附件2:indicators#3\.level1Weight error LEVEL1_WEIGHT_MISMATCH /);
    expect(lines).toHaveLength(3);
    expect(array.stderr).toMatch(/1 file, 3 forms, 0 failed, 2 errors/);

    for (const name of ["parsed.jsonl", "parsed.json"]) {
      const parsed = await jixiao(["validate", name], { cwd: dir });
      expect(parsed.stdout, name).toBe(`${name} forms 1-2: project-self-evaluation\n${name}:form 2:${TOTAL_EN}\n`);
      expect(parsed.stderr, name).toMatch(/1 file, 2 forms, 0 failed, 1 error,/);
    }
  });

  it("reports a record that does not fit the schema, and JSON that does not parse, and goes on", async () => {
    const run = await jixiao(["validate", "not-a-record.json", "broken.json", "one.json"], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines.some((l) => l.startsWith("not-a-record.json:form 1:year error INVALID_RECORD "))).toBe(true);
    expect(lines.at(-2)).toMatch(/^broken\.json error INVALID_RECORD broken\.json is not valid JSON/);
    expect(lines.at(-1)).toBe("one.json form 1: project-self-evaluation");
    expect(run.stderr).toMatch(/3 files, 2 forms, 1 failed/);
    expect(run.stderr).not.toMatch(/NOT_ZIP|\n\s+at /);
  });
});

describe("jixiao validate lines", () => {
  it("--lang zh translates the whole line and the summary, numbers counted from 1", async () => {
    const run = await jixiao(["validate", "forms.json", "broken.json", "--lang", "zh"], { cwd: dir });
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toBe("forms.json 第1-3张表：项目支出绩效自评表");
    expect(lines[1]).toBe(`forms.json:第2张表:${TOTAL_ZH}`);
    expect(lines[2]).toMatch(/^forms\.json:附件2:indicators#3\.level1Weight 错误 LEVEL1_WEIGHT_MISMATCH 效益指标/);
    expect(lines[3]).toMatch(/^broken\.json 读取失败 INVALID_RECORD /);
    expect(run.stderr).toMatch(/^jixiao validate：2 个文件，3 张表，1 个读取失败，3 个错误，0 个警告，0 个跳过，用时 [\d.]+ 秒（每秒 [\d.]+ 个文件）\n读取失败：\n  broken\.json: INVALID_RECORD /);
  });
});
