/**
 * The one table of the form's labels, used by the reader (to locate cells), the checks (to name
 * things in messages) and the writer (to print the official layout). Every English field name
 * sits next to its Chinese label here and nowhere else.
 *
 * `zh` is the label as the official form prints it; `synonyms` are other spellings met in real
 * archives. Matching happens after `normalizeLabel` (all whitespace removed, colons dropped).
 */
export interface Label<K extends string = string> {
  readonly key: K;
  readonly zh: string;
  readonly synonyms: readonly string[];
}

/**
 * Every label of this table by each of its spellings, so a cell's text is looked up once and not
 * compared with every label in turn (the reader asks "is this cell label X?" some hundred times a row).
 */
const SPELLED = new Map<string, Label[]>();

function label<K extends string>(key: K, zh: string, ...synonyms: string[]): Label<K> {
  const made: Label<K> = { key, zh, synonyms: [...new Set([zh, ...synonyms].map(normalizeLabel))] };
  for (const spelling of made.synonyms) {
    const list = SPELLED.get(spelling);
    if (list) list.push(made);
    else SPELLED.set(spelling, [made]);
  }
  return made;
}

const NONE: readonly Label[] = Object.freeze([]);

/** The labels of this table spelled `normalized` (a text after normalizeLabel). */
export function labelsSpelled(normalized: string): readonly Label[] {
  return SPELLED.get(normalized) ?? NONE;
}

/** The printed (Chinese) label of `key` in a label list. */
export function zhOf<K extends string>(labels: readonly Label<K>[], key: K): string {
  return labels.find((l) => l.key === key)!.zh;
}

/** Whitespace of any kind, and colons: both dropped from a label. */
const DROPPED = /[\s\u00a0\u3000\u2000-\u200b\ufeff:：]+/g;

/** Label text as compared: no whitespace of any kind, no colons, ASCII brackets. */
export function normalizeLabel(text: string): string {
  // Every cell of every form passes here: one pass for what is dropped, the brackets only when there are some.
  const n = text.replace(DROPPED, "");
  return n.includes("（") || n.includes("）") ? n.replace(/（/g, "(").replace(/）/g, ")") : n;
}

/**
 * The kinds of form, each with its Chinese name (`zh`) and the other names its title is printed
 * with (`synonyms`): a title containing one of them names the kind. Longer names are tried first,
 * so 部门整体支出绩效自评表 is never taken for a form whose name it merely contains.
 */
export const FORM_KINDS = [
  label("project-self-evaluation", "项目支出绩效自评表", "项目绩效自评表", "部门预算项目支出绩效自评表"),
  label("department-self-evaluation", "部门整体支出绩效自评表", "部门整体绩效自评表"),
  label("transfer-self-evaluation", "绩效目标自评表", "绩效目标自评"),
  label("project-target", "项目支出绩效目标表", "绩效目标申报表", "项目绩效目标表", "绩效目标表"),
  // A department's or a transfer payment's own target form (部门整体…绩效目标表, 转移支付区域绩效目标表) is no
  // project-target: kept as a table of indicators.
  label("indicator-table", "其他绩效指标表", "部门整体支出绩效目标表", "部门整体预算绩效目标表", "部门整体绩效目标表", "区域绩效目标表", "转移支付绩效目标表"),
] as const;
export type FormKind = (typeof FORM_KINDS)[number]["key"];

/** 部门整体支出绩效自评表: the department rows (the value is the cell to the right). */
export const DEPARTMENT_LABELS = [
  label("name", "部门（单位）名称", "部门", "部门名称", "单位名称", "单位"),
  label("code", "部门编码", "预算编码", "单位编码"),
  label("contact", "部门联系人", "联系人"),
  label("phone", "联系电话"),
  // Chongqing's form prints the 财政处室 (the finance bureau's office in charge) beside the department.
  label("financeOffice", "财政处室"),
] as const;
/** 主管部门 names the department only on a form with no 部门 row of its own (Chongqing prints only 主管部门). */
export const DEPARTMENT_NAME_FALLBACK = label("name", "主管部门", "主管单位");

