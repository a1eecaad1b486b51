import { describe, expect, it } from "vitest";
import { assessIndicator, readValue, type AssessOptions, type Direction } from "../../src/values";

type Row = [target: string, actual: string, direction: Direction | null, met: boolean | null];

function assess(target: string, actual: string, options?: AssessOptions) {
  return assessIndicator(readValue(target, { year: 2020 }), readValue(actual, { year: 2020 }), options);
}

/** Every distinct (年度指标值, 实际完成值) pair of the seed's 11 forms, judged by hand. */
const SEED_PAIRS: Row[] = [
  ["90%以上", "95%", "正向", true],
  ["99%", "100%", "正向", true],
  ["2020年12月31日之前", "100%", "反向", null],
  ["100%", "100%", "正向", true],
  ["政府网站群信息及时公开", "100%", "定性", null],
  ["≧95%", "92%", "正向", false],
  ["15篇", "15篇", "正向", true],
  ["12期", "12期", "正向", true],
  ["工作都能得到及时落实", "100%", "定性", null],
  ["≧95%", "91.5%", "正向", false],
  ["7个", "100%", "正向", null],
  ["351人", "100%", "正向", null],
  ["100人", "100%", "正向", null],
  ["22起", "100%", "正向", null],
  ["90%", "93%", "正向", true],
  ["接待联络工作得以进行", "100%", "定性", null],
  ["≧95%", "92.5%", "正向", false],
  ["1000条", "1021条", "正向", true],
  ["100条", "110条", "正向", true],
  ["70%", "76.36%", "正向", true],
  ["≧95%", "91%", "正向", false],
  ["1071件", "100%", "正向", null],
  ["20亿元", "22.2亿元", "正向", true],
  ["708.97万元", "864.94万元", "正向", true],
  ["≧95%", "94%", "正向", false],
  ["4", "4", "正向", true],
  ["8", "8", "正向", true],
  ["符合采购要求。", "100%", "定性", null],
  ["严格按照预算执行", "100%", "定性", null],
  ["夯实数字经济发展基础，以大数据赋能全州高质量发展", "100%", "定性", null],
  ["打造服务湘西社会生活的总平台，更加便民惠企。", "100%", "定性", null],
  ["建设成果绿色生态无污染", "100%", "定性", null],
  ["助力全州经济社会高质量发展", "100%", "定性", null],
  ["人民群众获得感、幸福感、安全感进一步提升", "100%", "定性", null],
  ["40次", "47次", "正向", true],
  ["3000人", "3017人", "正向", true],
  ["会议圆满招开", "100%", "定性", null],
  ["未出现超标支出现象", "100%", "定性", null],
  ["≧95%", "96%", "正向", true],
  ["19个", "100%", "正向", null],
  ["100家", "100%", "正向", null],
  ["90%", "95%", "正向", true],
  ["加强对外联络，提升招商引资水平", "100%", "定性", null],
  ["1300余人次", "100%", "正向", null],
  ["586人次", "100%", "正向", null],
  ["21785人次", "100%", "正向", null],
  ["1368车次", "100%", "正向", null],
  ["650人（间）次", "100%", "正向", null],
  ["为来京公务提供后勤服务保障", "100%", "定性", null],
  ["101名", "100%", "正向", null],
  ["120条", "100%", "正向", null],
  ["工作计划有序进行", "100%", "定性", null],
  ["≧95%", "93%", "正向", false],
  ["150名", "100%", "正向", null],
  ["60余条", "100%", "正向", null],
  ["10期", "100%", "正向", null],
  ["开发信息资源，建立、健全信息网络", "100%", "定性", null],
];

