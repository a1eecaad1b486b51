import type { CellValue, FormRecord as AnyRecord, Indicator, ProjectRecord as FormRecord } from "../../src/model/record";

const v = (text: string) => ({ raw: text, text });

function indicator(level1: string, level1Weight: number, level2: string, name: string, weight: number, score: number, target = "100%", actual = "100%"): Indicator {
  return { level1, level1Weight, level2, level2Weight: null, name, target: v(target), actual: v(actual), weight, score, deviation: null, method: null, targetParts: null, more: {} };
}

/** A hand-made record in which every check passes: each rule test breaks one thing. */
export function goodRecord(): FormRecord {
  return {
    kind: "project-self-evaluation",
    attachment: "附件1", title: "县级预算部门项目支出绩效自评表", level: "县级", year: 2021,
    project: { name: "测试项目", department: "某局", implementingUnit: "某中心", code: null },
    funds: {
      unit: "万元",
      total: { initial: 100, annual: 505.22, executed: 467.84, weight: 10, rate: v("92.60%"), score: 9 },
      appropriation: { initial: 100, annual: 443.7, executed: 406.32, rate: null },
      carryover: { initial: null, annual: 53.52, executed: 53.52, rate: null },
      other: { initial: null, annual: 8, executed: 8, rate: null },
      more: [], method: null, reason: null,
    },
    goal: { expected: "完成", adjusted: null, actual: "已完成" },
    indicators: [
      indicator("产出指标", 50, "数量指标", "完成调研报告", 25, 25, "15篇", "15篇"),
      indicator("产出指标", 50, "质量指标", "达标率", 25, 25),
      indicator("效益指标", 30, "社会效益指标", "公开率", 30, 30),
      indicator("满意度指标", 10, "服务对象满意度指标", "满意度", 10, 10, "≧95%", "96%"),
    ],
    total: { weight: 100, score: 99 },
    notes: { conclusion: null, problems: null, improvements: null, remark: null, deviation: null },
    footer: { unitLeader: null, filler: null, phone: null, date: null, projectLeader: null, financeLeader: null, reportNo: null },
    extras: [],
  };
}

/** A record without what the reader adds to it (source, extras, readings, assessments): what a writer is given. */
export function withoutReaderAdditions(any: AnyRecord): unknown {
  const [record] = projects([any]);
  const { source: _source, extras: _extras, ...rest } = record;
  const cell = (v: CellValue | null) => (v === null ? null : { raw: v.raw, text: v.text });
  return {
    ...rest,
    funds: { ...record.funds, total: { ...record.funds.total, rate: cell(record.funds.total.rate) } },
    indicators: record.indicators.map(({ assessment: _a, ...i }) => ({ ...i, target: cell(i.target), actual: cell(i.actual) })),
  };
}

/** Records read from project forms, typed so: a record of another kind here is a failure. */
export function projects(records: readonly AnyRecord[]): FormRecord[] {
  return records.map((r) => {
    if (r.kind !== "project-self-evaluation") throw new Error(`expected a project-self-evaluation record, read ${r.kind}`);
    return r;
  });
}

/**
 * A self-evaluation record of any kind as the writer was given it: no source or extras, value cells
 * (rates included) without their readings, indicators without assessments. Another kind is a failure.
 */
export function asWritten(record: AnyRecord): unknown {
  if (record.kind === "indicator-table" || record.kind === "project-target") throw new Error(`read a ${record.kind}: ${record.title}`);
  const { source: _source, extras: _extras, ...rest } = record;
  const cell = (c: CellValue | null) => (c === null ? null : { raw: c.raw, text: c.text });
  const funds = record.funds;
  const sub = <P extends { rate: CellValue | null }>(part: P) => ({ ...part, rate: cell(part.rate) });
  return {
    ...rest,
    funds: { ...funds, total: sub(funds.total), appropriation: sub(funds.appropriation), carryover: sub(funds.carryover), other: sub(funds.other), more: funds.more.map(sub) },
    indicators: record.indicators.map(({ assessment: _a, ...i }) => ({ ...i, target: cell(i.target), actual: cell(i.actual) })),
  };
}
