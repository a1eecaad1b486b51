#!/usr/bin/python3
"""Held-out fixtures: one document per real layout (L1-L7, L10-L14 of real-layouts.md) and a mixed bundle.

Written independently of scripts/fixtures/ (different producer code, different values, different spans)
so that a reader tuned on those fixtures is measured on documents it has not seen. Each layout follows the
transcription literally (labels, spacing, brackets, colons, hint text, "/" and "—" placeholders) with
invented values, plus what another producer brings: labels broken over lines, a title and its year line
as two paragraphs, a 附件 line, the year inside the title, an empty row, a table split by a page break.

Tables are written as rows of cells, HTML-style: a cell is text or (text, colspan, rowspan); positions
covered by a rowspan from above are skipped. "\n" in a cell is a line break (a new paragraph in Word, or a
w:br when the form says so; <br> in HTML).

Run: /usr/bin/python3 test/heldout/make_heldout.py   (writes test/heldout/fixtures/*.docx; LibreOffice for
the HTML ones)
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")


def C(text, cs=1, rs=1):
    return (text, cs, rs)


def place(rows):
    """HTML table algorithm: [(row, col, colspan, rowspan, text)] and the grid width."""
    taken = set()
    cells = []
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for item in row:
            text, cs, rs = (item, 1, 1) if isinstance(item, str) else item
            while (r, c) in taken:
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, c + dc))
            cells.append((r, c, cs, rs, text))
            c += cs
            width = max(width, c)
    return cells, width


# ---------------------------------------------------------------------------------------------------
# layouts: (paragraphs before, table rows, paragraphs after)

L1_HEAD = ["附件1", "项目支出绩效自评表", "（ 2021 年度）"]
L1_TABLE_A = [
    ["项目名称", C("2021年食品安全抽检监测项目", 8)],
    ["主管部门", C("鄂州市市场监督管理局", 3), "实施单位", C("鄂州市食品药品检验所", 4)],
    [C("项目资金\n(万元)", 1, 5), C("", 2), "年初\n预算数", "全年\n预算数", "全年\n执行数", "分值", "执行率", "得分"],
    [C("年度资金总额:", 2), "150万", "125.25万", "120", "10", "95.81%", "9.5"],
    [C("其中:本年财政拨款", 2), "150", "125.25", "120", "—", "", "—"],
    [C("   上年结转资金", 2), "", "", "", "—", "", "—"],
    [C("其他资金", 2), "", "", "", "—", "", "—"],
    [C("年度总体目标", 1, 2), C("预期目标", 4), C("实际完成情况", 4)],
    [C("完成全市食品安全抽检3000批次，开展食品安全培训12场。", 4), C("完成抽检3120批次，开展培训12场。", 4)],
    [C("绩 效 指 标", 1, 8), "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [C("产出指标(50分)", 1, 5), C("数量指标", 1, 2), "指标1食品抽检批次", "≥3000批次", "3120批次", "20", "20", ""],
    ["指标2", "", "", "", "", ""],
    ["质量指标", "指标1抽检合格率", "≥95%", "97.5%", "10", "10", ""],
    ["时效指标", "指标1完成时间", "2021年12月底前", "2021年12月", "10", "10", ""],
    ["成本指标", "指标1抽检费用", "≤120万元", "118万元", "10", "9", "部分检测单价上涨，下年度提前招标锁定价格"],
    [C("效益指标(30分)", 1, 2), "经济效益\n指标", "", "", "", "", "", ""],
    ["社会效益\n指标", "指标1群众食品安全知晓率", "≥90%", "92%", "20", "20", ""],
]
# the same table after a page break: Word restarts the 绩效指标 merge empty; 廊坊 prints 效益指标 again
L1_TABLE_B = [
    [C("", 1, 3), C("效益指标(30分)", 1, 2), "生态效益\n指标", "指标1抽检废弃物无害化处置率", "100%", "100%", "5", "5", ""],
    ["可持续影响\n指标", "指标1长效监管机制", "建立", "已建立", "5", "5", ""],
    ["满意度\n指标(10分)", "服务对象满意度指标", "指标1群众满意度", "≥90%", "95%", "10", "10", ""],
    [C("总分", 6), "100", "98.5", ""],
]
L1_AFTER = ["单位负责人签字：王建国    填表人：李晓梅    联系电话：0711-3256789    填报日期：2022年3月15日"]

# L1 as 贵池 fills it: 其中 in a cell of its own over the sub-rows, a …… placeholder row, text in the
# value columns, points written with 分, a total row of zeros, the signature as the table's last row
L1G_HEAD = ["附件5", "项目支出绩效自评表 (2022年度)"]
L1G_TABLE = [
    ["项目名称", C("2022年棠溪镇人居环境整治项目", 8)],
    ["主管部门", C("池州市贵池区棠溪镇人民政府", 3), "实施单位", C("棠溪镇农业农村办公室", 4)],
    [C("项目资金（万元）", 1, 5), C("", 2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [C("年度资金总额:", 2), "0", "0", "0", "10", "0", "0"],
    [C("其中", 1, 3), "本年财政拨款", "90", "89.974", "89.974", "—", "", "—"],
    ["上年结转资金", "", "", "", "—", "", "—"],
    ["其他资金", "", "", "", "—", "", "—"],
    [C("年度总体目标", 1, 2), C("预期目标", 4), C("实际完成情况", 4)],
    [C("完成100个自然村人居环境整治。", 4), C("完成整治自然村100个。", 4)],
    [C("绩效指标", 1, 8), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [C("产出指标(50分)", 1, 4), C("数量指标", 1, 2), "指标1:整治村庄数量", "≥100百分比", "100%", "20分", "20分", ""],
    ["……", "", "", "", "", ""],
    ["质量指标", "指标1:验收合格率", "达成预期指标", "达成预期指标", "15", "15", ""],
    ["时效指标", "指标1:完成时间", "2022年11月底前", "2022年11月", "15", "15", ""],
    [C("效益指标(30分)", 1, 2), "经济效益指标", "", "", "", "", "", ""],
    ["社会效益指标", "指标1:村容村貌改善", "明显改善", "明显改善", "30", "28", "部分村庄保洁不到位"],
    ["满意度指标(10分)", "服务对象满意度指标", "指标1:群众满意度", "≥90%", "94%", "10", "10", ""],
    [C("总分", 6), "100", "88", ""],
    [C("单位负责人签字：周洪", 3), C("填表人：吴敏", 2), C("联系电话：0566-2345678", 2), C("填报日期：2023年2月20日", 2)],
]

L2_HEAD = ["项目支出绩效自评表", "(2022年度)"]
L2_TABLE = [
    ["项目名称", C("防汛抗旱物资储备项目", 8)],
    ["主管部门", C("", 3), "实施单位", C("天长市水利局", 4)],
    [C("项目资金 (万元)", 1, 5), C("", 2), "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
    [C("年度资金总额:", 2), "880", "880", "871.2", "10", "99%", "9.9"],
    [C("其中:本年财政拨款", 2), "880", "880", "871.2", "-", "", "-"],
    [C("上年结转资金", 2), "", "", "", "-", "", "-"],
    [C("其他资金", 2), "", "", "", "-", "", "-"],
    [C("年度总体目标完成情况", 1, 2), C("预期目标", 4), C("实际完成情况", 4)],
    [C("储备编织袋10000条、救生衣500件，汛前全部到位。", 4), C("编织袋、救生衣于5月20日前全部入库。", 4)],
    [C("年度绩效指标完成情况", 1, 9), "一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [C("(50分)", 1, 4), C("数量指标", 1, 2), "指标1:储备编织袋数量", "10000条", "10000条", "20", "20", ""],
    ["指标2:储备救生衣数量", "500件", "500件", "10", "10", ""],
    ["质量指标", "指标1:物资验收合格率", "100%", "100%", "10", "10", ""],
    ["时效指标", "指标1:汛前储备到位", "5月底前", "5月20日", "10", "10", ""],
    [C("(30分)", 1, 3), "社会效益\n指标", "指标1:受益群众人数", "≥5万人", "5.2万人", "20", "20", ""],
    ["生态效益\n指标", "指标1:", "/", "/", "/", "/", ""],
    ["可持续影\n响指标", "指标1:工程持续发挥效益年限", "≥10年", "10年", "10", "10", ""],
    ["满意度指标 (10分)", "服务对象\n满意度指标", "指标1:服务对象满意度", "90%", "95%", "10", "9", "个别乡镇反映物资发放不及时"],
    [C("总分", 6), "100", "98.9", ""],
]
L2_AFTER = ["注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。"]

# L2 as a producer typing full-width brackets and colons writes it
FULL_WIDTH = {"(": "（", ")": "）", ":": "："}


def full_width(rows):
    def fw(text):
        if text.startswith("指标1") or text.startswith("指标2") or not any(ch in text for ch in "()::"):
            return text
        if any(ch.isdigit() for ch in text) and "分" not in text and "A" not in text and "B" not in text:
            return text
        return "".join(FULL_WIDTH.get(ch, ch) for ch in text)
    return [[(fw(c) if isinstance(c, str) else (fw(c[0]),) + tuple(c[1:])) for c in row] for row in rows]


L2_FULL_HEAD = ["附件1：", "项目支出绩效自评表", "（2022年度）"]

L3_HEAD = ["2020年度项目支出绩效自评表"]
L3_TABLE = [
    ["项目名称", C("古城区卫片执法检查项目", 9)],
    ["主管部门", C("丽江市古城区自然资源局", 4), "实施单位", C("古城区自然资源执法大队", 4)],
    [C("项目资金 (万元)", 1, 5), C("", 3), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [C("年度资金总额", 3), "7.29", "7.29", "7.29", "10.00", "100%", "10.00"],
    [C("其中:当年财政拨款", 3), "7.29", "7.29", "7.29", "", "100%", ""],
    [C("上年结转资金", 3), "", "", "", "", "", ""],
    [C("其他资金", 3), "", "", "", "", "", ""],
    [C("年度\n总体\n目标", 1, 2), C("预期目标", 4), C("实际完成情况", 5)],
    [C("完成全区卫片图斑核查，违法行为及时制止。", 4), C("全年核查图斑215个，责令停止违法行为41起。", 5)],
    [C("绩效指标", 3), C("年度指标值", 3), C("实际完成值", 1, 2), C("分值", 1, 2), C("得分", 1, 2), C("偏差原因分析及改进措施", 1, 2)],
    ["一级\n指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
    [C("产出指标", 1, 3), "数量指标", "卫片执法补助经费", "﹦", "72890", "元", "72890", "10.00", "9.00", "部分图斑核查延至次年"],
    ["质量指标", "项目验收合格率", "﹦", "100", "%", "100", "20", "19", ""],
    ["时效指标", "项目完成及时率", "=", "100", "%", "100", "20.00", "19.00", ""],
    ["效益指标", "社会效益指标", "违法行为责停率", "≥", "95", "%", "95", "30.00", "27.00", ""],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥", "95", "%", "96", "10.00", "10.00", ""],
    [C("总分", 7), "100", "94", ""],
]

L4_HEAD = ["项目支出绩效自评表 (2016年度)"]
L4_METHOD = "完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。"
L4_TABLE = [
    ["项目名称", C("街道社区环境整治项目", 9)],
    [C("主管部门及代码", 2), C("315 学院路街道办事处", 3), "实施单位", C("学院路街道城市管理办公室", 4)],
    [C("项目资金\n(万元)", 1, 4), C("", 2), "年初预算数(A)", "全年执行数(B)", "分值(10分)", "执行率(B/A)", "得分", C("得分计算方法", 2)],
    [C("年度资金总额:", 2), "310.2", "154.74", "10", "50%", "5", C("执行率*该指标分值,最高不得超过分值上限。", 2, 3)],
    [C("其中:本年一般公共预算拨款", 2), "310.2", "154.74", "", "", ""],
    [C("其他资金", 2), "", "", "", "", ""],
    ["年度总体目标", C("完成12个社区环境整治，消除卫生死角。", 4), C("完成12个社区整治，其中2个社区返工。", 5)],
    [C("绩效指标", 1, 5), "一级指标", "二级指标", "三级指标", "分值", "年度指标值(A)", "全年实际值(B)", "得分计算方法", "得分", "未完成原因分析"],
    [C("产出指标(50分)", 1, 2), "数量指标", "是否完成绩效目标申报表中申报的数量", "25", "12个社区", "12个社区", L4_METHOD, "25", ""],
    ["质量指标", "整治验收合格率", "25", "≥95%", "90%", L4_METHOD, "23.7", "两个社区雨季施工返工"],
    ["效益指标(30分)", "社会效益指标", "居民环境改善感受度", "30", "明显改善", "明显改善", "定性指标按三档记分", "30", ""],
    ["满意度指标(10分)", "服务对象满意度指标", "群众满意率", "10", "≥90%", "93%", "群众满意率90%以上得10分,每降5%扣1分,扣完为止", "10", ""],
    [C("总分", 4), "100", C("", 3), "93.7", ""],
]

L5_HEAD = ["报表编号:510000_0013zp", "部门预算项目支出绩效自评表(2023年度)"]
L5_REASON_HINT = ("1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);"
                  "2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.")
L5_TABLE = [
    ["项目名称", C("51000021R000000019951-工资性支出", 10)],
    ["主管部门", C("青神县发展和改革局", 4), C("实施单位 (盖章)", 2), C("青神县价格认证中心", 4)],
    [C("项目基本情况", 1, 3), C("1.项目年度目标完成情况", 2, 2), C("项目年度目标", 4), C("年度目标完成情况", 4)],
    [C("保障在职人员工资按时足额发放。", 4), C("全年工资按月足额发放，无拖欠。", 4)],
    [C("2.项目实施内容及过程概述", 2), C("按月核定工资并通过代发银行发放。", 8)],
    [C("预算执行情况(10分)", 1, 6), C("年度预算数(万元)", 2), "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", C("原因", 2)],
    [C("总额", 2), "238.93", "251.89", "251.89", "100.00%", "10", "10", C(L5_REASON_HINT, 2, 5)],
    [C("其中:财政资金", 2), "238.93", "251.89", "251.89", "100.00%", "/", "/"],
    [C("财政专户管理资金", 2), "0.00", "0.00", "0.00", "0.00%", "/", "/"],
    [C("单位资金", 2), "", "", "", "", "/", "/"],
    [C("其他资金", 2), "", "", "", "", "/", "/"],
    [C("绩效指标(90分)", 1, 4), "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
    ["产出指标", "数量指标", "发放(缴纳)覆盖率", "=", "100", "%", "100", "50", "50", ""],
    ["效益指标", "社会效益指标", "足额保障率(参保率)", "=", "100", "%", "完成", "30", "28", "个别人员参保信息变更滞后"],
    ["满意度指标", "服务对象满意度指标", "在职人员满意度", "≥", "90", "%", "95", "10", "10", ""],
    [C("合计", 8), "100", "98", ""],
    ["评价结论", C("项目自评总分98分，工资性支出按时足额发放。", 10)],
    ["存在问题", C("结合自评情况,分析存在的问题及原因。(200字以内)", 10)],
    ["改进措施", C("加强人员信息动态管理，及时更新参保信息。", 10)],
    [C("项目负责人:张明", 5), C("财务负责人:李红", 6)],
]

# L5 as 大英 left it: the printed hints still in the goal and notes cells
L5_HINTS_TABLE = [list(r) for r in L5_TABLE]
L5_HINTS_TABLE[3] = [C("保障在职人员工资按时足额发放。", 4), C("对照年度目标,说明相关任务目标的完成情况(100字以内)", 4)]
L5_HINTS_TABLE[16] = ["评价结论", C("结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)", 10)]
L5_HINTS_TABLE[18] = ["改进措施", C("针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)", 10)]

L6_HEAD = ["2020年度水土保持监测项目绩效自评表"]
L6_TABLE = [
    [C("单位名称:黄冈市水土保持监测站", 4), C("填报日期:2021年3月10日", 3)],
    ["项目名称", C("水土保持监测项目", 3), "主管部门", C("黄冈市水利和湖泊局", 2)],
    ["项目实施单位", C("黄冈市水土保持监测站", 6)],
    ["项目类别", C("1、上级专项 2、本级专项", 6)],
    ["项目属性", C("1、持续性项目 2、新增性项目", 6)],
    ["项目类型", C("1、常年性项目 2、延续性项目 3、一次性项目", 6)],
    [C("预算执行情况(万元)(20分)", 3), "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
    [C("年度财政资金总额", 3), "10", "10", "100%", "20"],
    [C("年度绩效目标1(40分)", 1, 4), "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
    [C("产出指标", 1, 2), "质量指标", "监测数据合格率", "100%", "100%", "10"],
    ["进度指标", "监测报告按时提交率", "100%", "100%", "10"],
    ["效益指标", "满意度指标", "服务对象满意度指标", "98%", "98%", "19.6"],
    [C("年度绩效目标2(40分)", 1, 4), "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
    [C("产出指标", 1, 2), "数量指标", "监测站点数量", "12个", "12个", "20"],
    ["时效指标", "季度监测完成率", "100%", "100%", "10"],
    ["效益指标", "社会效益指标", "水土流失预警信息发布次数", "≥4次", "4次", "10"],
    [C("总分", 6), "99.6"],
    [C("偏差大或目标未完成原因分析", 2), C("无", 5)],
    [C("改进措施及结果应用方案", 2), C("进一步优化监测站点布局。", 5)],
]
L6_AFTER = ["备注:1.预算执行情况口径:预算数为调整后财政资金。"]

L7_HEAD = ["银川市本级部门项目支出绩效自评表(2021年)"]
L7_TABLE = [
    ["项目名称", C("城乡困难群众救助项目", 3), "主管部门", C("银川市民政局", 3)],
    ["实施单位", C("银川市社会救助服务中心", 3), "自评得分", "98", "财政审核评分", ""],
    [C("项目资金(万元)", 2, 2), C("", 2), "年初预算数", "调整预算数(A)", "全年执行数(B)", "执行率(B/A)"],
    [C("年度资金总额", 2), "64.8", "64.8", "64.8", "100%"],
    [C("年度总体目标", 2, 2), C("年初设定目标", 3), C("年度总体目标完成情况", 3)],
    [C("保障2370名困难群众基本生活。", 3), C("全年保障2370人，资金按月发放。", 3)],
    ["一级指标", "二级指标", "三级指标", "参考分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
    [C("项目决策(10分)", 1, 4), "项目目标", "完整性", "4", "—", "目标明确、内容细化、目标量化", "4", ""],
    [C("项目立项", 1, 3), "相关性", "2", "—", "立项依据充分", "2", ""],
    ["可行性", "2", "—", "经过可行性论证", "2", ""],
    ["适当性", "2", "—", "资金规模适当", "2", ""],
    [C("项目管理(25分)", 1, 4), "投入管理", "预算执行率", "10", "—", "100%", "9", ""],
    ["财务管理", "财务管理制度有效性", "7", "—", "制度健全", "7", ""],
    [C("项目实施", 1, 2), "绩效监控有效性", "2", "—", "有效", "2", ""],
    ["管理制度有效性", "6", "—", "有效", "6", ""],
    [C("项目产出(30分)", 1, 2), "数量指标(10分)", "保障人数", "10", "2370人", "2370人", "10", ""],
    ["质量指标(20分)", "保障资金发放准确率", "20", "100%", "100%", "20", ""],
    [C("项目效益(35分)", 1, 2), "社会效益指标(25分)", "困难群众基本生活保障率", "25", "100%", "100%", "25", ""],
    ["服务对象满意度指标(10分)", "受助群众满意度", "10", "≥90%", "92%", "9", "个别群众对发放时间有意见"],
]

L10_HEAD = ["车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评", "(2021年度)"]
L10_TABLE = [
    ["转移支付(项目)名称", C("车辆购置税收入补助地方资金(普通省道公路建设)", 6)],
    ["中央主管部门", C("财政部", 6)],
    ["地方主管部门", C("四川省交通运输厅", 2), "资金使用单位", C("阆中市交通运输局", 3)],
    [C("项目资金\n(万元)", 1, 5), C("", 3), "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)"],
    [C("年度资金总额:", 3), "4000", "3960", "99%"],
    [C("其中:中央补助", 3), "4000", "3960", "99%"],
    [C("地方资金", 3), "", "", ""],
    [C("其他资金", 3), "", "", ""],
    [C("总体目标完成情况", 1, 2), C("总体目标", 3), C("全年实际完成情况", 3)],
    [C("建设普通省道二级公路32.1公里，改善区域交通条件。", 3), C("完成32.1公里路基路面工程，附属工程完成90%。", 3)],
    [C("绩效指标", 1, 7), "一级\n指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
    [C("产出指标", 1, 3), "数量指标", "建设普通省道二级公路32.1公里", "32.1公里", "32.1公里", ""],
    ["质量指标", "交工验收合格率", "100%", "100%", ""],
    ["时效指标", "年底前完工", "2021年12月31日前", "2021年12月20日", ""],
    [C("效益指标", 1, 2), "经济效益\n指标", "", "", "", ""],
    ["社会效益\n指标", "改善沿线群众出行条件", "明显改善", "基本改善", "部分路段附属工程未完工，2022年6月前完成"],
    ["满意度指标", "服务对象\n满意度指标", "改善通行服务水平群众满意度", "≥90%", "93%", ""],
    ["说明", C("无", 6)],
]
L10_AFTER = ["注:1.资金使用单位按项目填报,主管部门和财政部门汇总时按区域绩效目标填报。"]

# the 科技 version of L10: 实施单位, 年度总体目标 | 年初设定目标 | 全年实际完成情况, 年度指标值 / 全年完成值
L10_TECH_HEAD = ["附件3", "中央引导地方科技发展资金绩效目标自评表", "(2021年度)"]
L10_TECH_TABLE = [
    ["转移支付(项目)名称", C("中央引导地方科技发展资金", 6)],
    ["中央主管部门", C("科技部", 6)],
    ["地方主管部门", C("某省科学技术厅", 2), "实施单位", C("某省科技成果转化中心", 3)],
    [C("项目资金\n(万元)", 1, 5), C("", 3), "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)"],
    [C("年度资金总额:", 3), "1200", "1150", "95.83%"],
    [C("其中:中央补助", 3), "1200", "1150", "95.83%"],
    [C("地方资金", 3), "", "", ""],
    [C("其他资金", 3), "", "", ""],
    [C("年度总体目标", 1, 2), C("年初设定目标", 3), C("全年实际完成情况", 3)],
    [C("支持建设省级技术创新中心2个，转化科技成果30项。", 3), C("建成技术创新中心2个，转化科技成果32项。", 3)],
    [C("绩效指标", 1, 4), "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
    [C("产出指标", 1, 2), "数量指标", "转化科技成果数量", "≥30项", "32项", ""],
    ["时效指标", "资金下达及时率", "100%", "95%", "部分资金因项目验收延后下达"],
    ["效益指标", "社会效益指标", "带动企业研发投入", "≥5000万元", "5600万元", ""],
]

L11_HEAD = ["2020年度县级专项资金绩效目标自评表"]
L11_TABLE = [
    ["专项资金名称", C("县级储备粮轮换补助资金", 3), "负责人及电话", C("李强 0734-5812345", 2)],
    ["县级主管部门", C("衡山县发展和改革局", 3), "实施单位", C("衡山县粮食储备库", 2)],
    [C("项目资金(万元)", 1, 5), C("", 3), "全年预算数(A)", "全年执行数(B)", "执行率(B/A)"],
    [C("年度资金总额", 3), "194.9", "194.9", "100%"],
    [C("其中:中央、省、市补助", 3), "", "", ""],
    [C("县级资金", 3), "194.9", "194.9", "100%"],
    [C("其他资金", 3), "", "", ""],
    [C("年度\n总体\n目标", 1, 2), C("年初设定目标", 3), C("全年实际完成情况", 3)],
    [C("完成5000吨稻谷、500吨成品粮储备轮换。", 3), C("储备粮全部轮换到位，质量达标。", 3)],
    [C("绩 效 指 标", 1, 7), "一级\n指标", "二级\n指标", "三级指标", "年度指标\n值", "全年\n完成值", "未完成原因和\n改进措施"],
    [C("产 出 指 标", 1, 3), "数量\n指标", "5000吨稻谷、500吨成品粮储备到位率", "100%", "100%", ""],
    ["质量\n指标", "储备粮质量达标率", "≥95%", "98%", ""],
    ["时效\n指标", "轮换任务完成时间", "2020年11月底前", "2020年11月25日", ""],
    [C("效 益 指 标", 1, 2), "经济\n效益\n指标", "储备粮轮换价差收益", "≥10万元", "8万元", "因粮食市场价格波动，轮换价差收益低于预期"],
    ["可持\n续影\n响指标", "因粮食市场波动引起的粮食安全事件发生数", "0起", "0起", ""],
    ["满意\n度指\n标", "服务\n对象\n满意\n度指\n标", "群众满意度", "≥90%", "95%", ""],
    ["说明", C("无", 6)],
]
L11_AFTER = ["注:1、其他资金包括和中央、省、市补助、地方财政资金共同投入到同一项目的自有资金。"]

L12_HEAD = ["部门整体支出绩效自评表", "(2023年度)"]
L12_TABLE = [
    ["部门", C("金寨县农业农村局", 8)],
    [C("预算资金 (万元)", 1, 5), C("", 2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [C("年度资金总额", 2), "329.77", "329.77", "338.31", "10", "102.59%", ""],
    [C("其中:当年财政拨款", 2), "329.77", "329.77", "338.31", "—", "102.59%", "—"],
    [C("上年结转资金", 2), "", "", "", "—", "", "—"],
    [C("其他资金", 2), "", "", "", "—", "", "—"],
    [C("年度总体目标", 1, 2), C("预期目标", 4), C("实际完成情况", 4)],
    [C("1.建设徽风皖韵美丽乡村;\n2.推进农村人居环境整治。", 4), C("1.启动美丽乡村中心村建设6个;\n2.完成农村改厕1200户。", 4)],
    [C("绩 效 指 标", 1, 9), "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [C("产出指标", 1, 5), C("数量指标", 1, 2), "指标1:开展精品示范村建设数量", "≤4", "4", "10", "10", ""],
    ["指标2:新建农村公路里程", "≥200公里", "202公里", "10", "10", ""],
    ["质量指标", "指标1:工程验收合格率", "≥95%", "100%", "10", "10", ""],
    ["时效指标", "指标1:完成精品示范村验收时间", "9月前", "7月", "10", "10", ""],
    ["成本指标", "指标1:示范村建设成本", "≤80万元/个", "78万元/个", "10", "10", ""],
    [C("效益指标", 1, 2), "社会效益指标", "指标1:受益农户数", "≥5000户", "5200户", "20", "20", ""],
    ["可持续影响指标", "指标1:长效管护机制覆盖率", "100%", "95%", "10", "9", "两个村管护协议未签订，次年一季度完成"],
    ["满意度指标", "服务对象满意度指标", "指标1:群众满意度", "≥90%", "96%", "10", "10", ""],
    # an empty row left by the producer before the total
    ["", "", "", "", "", "", "", "", ""],
    [C("总分", 6), "100", "89", ""],
]

# L12 with the department's code and contact rows, amounts with thousands separators, a full-width 10
L12_CODE_TABLE = [
    ["部门（单位）名称", C("金寨县农业农村局", 4), "部门编码", C("103001", 3)],
    ["部门联系人", C("汪洋", 4), "联系电话", C("0564-7012345", 3)],
    L12_TABLE[1],
    [C("年度资金总额", 2), "1,329.77", "1,329.77", "1,338.31", "１０", "100.64%", ""],
    [C("其中:当年财政拨款", 2), "1,329.77", "1,329.77", "1,338.31", "—", "100.64%", "—"],
] + L12_TABLE[4:]

# L12 broken over two pages by hand: the second table starts with the indicator header copied over
L12_SPLIT_A = L12_TABLE[:8] + [
    [C("绩 效 指 标", 1, 5)] + L12_TABLE[8][1:],
    [C("产出指标", 1, 4), C("数量指标", 1, 2)] + L12_TABLE[9][2:],
] + L12_TABLE[10:13]
L12_SPLIT_B = [
    [C("绩 效 指 标", 1, 5)] + L12_TABLE[8][1:],
    ["产出指标"] + L12_TABLE[13],
] + L12_TABLE[14:17] + [L12_TABLE[18]]

L13_HEAD = ["部门整体绩效自评表"]
L13_TABLE = [
    ["主管部门", C("重庆市渝北区统计局", 2), "财政处室", C("行政政法科", 2), C("自评总分（分）", 2), C("95.1", 3)],
    ["部门联系人", C("陈静", 4), C("联系电话", 2), C("023-67812345", 4)],
    [C("部门预算执行情况（万元）", 5, 2), "年初预算数", "全年（调整）预算数", "全年执行数", "执行率（%）", "执行率权重", "执行率得分（分）"],
    ["520.3", "612.8", "465.7", "76%", "10", "7.6"],
    [C("当年绩效目标", 2, 2), C("年初绩效目标", 3), C("全年（调整）绩效目标", 3), C("全年目标实际完成情况", 3)],
    [C("全面完成年度统计调查任务。", 3), C("无", 3), C("按时完成各项统计调查任务，数据质量总体良好。", 3)],
    [C("绩效指标", 1, 6), "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数（%）", "指标权重（分）", "指标得分（分）", "是否核心指标"],
    ["财政供养人员控制率", "%", "定量指标", "100%", "", "92%", "100%", "2", "2", "否"],
    ["预算完成率", "%", "定量指标", "70%", "", "76%", "100%", "2", "2", "是"],
    ["管理制度健全性", "", "定性指标", "高", "", "高", "100%", "3", "3", "否"],
    ["统计调查任务完成率", "%", "定量指标", "100%", "", "100%", "100%", "78", "78", "是"],
    ["统计数据质量抽查合格率", "%", "定量指标", "≥98%", "", "96%", "50%", "5", "2.5", "否"],
]

# L14a (寿县): a 序号 column, 指标解释 and 指标说明及评分标准, names broken over two lines
L14A_HEAD = ["2023年度部门整体支出绩效评价自评表"]
L14A_TABLE = [
    ["单位", C("寿县教育局", 7)],
    ["序号", "一级\n指标", "二级\n指标", "三级\n指标", "指标分值", "指标解释", "指标说明及评分标准", "自评得分"],
    ["1", C("规划\n(15分)", 1, 3), C("基础信息\n(3分)", 1, 1), "基础信息\n完整性", "3", "部门及所属二级单位预算基础信息是否符合相关规定。",
     "1、基础数据信息是否真实(1分); 2、是否完整(1分); 3、是否准确(1分)。", "3"],
    ["2", C("工作计划\n(6分)", 1, 2), "年度工作\n计划完整性", "3", "年度工作计划是否完整。", "年度工作计划是否完整可行(3分)", "3"],
    ["3", "年度工作\n计划明确性", "3", "年度工作计划是否明确。", "年度工作计划目标明确(3分)", "2"],
]

# L14c (达州): only 一级 / 二级 / 三级 / 得分, the points in every label, a blank 部门特性指标 row
L14C_HEAD = ["2022年度部门整体支出绩效评价得分表"]
L14C_TABLE = [
    ["一级指标", "二级指标", "三级指标", "得分"],
    [C("部门决策(25分)", 1, 5), C("目标任务(15分)", 1, 3), "相关性(5分)", "5"],
    ["明确性(5分)", "5"],
    ["合理性(5分)", "4"],
    [C("预算编制(10分)", 1, 2), "测算依据(5分)", "5"],
    ["目标管理(5分)", "5"],
    [C("部门绩效情况(45分)", 1, 2), "履职成效(20分)", "部门特性指标", ""],
    ["满意度(10分)", "社会公众满意度(4分)", "4"],
    [C("合计", 3), "28"],
]

L14_HEAD = ["附件3-1", "2018年部门整体支出绩效评价评分表(参考样表)"]
L14_TABLE = [
    ["单位", C("岳阳市审计局", 6)],
    ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分", "扣分原因和其他说明"],
    [C("投 入\n(15分)", 1, 3), C("预算配置\n(15分)", 1, 3), "财政供养人员控制率",
     "以100%为标准。在职人员控制率100%,计5分;每超过一个百分点扣0.5分,扣完为止。", "5", "5", ""],
    ["“三公经费”变动率", "“三公经费”变动率0,计5分; “三公经费”>0,每超过一个百分点扣0.5分,扣完为止。", "5", "5", ""],
    ["重点支出安排率", "重点支出安排率≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;60%(含)-70%,计2分;低于60%不得分。", "5", "5", ""],
    [C("过 程\n(40分)", 1, 4), C("预算执行\n(15分)", 1, 3), "预算调整率",
     "预算调整率=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分。", "3", "3", ""],
    ["支付进度", "春节前下达全部专项资金的50%;6月底前所有专项资金指标全部下达完。每出现一个专项未按进度完成资金下达扣0.5分,扣完为止。", "3", "3", ""],
    ["资金结余", "无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。", "3", "2", "有结余，未超过上年结转"],
    ["预算管理\n(15分)", "管理制度健全性", "①内部财务管理制度健全1分; ②会计核算制度健全1分; ③资产管理制度健全1分。", "3", "3", ""],
    [C("合计", 4), "27", "26", ""],
]

# ---------------------------------------------------------------------------------------------------
# python-docx


def new_document():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.makeelement(qn("w:rFonts"), {qn("w:eastAsia"): "仿宋"})
    rpr.insert(0, fonts)
    return doc


def para(doc, text, center=False, size=None, bold=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    return p


def write(cell, text, breaks):
    """Line breaks as paragraphs (Word's Enter) or as w:br (Shift+Enter)."""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    if breaks == "br":
        run = first.add_run(lines[0])
        for line in lines[1:]:
            run.add_break()
            run.add_text(line)
    else:
        first.add_run(lines[0])
        for line in lines[1:]:
            cell.add_paragraph().add_run(line)


def table(doc, rows, breaks="p"):
    cells, width = place(rows)
    t = doc.add_table(rows=len(rows), cols=width)
    t.style = "Table Grid"
    merged = []
    for r, c, cs, rs, text in cells:
        a = t.cell(r, c)
        if cs > 1 or rs > 1:
            a = a.merge(t.cell(r + rs - 1, c + cs - 1))
        merged.append((a, text))
    for a, text in merged:
        write(a, text, breaks)
    return t


def heading(doc, lines):
    for i, text in enumerate(lines):
        is_title = "表" in text or "自评" in text
        para(doc, text, center=not text.startswith("附件") and not text.startswith("报表编号"),
             size=16 if is_title else 12, bold=is_title)


def form(doc, head, rows, after=(), breaks="p"):
    heading(doc, head)
    table(doc, rows, breaks)
    for text in after:
        para(doc, text, size=9)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(doc, name):
    doc.save(os.path.join(OUT, name))


def make_python_docx():
    doc = new_document()
    heading(doc, L1_HEAD)
    table(doc, L1_TABLE_A)
    page_break(doc)
    table(doc, L1_TABLE_B)
    for text in L1_AFTER:
        para(doc, text)
    save(doc, "L1-project-split.docx")

    for name, head, rows, after, breaks in [
        ("L3-project-yunnan-python-docx.docx", L3_HEAD, L3_TABLE, (), "p"),
        ("L11-transfer-county-python-docx.docx", L11_HEAD, L11_TABLE, L11_AFTER, "p"),
        ("L1-guichi.docx", L1G_HEAD, L1G_TABLE, (), "p"),
        ("L12-unit-code.docx", L12_HEAD, L12_CODE_TABLE, (), "p"),
        ("L4-project-method.docx", L4_HEAD, L4_TABLE, (), "br"),
        # the year on a line of its own without brackets; the unit's name and the year in front of the title
        ("L4-year-line-bare.docx", ["项目支出绩效自评表", "2016年度"], L4_TABLE, (), "br"),
        ("L12-unit-in-title.docx", ["金寨县农业农村局2023年度部门整体支出绩效自评表"], L12_TABLE, (), "p"),
        # 附件 and title on one line, as 廊坊 prints it
        ("L4-attachment-in-title.docx", ["附件1 项目支出绩效自评表 (2016年度)"], L4_TABLE, (), "br"),
        ("L14-attachment-in-title.docx", ["附件3-1：2018年部门整体支出绩效评价评分表(参考样表)"], L14_TABLE, (), "br"),
        ("L5-project-sichuan-hints.docx", L5_HEAD, L5_HINTS_TABLE, (), "p"),
        ("L14a-scoring-table.docx", L14A_HEAD, L14A_TABLE, (), "p"),
        ("L14c-scoring-table.docx", L14C_HEAD, L14C_TABLE, (), "p"),
        ("L5-project-sichuan.docx", L5_HEAD, L5_TABLE, (), "p"),
        ("L6-hubei-indicator-table.docx", L6_HEAD, L6_TABLE, L6_AFTER, "p"),
        ("L7-yinchuan-indicator-table.docx", L7_HEAD, L7_TABLE, (), "p"),
        ("L10-transfer-central.docx", L10_HEAD, L10_TABLE, L10_AFTER, "br"),
        ("L12-department-project-shape.docx", L12_HEAD, L12_TABLE, (), "p"),
        ("L13-department-flat.docx", L13_HEAD, L13_TABLE, (), "p"),
        ("L14-scoring-table.docx", L14_HEAD, L14_TABLE, (), "br"),
    ]:
        doc = new_document()
        form(doc, head, rows, after, breaks)
        save(doc, name)

    doc = new_document()
    form(doc, L2_FULL_HEAD, full_width(L2_TABLE), L2_AFTER)
    save(doc, "L2-full-width.docx")

    # the forms without their title and year lines: the header rows must decide the kind, or nothing does
    for name, head, rows in [
        ("L2-notitle.docx", [], L2_TABLE), ("L5-notitle.docx", L5_HEAD[:1], L5_TABLE), ("L10-notitle.docx", [], L10_TABLE),
        ("L11-notitle.docx", [], L11_TABLE), ("L12-notitle.docx", [], L12_TABLE), ("L13-notitle.docx", [], L13_TABLE),
    ]:
        doc = new_document()
        form(doc, head, rows)
        save(doc, name)

    # L1 as transcribed from 鄂州: title and year as one-cell rows on top of the table; 总 分 spaced
    doc = new_document()
    para(doc, "附件1")
    table(doc, [[C("项目支出绩效自评表", 9)], [C("（ 2021 年度）", 9)]] + L1_TABLE_A)
    page_break(doc)
    table(doc, L1_TABLE_B[:-1] + [[C("总  分", 6), "100", "98.5", ""]])
    for text in L1_AFTER:
        para(doc, text)
    save(doc, "L1-title-rows.docx")

    doc = new_document()
    heading(doc, L12_HEAD)
    table(doc, L12_SPLIT_A)
    page_break(doc)
    table(doc, L12_SPLIT_B)
    save(doc, "L12-split-header-repeated.docx")

    # a long title broken by hand over two paragraphs
    doc = new_document()
    form(doc, ["附件2", "2023年度部门整体支出", "绩效自评表"], L12_TABLE)
    save(doc, "L12-title-split.docx")

    # a 决算 bundle: a department form (the year inside its title), two project forms, a transfer form
    doc = new_document()
    form(doc, ["附件1", "2023年度部门整体支出绩效自评表"], L12_TABLE)
    page_break(doc)
    form(doc, ["附件2"] + L2_HEAD, L2_TABLE, L2_AFTER)
    page_break(doc)
    form(doc, ["附件3"] + L4_HEAD, L4_TABLE, (), "br")
    page_break(doc)
    form(doc, ["附件4"] + L10_HEAD, L10_TABLE, L10_AFTER, "br")
    save(doc, "bundle-department-projects-transfer.docx")


# ---------------------------------------------------------------------------------------------------
# LibreOffice: HTML with rowspan / colspan, imported by Writer


def html_table(rows):
    out = ['<table border="1" cellspacing="0" cellpadding="3">']
    for row in rows:
        out.append("<tr>")
        for item in row:
            text, cs, rs = (item, 1, 1) if isinstance(item, str) else item
            attrs = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
            body = "<br>".join(html.escape(line) for line in text.split("\n"))
            out.append(f"<td{attrs}>{body}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_document(head, rows, after=()):
    parts = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>']
    for i, text in enumerate(head):
        parts.append(f'<p align="center"><b>{html.escape(text)}</b></p>' if "表" in text else f'<p align="center">{html.escape(text)}</p>')
    parts.append(html_table(rows))
    for text in after:
        parts.append(f"<p>{html.escape(text)}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


CONTACTS = [["联系人", "电话", "邮箱"], ["张敏", "0734-5811111", "hs@example.cn"]]


def html_bundle(forms):
    parts = [html_document(head, rows, after) for head, rows, after in forms]
    return parts[0].replace("</body></html>", "") + "".join(p.split("<body>", 1)[1].replace("</body></html>", "") for p in parts[1:]) + "</body></html>"


def make_libreoffice():
    docs = [
        ("L2-project-anhui", html_document(L2_HEAD, L2_TABLE, L2_AFTER)),
        ("L3-project-yunnan", html_document(L3_HEAD, L3_TABLE)),
        ("L11-transfer-county", html_document(L11_HEAD, L11_TABLE, L11_AFTER)),
        ("L5-project-sichuan-libreoffice", html_document(L5_HEAD, L5_TABLE)),
        ("L12-department-project-shape-libreoffice", html_document(L12_HEAD, L12_TABLE)),
        ("L13-department-flat-libreoffice", html_document(L13_HEAD, L13_TABLE)),
        ("L14-scoring-table-libreoffice", html_document(L14_HEAD, L14_TABLE)),
        ("L1-project-split-libreoffice", html_document(L1_HEAD, L1_TABLE_A).replace("</body></html>", "")
         + "<p></p>" + html_table(L1_TABLE_B) + "".join(f"<p>{html.escape(t)}</p>" for t in L1_AFTER) + "</body></html>"),
        ("L4-project-method-libreoffice", html_document(L4_HEAD, L4_TABLE)),
        ("L10-transfer-science-libreoffice", html_document(L10_TECH_HEAD, L10_TECH_TABLE)),
        ("L6-hubei-indicator-table-libreoffice", html_document(L6_HEAD, L6_TABLE, L6_AFTER)),
        ("L7-yinchuan-indicator-table-libreoffice", html_document(L7_HEAD, L7_TABLE)),
        ("L10-transfer-central-libreoffice", html_document(L10_HEAD, L10_TABLE, L10_AFTER)),
        # a bundle as a web page saved by LibreOffice: 部门整体 (flat), a project form, a transfer form followed
        # by an unrelated contact table, then a scoring table
        ("bundle-libreoffice", html_bundle([
            (L13_HEAD, L13_TABLE, ()), (["附件2"] + L3_HEAD, L3_TABLE, ()), (["附件3"] + L11_HEAD, L11_TABLE, ()),
        ]).replace("</body></html>", "<p></p>" + html_table(CONTACTS) + html_bundle([(L14_HEAD, L14_TABLE, ())]).split("<body>", 1)[1])),
        # a web page whose form sits inside a one-cell frame table
        ("L12-in-frame-libreoffice", html_document(L12_HEAD, L12_TABLE).replace("<body>", '<body><table border="0" width="100%"><tr><td>', 1)
         .replace("</body></html>", "</td></tr></table></body></html>")),
        # two Sichuan forms one after the other, nothing between them but the next form's lines (大英)
        ("L5-twice-libreoffice", html_document(L5_HEAD, L5_TABLE) .replace("</body></html>", "")
         + html_document(L5_HEAD, L5_TABLE).split("<body>", 1)[1]),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "profile")
        for name, text in docs:
            src = os.path.join(tmp, name + ".html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(text)
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML",
                            "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL)
            shutil.copy(os.path.join(tmp, name + ".docx"), os.path.join(OUT, name + ".docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    make_python_docx()
    if "--no-libreoffice" not in sys.argv:
        make_libreoffice()


if __name__ == "__main__":
    main()
