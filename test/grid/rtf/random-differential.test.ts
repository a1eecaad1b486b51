/**
 * Seeded random RTF tables (varied boundaries, 10-twip columns, vertical merge chains, horizontal
 * merges, tables nested three deep with merges of their own) read natively and by LibreOffice; the
 * grids must be equal. One LibreOffice run converts them all.
 *
 * The generator stays inside what LibreOffice reads as Word does (see README, RTF): every row as
 * wide as the others, no row made only of continuations, no cell both merged vertically and
 * horizontally, a level-1 paragraph after each nested table.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, expect, it } from "vitest";
import type { Grid } from "../../../src/grid/types";
import { readDocumentModel } from "../../../src/grid/read";
import { Random } from "../../fuzz/random";
import { describeWithSoffice, SOFFICE } from "../../helpers/soffice";

const SEED = 20261126;
const TABLES = 40;
const WIDTH = 6000;

type Cell = { flags: string; right: number; text: string };

/** One row of boundaries: 1 to 5 cells ending at WIDTH, on a 500, 250 or 10 twip step. */
function boundaries(random: Random): number[] {
  const step = random.pick([500, 250, 10]);
  const inner = new Set<number>();
  const count = random.between(0, 4);
  for (let i = 0; i < count; i++) inner.add(step * random.between(1, WIDTH / step - 1));
  return [...[...inner].sort((a, b) => a - b), WIDTH];
}

function topTable(random: Random, name: string): string {
  const out: string[] = [];
  let previous: number[] | null = null;
  let previousMerged = false;
  const rows = random.between(2, 6);
  for (let r = 0; r < rows; r++) {
    const bounds: number[] = previous && random.chance(0.6) ? previous : boundaries(random);
    const same = previous !== null && previous.join() === bounds.join();
    const cells: Cell[] = bounds.map((right, c) => ({ flags: "", right, text: `${name}r${r}c${c}` }));
    const merge = !same && bounds.length >= 2 && random.chance(0.3) ? random.between(0, bounds.length - 2) : -1;
    cells.forEach((cell, c) => {
      if (merge >= 0 && c === merge) cell.flags = "\\clmgf";
      else if (merge >= 0 && c === merge + 1) (cell.flags = "\\clmrg"), (cell.text = "");
      else if (same && !previousMerged && random.chance(0.35)) (cell.flags = "\\clvmrg"), (cell.text = "");
      else if (random.chance(0.25)) cell.flags = "\\clvmgf";
    });
    // A row of nothing but continuations is one LibreOffice drops: give it a cell of its own.
    if (cells.every((cell) => cell.flags === "\\clvmrg")) (cells[0].flags = ""), (cells[0].text = `${name}r${r}c0`);
    const definition = "\\trowd\\trgaph108\\trleft0" + cells.map((cell) => `${cell.flags}\\cellx${cell.right}`).join("");
    out.push(definition + "\n");
    for (const cell of cells) {
      out.push(`\\pard\\intbl ${cell.text}`);
      if (cell.flags === "" && random.chance(0.2)) out.push("\\par ", nested(random, 2, `${name}n`), "\\pard\\intbl tail");
      out.push("\\cell ");
    }
    out.push(`\\pard\\intbl{${definition}\\row}\n`);
    previous = bounds;
    previousMerged = merge >= 0;
  }
  return out.join("");
}

function nested(random: Random, level: number, name: string): string {
  const out: string[] = [];
  const rows = random.between(1, 3);
  const cols = random.between(1, 3);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      out.push(`\\pard\\intbl\\itap${level} ${name}${r}${c}`);
      if (level < 3 && random.chance(0.25)) out.push("\\par ", nested(random, level + 1, `${name}n`), `\\pard\\intbl\\itap${level} after`);
      out.push("\\nestcell");
    }
    const definition = Array.from({ length: cols }, (_, c) => `${r === 0 && random.chance(0.2) ? "\\clvmgf" : ""}\\cellx${(c + 1) * 1000}`).join("");
    out.push(`{\\*\\nesttableprops\\trowd\\trgaph108\\trleft0${definition}\\nestrow}{\\nonesttables\\par}`);
  }
  return out.join("");
}

interface Shape { text: string; row: number; col: number; rowSpan: number; colSpan: number; tables: Shape[][] }
const shape = (grid: Grid): Shape[] => grid.cells.map((c) => ({ text: c.text, row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, tables: c.tables.map(shape) }));

describeWithSoffice("random RTF tables: native reading equals LibreOffice's", () => {
  const folder = mkdtempSync(join(tmpdir(), "jixiao-rtf-random-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it(`${TABLES} seeded tables (seed ${SEED})`, async () => {
    const names: string[] = [];
    for (let i = 0; i < TABLES; i++) {
      const random = Random.forCase(SEED, i);
      const name = `t${String(i).padStart(2, "0")}`;
      writeFileSync(join(folder, `${name}.rtf`), `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\n${topTable(random, "")}\\pard end\\par}`);
      names.push(name);
    }
    const run = spawnSync(SOFFICE!, [`-env:UserInstallation=${pathToFileURL(join(folder, "profile")).href}`, "--headless", "--convert-to", "docx", "--outdir", folder, ...names.map((n) => join(folder, `${n}.rtf`))], { timeout: 300_000 });
    expect(run.status).toBe(0);
    const differing: string[] = [];
    for (const name of names) {
      const native = await readDocumentModel(readFileSync(join(folder, `${name}.rtf`)));
      const viaLibreOffice = await readDocumentModel(readFileSync(join(folder, `${name}.docx`)));
      const grids = (blocks: typeof native.blocks) => blocks.flatMap((b) => (b.kind === "table" ? [shape(b.grid)] : []));
      if (JSON.stringify(grids(native.blocks)) !== JSON.stringify(grids(viaLibreOffice.blocks))) differing.push(`${name}.rtf (kept in ${folder} until the end of the run)`);
    }
    expect(differing).toEqual([]);
  }, 400_000);
});
