import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  formatReading,
  readValue,
  type DateReading,
  type NumberReading,
  type RangeReading,
  type Reading,
} from "../../src/values";

// Builders fill the defaults of a reading; every expected value below is written by hand.
const num = (raw: string, value: string, more: Partial<NumberReading> = {}): NumberReading => ({
  kind: "number",
  raw,
  comparator: null,
  value,
  percent: false,
  unit: null,
  approx: false,
  ...more,
});
const pct = (raw: string, value: string, more: Partial<NumberReading> = {}) => num(raw, value, { percent: true, ...more });
const range = (raw: string, min: string, max: string, more: Partial<RangeReading> = {}): RangeReading => ({
  kind: "range",
  raw,
  min,
  max,
  percent: false,
  unit: null,
  approx: false,
  ...more,
});
const date = (raw: string, iso: string, comparator: DateReading["comparator"], yearAssumed = false): DateReading => ({
  kind: "date",
  raw,
  comparator,
  date: iso,
  yearAssumed,
});
const text = (raw: string, value = raw): Reading => ({ kind: "text", raw, value });
const qual = (raw: string, value = raw): Reading => ({ kind: "qualitative", raw, value });

const S = "\u3000"; // the ideographic space the seed pads cells with

/**
 * Every distinct 年度指标值, 实际完成值 and 执行率 of the seed document
 * (test/seed/000_77a491ca9b0fee99.txt), as written there, padding included.
 */