/**
 * The department rows that make a form without a title a 部门整体 form (a bare 单位 row does not:
 * scoring tables print one). 部门联系人 and 财政处室 stand only on 部门整体 forms.
 */
export const DEPARTMENT_SIGN = label("name", "部门（单位）名称", "部门", "部门名称", "部门联系人", "财政处室");

/** 转移支付 / 专项资金 绩效目标自评表: the fund rows. */
export const FUND_LABELS = [
  label("name", "转移支付（项目）名称", "转移支付名称", "专项资金名称", "资金名称"),
  label("centralDepartment", "中央主管部门"),
  label("localDepartment", "地方主管部门", "县级主管部门", "省级主管部门", "市级主管部门"),
  label("unit", "资金使用单位", "实施单位"),
  label("leader", "负责人及电话", "负责人"),
] as const;

/** Rows after the indicators: the label, its text in the next cell. (备注 is not one: it stays in extras.) */
export const NOTES_LABELS = [
  label("conclusion", "评价结论"),
  label("problems", "存在问题"),
  label("improvements", "改进措施", "改进措施及结果应用方案"),
  label("remark", "说明"),
  label("deviation", "偏差大或目标未完成原因分析"),
] as const;

/**
 * Printed hints in a label's brackets are no part of the label: 全年预算数(A), 执行率(B/A),
 * 执行率(%), 项目资金(万元), 预算执行情况(10分). Compared labels drop them (after normalizeLabel).
 */
// (20分*执行率): how the score is computed, printed after Hubei's 得分.
const LABEL_SUFFIX = /(?:\((?:[A-Z](?:\/[A-Z])?|%|万元|元|分|\d+(?:\.\d+)?分|\d+(?:\.\d+)?分[*×][^()]*|[A-Z]\*?[\d.]*分?)\))+$/;
export function withoutLabelSuffix(normalized: string): string {
  return normalized.replace(LABEL_SUFFIX, "");
}

/**
 * The form's own instruction on how much to write, printed in a value cell or after a label:
 * （200字以内）, (450字内), （100字左右）, anywhere in the text ("…说明完成情况(100字以内)"). A value cell
 * holding one is a hint, not an answer; a label holding one is matched without it.
 */
export const LENGTH_HINT = /[(（]\s*\d+\s*字(?:以内|内|左右)?\s*[)）]/;
const LENGTH_HINTS = new RegExp(LENGTH_HINT.source, "g");
/** The text with every length hint removed: 指标值(150字内) → 指标值. */
export function withoutLengthHints(text: string): string {
  return text.replace(LENGTH_HINTS, "");
}

export const PROJECT_LABELS = [
  label("name", "项目支出名称", "项目名称"),
  label("department", "主管部门", "主管单位", "主管部门及代码"),
  label("implementingUnit", "实施单位", "项目实施单位", "实施单位（盖章）"),
] as const;

/** 项目资金（万元）: the unit in brackets goes to funds.unit. */
export const FUNDS_LABEL_STEM = "项目资金";
export const FUNDS_LABEL = label("funds", `${FUNDS_LABEL_STEM}（万元）`, FUNDS_LABEL_STEM);
export const FUNDS_LABEL_PATTERN = /^(?:项目资金|预算资金|部门预算执行情况|预算执行情况|年度预算数)(?:\((.*?)\))?(?:\(\d+(?:\.\d+)?分\))?$/;
export const DEFAULT_FUNDS_UNIT = "万元";

