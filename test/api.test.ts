import { describe, expect, it } from "vitest";
import * as api from "../src/index";

describe("public API", () => {
  it("exports exactly these values (changing the surface is a deliberate act)", () => {
    expect(Object.keys(api).sort()).toEqual([
      "CellValueSchema", "DEFAULT_LIMITS", "DEFAULT_POLICY", "FormRecordSchema", "IndicatorSchema", "JixiaoError", "MESSAGE_CODES",
      "assessIndicator", "blankForm", "comparePair", "comparePairs", "compareTargetAndSelf", "formRecordJsonSchema", "formatReading", "isJixiaoError",
      "pairTargetsAndSelves", "parseDocx", "parseFile",
      "readDocumentModel", "readTables", "readValue", "selfEvaluationFromTarget", "toCsv", "toJsonLines", "toXlsx", "validateForm", "writeDocx", "writeDocxWithMessages",
    ]);
  });
});
