import { describe, expect, it } from "vitest";
import * as api from "../src/index";

describe("public API", () => {
  it("exports exactly these values (changing the surface is a deliberate act)", () => {
    expect(Object.keys(api).sort()).toEqual([
      "CellValueSchema", "DEFAULT_LIMITS", "DEFAULT_POLICY", "FORM_KINDS", "FormRecordSchema", "IndicatorSchema", "JixiaoError", "MESSAGE_CODES",
      "assessIndicator", "blankForm", "comparePair", "comparePairs", "compareTargetAndSelf", "formRecordJsonSchema", "formatReading", "isJixiaoError",
      "pairTargetsAndSelves", "parseDocx", "parseFile",
      "readDocumentModel", "readTables", "readValue", "selfEvaluationFromTarget", "toCsv", "toJsonLines", "toXlsx", "validateForm", "writeDocx", "writeDocxWithMessages",
    ]);
  });

  it("FORM_KINDS: each kind with its Chinese name, frozen", () => {
    expect(api.FORM_KINDS.map((k) => `${k.key} ${k.zh}`)).toEqual([
      "project-self-evaluation 项目支出绩效自评表", "department-self-evaluation 部门整体支出绩效自评表", "transfer-self-evaluation 绩效目标自评表",
      "project-target 项目支出绩效目标表", "indicator-table 其他绩效指标表",
    ]);
    expect(Object.isFrozen(api.FORM_KINDS) && api.FORM_KINDS.every(Object.isFrozen)).toBe(true);
  });
});