const SEED: Array<[string, Reading]> = [
  // 年度指标值: quantities
  ["100%", pct("100%", "100")],
  [`${S}100%`, pct(`${S}100%`, "100")],
  [" 100%", pct(" 100%", "100")],
  ["1000条", num("1000条", "1000", { unit: "条" })],
  [`${S}1000条`, num(`${S}1000条`, "1000", { unit: "条" })],
  ["100人", num("100人", "100", { unit: "人" })],
  ["100家", num("100家", "100", { unit: "家" })],
  ["100条", num("100条", "100", { unit: "条" })],
  ["101名", num("101名", "101", { unit: "名" })],
  ["1071件", num("1071件", "1071", { unit: "件" })],
  ["10期", num("10期", "10", { unit: "期" })],
  ["120条", num("120条", "120", { unit: "条" })],
  ["12期", num("12期", "12", { unit: "期" })],
  ["1300余人次", num("1300余人次", "1300", { unit: "人次", approx: true })],
  ["1368车次", num("1368车次", "1368", { unit: "车次" })],
  ["150名", num("150名", "150", { unit: "名" })],
  ["15篇", num("15篇", "15", { unit: "篇" })],
  ["19个", num("19个", "19", { unit: "个" })],
  ["20亿元", num("20亿元", "20", { unit: "亿元" })],
  ["21785人次", num("21785人次", "21785", { unit: "人次" })],
  ["22起", num("22起", "22", { unit: "起" })],
  ["3000人", num("3000人", "3000", { unit: "人" })],
  ["351人", num("351人", "351", { unit: "人" })],
  ["40次", num("40次", "40", { unit: "次" })],
  ["586人次", num("586人次", "586", { unit: "人次" })],
  ["60余条", num("60余条", "60", { unit: "条", approx: true })],
  ["650人（间）次", num("650人（间）次", "650", { unit: "人（间）次" })],
  ["70%", pct("70%", "70")],
  [`${S}70%`, pct(`${S}70%`, "70")],
  ["708.97万元", num("708.97万元", "708.97", { unit: "万元" })],
  ["7个", num("7个", "7", { unit: "个" })],
  ["90%", pct("90%", "90")],
  [`${S}90%`, pct(`${S}90%`, "90")],
  ["90%以上", pct("90%以上", "90", { comparator: ">=" })],
  [`${S}90%以上`, pct(`${S}90%以上`, "90", { comparator: ">=" })],
  ["99%", pct("99%", "99")],
  [`${S}99%`, pct(`${S}99%`, "99")],
  ["≧95%", pct("≧95%", "95", { comparator: ">=" })],
  ["4", num("4", "4")],
  ["8", num("8", "8")],
  // 年度指标值: a deadline
  ["2020年12月31日之前", date("2020年12月31日之前", "2020-12-31", "<=")],
  // 年度指标值: sentences, which stay text (none is a known qualitative phrase)
  ["严格按照预算执行", text("严格按照预算执行")],
  ["为来京公务提供后勤服务保障", text("为来京公务提供后勤服务保障")],
  ["人民群众获得感、幸福感、安全感进一步提升", text("人民群众获得感、幸福感、安全感进一步提升")],
  ["会议圆满招开", text("会议圆满招开")],
  ["加强对外联络，提升招商引资水平", text("加强对外联络，提升招商引资水平")],
  ["助力全州经济社会高质量发展", text("助力全州经济社会高质量发展")],
  ["夯实数字经济发展基础，以大数据赋能全州高质量发展", text("夯实数字经济发展基础，以大数据赋能全州高质量发展")],
  ["工作计划有序进行", text("工作计划有序进行")],
  ["工作都能得到及时落实", text("工作都能得到及时落实")],
  ["建设成果绿色生态无污染", text("建设成果绿色生态无污染")],
  ["开发信息资源，建立、健全信息网络", text("开发信息资源，建立、健全信息网络")],
  ["打造服务湘西社会生活的总平台，更加便民惠企。", text("打造服务湘西社会生活的总平台，更加便民惠企。")],
  ["接待联络工作得以进行", text("接待联络工作得以进行")],
  ["政府网站群信息及时公开", text("政府网站群信息及时公开")],
  ["未出现超标支出现象", text("未出现超标支出现象")],
  ["符合采购要求。", text("符合采购要求。")],
  // 实际完成值
  ["1021条", num("1021条", "1021", { unit: "条" })],
  ["110条", num("110条", "110", { unit: "条" })],
  ["22.2亿元", num("22.2亿元", "22.2", { unit: "亿元" })],
  [`${S}22.2亿元`, num(`${S}22.2亿元`, "22.2", { unit: "亿元" })],
  ["3017人", num("3017人", "3017", { unit: "人" })],
  ["47次", num("47次", "47", { unit: "次" })],
  ["76.36%", pct("76.36%", "76.36")],
  [`${S}76.36%`, pct(`${S}76.36%`, "76.36")],
  ["864.94万元", num("864.94万元", "864.94", { unit: "万元" })],
  ["91%", pct("91%", "91")],
  [`${S}91%`, pct(`${S}91%`, "91")],
  [`${S}91.5%`, pct(`${S}91.5%`, "91.5")],
  [`${S}92%`, pct(`${S}92%`, "92")],
  [`${S}92.5%`, pct(`${S}92.5%`, "92.5")],
  [`${S}93%`, pct(`${S}93%`, "93")],
  ["93%", pct("93%", "93")],
  [`${S}94%`, pct(`${S}94%`, "94")],
  ["94%", pct("94%", "94")],
  ["95%", pct("95%", "95")],
  [`${S}95%`, pct(`${S}95%`, "95")],
  ["96%", pct("96%", "96")],
  // 执行率
  ["53.45%", pct("53.45%", "53.45")],
  [`${S}84%`, pct(`${S}84%`, "84")],
  ["84.75%", pct("84.75%", "84.75")],
  ["92.60%", pct("92.60%", "92.60")],
  // empty cells (偏差原因 columns, blank funds rows)
  [S, { kind: "empty", raw: S }],
  ["", { kind: "empty", raw: "" }],
];