export const FUNDS_COLUMNS = [
  label("initial", "年初预算数", "年初预算"),
  label("annual", "全年预算数", "全年预算", "调整后预算数", "调整预算数", "全年（调整）预算数", "预算数"),
  label("executed", "全年执行数", "全年执行", "预算执行数", "执行数"),
  label("weight", "分值", "权重", "执行率权重"),
  label("rate", "执行率", "预算执行率"),
  label("score", "得分", "执行率得分"),
] as const;
export type FundsColumnKey = (typeof FUNDS_COLUMNS)[number]["key"];
/** Text columns of the funds block some layouts print: the scoring rule, and why the rate falls short. */
export const FUNDS_TEXT_COLUMNS = [
  label("method", "得分计算方法"),
  label("reason", "原因"),
] as const;

/**
 * 其中：当年财政拨款 → 当年财政拨款: a funds row's name without the 其中 ("of which") lead-in the form
 * prints before the parts of the total, so the part is named as a column or a `funds.more` label.
 */
export function withoutLeadIn(label: string): string {
  return label.replace(/^其中[:：]?/, "");
}
/** 其中 printed in a cell of its own, left of the row labels of the parts (贵池's L1): read as a label. */
export const FUNDS_LEAD_IN = label("leadIn", "其中");

/** What the checks' messages call the funds block's score (资金得分) and its line among the totals (资金执行率). */
export const FUNDS_CHECK_NAMES = [
  label("score", "资金得分"),
  label("rate", "资金执行率"),
] as const;

export const FUNDS_ROWS = [
  label("total", "年度资金总额", "资金总额", "总额", "年度财政资金总额"),
  label("appropriation", "其中：当年财政拨款", "当年财政拨款", "其中当年财政拨款", "本年财政拨款", "其中本年财政拨款", "财政拨款", "其中财政拨款",
    "财政资金", "其中财政资金", "本年一般公共预算拨款", "其中本年一般公共预算拨款", "中央补助", "其中中央补助", "中央、省、市补助", "其中中央、省、市补助"),
  label("carryover", "上年结转资金", "上年结转", "其中上年结转资金"),
  label("other", "其他资金", "其中其他资金"),
] as const;
export type FundsRowKey = (typeof FUNDS_ROWS)[number]["key"];

export const GOAL_LABEL = label("goal", "年度总体目标", "总体目标", "总体目标完成情况", "年度总体目标完成情况", "当年绩效目标");
export const GOAL_COLUMNS = [
  label("expected", "预期目标", "总体目标", "年初设定目标", "项目年度目标", "年初绩效目标"),
  label("actual", "实际完成情况", "实际完成", "全年实际完成情况", "年度目标完成情况", "全年目标实际完成情况"),
] as const;
/** The goal as adjusted during the year, a third goal column some forms print (Chongqing's 部门整体 form). */
export const GOAL_ADJUSTED_COLUMN = label("adjusted", "全年（调整）绩效目标", "调整后绩效目标");

export const INDICATORS_LABEL = label("indicators", "绩效指标", "年度绩效指标完成情况");
export const INDICATOR_COLUMNS = [
  label("level1", "一级指标"),
  label("level2", "二级指标"),
  // A flat list of indicators (no 一级 / 二级) names them under 指标名称 or 指标内容.
  label("name", "三级指标", "指标名称", "指标内容"),
  label("target", "年度指标值", "指标值", "年度目标值", "年初目标值", "年初指标值", "指标（目标）值"),
  label("actual", "实际完成值", "全年实际值", "实际值", "全年完成值", "全年实际完成值", "完成值"),
  label("weight", "分值", "权重", "指标权重", "参考分值", "指标分值"),
  label("score", "得分", "指标得分", "自评得分"),
  label("deviation", "偏差原因分析及改进措施", "偏差原因分析", "偏差原因", "偏差原因分析及改进措施说明",
    "未完成原因分析", "未完成原因分析及改进措施", "未完成原因和改进措施", "扣分原因和其他说明"),
] as const;
export type IndicatorColumnKey = (typeof INDICATOR_COLUMNS)[number]["key"];
/**
 * Pairing a target form with its self-evaluation: a project's name without its final 项目
 * (村组道路硬化项目 is 村组道路硬化), an indicator's without a template's number in front (指标1：, 指标2、).
 * Both compared after normalizeLabel (colons dropped).
 */
