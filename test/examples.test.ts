/**
 * The runnable scripts in examples/ run as the README says (`node examples/…`) against the built
 * dist/, and what they write reads back to what they were given. They write into a temporary
 * folder only: 01, 02 and 04 write to os.tmpdir() by default (TMPDIR points it at ours), 03 is given
 * its output path; the scripts run with that folder as their working directory.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProjectRecordSchema, type ProjectRecord as FormRecord } from "../src/model/record";
import { parseDocx } from "../src/parse";
import { BUILD_TIMEOUT, ensureBuilt, ROOT } from "./cli/run";
import { FIXTURES } from "./helpers/fixtures";
import { withoutReaderAdditions, projects } from "./helpers/record";
import { comparable, expectedSeedRecords } from "./helpers/seed";

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-examples-test-"));
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run { code: number | null; stdout: string; stderr: string }

/** `node examples/<script> …args` with the temporary folder as working directory and TMPDIR. */
function example(script: string, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "examples", script), ...args], {
      cwd: dir,
      env: { ...process.env, TMPDIR: dir },
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

/** Reads a written form back; the reader must have nothing to say about it. */
async function readBack(path: string): Promise<FormRecord[]> {
  const { forms: read, messages } = await parseDocx(readFileSync(path), { validate: false });
    const forms = projects(read);
  expect(messages.filter((m) => m.severity !== "info")).toEqual([]);
  expect(forms.flatMap((f) => f.extras)).toEqual([]);
  return forms;
}


describe("examples/", () => {
  it("01-blank-form.mjs writes a blank 州级 2021 form with one row under each 二级指标", async () => {
    const run = await example("01-blank-form.mjs");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = join(dir, "blank-form.docx");
    expect(run.stdout).toBe(`wrote ${out}: 9 indicator rows\n`);

    const [form, ...more] = await readBack(out);
    expect(more).toEqual([]);
    expect(form).toMatchObject({
      attachment: "附件1", title: "州级预算部门项目支出绩效自评表", level: "州级", year: 2021,
      project: { name: null, department: null, implementingUnit: null },
      funds: { unit: "万元", total: { initial: null, annual: null, executed: null, weight: 10, rate: null, score: null } },
      goal: { expected: null, actual: null },
      total: { weight: 100, score: null },
    });
    // The official structure: 产出 50, 效益 30, 满意度 10, and nothing filled in.
    expect(form.indicators.map((i) => `${i.level1}(${i.level1Weight})/${i.level2}`)).toEqual([
      "产出指标(50)/数量指标", "产出指标(50)/质量指标", "产出指标(50)/时效指标", "产出指标(50)/成本指标",
      "效益指标(30)/经济效益指标", "效益指标(30)/社会效益指标", "效益指标(30)/生态效益指标", "效益指标(30)/可持续影响指标",
      "满意度指标(10)/服务对象满意度指标",
    ]);
    expect(form.indicators.every((i) => [i.name, i.target, i.actual, i.weight, i.score, i.deviation].every((v) => v === null))).toBe(true);
  });

  it("02-prefilled-from-json.mjs writes examples/data/form.json as a form that reads back to that record", async () => {
    const run = await example("02-prefilled-from-json.mjs");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = join(dir, "prefilled-form.docx");
    expect(run.stdout).toBe(`wrote ${out}\n`);

    const json = JSON.parse(readFileSync(join(ROOT, "examples/data/form.json"), "utf8")) as Omit<FormRecord, "extras">;
    const forms = await readBack(out);
    // The JSON leaves out the fields added with the form kinds: the schema fills them (null, empty).
    expect(forms.map(withoutReaderAdditions)).toEqual([withoutReaderAdditions(ProjectRecordSchema.parse({ ...json, extras: [] }))]);
    // The comparison above is over every field; a few by name, so a failure reads plainly.
    expect(forms[0].project.name).toBe("网络平台运行及维护费");
    expect(forms[0].indicators.map((i) => i.score)).toEqual([12, 12, 13, 13, 15, 15, 8]);
    expect(forms[0].footer).toEqual({ unitLeader: "张三", filler: "李四", phone: "0743-8223456", date: "2021年1月20日", projectLeader: null, financeLeader: null, reportNo: null });
  });

  it("03-regenerate.mjs rewrites the 11 seed forms of a python-docx file, every field kept", async () => {
    const out = join(dir, "regenerated.docx");
    const run = await example("03-regenerate.mjs", [join(FIXTURES, "seed-python-docx.docx"), out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`wrote ${out}: 11 forms\n`);

    const expected = expectedSeedRecords();
    const forms = await readBack(out);
    expect(forms.map((f) => f.project.name)).toEqual(expected.map((f) => f.project.name));
    expect(forms.map(comparable)).toEqual(expected.map(comparable));
  });

  it("04-prefill-from-target.mjs writes the 自评表 of examples/data/target.json: its targets and budget filled in, the rest to fill", async () => {
    const run = await example("04-prefill-from-target.mjs");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = join(dir, "prefilled-self-evaluation.docx");
    expect(run.stdout).toBe(`wrote ${out}: 1 form, 6 indicators\n`);

    const [form, ...more] = await readBack(out);
    expect(more).toEqual([]);
    expect(form).toMatchObject({
      title: "县级预算部门项目支出绩效自评表", level: "县级", year: 2023,
      project: { name: "农村饮水安全巩固提升工程", department: "县水利局", implementingUnit: "县农村供水站" },
      funds: {
        unit: "万元",
        total: { initial: 270, annual: 270, executed: null, weight: 10, rate: null, score: null },
        appropriation: { initial: 210.5, annual: 210.5, executed: null }, other: { initial: 59.5, annual: 59.5, executed: null },
      },
      goal: { expected: "完成12公里管网改造和2座蓄水池建设，受益人口1.2万人。", actual: null },
      total: { weight: 100, score: null },
    });
    expect(form.indicators.map((i) => [`${i.level1}(${i.level1Weight})`, i.level2, i.name, i.target?.text ?? null])).toEqual([
      ["产出指标(50)", "数量指标", "改造供水管网", "≥12公里"], ["产出指标(50)", "数量指标", "新建蓄水池", "2座"],
      ["产出指标(50)", "质量指标", "水质达标率", "≥95%"], ["产出指标(50)", "时效指标", "完工时间", "2023年11月底前"],
      ["效益指标(30)", "社会效益指标", "受益人口", "1.2万人"], ["满意度指标(10)", "服务对象满意度指标", "群众满意度", "≥90%"],
    ]);
    expect(form.indicators.every((i) => [i.actual, i.weight, i.score, i.deviation].every((v) => v === null))).toBe(true);
  });

  it("03-regenerate.mjs without an input prints its usage and exits 2", async () => {
    const run = await example("03-regenerate.mjs");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^usage: node examples\/03-regenerate\.mjs in\.docx/);
    expect(run.stdout).toBe("");
  });
});
