/**
 * Every code a Message can carry, with the severities it comes with and what it means: the one
 * list. The README's message-code table is checked against it by a test, and `Message.code` is a
 * union of its keys, so a new code cannot be emitted without being listed (and documented) here.
 *
 * A leaf module (no imports): the layers below `model/` (grid, input) keep plain string codes and
 * are checked against this list where their messages become Messages (`messageCode`).
 */
const CODES = {
  // Checks (checks/): the form's arithmetic and rules.
  TOTAL_SCORE_MISMATCH: { severity: ["error"], en: "总分得分 ≠ 资金得分 + Σ 指标得分", zh: "总分得分不等于资金得分与各指标得分之和" },
  TOTAL_WEIGHT_MISMATCH: { severity: ["error"], en: "总分分值 ≠ 资金分值 + Σ 指标分值", zh: "总分分值不等于资金分值与各指标分值之和" },
  LEVEL1_WEIGHT_MISMATCH: { severity: ["error"], en: "a 一级指标's (N分) ≠ Σ the weights of its indicators", zh: "一级指标标注的（N分）不等于其下各指标分值之和" },
  TARGET_WEIGHT_SUM: { severity: ["error"], en: "a target form's indicator set prints 分值 that do not add up to 100", zh: "绩效目标表中一组指标的分值之和不等于100" },
  SCORE_OUT_OF_RANGE: { severity: ["error"], en: "a score < 0 or > its weight (funds row or indicator)", zh: "得分为负或超过分值（资金行或指标）" },
  FUNDS_TOTAL_MISMATCH: {
    severity: ["error"],
    en: "年度资金总额 ≠ 当年财政拨款 + 上年结转资金 + 其他资金 + the funds.more rows (财政专户管理资金, 单位资金, 地方资金 …) in a column where the total and a part are filled (an empty part counts as 0)",
    zh: "某列中年度资金总额不等于当年财政拨款、上年结转资金、其他资金与表中其他资金来源行（财政专户管理资金、单位资金、地方资金等）之和（空的来源按 0 计）",
  },
  RATE_MISMATCH: { severity: ["error"], en: "the written 执行率 ≠ 全年执行数 / 全年预算数 at the precision it is written with", zh: "执行率不等于全年执行数÷全年预算数（按其填写的精度）" },
  FUNDS_SCORE_POLICY: { severity: ["warning"], en: "资金得分 ≠ 执行率 × 分值 under the scoring policy", zh: "资金得分不符合评分规则（执行率×分值）" },
  RATE_REASON_MISSING: {
    severity: ["warning"],
    en: "预算执行率 under 90% and the 原因 cell the form prints for it is empty (or still its printed hint)",
    zh: "预算执行率未达到90%，表中「原因」栏为空（或仍是印好的提示）",
  },
  TARGET_NOT_MET_NO_REASON: { severity: ["warning"], en: "the actual value does not meet the target and 偏差原因 is empty", zh: "实际完成值未达到年度指标值，且未填写偏差原因" },
  SCORE_BELOW_WEIGHT_NO_REASON: { severity: ["info"], en: "a score below its weight and 偏差原因 is empty", zh: "得分低于分值，且未填写偏差原因" },
  SUM_INCOMPLETE: {
    severity: ["info"],
    en: "a sum is not checked because some of its cells are empty while others are filled; the message names the empty ones",
    zh: "部分单元格为空，该合计未核对；消息列出空的单元格",
  },
  FORM_NOT_FILLED: {
    severity: ["info"],
    en: "no weight, score or amount is filled in (a blank form): the sums are checked once they are",
    zh: "尚未填写任何分值、得分或金额（空白表）：填写后再核对各项合计",
  },
  INVALID_RECORD: { severity: ["error"], en: "the record does not match the schema (zod's issue, with its path)", zh: "记录不符合数据结构（zod 的提示及其字段路径）" },
  // A project's target form against its self-evaluation form (target/compare.ts).
  INDICATOR_DROPPED: {
    severity: ["warning"],
    en: "an indicator of the target form's 年度绩效指标 is not in the self-evaluation form",
    zh: "绩效目标表中的年度指标未出现在自评表中",
  },
  INDICATOR_ADDED: {
    severity: ["warning"],
    en: "an indicator of the self-evaluation form is not among the target form's 年度绩效指标",
    zh: "自评表中的指标不在绩效目标表的年度指标中",
  },
  TARGET_CHANGED: {
    severity: ["warning"],
    en: "an indicator's 年度指标值 differs from the target form's 指标值 (compared as typed readings: ≥95% and 不低于95% are the same)",
    zh: "自评表的年度指标值与绩效目标表的指标值不同（按读取的类型比较：≥95% 与 不低于95% 相同）",
  },
  WEIGHT_CHANGED: { severity: ["warning"], en: "an indicator's 分值 differs from the 分值 the target form gives it", zh: "指标分值与绩效目标表中的分值不同" },
  BUDGET_CHANGED: {
    severity: ["warning"],
    en: "the self-evaluation form's 年初预算数 (年度资金总额) differs from the target form's 年度资金总额",
    zh: "自评表的年初预算数（年度资金总额）与绩效目标表的年度资金总额不同",
  },
  // The reader (forms/, grid/, input/, file.ts).
  MISSING_SECTION: {
    severity: ["error"],
    en: "a section's labels (项目, 项目资金, 年度总体目标, 绩效指标, 总分) were not found; its fields are null",
    zh: "未找到某一部分的标签（项目、项目资金、年度总体目标、绩效指标、总分），其字段为空",
  },
  NO_FORM: { severity: ["error"], en: "the file holds no form (prefill: no 项目支出绩效目标表)", zh: "文件中没有可读取的表格（prefill：没有项目支出绩效目标表）" },
  KIND_UNKNOWN: {
    severity: ["warning"],
    en: "neither the title nor the header rows name a kind the reader reads, or the title names a kind the table's shape does not fit (a target form with an actual or score column): the table is read as an indicator-table",
    zh: "标题和表头均未指明可读取的表类型，或表格结构与标题所指类型不符（如带实际完成值或得分列的绩效目标表）：按 indicator-table（其他指标表）读取",
  },
  HEADER_SCORE: {
    severity: ["info"],
    en: "the 自评得分 / 自评总分 printed among the header rows differs from the total row's score: total.score is the total row's",
    zh: "表头中的自评得分（自评总分）与总分行得分不一致：total.score 取总分行的得分",
  },
  KIND_FROM_ROWS: { severity: ["info"], en: "no title names the form's kind: it was decided from the header rows", zh: "没有标题指明表类型，按表头行判定" },
  HINT_TEXT: { severity: ["info"], en: "a cell holds the form's printed hint (…（200字以内）), not a value: the field is null, the hint is in extras", zh: "单元格中是表格印好的填写提示（…（200字以内）），不是内容：字段为空，提示保留在 extras 中" },
  FUNDS_UNITS_MIXED: {
    severity: ["info", "warning"],
    en: "a target form's funds text names amounts in different units (亿元, 万元 …): they are read converted exactly to one unit (info); an amount written without a unit among them is left null (warning)",
    zh: "绩效目标表资金情况中的金额单位不一（亿元、万元等）：已精确换算为同一单位读取（提示）；其中未写单位的金额无法确定单位，为空（警告）",
  },
  NOT_A_NUMBER: { severity: ["warning"], en: "a number cell holds words; the field is null and the text is in extras", zh: "数字单元格中是文字：该字段为空，原文保留在 extras 中" },
  UNRECOGNIZED_CELL: { severity: ["warning"], en: "a cell outside the known layout; kept in extras", zh: "单元格不在已知版式中，保留在 extras 中" },
  NESTED_TABLE: { severity: ["warning"], en: "a table nested in a form's cell; its text is kept in extras", zh: "表格单元格中嵌套了表格，其文字保留在 extras 中" },
  LEVEL_CONTINUED: {
    severity: ["info"],
    en: "an empty 一级指标 cell at the top of a continued (page-split) table took the group above",
    zh: "续表（跨页拆分的表格）顶部的一级指标单元格为空，视为接续上一组",
  },
  TEXT_IN_MERGED_CELL: {
    severity: ["warning"],
    en: "text in a merge continuation cell, which Word hides; kept in hiddenText / extras",
    zh: "合并单元格的延续部分中有文字（Word 不显示），保留在 hiddenText / extras 中",
  },
  TABLE_IN_MERGED_CELL: {
    severity: ["warning"],
    en: "a table in a merge continuation cell, which Word hides; kept in hiddenTables / extras",
    zh: "合并单元格的延续部分中有表格（Word 不显示），保留在 hiddenTables / extras 中",
  },
  MERGE_WITHOUT_ORIGIN: {
    severity: ["warning"],
    en: "a w:vMerge continuation with no matching cell above, or a w:hMerge one with none to its left; kept as its own cell",
    zh: "纵向合并的延续单元格上方（或横向合并的左侧）没有对应的起始单元格，按独立单元格保留",
  },
  BAD_CELL_BOUNDARY: {
    severity: ["warning"],
    en: "a cell whose right boundary (RTF \\cellx, Word 97) is not right of its left one; kept as a cell one grid column wide",
    zh: "单元格的右边界（RTF \\cellx、Word 97）不在其左边界右侧，按一列宽的单元格保留",
  },
  CELL_WITHOUT_BOUNDARY: {
    severity: ["warning"],
    en: "a row has more cells than boundaries (RTF \\cellx, Word 97 sprmTDefTable, or a Word 97 row claiming over 63 cells); the extra cells are read 1440 twips (one inch) wide",
    zh: "行中的单元格多于边界（RTF \\cellx、Word 97 sprmTDefTable，或 Word 97 行声称超过 63 个单元格），多出的单元格按 1440 缇（1 英寸）宽读取",
  },
  HIDDEN_TEXT: {
    severity: ["info"],
    en: "text formatted as hidden (w:vanish, RTF \\v, Word 97), which Word does not show; kept in the cell's hiddenText, left out of a paragraph's text",
    zh: "设为隐藏格式的文字（w:vanish、RTF \\v、Word 97），Word 不显示；保留在单元格的 hiddenText 中，不计入段落文本",
  },
  TRUNCATED_RTF: { severity: ["warning"], en: "an RTF file whose groups do not balance (truncated or damaged); what was read is kept", zh: "RTF 文件的分组括号不配对（被截断或已损坏），已读取的内容保留" },
  TRUNCATED_XML: { severity: ["warning"], en: "document.xml ends before its elements close; what was read is kept", zh: "document.xml 在元素闭合前结束，已读取的内容保留" },
  ZIP_CRC_MISMATCH: { severity: ["warning"], en: "a zip entry's checksum does not match; the form is still read", zh: "zip 条目的校验和不符，表格仍被读取" },
  CONVERTED: { severity: ["info"], en: "parseFile converted a legacy file with LibreOffice before reading it", zh: "parseFile 先用 LibreOffice 转换了旧格式文件再读取" },
  MAMMOTH_WARNING: {
    severity: ["warning", "info"],
    en: "a warning from mammoth (reader \"mammoth\" only; an unrecognised style is an info; messageZh quotes mammoth's English)",
    zh: "mammoth 的警告（仅 mammoth 读取器；无法识别的样式为提示；中文消息引用 mammoth 的英文原文）",
  },
  MAMMOTH_ERROR: { severity: ["error"], en: "an error from mammoth (reader \"mammoth\" only)", zh: "mammoth 的错误（仅 mammoth 读取器）" },
  // The writer.
  TEXT_SANITIZED: {
    severity: ["warning"],
    en: "writeDocxWithMessages: characters a .docx cannot hold were removed from a field",
    zh: "writeDocxWithMessages：字段中 .docx 无法容纳的字符已被删除",
  },
} as const satisfies Record<string, { severity: readonly ("error" | "warning" | "info")[]; en: string; zh: string }>;

// Public and shared by every call: frozen, so a caller cannot change what counts as a code.
for (const entry of Object.values(CODES)) Object.freeze(Object.freeze(entry).severity);
export const MESSAGE_CODES = Object.freeze(CODES);

export type MessageCode = keyof typeof MESSAGE_CODES;

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(MESSAGE_CODES, code);
}

/**
 * A lower layer's code as a MessageCode. An unlisted code is our bug (a reader emitting a code
 * nobody documented), not the input's: a plain Error, so tests and fuzzing see it.
 */
export function messageCode(code: string): MessageCode {
  if (!isMessageCode(code)) throw new Error(`Internal: message code ${code} is not in MESSAGE_CODES (src/model/codes.ts)`);
  return code;
}