/** Values from the brief and the wider family of forms. */
const MORE: Array<[string, Reading]> = [
  ["≥50个", num("≥50个", "50", { comparator: ">=", unit: "个" })],
  ["≤90万元", num("≤90万元", "90", { comparator: "<=", unit: "万元" })],
  ["=100%", pct("=100%", "100", { comparator: "=" })],
  ["＝100%", pct("＝100%", "100", { comparator: "=" })],
  ["超13万元/年", num("超13万元/年", "13", { comparator: ">", unit: "万元", per: "年" })],
  ["100%（1.0）", pct("100%（1.0）", "100")],
  ["13969.56标箱", num("13969.56标箱", "13969.56", { unit: "标箱" })],
  ["不低于98%", pct("不低于98%", "98", { comparator: ">=" })],
  ["不少于30次", num("不少于30次", "30", { comparator: ">=", unit: "次" })],
  ["达到100%", pct("达到100%", "100", { comparator: ">=" })],
  ["不超过5%", pct("不超过5%", "5", { comparator: "<=" })],
  ["不高于100万元", num("不高于100万元", "100", { comparator: "<=", unit: "万元" })],
  ["超过90%", pct("超过90%", "90", { comparator: ">" })],
  ["高于80%", pct("高于80%", "80", { comparator: ">" })],
  ["低于5%", pct("低于5%", "5", { comparator: "<" })],
  ["5%以内", pct("5%以内", "5", { comparator: "<=" })],
  ["10人以下", num("10人以下", "10", { comparator: "<=", unit: "人" })],
  ["≥100百分比", pct("≥100百分比", "100", { comparator: ">=" })],
  [">=95%", pct(">=95%", "95", { comparator: ">=" })],
  ["≥ 95 %", pct("≥ 95 %", "95", { comparator: ">=" })],
  ["≦5%", pct("≦5%", "5", { comparator: "<=" })],
  ["＞90%", pct("＞90%", "90", { comparator: ">" })],
  ["＜3天", num("＜3天", "3", { comparator: "<", unit: "天" })],
  ["≥90％", pct("≥90％", "90", { comparator: ">=" })],
  ["达到90%以上", pct("达到90%以上", "90", { comparator: ">=" })],
  ["３天内", num("３天内", "3", { comparator: "<=", unit: "天" })],
  ["６７", num("６７", "67")],
  ["1,234.5万元", num("1,234.5万元", "1234.5", { unit: "万元" })],
  ["-3", num("-3", "-3")],
  ["30余次", num("30余次", "30", { unit: "次", approx: true })],
  ["100多人", num("100多人", "100", { unit: "人", approx: true })],
  ["约5万元", num("约5万元", "5", { unit: "万元", approx: true })],
  ["100人左右", num("100人左右", "100", { unit: "人", approx: true })],
  ["2.6万吨", num("2.6万吨", "2.6", { unit: "万吨" })],
  ["8小时", num("8小时", "8", { unit: "小时" })],
  ["500平方米", num("500平方米", "500", { unit: "平方米" })],
  ["0.5‰", num("0.5‰", "0.5", { unit: "‰" })],
  [`\u00A095%\u00A0`, pct(`\u00A095%\u00A0`, "95")],
  ["14-24℃", range("14-24℃", "14", "24", { unit: "℃" })],
  ["45%-60%", range("45%-60%", "45", "60", { percent: true })],
  ["5~10天", range("5~10天", "5", "10", { unit: "天" })],
  ["5～10天", range("5～10天", "5", "10", { unit: "天" })],
  ["5至10天", range("5至10天", "5", "10", { unit: "天" })],
  ["5天至10天", range("5天至10天", "5", "10", { unit: "天" })],
  ["约5-10天", range("约5-10天", "5", "10", { unit: "天", approx: true })],
  ["2021年6月30日前", date("2021年6月30日前", "2021-06-30", "<=")],
  ["2020年底", date("2020年底", "2020-12-31", null)],
  ["2020年底前完成", date("2020年底前完成", "2020-12-31", "<=")],
  ["2020.12.31", date("2020.12.31", "2020-12-31", null)],
  ["2020-12-31", date("2020-12-31", "2020-12-31", null)],
  ["２０２０年１２月３１日", date("２０２０年１２月３１日", "2020-12-31", null)],
  ["截至2020年12月31日", date("截至2020年12月31日", "2020-12-31", "<=")],
  ["2020年2月29日", date("2020年2月29日", "2020-02-29", null)],
  ["2020年内", date("2020年内", "2020-12-31", "<=")],
  ["较好", { kind: "qualitative", raw: "较好", value: "较好", grade: "较好" }],
  ["好", { kind: "qualitative", raw: "好", value: "好", grade: "好" }],
  ["一般", { kind: "qualitative", raw: "一般", value: "一般", grade: "一般" }],
  ["差", { kind: "qualitative", raw: "差", value: "差", grade: "差" }],
  [`${S}较 好。`, { kind: "qualitative", raw: `${S}较 好。`, value: "较好", grade: "较好" }],
  ["达标", qual("达标")],
  ["合格", qual("合格")],
  ["完成", qual("完成")],
  ["按时完成", qual("按时完成")],
  ["符合", qual("符合")],
  ["达成预期指标", qual("达成预期指标")],
  ["效果明显", qual("效果明显")],
  ["显著", qual("显著")],
  ["有所提高", qual("有所提高")],
  ["是", qual("是")],
  ["否", qual("否")],
  ["未完成", qual("未完成")],
  // Not values: prose that starts with a number, contradictions, nonsense, placeholders
  ["15件国务院“互联网+督查”平台留言", text("15件国务院“互联网+督查”平台留言")],
  ["100%核实办结", text("100%核实办结")],
  ["完成研发准备金制度备案企业140家", text("完成研发准备金制度备案企业140家")],
  ["≥90%以下", text("≥90%以下")],
  ["24-14℃", text("24-14℃")],
  ["5天-10个", text("5天-10个")],
  ["1e3", text("1e3")],
  ["1,23", text("1,23")],
  ["2021年2月29日", text("2021年2月29日")],
  ["13月底", text("13月底")],
  ["6月前", text("6月前")],
  ["——", text("——")],
  [" 圆满完成 ", text(" 圆满完成 ", "圆满完成")],
  ["\u00A0\u3000\t\n", { kind: "empty", raw: "\u00A0\u3000\t\n" }],
];

