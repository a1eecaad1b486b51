/** The command line with forms of several kinds: the kind column of the CSV, the kind in validate's lines. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { literals } from "../layouts/literals";
import { BUILD_TIMEOUT, ROOT, ensureBuilt, jixiao, jsonLines } from "./run";

let dir: string;
const bundle = join(ROOT, "test/fixtures/layouts", literals("bundle-final-accounts").files["python-docx"]);

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "jixiao-kinds-"));
}, BUILD_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("jixiao with forms of several kinds", () => {
  it("parse: each JSON line's record carries its kind, and the CSV has a kind column", async () => {
    const jsonl = await jixiao(["parse", bundle, "-o", join(dir, "b.jsonl")]);
    expect(jsonl.code).toBe(0);
    const lines = jsonLines(readFileSync(join(dir, "b.jsonl"), "utf8"));
    expect(lines.map((l) => l.record.kind)).toEqual(["department-self-evaluation", "project-self-evaluation", "project-self-evaluation", "transfer-self-evaluation"]);
    const csv = await jixiao(["parse", bundle, "--format", "csv", "--csv-table", "forms", "--headers", "en", "-o", join(dir, "b.csv")]);
    expect(csv.code).toBe(0);
    const rows = readFileSync(join(dir, "b.csv"), "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/).map((r) => r.split(","));
    const kind = rows[0].indexOf("kind");
    expect(kind).toBeGreaterThan(-1);
    expect(rows.slice(1).map((r) => r[kind])).toEqual(["department-self-evaluation", "project-self-evaluation", "project-self-evaluation", "transfer-self-evaluation"]);
  });

  it("validate: a form of another kind than the project form is named with its kind", async () => {
    const parsed = await jixiao(["parse", bundle, "--format", "json", "-o", join(dir, "b.json")]);
    expect(parsed.code).toBe(0);
    const written: { record: { kind: string; total: { weight: number }; funds: { total: { executed: number } } } }[] = JSON.parse(readFileSync(join(dir, "b.json"), "utf8"));
    const transfer = written.map((l) => l.record).find((r) => r.kind === "transfer-self-evaluation")!;
    transfer.total.weight = 100; // a weight on a form that prints none is not checked: no line for it
    transfer.funds.total.executed = transfer.funds.total.executed + 1;
    writeFileSync(join(dir, "t.json"), JSON.stringify(transfer));
    const run = await jixiao(["validate", "t.json"], { cwd: dir });
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("t.json form 1: transfer-self-evaluation");
    expect(lines[1]).toMatch(/^t\.json:附件3\(transfer-self-evaluation\):funds\.total\.executed error FUNDS_TOTAL_MISMATCH /);
  });
});
