/**
 * The main document's text as paragraphs, with the properties of each paragraph's end mark.
 *
 * What each character becomes (the same as the .docx reader gives for the same content):
 * - 0x0D ends a paragraph; 0x07 ends a table cell (or, with sprmPFTtp, a row);
 * - 0x0B (line break) → "\n"; 0x0C → "\n" as a page break, or the end of a paragraph where it
 *   ends a section (PlcfSed);
 * - 0x09 → tab; 0x1E (non-breaking hyphen) → "-"; 0x1F (optional hyphen) is dropped;
 * - fields: the code between 0x13 and 0x14 is dropped, the result between 0x14 and 0x15 kept;
 * - 0x01 (picture), 0x08 (drawing), 0x02 / 0x05 (note and comment anchors) and the other
 *   control characters are dropped;
 * - text marked deleted (sprmCFRMarkDel) is dropped, inserted text kept: the accepted view; a
 *   deleted paragraph mark joins its paragraph to the next; a row whose marks are all deleted is
 *   dropped (tables.ts);
 * - hidden text (sprmCFVanish) is kept apart, in `hidden`, never in `text`.
 */
import type { Fib } from "./fib";
import { runAt, type PropertyRun } from "./fkp";
import { fromCompressed, type PieceTable } from "./pieces";
import { applyCharacter, applyParagraph, newParagraphProps, prmGrpprl, type CharProps, type ParagraphProps } from "./props";

export interface DocParagraph {
  text: string;
  /** Runs of hidden text, in order. */
  hidden: string[];
  /** "cell": ended by a cell mark (0x07). */
  end: "paragraph" | "cell";
  /** The mark that ends it is a tracked deletion (a cell or row mark: the cell or row is deleted). */
  markDeleted: boolean;
  props: ParagraphProps;
}

export interface TextSources {
  word: Uint8Array;
  fib: Fib;
  pieces: PieceTable;
  paragraphRuns: PropertyRun[];
  characterRuns: PropertyRun[];
  /** CPs of the section marks (0x0C that end a section). */
  sectionEnds: Set<number>;
  /** The Data stream, where the properties of a paragraph too large for its page are kept. */
  data: Uint8Array | null;
}

export function readParagraphs(src: TextSources): DocParagraph[] {
  const { word, fib, pieces, paragraphRuns, characterRuns, sectionEnds } = src;
  const paragraphs: DocParagraph[] = [];
  const paragraphCache = new Map<PropertyRun, ParagraphProps>();
  const characterCache = new Map<PropertyRun | null, CharProps>();
  let text = "";
  let hidden: string[] = [];
  let hiddenRun = "";
  const fields: boolean[] = []; // per open field: true while in its code
  let inCode = 0;

  const endParagraph = (end: DocParagraph["end"], props: ParagraphProps, markDeleted = false) => {
    if (hiddenRun) hidden.push(hiddenRun);
    paragraphs.push({ text, hidden, end, props, markDeleted });
    text = "";
    hidden = [];
    hiddenRun = "";
  };

  for (const piece of pieces.pieces) {
    const from = piece.cpStart;
    const to = Math.min(piece.cpEnd, fib.ccpText);
    if (from >= to) continue;
    const prm = prmGrpprl(piece.prm, pieces.grpprls);
    const step = piece.compressed ? 1 : 2;
    const charProps = (run: PropertyRun | null): CharProps => {
      let props = characterCache.get(run);
      if (!props) {
        props = { deleted: false, vanish: false };
        if (run?.grpprl) applyCharacter(props, run.grpprl);
        characterCache.set(run, props);
      }
      if (!prm) return props;
      const withPiece = { ...props };
      applyCharacter(withPiece, prm);
      return withPiece;
    };
    let run = runAt(characterRuns, piece.fc);
    let chars = charProps(run);
    for (let cp = from, fc = piece.fc + (from - piece.cpStart) * step; cp < to; cp++, fc += step) {
      if (run === null || fc < run.start || fc >= run.end) {
        const next = runAt(characterRuns, fc);
        if (next !== run) chars = charProps((run = next));
      }
      const code = piece.compressed ? fromCompressed(word[fc]) : word[fc] | (word[fc + 1] << 8);
      const sectionMark = code === 0x0c && sectionEnds.has(cp);
      if (code === 0x0d || code === 0x07 || sectionMark) {
        const papx = runAt(paragraphRuns, fc);
        let props = papx ? paragraphCache.get(papx) : undefined;
        if (papx && !props) {
          props = newParagraphProps();
          if (papx.grpprl) applyParagraph(props, papx.grpprl, src.data);
          paragraphCache.set(papx, props);
        }
        props ??= newParagraphProps();
        if (prm) {
          props = { ...props, row: props.row && { ...props.row, merges: props.row.merges.map((m) => ({ ...m })) } };
          applyParagraph(props, prm, src.data);
        }
        // A deleted paragraph mark joins its paragraph to the next, unless it ends a cell or a row.
        if (chars.deleted && code === 0x0d && !props.innerCellEnd && !props.innerRowEnd) continue;
        endParagraph(code === 0x07 ? "cell" : "paragraph", props, chars.deleted);
        continue;
      }
      if (code === 0x13) {
        fields.push(true);
        inCode++;
        continue;
      }
      if (code === 0x14 || code === 0x15) {
        if (fields.length === 0) continue;
        if (fields[fields.length - 1]) inCode--;
        if (code === 0x14) fields[fields.length - 1] = false;
        else fields.pop();
        continue;
      }
      if (inCode > 0 || chars.deleted) continue;
      const shown = shownAs(code);
      if (shown === "") continue;
      if (chars.vanish) hiddenRun += shown;
      else {
        if (hiddenRun) {
          hidden.push(hiddenRun);
          hiddenRun = "";
        }
        text += shown;
      }
    }
  }
  // The main text ends with a paragraph mark; a damaged one may not.
  if (text || hiddenRun || hidden.length) endParagraph("paragraph", newParagraphProps());
  return paragraphs;
}

function shownAs(code: number): string {
  if (code >= 0x20) return String.fromCharCode(code);
  switch (code) {
    case 0x09: return "\t";
    case 0x0b:
    case 0x0c: return "\n";
    case 0x1e: return "-";
    default: return "";
  }
}
