/**
 * The funds prose a target form is written with when its record has amounts but no funds text: an
 * amount's parts (funds.more with `within`) go in brackets opened with 其中 after it, so they read
 * back as its parts, not as sources of their own. Expected values are literals.
 */
import { describe, expect, it } from "vitest";
import type { ProjectTargetRecord } from "../../src/model/record";
import { parseDocx } from "../../src/parse";
import { writeDocx } from "../../src/write/document";
import { fundsProse } from "../../src/write/target-print";
import { blankForm } from "../../src/write/blank";

const FUNDS: ProjectTargetRecord["funds"] = {
  unit: "万元", total: 260, appropriation: 200, other: 20, text: null,
  more: [
    { label: "上级财政资金", amount: 150, within: "财政拨款" }, { label: "自有资金", amount: 40, within: null },
    { label: "本级财政", amount: 50, within: "财政拨款" }, { label: "专项债", amount: 10, within: "债券资金" },
  ],
};

describe("target funds prose with the parts of an amount", () => {
  it("prints each part in brackets after its amount; a part of an amount not printed as one of its own", () => {
    expect(fundsProse(FUNDS)).toBe("总额：260万元；财政拨款：200万元（其中：上级财政资金：150万元；本级财政：50万元）；其他：20万元；自有资金：40万元；专项债：10万元");
  });

  it("reads back with the parts still parts", async () => {
    const record = blankForm({ kind: "project-target", level: "县级", year: 2021, project: { name: "某项目" } });
    record.funds = { ...FUNDS, more: FUNDS.more.slice(0, 3) };
    const { forms } = await parseDocx(await writeDocx([record]), { validate: false });
    expect((forms[0] as ProjectTargetRecord).funds).toEqual({
      unit: "万元", total: 260, appropriation: 200, other: 20,
      more: [{ label: "上级财政资金", amount: 150, within: "财政拨款" }, { label: "本级财政", amount: 50, within: "财政拨款" }, { label: "自有资金", amount: 40, within: null }],
      text: "总额：260万元；财政拨款：200万元（其中：上级财政资金：150万元；本级财政：50万元）；其他：20万元；自有资金：40万元",
    });
  });
});