export const PROJECT_NAME_SUFFIX = /项目$/;
export const INDICATOR_NUMBER_PREFIX = /^指标\d+[.、]?/;
/** Text columns some indicator tables add: the scoring rule of each indicator. */
export const INDICATOR_TEXT_COLUMNS = [
  label("method", "得分计算方法", "评分标准", "评分细则"),
  // The target split in three (指标性质 "≥" | 指标值 "95" | 度量单位 "%"): joined into the target.
  label("comparator", "指标性质", "计算符号"),
  label("unit", "度量单位", "计量单位"),
] as const;

export const TOTAL_LABEL = label("total", "总分", "合计");
/** The form's score printed among the unit rows (自评总分(分) | 97.6), where some layouts put it. */
export const HEADER_SCORE_LABEL = label("score", "自评得分", "自评总分");
/** The indicator-name column of a table of indicators, whatever the kind prints. */
export const INDICATOR_NAME_COLUMN = label("name", "三级指标", "指标名称", "指标内容", "评价指标");
/** The score column of a table of indicators, whatever the kind prints. */
export const SCORE_COLUMN = label("score", "得分", "自评得分", "指标得分", "得分（分）", "指标得分（分）", "自评得分（分）");

export const FOOTER_LABELS = [
  label("unitLeader", "单位负责人签字", "单位负责人"),
  label("filler", "填表人", "填报人及联系电话", "填报人"),
  label("phone", "联系电话"),
  label("date", "填报日期"),
] as const;
export type FooterKey = (typeof FOOTER_LABELS)[number]["key"];
/** Signatures some provinces print in the table's last row, each cell "项目负责人:张明". */
export const LEADER_LABELS = [label("projectLeader", "项目负责人"), label("financeLeader", "财务负责人")] as const;
/** 报表编号:510000_0013zp, a line above the title. */
export const REPORT_NO_PATTERN = /^报表编号[:：]?\s*(\S.*)$/;

/** "产出指标(50分)" → level1 "产出指标", weight 50 (after normalizeLabel: ASCII brackets). */
export const LEVEL1_WEIGHT_PATTERN = /^(.*?)\((\d+(?:\.\d+)?)分\)$/;
/** 附件4-1： → "附件4-1"; an unnumbered 附件： → "附件" (what the writer prints for a form read with one). */
export const ATTACHMENT_PATTERN = /^(附件(?:[0-9０-９]+(?:[-－—.．][0-9０-９]+)*)?)$/;
/**
 * 附件1 printed in front of the title on the same line ("附件1 项目支出绩效自评表", "附件2：2023年度…"), before
 * normalizing; an unnumbered 附件 only with its colon ("附件：项目支出绩效自评表"), so a title that merely
 * begins with 附件 keeps it.
 */
export const ATTACHMENT_LEAD = /^[\s\u3000]*(附件[\s\u3000]*[0-9０-９]+(?:[-－—.．][0-9０-９]+)*|附件(?=[\s\u3000]*[:：]))(?:[\s\u3000]*[:：][\s\u3000]*|[\s\u3000]+|(?=[^0-9０-９]))/;
/** （2020年度） or (2020年), or 2020年度 on its own line */
export const YEAR_PATTERN = /^(?:\((\d{4})年度?\)|(\d{4})年度?)$/;
export const TITLE_SUFFIX = "项目支出绩效自评表";
/** The year printed in a title: 2020年度… in front, …（2023年度） behind, or 2023年度 after the unit's name (某局2023年度…). */
export const TITLE_YEAR_PATTERN = /^(\d{4})年度?|[(（](\d{4})年度?[)）]$|(\d{4})年度/;
/** The administrative level that starts a title of the other kinds: 县级专项资金绩效目标自评表 → 县级. */
export const TITLE_LEVEL_PATTERN = /^([省市州县区乡镇]级)/;
/** 州级预算部门项目支出绩效自评表: the level is what stands before 预算部门 / 部门. */
export const TITLE_PATTERN = /^(.*?)(?:预算)?部门项目支出绩效自评表$/;
export const DEFAULT_TITLE_MIDDLE = "预算部门";