const MORE_PAIRS: Row[] = [
  // padding from the .txt does not matter
  ["\u3000≧95%", "\u300092%", "正向", false],
  ["\u300090%以上", "\u300095%", "正向", true],
  // comparators and boundaries
  [">95%", "95%", "正向", false],
  ["≥95%", "95.0%", "正向", true],
  ["≤90万元", "85万元", "反向", true],
  ["≤90万元", "90.00万元", "反向", true],
  ["≤90万元", "95万元", "反向", false],
  ["<5%", "5%", "反向", false],
  ["=100%", "100.0%", "等于", true],
  ["=100%", "99%", "等于", false],
  // money converts between 元, 千元, 万元 and 亿元
  ["≤90万元", "900000元", "反向", true],
  ["≤90万元", "0.9亿元", "反向", false],
  ["20亿元", "200000万元", "正向", true],
  // and 千元
  ["≥5万元", "50千元", "正向", true],
  ["≥5万元", "49.9千元", "正向", false],
  // per must agree
  ["超13万元/年", "15万元/年", "正向", true],
  ["超13万元/年", "13万元/年", "正向", false],
  ["超13万元/年", "15万元", "正向", null],
  // units must agree; a bare actual does not borrow the target's unit
  ["40次", "47", "正向", null],
  ["100%", "100", "正向", null],
  ["50个", "50人", "正向", null],
  // bands
  ["14-24℃", "20℃", "等于", true],
  ["14-24℃", "24℃", "等于", true],
  ["14-24℃", "25℃", "等于", false],
  ["14-24℃", "20", "等于", null],
  ["≥90%", "90%-95%", "正向", true],
  ["≥95%", "90%-96%", "正向", null],
  ["≥95%", "80%-90%", "正向", false],
  // an actual that only gives a bound
  ["≥90%", "95%以上", "正向", true],
  ["≥95%", "90%以上", "正向", null],
  ["≥95%", "90%以下", "正向", false],
  // dates against dates only
  ["2020年12月31日之前", "2020年11月30日", "反向", true],
  ["2020年12月31日之前", "2020-12-31", "反向", true],
  ["2020年12月31日之前", "2021年1月5日", "反向", false],
  ["2020年底", "2020.12.20", "反向", true],
  ["年底前", "12月底之前", "反向", true],
  ["2020年12月31日之后", "2021-01-01", "正向", true],
  ["2020年12月31日之前", "按时完成", "反向", null],
  // qualitative targets
  ["好", "较好", "定性", false],
  ["较好", "好", "定性", true],
  ["好", "一般", "定性", false],
  ["达标", "完成", "定性", true],
  ["达标", "是", "定性", true],
  ["达标", "未完成", "定性", false],
  ["达标", "一般", "定性", null],
  ["达标", "基本完成", "定性", null],
  ["否", "否", "定性", true],
  ["否", "是", "定性", false],
  ["是", "是", "定性", true],
  ["会议圆满招开", "完成", "定性", true],
  ["会议圆满招开", " 会议圆满招开。", "定性", true],
  ["会议圆满招开", "会议按期召开", "定性", null],
  ["达标", "100%", "定性", null],
  ["100%", "达标", "正向", null],
  // nothing to judge
  ["", "100%", null, null],
  ["\u3000", "", null, null],
  ["100%", "", "正向", null],
  ["会议圆满招开", "\u3000", "定性", null],
];

describe("assessIndicator on the seed", () => {
  it.each(SEED_PAIRS)("%j vs %j → %s %s", (target, actual, direction, met) => {
    expect(assess(target, actual)).toEqual({ direction, met });
  });
});

describe("assessIndicator", () => {
  it.each(MORE_PAIRS)("%j vs %j → %s %s", (target, actual, direction, met) => {
    expect(assess(target, actual)).toEqual({ direction, met });
  });

  it("reads a bare target as 正向 unless told otherwise", () => {
    // A cost ceiling written without ≤: the caller knows it is a 成本指标.
    expect(assess("708.97万元", "864.94万元", { bareNumber: "反向" })).toEqual({ direction: "反向", met: false });
    expect(assess("708.97万元", "700万元", { bareNumber: "反向" })).toEqual({ direction: "反向", met: true });
    expect(assess("40次", "47次", { bareNumber: "等于" })).toEqual({ direction: "等于", met: false });
    // An explicit comparator wins over the option.
    expect(assess("≥40次", "47次", { bareNumber: "反向" })).toEqual({ direction: "正向", met: true });
  });
});

describe("assessIndicator takes what a caller has: readings, value cells, text or null", () => {
  it("text is read as a cell would be", () => {
    expect(assessIndicator("≧95%", "92%")).toEqual({ direction: "正向", met: false });
    expect(assessIndicator("≤90万元", "85万元")).toEqual({ direction: "反向", met: true });
    expect(assessIndicator("40次", "47次", { bareNumber: "反向" })).toEqual({ direction: "反向", met: false });
  });

  it("a value cell is judged by its reading when it has one, else by its text", () => {
    expect(assessIndicator({ text: "≧95%" }, { text: "96%" })).toEqual({ direction: "正向", met: true });
    // The reading wins over the text: this cell's reading says ≤ 5 %, so the target points down.
    const cell = { text: "≧95%", reading: readValue("≤5%") };
    expect(assessIndicator(cell, "3%")).toEqual({ direction: "反向", met: true });
  });

  it("null is an empty cell: no direction", () => {
    expect(assessIndicator(null, "100%")).toEqual({ direction: null, met: null });
    expect(assessIndicator("100%", null)).toEqual({ direction: "正向", met: null });
  });

  it("a date without a year needs the form's year, given as { year }", () => {
    expect(assessIndicator("12月底之前", "2020年11月30日", { year: 2020 })).toEqual({ direction: "反向", met: true });
    expect(assessIndicator("12月底之前", "2021年1月5日", { year: 2020 })).toEqual({ direction: "反向", met: false });
    // Without a year the target is not a date, only words: nothing to compare.
    expect(assessIndicator("12月底之前", "2020年11月30日").met).toBeNull();
  });

  it("a number from untyped JSON is read as its text", () => {
    expect(assessIndicator(4 as unknown as string, "4")).toEqual({ direction: "正向", met: true });
  });
});
