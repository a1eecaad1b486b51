/** `jixiao prefill`: target forms in, the prefilled self-evaluation forms (or their records) out. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProjectRecord } from "../../src/model/record";
import { parseDocx } from "../../src/parse";
import { FIXTURES } from "../helpers/fixtures";
import { BUILD_TIMEOUT, ensureBuilt, jixiao } from "./run";

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-prefill-"));
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const L16 = join(FIXTURES, "layouts/L16-target-hunan-python-docx.docx");
const L19 = join(FIXTURES, "layouts/L19-target-scored-python-docx.docx");

/** A target record as a program or a person writes it: value cells as text, defaults left out. */
const HAND_WRITTEN = {
  kind: "project-target", attachment: null, title: "项目支出绩效目标表", level: null, year: 2023,
  project: { name: "乡村道路养护", department: "县交通运输局", departmentCode: null, implementingUnit: "县公路中心", leader: null, phone: null, attribute: null, period: null },
  funds: { unit: "万元", total: 80, appropriation: 60, other: 20, text: null },
  overview: null, basis: { legal: null, feasibility: null, necessity: null },
  goals: { longTerm: null, annual: "养护农村公路12公里。" },
  indicatorSets: { longTerm: [], annual: [{ level1: "产出指标", level2: "数量指标", name: "养护里程", target: "≥12公里" }] },
  footer: { unitLeader: null, filler: null, phone: null, date: null },
};

