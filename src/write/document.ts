/**
 * records → .docx bytes: validate, clean the text, lay each form out, render, pack. One form after
 * another in a single A4 section, each form starting on a new page.
 */
import { Document, Packer, PageOrientation, type Paragraph, type Table } from "docx";
import type { Message } from "../model/message";
import type { FormRecordInput } from "../model/record";
import { FONT_TABLE_PATH, fontTableXml } from "./fontTable";
import { formLayout } from "./layout";
import { renderParagraph, renderTable } from "./render";
import { BODY_SIZE, COLUMN_WIDTHS, FONTS, LANGUAGE, PAGE, runFonts } from "./style";
import { sanitizeRecord } from "./text";
import { validateForms } from "./check-input";

export interface WriteOptions {
  /** Author shown in the document's properties (Word: File › Info). */
  creator?: string;
}

export interface WriteResult {
  value: Uint8Array;
  messages: Message[];
}

/**
 * Write forms to a .docx. Throws JixiaoError INVALID_RECORD, before writing anything, when a
 * record does not match the schema; characters a .docx cannot hold are removed and reported as
 * TEXT_SANITIZED warnings.
 */
export async function writeDocxWithMessages(forms: FormRecordInput | FormRecordInput[], options: WriteOptions = {}): Promise<WriteResult> {
  const records = validateForms(forms);
  const messages: Message[] = [];
  // Forms in a row on the same page orientation share a section; a form whose extra columns turn the
  // page starts a new one (a section break starts a new page, so its first line needs no page break).
  const sections: { orientation: "portrait" | "landscape"; children: (Paragraph | Table)[] }[] = [];
  records.forEach((record, i) => {
    const clean = sanitizeRecord(record, i);
    messages.push(...clean.messages);
    const layout = formLayout(clean.record);
    const orientation = layout.orientation ?? "portrait";
    const same = sections.at(-1)?.orientation === orientation;
    if (!same) sections.push({ orientation, children: [] });
    sections.at(-1)!.children.push(
      ...layout.before.map((p, j) => renderParagraph(p, same && j === 0)),
      renderTable(layout.rows, layout.widths ?? COLUMN_WIDTHS),
      ...layout.after.map((p) => renderParagraph(p)),
    );
  });
  const document = new Document({
    creator: options.creator ?? "jixiao-docx",
    styles: { default: { document: { run: { font: runFonts(FONTS.body), language: LANGUAGE, size: BODY_SIZE } } } },
    sections: sections.map(({ orientation, children }) => ({
      properties: {
        page: {
          // docx swaps width and height for a landscape page.
          size: { width: PAGE.width, height: PAGE.height, orientation: orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: PAGE.margin,
        },
      },
      children,
    })),
  });
  // An ArrayBuffer, not toBuffer's Node Buffer: the writer runs in browsers too.
  const bytes = await Packer.toArrayBuffer(document, false, [{ path: FONT_TABLE_PATH, data: fontTableXml() }]);
  return { value: new Uint8Array(bytes), messages };
}

/** writeDocxWithMessages without the warnings: the .docx bytes. */
export async function writeDocx(forms: FormRecordInput | FormRecordInput[], options: WriteOptions = {}): Promise<Uint8Array> {
  return (await writeDocxWithMessages(forms, options)).value;
}
