import { describe, expect, it } from "vitest";
import { LENGTH_HINT, withoutLeadIn, withoutLengthHints } from "../../src/model/labels";

describe("withoutLeadIn", () => {
  it("drops the 其中 lead-in with a full-width, an ASCII or no colon", () => {
    expect(withoutLeadIn("其中：当年财政拨款")).toBe("当年财政拨款");
    expect(withoutLeadIn("其中:上年结转资金")).toBe("上年结转资金");
    expect(withoutLeadIn("其中其他资金")).toBe("其他资金");
  });

  it("leaves a label without the lead-in, or with 其中 further in, as it is", () => {
    expect(withoutLeadIn("年度资金总额")).toBe("年度资金总额");
    expect(withoutLeadIn("单位资金（其中：自筹）")).toBe("单位资金（其中：自筹）");
  });
});

describe("LENGTH_HINT and withoutLengthHints", () => {
  // The hints as printed in real layouts: full-width and ASCII brackets, 以内 / 内 / 左右, alone or after text.
  const hints = ["（200字以内）", "(450字内)", "（100字左右）", "(150字内)", "（ 200 字以内 ）", "(300字)"];

  it.each(hints)("recognizes %s alone and at the end of an instruction", (hint) => {
    expect(LENGTH_HINT.test(hint)).toBe(true);
    expect(LENGTH_HINT.test(`对照年度目标,说明相关任务目标的完成情况${hint}`)).toBe(true);
  });

  it("recognizes a hint in the middle of a text", () => {
    expect(LENGTH_HINT.test("1.预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的应单独说明理由")).toBe(true);
  });

  it("does not take a written answer or a unit in brackets for a hint", () => {
    expect(LENGTH_HINT.test("已完成培训200人次")).toBe(false);
    expect(LENGTH_HINT.test("项目资金（万元）")).toBe(false);
    expect(LENGTH_HINT.test("编写材料（约2000字）")).toBe(false);
  });

  it("removes every hint from a label, whatever its spelling", () => {
    expect(withoutLengthHints("指标值(150字内)")).toBe("指标值");
    expect(withoutLengthHints("年度目标（100字左右）")).toBe("年度目标");
    expect(withoutLengthHints("项目概况(450字内)说明(200字以内)")).toBe("项目概况说明");
  });
});
