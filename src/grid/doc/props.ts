/**
 * What the sprms say about the text and the tables: the few paragraph, table and character
 * properties that decide where a table, row and cell begin and end, which cells merge, and which
 * characters Word does not show. Formatting (fonts, borders, spacing) is not read.
 */
import { sprms } from "./sprm";

export interface CellMerge {
  /** fFirstMerged / fMerged (TC80 bits 0–1, sprmTMerge). */
  h: "first" | "merged" | null;
  /** fVertRestart / fVertMerge (TC80 bits 5–6, sprmTVertMerge). */
  v: "restart" | "continue" | null;
}

/** A row's cells as sprmTDefTable gives them: itcMac cells between itcMac + 1 boundaries. */
export interface RowDefinition {
  /** Boundaries in twips: rgdxaCenter[0] is the first cell's left edge, [i + 1] cell i's right edge. */
  centers: number[];
  merges: CellMerge[];
  widthBefore: number;
  widthAfter: number;
  /** An itcMac above Word's 63 columns: the definition is not used. */
  badCount?: number;
}

export interface ParagraphProps {
  inTable: boolean;
  /** sprmPFTtp: the row-end mark of a top-level table row. */
  rowEnd: boolean;
  /** sprmPFInnerTtp / sprmPFInnerTableCell: row and cell ends of nested tables (itap ≥ 2). */
  innerRowEnd: boolean;
  innerCellEnd: boolean;
  /** sprmPItap (and sprmPDtap): table depth; null when not given. */
  itap: number | null;
  row: RowDefinition | null;
}

export interface CharProps {
  /** sprmCFRMarkDel: a tracked deletion. */
  deleted: boolean;
  /** sprmCFVanish: hidden text. */
  vanish: boolean;
}

export const MAX_CELLS = 63;

export function newParagraphProps(): ParagraphProps {
  return { inTable: false, rowEnd: false, innerRowEnd: false, innerCellEnd: false, itap: null, row: null };
}

/** A character toggle: 0x80 and 0x81 mean "as the style" and "not as the style"; styles are not read. */
const toggle = (value: number) => value === 1 || value === 0x81;

const i16 = (b: Uint8Array, at: number) => ((b[at] | (b[at + 1] << 8)) << 16) >> 16;
const i32 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24);

/** The single sprms a simple Prm (Prm0) can name, by isprm ([MS-DOC] 2.9.215): those read here. */
const PRM0: Record<number, number> = { 0x18: 0x2416, 0x19: 0x2417, 0x41: 0x0800, 0x5c: 0x083c };

/** A piece's Prm as a grpprl: a complex one indexes the Prcs, a simple one is one sprm and a byte. */
export function prmGrpprl(prm: number, grpprls: Uint8Array[]): Uint8Array | null {
  if (prm & 1) return grpprls[prm >> 1] ?? null;
  const opcode = PRM0[(prm >> 1) & 0x7f];
  return opcode === undefined ? null : new Uint8Array([opcode & 0xff, opcode >> 8, prm >> 8]);
}

/**
 * `data` is the Data stream: a paragraph whose properties do not fit its page (a row of many cells)
 * keeps them there, named by sprmPHugePapx.
 */
export function applyParagraph(props: ParagraphProps, grpprl: Uint8Array, data: Uint8Array | null): void {
  for (const { opcode, at, length } of sprms(grpprl)) {
    const b = grpprl[at];
    switch (opcode) {
      case 0x6646: {
        const huge = data && hugeGrpprl(data, i32(grpprl, at) >>> 0);
        if (huge) applyParagraph(props, huge, null);
        break;
      }
      case 0x2416: props.inTable = b !== 0; break;
      case 0x2417: props.rowEnd = b !== 0; break;
      case 0x244b: props.innerCellEnd = b !== 0; break;
      case 0x244c: props.innerRowEnd = b !== 0; break;
      case 0x6649: props.itap = i32(grpprl, at); break;
      case 0x664a: props.itap = (props.itap ?? (props.inTable ? 1 : 0)) + i32(grpprl, at); break;
      case 0xd608: props.row = defineRow(grpprl.subarray(at, at + length), props.row); break;
      case 0xd62b: if (length >= 2) mergeOf(props, grpprl[at]).v = verticalMerge(grpprl[at + 1]); break;
      case 0x5624: if (length >= 2) mergeCells(props, grpprl[at], grpprl[at + 1]); break;
      case 0xf617: row(props).widthBefore = width(grpprl, at); break;
      case 0xf618: row(props).widthAfter = width(grpprl, at); break;
    }
  }
}

export function applyCharacter(props: CharProps, grpprl: Uint8Array): void {
  for (const { opcode, at } of sprms(grpprl)) {
    if (opcode === 0x0800) props.deleted = toggle(grpprl[at]);
    else if (opcode === 0x083c) props.vanish = toggle(grpprl[at]);
  }
}

/** PrcData in the Data stream: a 16-bit size, then the grpprl. */
function hugeGrpprl(data: Uint8Array, fc: number): Uint8Array | null {
  if (fc + 2 > data.length) return null;
  const size = data[fc] | (data[fc + 1] << 8);
  return fc + 2 + size <= data.length ? data.subarray(fc + 2, fc + 2 + size) : null;
}

function row(props: ParagraphProps): RowDefinition {
  return (props.row ??= { centers: [], merges: [], widthBefore: 0, widthAfter: 0 });
}

function mergeOf(props: ParagraphProps, itc: number): CellMerge {
  const merges = row(props).merges;
  while (merges.length <= itc) merges.push({ h: null, v: null });
  return merges[itc];
}

/** sprmTMerge (Word 97 fast saves): cells itcFirst … itcLim - 1 become one. */
function mergeCells(props: ParagraphProps, first: number, lim: number): void {
  for (let itc = first; itc < lim && itc < MAX_CELLS; itc++) mergeOf(props, itc).h = itc === first ? "first" : "merged";
}

const verticalMerge = (value: number) => (value === 1 ? "continue" : value === 3 || value === 2 ? "restart" : null);

/** FtsWWidth_TablePart: only widths in twips (ftsDxa = 3) place cells; auto and percent widths do not. */
const width = (b: Uint8Array, at: number) => (b[at] === 3 ? Math.max(0, i16(b, at + 1)) : 0);

/** sprmTDefTable's operand after its size: itcMac, rgdxaCenter[itcMac + 1], rgTc80[itcMac] (20 bytes each). */
function defineRow(operand: Uint8Array, before: RowDefinition | null): RowDefinition {
  const definition: RowDefinition = { centers: [], merges: [], widthBefore: before?.widthBefore ?? 0, widthAfter: before?.widthAfter ?? 0 };
  const itcMac = operand[0] ?? 0;
  if (itcMac > MAX_CELLS) return { ...definition, badCount: itcMac };
  const centersEnd = 1 + (itcMac + 1) * 2;
  if (centersEnd > operand.length) return { ...definition, badCount: itcMac };
  for (let i = 0; i <= itcMac; i++) definition.centers.push(i16(operand, 1 + i * 2));
  for (let i = 0; i < itcMac; i++) {
    const at = centersEnd + i * 20;
    // A TC80 may be left out at the end of the operand: that cell has no merge flags.
    const flags = at + 2 <= operand.length ? operand[at] | (operand[at + 1] << 8) : 0;
    definition.merges.push({
      h: flags & 1 ? "first" : flags & 2 ? "merged" : null,
      v: flags & 0x40 ? "restart" : flags & 0x20 ? "continue" : null,
    });
  }
  return definition;
}
