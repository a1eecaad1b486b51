/**
 * Texts the target form prints from its record rather than as labels: the 项目属性 options with
 * the chosen one ticked, the 年度资金总额及构成 prose composed from the amounts, and the
 * 填报单位（盖章） line. Each is read back by the target reader's patterns in model/labels.ts.
 */
import { EMPTY_BOX_MARKS, PRINT_TARGET_MARKS, TARGET_ATTRIBUTE_OPTIONS, TARGET_FUNDS_AMOUNTS, TICKED_MARKS } from "../model/labels";
import type { ProjectTargetRecord } from "../model/record";
import { spelled } from "./sections";

export const TARGET_PRINT_FORMS = {
  /** Read back by TARGET_FILLING_UNIT_PATTERN; left for the seal and the unit's name by hand. */
  fillingUnit: "填报单位（盖章）：",
  /** The amounts' unit when the record names none: the unit every target form seen uses. */
  fundsUnit: "万元",
} as const;

const BOXES = new RegExp(`[${TICKED_MARKS}${EMPTY_BOX_MARKS}]`, "u");

/**
 * "新增项目□ 延续项目√": every option with its box, the chosen one ticked. An attribute that is not
 * one of the printed options follows them, ticked, so it is neither lost nor mistaken for one.
 * No attribute (null) prints the options unticked, which the reader reads back as null. Text that
 * already has boxes (what the reader gives when several are ticked) is
 * printed as it is, so it reads back the same.
 */
export function attributeOptions(attribute: string | null): string {
  if (attribute !== null && BOXES.test(attribute)) return attribute;
  const { ticked, empty } = PRINT_TARGET_MARKS;
  const options: string[] = [...TARGET_ATTRIBUTE_OPTIONS];
  if (attribute !== null && !options.includes(attribute)) options.push(attribute);
  return options.map((o) => `${o}${o === attribute ? ticked : empty}`).join(" ");
}

/**
 * The funds cell: `funds.text` as given when there is one (it is what the form said); else the
 * amounts as 宁乡 writes them, "总额：260万元；财政拨款：200万元；其他：60万元", then funds.more in
 * order (总额 and 其他 spelled as 宁乡 prints them). An amount's parts (funds.more with `within` its
 * name) follow it in brackets opened with 其中, as the reader reads parts: "财政拨款：200万元（其中：
 * 上级财政资金：150万元；本级财政：50万元）". An amount left null is left out; no amount at all leaves
 * the cell empty to fill by hand.
 */
export function fundsProse(funds: ProjectTargetRecord["funds"]): string {
  if (funds.text !== null) return funds.text;
  const unit = funds.unit ?? TARGET_PRINT_FORMS.fundsUnit;
  const [total, appropriation, other] = TARGET_FUNDS_AMOUNTS;
  const named: [string, number | null][] = [
    [spelled(total, "总额"), funds.total],
    [appropriation.zh, funds.appropriation],
    [spelled(other, "其他"), funds.other],
    ...funds.more.filter((m) => m.within === null).map((m): [string, number | null] => [m.label, m.amount]),
  ];
  const printed = named.filter(([, amount]) => amount !== null);
  const owners = new Set(printed.map(([name]) => name));
  const amount = ([name, value]: [string, number | null]) => `${name}：${value}${unit}`;
  const partsOf = (name: string) => funds.more.filter((m) => m.within === name && m.amount !== null).map((m) => amount([m.label, m.amount]));
  // A part whose amount is not printed has no bracket to go in: it is printed as an amount of its own.
  const orphans = funds.more.filter((m) => m.within !== null && !owners.has(m.within)).map((m): [string, number | null] => [m.label, m.amount]);
  return [
    ...printed.map((n) => (partsOf(n[0]).length > 0 ? `${amount(n)}（其中：${partsOf(n[0]).join("；")}）` : amount(n))),
    ...orphans.filter(([, value]) => value !== null).map(amount),
  ].join("；");
}
