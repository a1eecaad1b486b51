// L5 with the budget executed at 85% and the 原因 cell still holding the printed hint: a rate under 90%
// with no reason (RATE_REASON_MISSING). Every other field is L5's.
import { cell, notes, type LayoutExpectation } from "./types";
import { expected as L5 } from "./L5-project-sichuan";

const base = L5.records[0];
const baseFunds = base.funds as Record<string, unknown>;

export const expected: LayoutExpectation = {
  fixture: "L5-project-sichuan-rate-low",
  records: [{
    ...base,
    kind: "project-self-evaluation",
    funds: {
      ...baseFunds,
      total: { initial: 238.93, annual: 251.89, executed: 214.11, weight: 10, rate: cell("85.00%"), score: 8.5 },
      appropriation: { initial: 238.93, annual: 251.89, executed: 214.11, rate: cell("85.00%") },
      reason: null,
    },
    total: { weight: 100, score: 98.5 },
    notes: notes({ conclusion: "项目自评总分98.5分，工资及社会保险按时足额发放。", improvements: "进一步加强预算执行进度管理，提高年初预算编制的准确性。" }),
  }],
  messages: ["HINT_TEXT", "RATE_REASON_MISSING"],
  titleless: { kinds: ["project-self-evaluation"], messages: ["KIND_FROM_ROWS"] },
};