/** Dates without a year, read with and without the form's 年度. */
const WITH_YEAR: Array<[string, number | null, Reading]> = [
  ["12月底之前完成", 2020, date("12月底之前完成", "2020-12-31", "<=", true)],
  ["12月底之前完成", null, text("12月底之前完成")],
  ["年底前", 2020, date("年底前", "2020-12-31", "<=", true)],
  ["年底前", null, text("年底前")],
  ["6月30日前", 2021, date("6月30日前", "2021-06-30", "<=", true)],
  ["2月底", 2024, date("2月底", "2024-02-29", null, true)],
  ["年内完成", 2020, date("年内完成", "2020-12-31", "<=", true)],
  ["2020年12月31日之前", 2019, date("2020年12月31日之前", "2020-12-31", "<=")],
];

describe("readValue: the seed document", () => {
  it.each(SEED)("%j", (input, expected) => {
    expect(readValue(input, { year: 2020 })).toStrictEqual(expected);
  });
});

describe("readValue: more forms of writing", () => {
  it.each(MORE)("%j", (input, expected) => {
    expect(readValue(input, { year: 2020 })).toStrictEqual(expected);
  });

  it.each(WITH_YEAR)("%j with year %s", (input, year, expected) => {
    expect(readValue(input, { year })).toStrictEqual(expected);
  });

  it("has at least 80 table rows", () => {
    expect(SEED.length + MORE.length + WITH_YEAR.length).toBeGreaterThanOrEqual(80);
  });
});

const SEED_JSON = fileURLToPath(new URL("../seed/seed-forms.json", import.meta.url));

describe("the table covers the seed", () => {
  it("has a row for every target, actual and 执行率 in seed-forms.json", () => {
    interface SeedForm {
      funds: { total: { rate: string | number | null } };
      indicators: Array<{ target: string | number | null; actual: string | number | null }>;
    }
    const { forms } = JSON.parse(readFileSync(SEED_JSON, "utf8")) as { forms: SeedForm[] };
    const cells = forms.flatMap((f) => [f.funds.total.rate, ...f.indicators.flatMap((i) => [i.target, i.actual])]);
    const covered = new Set(SEED.map(([input]) => input.trim()));
    const missing = [...new Set(cells.map((c) => String(c)))].filter((c) => !covered.has(c));
    expect(missing).toEqual([]);
  });
});

describe("formatReading", () => {
  it.each([
    ["≧95%", ">= 95 %"],
    ["90%以上", ">= 90 %"],
    ["2020年12月31日之前", "<= 2020-12-31"],
    ["2020-12-31", "2020-12-31"],
    ["超13万元/年", "> 13 万元/年"],
    ["30余次", "≈ 30 次"],
    ["14-24℃", "14 ~ 24 ℃"],
    ["约45%-60%", "≈ 45 ~ 60 %"],
    ["92.60%", "92.60 %"],
    ["4", "4"],
    [" 较好。", "较好"],
    ["会议圆满招开", "会议圆满招开"],
    ["\u3000", ""],
  ])("%j → %j", (input, expected) => {
    expect(formatReading(readValue(input))).toBe(expected);
  });

  it("gives one string for two spellings of the same value", () => {
    expect(formatReading(readValue("≧95%"))).toBe(formatReading(readValue("95％以上")));
    expect(formatReading(readValue("６７万元"))).toBe(formatReading(readValue("67万元")));
  });
});
