/**
 * The literals each real-layout fixture was built from (test/fixtures/layouts/<name>.literals.json,
 * written by scripts/fixtures/make_layouts.py next to the .docx files). Tests build their expectations
 * from these, never from the parser's own output.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const LAYOUT_DIR = fileURLToPath(new URL("../fixtures/layouts/", import.meta.url));

/** Every fixture, listed by hand: a layout whose files are missing fails instead of being skipped. */
export const LAYOUT_NAMES = [
  "L1-project-central",
  "L2-project-anhui",
  "L3-project-yunnan",
  "L4-project-method",
  "L5-project-sichuan",
  "L5-project-sichuan-rate-low",
  "L10-transfer-central",
  "L11-transfer-county",
  "L12-department-project-shape",
  "L13-department-flat",
  "L6-indicator-hubei",
  "L7-indicator-yinchuan",
  "L14-indicator-scoring",
  "L14a-indicator-department-scoring",
  "L16-target-hunan",
  "L17-target-template",
  "L19-target-scored",
  "bundle-final-accounts",
] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export interface LiteralCell { row: number; col: number; rowSpan: number; colSpan: number; text: string }
export interface LiteralTable { cols: number; rowCount: number; titleRows: number; cells: LiteralCell[] }
export interface LiteralParagraph { text: string; role: "title" | "year" | null; beforeTable: number }
export interface Literals {
  name: LayoutName;
  layout: string;
  kind: string;
  producers: ("python-docx" | "libreoffice")[];
  files: { "python-docx": string; notitle?: string; libreoffice?: string };
  paragraphs: LiteralParagraph[];
  tables: LiteralTable[];
}

export function literals(name: LayoutName): Literals {
  return JSON.parse(readFileSync(`${LAYOUT_DIR}${name}.literals.json`, "utf8")) as Literals;
}

export function layoutFile(file: string): Uint8Array {
  return readFileSync(LAYOUT_DIR + file);
}

/** The table as the title-less variant has it: title rows dropped, the rest moved up. */
export function withoutTitleRows(table: LiteralTable): LiteralTable {
  const n = table.titleRows;
  return {
    ...table,
    rowCount: table.rowCount - n,
    titleRows: 0,
    cells: table.cells.filter((c) => c.row >= n).map((c) => ({ ...c, row: c.row - n })),
  };
}
