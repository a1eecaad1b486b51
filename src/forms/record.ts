import type { Message } from "../model/message";
import type { FormRecord } from "../model/record";
import { extractForm, type Section } from "./extract";
import { emptyHeader, readFooter, readHeaderLine } from "./header";
import type { LocatedForm } from "./locate";
import { rowsOf } from "./rows";

const SECTIONS: { section: Section; path: string; zh: string }[] = [
  { section: "project", path: "project", zh: "项目支出名称 / 主管部门 / 实施单位" },
  { section: "funds", path: "funds", zh: "项目资金" },
  { section: "goal", path: "goal", zh: "年度总体目标" },
  { section: "indicators", path: "indicators", zh: "绩效指标" },
  { section: "total", path: "total", zh: "总分" },
];

/** A located form → its record, with messages for anything missing. */
export function buildRecord(form: LocatedForm, formIndex: number, messages: Message[]): FormRecord {
  const rows = form.tables.flatMap((t) => rowsOf(t.index, t.grid));
  const extraction = extractForm(rows, formIndex, messages);
  const header = emptyHeader();
  for (const line of form.before) for (const l of line.split("\n")) readHeaderLine(l, header);
  const inTable = extraction.header;
  if (inTable.attachment !== null) header.attachment = inTable.attachment;
  if (inTable.title !== null) [header.title, header.level] = [inTable.title, inTable.level];
  if (inTable.year !== null) header.year = inTable.year;
  const footer = extraction.footer ?? (form.footer ? readFooter(form.footer) : { unitLeader: null, filler: null, phone: null, date: null });
  const record: FormRecord = {
    kind: "project-self-evaluation",
    attachment: header.attachment,
    title: header.title,
    level: header.level,
    year: header.year,
    ...extraction.body,
    footer,
    source: { tables: form.tables.map((t) => t.index), cells: extraction.cells },
  };
  for (const m of SECTIONS) {
    if (extraction.found.has(m.section)) continue;
    messages.push({
      code: "MISSING_SECTION", severity: "error", form: formIndex, path: m.path,
      message: `Form ${formIndex + 1}${record.attachment ? ` (${record.attachment})` : ""}: the ${m.zh} section was not found; its fields are null.`,
      messageZh: `第${formIndex + 1}张表缺少「${m.zh}」部分，相应字段为空。`,
    });
  }
  return record;
}