describe("jixiao prefill", () => {
  it("writes one self-evaluation form per target form, in the order of the files", async () => {
    const run = await jixiao(["prefill", L16, L19, "--level", "县级", "-o", "自评表.docx"], { cwd: dir });
    expect(run.stderr).toBe("jixiao prefill: 2 self-evaluation forms written to 自评表.docx\n");
    expect(run.code).toBe(0);
    // jixiao validate passes them: the amounts they repeat add up on the target forms.
    const validate = await jixiao(["validate", "自评表.docx"], { cwd: dir });
    expect([validate.code, validate.stdout.split("\n").filter((l) => / error /.test(l))]).toEqual([0, []]);
    const { forms } = await parseDocx(readFileSync(join(dir, "自评表.docx")), { validate: false });
    expect(forms.map((f) => [f.kind, f.title, f.year, (f as { project: { name: string } }).project.name])).toEqual([
      ["project-self-evaluation", "县级预算部门项目支出绩效自评表", 2021, "坝塘镇村组道路硬化项目"],
      ["project-self-evaluation", "县级预算部门项目支出绩效自评表", 2021, "农村公路提质改造工程"],
    ]);
    rmSync(join(dir, "自评表.docx"));
  });

  it("--format json gives the records on stdout; --year sets their year", async () => {
    const run = await jixiao(["prefill", L16, "--format", "json", "--year", "2022"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const [record, ...more] = JSON.parse(run.stdout);
    expect(more).toEqual([]);
    expect([record.kind, record.year, record.level, record.project.code, record.goal.expected]).toEqual(["project-self-evaluation", 2022, null, "602001", "完成村组道路硬化12公里并交工验收。"]);
    expect(record.indicators.map((i: { name: string; target: { text: string }; actual: unknown }) => [i.name, i.target.text, i.actual])).toEqual([
      ["本年度硬化道路里程", "12公里", null], ["年度任务完成及时率", "≥95%", null], ["受益群众人数", "3200人", null], ["群众满意度", "≥90%", null],
    ]);
  });

  it("-o NAME.json writes the records, which jixiao generate takes", async () => {
    const run = await jixiao(["prefill", L19, "-o", "自评表.json"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([0, "jixiao prefill: 1 self-evaluation form written to 自评表.json\n"]);
    const [record] = JSON.parse(readFileSync(join(dir, "自评表.json"), "utf8"));
    expect(record.indicators.map((i: { weight: number }) => i.weight)).toEqual([5, 15, 5, 10, 30, 15, 10, 10]);
    const generate = await jixiao(["generate", "自评表.json", "-o", "copy.docx", "-q"], { cwd: dir });
    expect([generate.code, generate.stderr]).toEqual([0, ""]);
    rmSync(join(dir, "自评表.json"));
    rmSync(join(dir, "copy.docx"));
  });


  it("takes target records as JSON or JSON Lines, as jixiao generate does: parse's output or records written by hand", async () => {
    const parsed = await jixiao(["parse", L16, "--format", "json", "-o", "目标表.json"], { cwd: dir });
    expect(parsed.code).toBe(0);
    const fromParse = await jixiao(["prefill", "目标表.json", "--format", "json"], { cwd: dir });
    expect([fromParse.code, fromParse.stderr]).toEqual([0, ""]);
    expect(JSON.parse(fromParse.stdout).map((r: { project: { name: string }; funds: { total: { initial: number } } }) => [r.project.name, r.funds.total.initial])).toEqual([["坝塘镇村组道路硬化项目", 260]]);
    writeFileSync(join(dir, "targets.jsonl"), [HAND_WRITTEN, { ...HAND_WRITTEN, year: 2024, project: { ...HAND_WRITTEN.project, name: "第二个项目" } }].map((r) => JSON.stringify(r)).join("\n"));
    const run = await jixiao(["prefill", "targets.jsonl", "-o", "自评表.docx"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([0, "jixiao prefill: 2 self-evaluation forms written to 自评表.docx\n"]);
    const { forms, messages } = await parseDocx(readFileSync(join(dir, "自评表.docx")));
    expect(messages.filter((m) => m.severity === "error")).toEqual([]);
    expect(forms.map((f) => { const p = f as ProjectRecord; return [p.project.name, p.year, p.funds.total.initial, p.indicators[0].name, p.indicators[0].target?.text]; })).toEqual([
      ["乡村道路养护", 2023, 80, "养护里程", "≥12公里"], ["第二个项目", 2024, 80, "养护里程", "≥12公里"],
    ]);
    for (const f of ["目标表.json", "targets.jsonl", "自评表.docx"]) rmSync(join(dir, f));
  });

  it("refuses a JSON target record that does not fit (INVALID_RECORD naming the field) and JSON holding no target record (NO_FORM)", async () => {
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ ...HAND_WRITTEN, year: "2023年" }));
    const bad = await jixiao(["prefill", "bad.json", "-o", "out.docx"], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([1, "jixiao: INVALID_RECORD: 1 problem in the project-target record:\nyear: expected number, received string\n"]);
    writeFileSync(join(dir, "self.json"), JSON.stringify([{ kind: "project-self-evaluation" }, {}]));
    const self = await jixiao(["prefill", "self.json", "-o", "out.docx"], { cwd: dir });
    expect([self.code, self.stderr]).toEqual([1, "jixiao prefill: NO_FORM: self.json holds no 项目支出绩效目标表 (read: 1 project-self-evaluation, 1 record without a kind); nothing was written.\n"]);
    expect(readdirSync(dir).sort()).toEqual(["bad.json", "self.json"]);
    for (const f of ["bad.json", "self.json"]) rmSync(join(dir, f));
  });

  it("refuses a file holding no target form, says what it holds, and writes nothing", async () => {
    const seed = join(FIXTURES, "seed-python-docx.docx");
    const run = await jixiao(["prefill", seed, "-o", "out.docx"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`jixiao prefill: NO_FORM: ${seed} holds no 项目支出绩效目标表 (read: 11 project-self-evaluation); nothing was written.\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("is a usage error without a file, without -o for Word, or with an -o naming another format", async () => {
    const seed = join(FIXTURES, "seed-python-docx.docx");
    const none = await jixiao(["prefill", "-o", "out.docx"], { cwd: dir });
    expect([none.code, none.stderr.split("\n")[0]]).toEqual([2, "jixiao prefill: Name the target form file(s) to prefill from, e.g. jixiao prefill 目标表.docx -o 自评表.docx."]);
    const noOutput = await jixiao(["prefill", seed], { cwd: dir });
    expect([noOutput.code, noOutput.stderr.split("\n")[0]]).toEqual([2, "jixiao prefill: Name the .docx to write with -o FILE.docx (or -o - for stdout)."]);
    const csv = await jixiao(["prefill", seed, "--format", "json", "-o", "out.csv"], { cwd: dir });
    expect([csv.code, csv.stderr.split("\n")[0]]).toEqual([2, "jixiao prefill: -o out.csv: --format json writes JSON; name the output e.g. 自评表.json (or leave -o out for stdout)."]);
    const year = await jixiao(["prefill", seed, "--year", "24", "-o", "out.docx"], { cwd: dir });
    expect([year.code, year.stderr.split("\n")[0]]).toEqual([2, 'jixiao prefill: --year must be a whole number ≥ 1900 (got "24").']);
    expect(existsSync(join(dir, "out.docx"))).toBe(false);
  });
});
