import { describe, expect, it } from "vitest";
import { withoutLeadIn } from "../../src/model/labels";

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
