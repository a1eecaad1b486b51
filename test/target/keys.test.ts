import { describe, expect, it } from "vitest";
import { indicatorNameKey, projectKey } from "../../src/target/keys";

describe("pairing keys", () => {
  it("a project's name without quotation marks and its final 项目", () => {
    expect(projectKey("《村组道路硬化项目》")).toBe("村组道路硬化");
    expect(projectKey("村组道路 硬化")).toBe("村组道路硬化");
    // 项目 inside the name stays.
    expect(projectKey("项目管理费")).toBe("项目管理费");
  });

  it("an indicator's name without ★ and a template's 指标1： / 指标2、 in front, in either order", () => {
    expect(indicatorNameKey("指标1：培训人数")).toBe("培训人数");
    expect(indicatorNameKey("★指标2、培训人数")).toBe("培训人数");
    expect(indicatorNameKey("指标3.★培训人数。")).toBe("培训人数");
    // 指标 without a number is part of the name.
    expect(indicatorNameKey("指标完成率")).toBe("指标完成率");
  });
});