/** Number-cell texts that mean "no value here" (the form prints —— where a value does not apply). */
export const EMPTY_MARKS = ["——", "—", "--", "－－", "-", "－", "/", "／"] as const;

/**
 * 一级 / 二级指标 categories as the target form and the self-evaluation form of one project may spell
 * them: a category printed as any of its synonyms is the same category (`zh`), so a pair of forms
 * differing only so is not a change. Compared after `normalizeLabel`.
 */
export const INDICATOR_CATEGORIES = [
  label("产出指标", "产出指标", "产出"),
  label("效益指标", "效益指标", "效益"),
  label("满意度指标", "满意度指标", "满意度"),
  label("服务对象满意度指标", "服务对象满意度指标", "社会公众或服务对象满意度指标", "服务对象满意度", "社会公众或服务对象满意度"),
  label("经济效益指标", "经济效益指标", "经济效益"),
  label("社会效益指标", "社会效益指标", "社会效益"),
  label("生态效益指标", "生态效益指标", "生态效益"),
  label("可持续影响指标", "可持续影响指标", "可持续影响"),
] as const;

/** The standard indicator structure of a blank form, with default weights. */
export const STANDARD_STRUCTURE = [
  { level1: "产出指标", weight: 50, level2: ["数量指标", "质量指标", "时效指标", "成本指标"] },
  { level1: "效益指标", weight: 30, level2: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"] },
  { level1: "满意度指标", weight: 10, level2: ["服务对象满意度指标"] },
] as const;
export const DEFAULT_FUNDS_WEIGHT = 10;
export const DEFAULT_TOTAL_WEIGHT = 100;

/**
 * What the writer prints around the labels above; each form is read back by the pattern noted.
 * Kept here so the Chinese text of the form lives in this one file.
 */
export const PRINT_FORMS = {
  /** Read back by FUNDS_LABEL_PATTERN: 项目资金（万元）, or bare 项目资金 when the unit is unknown. */
  fundsLabel: (unit: string | null) => (unit === null ? "项目资金" : `项目资金（${unit}）`),
  /** Read back by YEAR_PATTERN: （2020年度）; blanks when the year is unknown. */
  yearLine: (year: number | null) => `（${year ?? "    "}年度）`,
  /** Read back by LEVEL1_WEIGHT_PATTERN: the weight under the level-1 name, full-width brackets. */
  level1Weight: (weight: number) => `（${weight}分）`,
  /** Read back by ATTACHMENT_PATTERN once the colon is dropped. */
  attachmentLine: (attachment: string) => `${attachment}：`,
  /** 单位负责人签字：… the colon after each footer label. */
  footerColon: "：",
  /** The footer's date when none is given: room to write it by hand. */
  blankDate: "   年   月   日",
} as const;

/** Columns of the jixiao command's CSV/XLSX export that are not labels of the form itself. */
export const EXPORT_LABELS = [
  label("file", "文件"),
  label("form", "表序号"),
  label("attachment", "附件"),
  label("year", "年度"),
  label("kind", "表类型"),
  label("error", "错误"),
  label("title", "标题"),
  label("level", "级次"),
  /** The name of what the form evaluates: the project, the department or the fund. */
  label("name", "名称"),
  label("fields", "表头内容"),
  label("columns", "指标表列"),
  label("fundsUnit", "资金单位"),
  label("fundsMore", "其他资金来源"),
  label("fundsText", "资金构成"),
  label("fundsWeight", "资金分值"),
  label("fundsScore", "资金得分"),
  /** The stem of the goal columns: 总体目标·预期目标. */
  label("goal", "总体目标"),
  label("indicatorCount", "指标数"),
  label("totalWeight", "总分分值"),
  label("totalScore", "总分得分"),
  label("extras", "未识别内容数"),
  label("errors", "错误数"),
  label("warnings", "警告数"),
  label("infos", "提示数"),
  // The department's and the project leader's 联系电话 are not the footer's: the sheets name them apart.
  label("departmentPhone", "部门联系电话"),
  label("leaderPhone", "项目负责人电话"),
  /** A target form's indicator set (长期 / 年度绩效指标). */
  label("set", "指标集"),
  label("level1Weight", "一级指标分值"),
  label("level2Weight", "二级指标分值"),
  /** 得分计算方法 of a self-evaluation, 评分细则 of a target form: one column. */
  label("method", "评分细则/得分计算方法"),
  label("remark", "备注"),
  /** Every other column of the indicator, "label：value" one a line. */
  label("more", "其他列"),
  label("severity", "严重程度"),
  label("code", "代码"),
  label("path", "字段"),
  label("table", "表(从1起,同Word)"),
  label("row", "行(从1起)"),
  label("col", "列(从1起)"),
  label("nested", "嵌套表单元格(行/列)"),
  label("cellText", "单元格内容"),
  label("expected", "应为"),
  label("actual", "实为"),
  label("messageZh", "说明"),
  label("message", "说明(英文)"),
] as const;
export type ExportLabelKey = (typeof EXPORT_LABELS)[number]["key"];

/** The 目标对比 table of `jixiao parse --pairs`: its headers, and what changed in its words. */
export const PAIR_LABELS = [
  /** The sheet's name. */
  label("sheet", "目标对比"),
  label("targetFile", "目标表文件"),
  label("targetForm", "目标表序号"),
  label("selfFile", "自评表文件"),
  label("selfForm", "自评表序号"),
  label("change", "变化"),
  label("targetValue", "目标表值"),
  label("selfValue", "自评表值"),
  label("targetCell", "目标表单元格"),
  label("selfCell", "自评表单元格"),
] as const;
export const PAIR_CHANGE_LABELS = [
  label("INDICATOR_DROPPED", "指标删除"),
  label("INDICATOR_ADDED", "指标新增"),
  label("TARGET_CHANGED", "指标值变化"),
  label("WEIGHT_CHANGED", "分值变化"),
  label("BUDGET_CHANGED", "预算变化"),
  label("noSelf", "无对应自评表"),
  label("noTarget", "无对应目标表"),
  label("unchanged", "无变化"),
] as const;
/** A cell as Word shows it, counted from 1: 表格3 第10行 第5列. */
export const printCellPlace = (cell: { table: number; row: number; col: number }) => `表格${cell.table + 1} 第${cell.row + 1}行 第${cell.col + 1}列`;

/**
 * 项目支出绩效目标表 / 绩效目标申报表 (project-target): the labels of its rows, read by the target
 * reader and printed by the target writer (`zh` is what the writer prints).
 */
export const TARGET_PROJECT_LABELS = [
  label("name", "项目名称", "项目支出名称"),
  label("attribute", "项目属性"),
  label("department", "主管部门", "主管部门名称", "主管单位"),
  label("departmentCode", "主管部门编码", "主管部门代码"),
  label("implementingUnit", "项目单位", "实施单位", "项目实施单位"),
  label("leader", "项目负责人", "项目负责人及电话"),
  label("phone", "联系电话"),
  label("period", "项目起止时间"),
] as const;
export type TargetProjectKey = (typeof TARGET_PROJECT_LABELS)[number]["key"];

/** 项目属性: the options a writer prints, each followed by its box. */
export const TARGET_ATTRIBUTE_OPTIONS = ["新增项目", "延续项目"] as const;
/** A ticked box (√ ☑ ■ ✓ ✔ ☒) and an empty one (□ ☐), as printed after (or before) an option. */
export const TICKED_MARKS = "√☑■✓✔☒";
export const EMPTY_BOX_MARKS = "□☐";
export const PRINT_TARGET_MARKS = { ticked: "√", empty: "□" } as const;

/** The funds cell (or the label of the funds rows); the unit comes from its brackets. */
export const TARGET_FUNDS_LABEL = label("funds", "年度资金总额及构成", "资金情况", "项目资金申请", "项目预算", "项目资金", "年度资金情况");
/**
 * The amounts named in the funds cell or rows: these three go to funds.total / appropriation / other,
 * every other name (上级财政资金, 本级财政, 自有资金, 政府性基金预算拨款 …) to funds.more.
 */
export const TARGET_FUNDS_AMOUNTS = [
  label("total", "年度资金总额", "资金总额", "总额"),
  label("appropriation", "财政拨款", "当年财政拨款", "一般公共预算拨款", "本年一般公共预算拨款"),
  label("other", "其他资金", "其他"),
] as const;

export const TARGET_OVERVIEW_LABEL = label("overview", "项目概况");
/** 项目立项情况: the block label spanning the three rows below. */
export const TARGET_BASIS_LABEL = label("basis", "项目立项情况");
export const TARGET_BASIS_LABELS = [
  label("legal", "项目立项的依据", "立项依据", "项目立项依据"),
  label("feasibility", "项目申报的可行性", "可行性"),
  label("necessity", "项目申报的必要性", "必要性"),
] as const;

/** 项目实施进度计划: a sub-table (content | start | end), or one text cell. */
export const TARGET_SCHEDULE_LABEL = label("schedule", "项目实施进度计划");
export const TARGET_SCHEDULE_COLUMNS = [
  label("content", "项目实施内容", "项目实施进度内容", "实施内容"),
  label("start", "开始时间"),
  label("end", "完成时间", "结束时间"),
] as const;

/** 项目绩效目标: the block label over the goals. */
export const TARGET_GOALS_LABEL = label("goals", "项目绩效目标", "项目绩效目标描述", "绩效目标");
export const TARGET_GOAL_LABELS = [
  label("longTerm", "长期目标", "中期目标", "总目标", "总体目标", "长期绩效目标", "中期绩效目标", "实施期目标", "实施期绩效目标"),
  label("annual", "年度目标", "本年度目标", "年度绩效目标", "本年度绩效目标"),
] as const;

/** The label of each indicator set (a form with one set has it in `annual`). */
export const TARGET_SET_LABELS = [
  label("longTerm", "长期绩效指标", "中期绩效指标", "总目标绩效指标", "实施期绩效指标"),
  label("annual", "年度绩效指标", "本年度绩效指标", "项目年度绩效目标衡量指标", "年度绩效目标衡量指标"),
] as const;
export type TargetSetKey = (typeof TARGET_SET_LABELS)[number]["key"];

/** The indicator columns of a target form; any other column goes to the indicator's `more`. */
export const TARGET_INDICATOR_COLUMNS = [
  label("level1", "一级指标"),
  label("level2", "二级指标"),
  label("name", "指标内容", "三级指标", "指标名称"),
  label("target", "指标值", "年度指标值", "目标值", "指标目标值", "年度目标值"),
  label("weight", "分值", "权重", "指标分值"),
  label("method", "评分细则", "评分标准", "得分计算方法"),
  label("remark", "备注"),
] as const;
export type TargetIndicatorKey = (typeof TARGET_INDICATOR_COLUMNS)[number]["key"];

/** 审核意见 rows: any label ending so (主管部门审核意见, 财政部门审核意见 …), its text to the right. */
export const TARGET_REVIEW_SUFFIX = "审核意见";
/** 填报单位（盖章）: the line above the table (or a row on top of it) naming the unit filling the form. */
export const TARGET_FILLING_UNIT_PATTERN = /^填报单位\s*(?:[（(]\s*盖章\s*[)）])?\s*[:：]?\s*(.*)$/s;
