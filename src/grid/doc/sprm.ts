/**
 * Property modifiers ([MS-DOC] 2.2.5): a grpprl is a run of sprms, each a 16-bit opcode whose top
 * three bits (spra) give the operand's size. Only the sprms that change what the text or the table
 * grid is are interpreted (see props.ts); the rest are skipped by their size.
 */

/** One sprm: its opcode and the offset and length of its operand in the grpprl. */
export interface Sprm { opcode: number; at: number; length: number }

const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_T_DEF_TABLE_10 = 0xd606;
const SPRM_P_CHG_TABS = 0xc615;

/** Operand size for spra 0–7; -1 = variable (a length byte, or a special rule). */
const SIZES = [1, 1, 2, 4, 2, 2, -1, 3];

/**
 * The sprms of a grpprl, in order. A sprm whose operand would run past the end stops the walk:
 * what came before it is kept, as Word does with a damaged property run.
 */
export function* sprms(grpprl: Uint8Array): Generator<Sprm> {
  let at = 0;
  while (at + 2 <= grpprl.length) {
    const opcode = grpprl[at] | (grpprl[at + 1] << 8);
    at += 2;
    let size = SIZES[opcode >> 13];
    let operand = at;
    if (size < 0) {
      if (opcode === SPRM_T_DEF_TABLE || opcode === SPRM_T_DEF_TABLE_10) {
        // A 16-bit count of what follows, plus one.
        if (at + 2 > grpprl.length) return;
        size = (grpprl[at] | (grpprl[at + 1] << 8)) - 1;
        operand = at + 2;
      } else if (opcode === SPRM_P_CHG_TABS && grpprl[at] === 255) {
        // The long form: deleted tab stops (4 bytes each), then added ones (3 bytes each).
        const deleted = grpprl[at + 1] ?? 0;
        const added = grpprl[at + 2 + deleted * 4] ?? 0;
        size = 1 + 1 + deleted * 4 + 1 + added * 3;
      } else {
        if (at >= grpprl.length) return;
        size = grpprl[at];
        operand = at + 1;
        at += 1;
      }
    }
    if (size < 0 || operand + size > grpprl.length) return;
    yield { opcode, at: operand, length: size };
    at = operand + size;
  }
}
