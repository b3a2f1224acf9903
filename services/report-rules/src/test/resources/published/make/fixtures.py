"""The fixtures: invented agencies, their numbers and the layout each one is printed in.

Each entry gives the agency's counts (Table 3 per applicant column for 一、二 and every result row; 总计, （七）总计
and 四、结转 are computed so the clean table balances), the printed deviations (t3_over / t4_over: a planted error
or a blank cell), the text around the report (web chrome, title lines, signature) and the layout functions.
"""

import functools

import forms as F

Z = [0] * 6


def z(**rows):
    return rows


def cn_date(y, m, d):
    digits = "〇一二三四五六七八九"
    year = "".join(digits[int(c)] for c in str(y))

    def num(n):
        if n < 10:
            return digits[n]
        if n < 20:
            return "十" + (digits[n - 10] if n > 10 else "")
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    return f"{year}年{num(m)}月{num(d)}日"


@functools.lru_cache(maxsize=None)
def s2t(text):
    return F.opencc(text, "s2t.json").rstrip("\n")


# ---------------------------------------------------------------------------------------------------------------
# layout helpers (text)
# ---------------------------------------------------------------------------------------------------------------

def pipe_small_tables(t2, trailing=""):
    """The 2019 Table 2 as small tables, each a title line, its own header row and its rows."""
    out = []
    for title, header, rows in t2:
        out.append(title + trailing)
        out.append(" | ".join(header) + trailing)
        for label, values in rows:
            out.append(" | ".join([label] + [str(v) for v in values]) + trailing)
    return out


def hetang_t2(t2):
    """Pipe rows with the leftover gaps of merged cells: `第二十条第(一)项 | ||||`, `行政许可 | 0 | 0 | 0 | |`."""
    out = []
    for title, header, rows in t2:
        out.append(F.ascii_parens(title) + " | ||||")
        out.append(" | ".join(header) + " | " + "|" * (5 - len(header)))
        for label, values in rows:
            out.append(" | ".join([label] + [str(v) for v in values]) + " | " + "|" * (4 - len(values)))
    return out


def hetang_t3(t3, template):
    """Inline group labels, trailing pipes, header rows with `||||` gaps, typos from real copies."""
    out = ["（本列数据的有色稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | ||||||||",
           "自然人 | 法人或其他组织 | 总计 | |||||||",
           "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||"]
    body = F.t3_pipe_inline(t3, template, trailing=" |", paren_ascii=True)[3:]
    return out + body


def hetang_t4(t4):
    return ["行政复议 | 行政诉讼 | |||||||||||||",
            "结果维持 | 结果纠正 | 其他结果 | 尚示审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | |||||||||",
            "结果维持 | 结果纠正 | 其他结果 | 尚示审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚示审结 | 总计 | |||||",
            " | ".join(F.cell(v) for v in F.t4_values(t4)) + " |"]


def md_t2(t2):
    out = ["| " + t2[0][0] + " ||||", "|---|---|---|---|"]
    first = True
    for title, header, rows in t2:
        if not first:
            out.append("| " + title + " ||||")
        first = False
        out.append("| " + " | ".join(header) + " |" + " |" * (4 - len(header)))
        for label, values in rows:
            out.append("| " + " | ".join([label] + [str(v) for v in values]) + " |" + " |" * (3 - len(values)))
    return out


def tab_t2(t2, width=4):
    return F.t2_text(t2, "\t", width=width)


def tables(t2f, t3f, t4f):
    return lambda t2, t3, t4: (t2f(t2), t3f(t3), t4f(t4))


def strict_tab_t3(template, fix=None):
    return lambda t3: F.t3_tab(t3, template, style="strict", paren_ascii=False, label_fix=fix)


def seed_tab_t3(template, fix=None):
    return lambda t3: F.t3_tab(t3, template, style="seed", paren_ascii=True, label_fix=fix)


def t4_tab(fix=None):
    return lambda t4: F.t4_tab(t4, label_fix=fix)


WEB_TOOLS = ["【打印本页】", "【关闭窗口】", "分享到：", "微信", "微博", "QQ空间"]


def t2_2021(rules=(0, 0, 0), norm=(0, 0, 0), lic=0, pun=0, enf=0, fees=0):
    return {"rules": rules, "normativeDocuments": norm, "licensing": [lic], "punishment": [pun],
            "enforcement": [enf], "fees": [fees]}


def t2_2019(rules=(0, 0, 0), norm=(0, 0, 0), lic=(0, 0, 0), oth=(0, 0, 0), pun=(0, 0, 0), enf=(0, 0, 0),
            fees=(0, 0), proc=(0, 0)):
    return {"rules": rules, "normativeDocuments": norm, "licensing": lic, "otherServices": oth, "punishment": pun,
            "enforcement": enf, "fees": fees, "procurement": proc}


def counts(a, b, c=3, d=20, e=2, f=1, k=0, m=0):
    return dict(a=a, b=b, c=c, d=d, e=e, f=f, k=k, m=m)


FIXTURES = []


def add(**kw):
    kw.setdefault("errors", [])
    kw.setdefault("t4", (Z[:4], Z[:4], Z[:4]))
    FIXTURES.append(kw)


# ===============================================================================================================
# p01: a big city's general office, 2019, the web page copied out as text with ` | ` rows
# ===============================================================================================================

P01_OVERVIEW = [
    "2019年，江城市人民政府办公厅认真贯彻新修订的《条例》，围绕市委、市政府中心工作，统筹推进政务公开各项任务，"
    "政府工作透明度进一步提高。",
    "（一）主动公开方面。全年在“中国江城”门户网站和《江城市人民政府公报》主动公开市政府规章6件、规范性文件37件，"
    "发布人事任免信息84条。围绕优化营商环境、城市更新、垃圾分类等重点工作，举办市政府新闻发布会57场，"
    "发布政策解读材料126篇，做到重要政策“应解读尽解读”。",
    "（二）依申请公开方面。全年共新收政府信息公开申请686件，上年结转28件。全年办结674件，其中予以公开242件，"
    "部分公开48件，其余依法作出不予公开、无法提供、不予处理等答复；结转下年度继续办理40件。"
    "办理中注重与申请人沟通，引导申请人通过主动公开渠道获取信息。",
    "（三）政府信息管理方面。落实公文公开属性源头认定制度，对拟公开信息严格进行保密审查；"
    "组织开展行政规范性文件清理，对现行有效的412件规范性文件集中统一公开，并动态更新政府信息公开目录。",
    "（四）政府信息公开平台建设方面。完成“中国江城”门户网站集约化改版，上线政策文件库和智能问答功能；"
    "“江城发布”政务新媒体全年推送信息2140条；在市档案馆、市图书馆和各区行政服务中心设立政府信息公开查阅点。",
    "（五）监督保障方面。将政务公开工作纳入市政府绩效考核，组织全市政务公开业务培训4场、培训人员600余人次；"
    "委托第三方开展政务公开测评，对测评中发现的问题督促整改。本年度因政府信息公开工作被申请行政复议6件、"
    "被提起行政诉讼5件，具体结果见表四。",
]

P01_PROBLEMS = [
    "2019年，市政府办公厅政府信息公开工作取得了一定成效，但对照新修订的《条例》要求和公众期待，"
    "还存在政策解读的针对性不够强、依申请公开答复的规范化水平有待提高等问题。",
    "2020年，市政府办公厅将重点做好以下工作：一是深化政策解读，推行图解、视频、问答等多种解读形式，"
    "提高解读的可读性；二是规范依申请公开办理，修订依申请公开工作规程和答复文书示范文本，加强对区和部门的业务指导；"
    "三是推进基层政务公开标准化规范化建设，在全市各街道、乡镇全面推行公开事项标准目录。",
]

P01_OTHER = [
    "本年度市政府办公厅未收取政府信息公开相关费用。",
    "2019年，市政府办公厅牵头办理市人大代表建议41件、市政协提案56件，办理结果已按规定主动公开。",
]

add(name="p01-jiangcheng-general-office-2019", ext="txt", agency="江城市人民政府办公厅", year=2019,
    template="2019", published="2020-01-22", variant=0,
    me="市政府办公厅", site="“中国江城”门户网站", wx="江城发布", tel="021-53210000", counts=counts(0, 0),
    overview=P01_OVERVIEW, problems=P01_PROBLEMS, other=P01_OTHER,
    preamble=("本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求编制，全文包括总体情况、"
              "主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况、"
              "政府信息公开工作存在的主要问题及改进情况、其他需要报告的事项六部分。本年度报告中所列数据统计期限"
              "从2019年1月1日到12月31日止。本年度报告电子版可从“中国江城”门户网站下载。"),
    indent="　　",
    headings=["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
              "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况", "五、政府信息公开工作存在的主要问题及改进情况",
              "六、其他需要报告的事项"],
    chrome_top=["江城市人民政府", "登录 | 注册 | 无障碍 | 长者模式",
                "首页 | 要闻动态 | 政务公开 | 政务服务 | 互动交流 | 走进江城",
                "当前位置：首页>政务公开>政府信息公开年报", ""],
    title_lines=["2019年江城市人民政府办公厅政府信息公开工作年度报告"],
    chrome_after_title=["", "字号：大 中 小", "发布日期：2020-01-23"],
    signature=["江城市人民政府办公厅", "2020年1月22日", ""],
    chrome_bottom=["【打印本页】 【关闭窗口】", "扫一扫在手机打开当前页", "网站地图 | 联系我们 | 网站声明",
                   "主办：江城市人民政府办公厅  承办：江城市大数据中心"],
    new=[587, 64, 2, 3, 19, 11], carried=[23, 4, 0, 0, 1, 0],
    results=z(**{
        "granted": [214, 19, 1, 0, 5, 3], "partiallyGranted": [38, 6, 0, 1, 2, 1],
        "withheld.stateSecret": [9, 2, 0, 0, 0, 0], "withheld.lawProhibited": [3, 0, 0, 0, 0, 0],
        "withheld.securityStability": [2, 0, 0, 0, 0, 0], "withheld.thirdParty": [7, 3, 0, 0, 1, 0],
        "withheld.internalAffairs": [12, 1, 0, 0, 0, 1], "withheld.processInformation": [18, 4, 0, 0, 1, 0],
        "withheld.enforcementFile": [4, 0, 0, 0, 0, 0], "withheld.administrativeQuery": [6, 1, 0, 0, 0, 0],
        "unavailable.notHeld": [131, 15, 1, 1, 5, 3], "unavailable.needsCreation": [22, 3, 0, 0, 1, 1],
        "unavailable.unclear": [15, 2, 0, 0, 0, 0], "notProcessed.petition": [41, 2, 0, 0, 0, 1],
        "notProcessed.repeated": [17, 1, 0, 0, 1, 0], "notProcessed.publication": [3, 0, 0, 0, 0, 0],
        "notProcessed.excessive": [9, 0, 0, 0, 0, 0], "notProcessed.confirmation": [5, 1, 0, 0, 0, 0],
        "otherHandling": [21, 3, 0, 1, 2, 1]}),
    t4=([3, 1, 0, 2], [2, 0, 1, 1], [1, 0, 0, 0]),
    t2=t2_2019(rules=(6, 6, 142), norm=(37, 37, 412), lic=(12, -3, 318), oth=(4, 0, 56), pun=(0, 0, 0),
               enf=(0, 0, 0), fees=(0, 0), proc=(27, "1846.32万元")),
    text_tables=tables(pipe_small_tables, lambda t3: F.t3_pipe_inline(t3, "2019"), F.t4_pipe_two_headers),
    description="完整的2019年报告（大城市人民政府办公厅），网页正文复制为文本：标题前有站名、登录注册、导航、"
                "当前位置面包屑，标题后有字号、发布日期，文末有打印本页、关闭窗口、扫一扫、网站地图、主办单位；"
                "表二为五个各带表头的小表，表三表头三行、组标签行内（三、本年度办理结果 | （一）予以公开 | …），"
                "表四为两行表头加一行15个无标签数值。",
    patterns=["chrome-before-title", "chrome-after-title", "chrome-at-end", "title-year-in-front", "pipe-rows",
              "inline-group-labels", "t3-three-line-header", "t2-2019-small-tables", "t4-unlabelled-row",
              "template-2019-for-2019", "big-numbers"])

# ===============================================================================================================
# p02: county bureau, 2023, tab-separated rows as copied from a Word table (like seed 000); breadcrumb chrome
# ===============================================================================================================

add(name="p02-tongxi-commerce-2023", ext="txt", agency="桐溪县商务局", year=2023, template="2021",
    published="2024-01-19", variant=1,
    me="我局", site="桐溪县人民政府门户网站", wx="桐溪商务", tel="0571-64120087", counts=counts(126, 31, d=88),
    chrome_top=["首页 > 政务公开 > 年度报告", "字体：【大 中 小】 打印", "年度报告", ""],
    title_lines=["桐溪县商务局2023年政府信息公开工作年度报告"],
    chrome_after_title=["发布时间：2024-01-22 来源：桐溪县商务局 浏览次数：386"],
    signature=["", "桐溪县商务局", "2024年1月19日"],
    chrome_bottom=["", "打印本页 关闭窗口", "扫一扫在手机打开当前页"],
    new=[9, 3, 0, 0, 1, 0], carried=[1, 0, 0, 0, 0, 0],
    results=z(**{"granted": [4, 2, 0, 0, 0, 0], "partiallyGranted": [2, 0, 0, 0, 1, 0],
                 "withheld.thirdParty": [1, 0, 0, 0, 0, 0], "unavailable.notHeld": [2, 1, 0, 0, 0, 0],
                 "notProcessed.repeated": [1, 0, 0, 0, 0, 0]}),
    t4=([1, 0, 0, 0], Z[:4], Z[:4]),
    t2=t2_2021(norm=(2, 0, 7), lic=146, pun=12),
    text_tables=tables(tab_t2, seed_tab_t3("2021"), t4_tab()),
    description="县级部门2023年报告，网页复制的文本：标题前面包屑“首页 > 政务公开 > 年度报告”、字体大中小打印、"
                "单独一行“年度报告”，标题后发布时间/来源/浏览次数；表格为制表符分隔（合并单元格成空单元格，"
                "3.其他和（七）总计的标签落在第一列），全角标题与半角括号的表内标签混用。",
    patterns=["chrome-before-title", "chrome-after-title", "chrome-at-end", "lone-nianbao-line", "tab-rows",
              "mixed-punctuation"])

# ===============================================================================================================
# p03: township, 2022, one cell per line (like seed 003), GB18030
# ===============================================================================================================

add(name="p03-shiqiao-town-2022", ext="txt", encoding="gb18030", agency="石桥镇人民政府", year=2022,
    template="2021", published="2023-01-16", variant=5,
    me="我镇", site="临水县人民政府网站石桥镇专栏", wx="石桥发布", tel="0736-7012345", counts=counts(74, 12, d=35),
    blank_lines=False,
    title_lines=["", "石桥镇人民政府", "2022年政府信息公开工作年度报告", ""],
    signature=["", "", "石桥镇人民政府", "2023年1月16日"],
    new=[3, 1, 0, 0, 0, 0], carried=Z,
    results=z(**{"granted": [1, 1, 0, 0, 0, 0], "unavailable.notHeld": [1, 0, 0, 0, 0, 0],
                 "notProcessed.petition": [1, 0, 0, 0, 0, 0]}),
    t2=t2_2021(norm=(0, 0, 1), pun=3),
    text_tables=tables(lambda t2: ["\t" + c for title, h, rows in t2 for c in
                                   [title, ""] + h + [""] + [x for lab, vals in rows for x in
                                                              [lab] + [str(v) for v in vals] + [""]]],
                       lambda t3: F.t3_cell_per_line(t3, "2021"), F.t4_cell_per_line),
    description="乡镇2022年报告，GB18030编码；标题分两行（机关名一行、年份和标题一行）；"
                "表格一格一行、行与行之间空行、合并单元格成空行，表头词被拆成多行（商业/企业、科/研/机/构），"
                "“三、本年度办理结果”竖排。",
    patterns=["gb18030", "title-two-lines", "cell-per-line", "header-broken-over-lines", "township"])

# ===============================================================================================================
# p04: district health bureau, 2024, markdown with pipe tables and leftover gaps
# ===============================================================================================================

add(name="p04-nanhu-health-2024", ext="md", agency="南湖区卫生健康局", year=2024, template="2021",
    published="2025-01-21", variant=2,
    me="我局", site="南湖区人民政府网站", wx="健康南湖", tel="0573-82101234", counts=counts(412, 56, d=230, e=3),
    title_lines=["# 南湖区卫生健康局 2024 年政府信息公开工作年度报告"],
    headings=["## 一、总体情况", "## 二、主动公开政府信息情况", "### 三、收到和处理政府信息公开申请情况",
              "## 四、政府信息公开行政复议、行政诉讼情况", "## 五、存在的主要问题及改进情况", "## 六、其他需要报告的事项"],
    preamble_in_section1=True,
    signature=["", "南湖区卫生健康局", "", "2025 年 1 月 21 日"],
    new=[27, 6, 1, 0, 2, 1], carried=[2, 0, 0, 0, 0, 0],
    results=z(**{"granted": [11, 3, 1, 0, 1, 0], "partiallyGranted": [3, 1, 0, 0, 0, 0],
                 "withheld.processInformation": [2, 0, 0, 0, 0, 0], "withheld.thirdParty": [1, 0, 0, 0, 0, 0],
                 "unavailable.notHeld": [7, 1, 0, 0, 1, 1], "unavailable.needsCreation": [1, 0, 0, 0, 0, 0],
                 "unavailable.unclear": [1, 0, 0, 0, 0, 0], "notProcessed.petition": [2, 0, 0, 0, 0, 0],
                 "otherHandling.overdueCorrection": [1, 0, 0, 0, 0, 0]}),
    t4=([2, 1, 0, 1], [1, 0, 0, 0], Z[:4]),
    t2=t2_2021(norm=(3, 1, 14), lic=2318, pun=97, enf=4),
    text_tables=tables(md_t2, lambda t3: F.t3_markdown(t3, "2021"), F.t4_markdown),
    description="区级部门2024年报告，Markdown：#/##/### 标题混用，统计期限写在总体情况内；"
                "表格为管道表，合并单元格留下空单元格和“||||”缺口，表四三行表头。",
    patterns=["markdown", "pipe-rows", "leftover-gaps", "md-headings-mixed", "t3-three-line-header"])

# ===============================================================================================================
# p05: city bureau, 2022, a full government web page (html) with rowspan/colspan tables
# ===============================================================================================================

P05_PAGE = dict(
    site="临川市人民政府",
    top=["2023年1月30日 星期一", "登录 | 注册", "用户中心", "支持IPV6", "设为首页", "加入收藏", "无障碍浏览"],
    nav=["首页", "政务公开", "政务服务", "互动交流", "走进临川"],
    crumb="当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 政府信息公开年报 > 部门年报",
    meta_table=[[("索引号：", "11331000MB1C44776Q/2023-00012"), ("发布机构：", "临川市自然资源和规划局")],
                [("生成日期：", "2023-01-29"), ("公开方式：", "主动公开")]],
    info="来源：临川市自然资源和规划局　发布时间：2023-01-29 16:05　浏览次数：1273　字体：【大 中 小】　打印",
    tools=WEB_TOOLS, qr="扫一扫在手机打开当前页",
    footer=["网站地图 | 联系我们 | 网站声明 | 纠错", "主办：临川市人民政府办公室　承办：临川市大数据发展管理局",
            "网站标识码：3310000012　浙ICP备05012345号　浙公网安备 33100202000123号"])

add(name="p05-linchuan-resources-2022", ext="html", agency="临川市自然资源和规划局", year=2022, template="2021",
    published="2023-01-28", variant=3, title_in_body=False,
    me="我局", site="临川市人民政府门户网站", wx="临川自然资源", tel="0576-88201234",
    counts=counts(534, 14, d=162, f=2), page=P05_PAGE,
    title_lines=["临川市自然资源和规划局2022年政府信息公开工作年度报告"],
    signature=["临川市自然资源和规划局", "2023年1月28日"],
    new=[46, 12, 0, 1, 3, 2], carried=[5, 1, 0, 0, 0, 0],
    results=z(**{"granted": [18, 5, 0, 1, 1, 1], "partiallyGranted": [6, 2, 0, 0, 1, 0],
                 "withheld.lawProhibited": [1, 0, 0, 0, 0, 0], "withheld.processInformation": [3, 1, 0, 0, 0, 0],
                 "withheld.enforcementFile": [1, 0, 0, 0, 0, 0], "unavailable.notHeld": [12, 3, 0, 0, 1, 1],
                 "unavailable.needsCreation": [2, 0, 0, 0, 0, 0], "unavailable.unclear": [1, 0, 0, 0, 0, 0],
                 "notProcessed.petition": [2, 0, 0, 0, 0, 0], "notProcessed.repeated": [1, 0, 0, 0, 0, 0],
                 "notProcessed.confirmation": [1, 0, 0, 0, 0, 0],
                 "otherHandling.overdueCorrection": [1, 0, 0, 0, 0, 0]}),
    t4=([3, 0, 1, 1], [1, 1, 0, 1], [0, 0, 0, 1]),
    t2=t2_2021(norm=(4, 2, 31), lic=612, pun=38),
    description="地级市部门2022年报告，完整网页：顶栏登录|注册、用户中心、支持IPV6、设为首页、加入收藏，站名、导航、"
                "当前位置面包屑、索引号/发布机构元数据表、来源/发布时间/浏览次数/字体大中小/打印，"
                "文末打印本页、关闭窗口、分享、扫一扫、页脚；表格用rowspan/colspan。",
    patterns=["html", "web-page-chrome", "rowspan-colspan", "metadata-table", "account-links"])

# ===============================================================================================================
# p06: county bureau, 2023, web page with one empty <td> (总计 of （一）予以公开): CELL-INVALID only
# ===============================================================================================================

add(name="p06-yunling-market-2023", ext="html", agency="云岭县市场监督管理局", year=2023, template="2021",
    published="2024-01-24", variant=4,
    me="我局", site="云岭县人民政府网站", wx="云岭市场监管", tel="0871-67801234", counts=counts(318, 22, d=140),
    page=dict(site="云岭县人民政府",
              top=["登录", "注册", "繁體", "长者模式"],
              nav=["首页", "走进云岭", "政务公开", "政务服务", "政民互动"],
              crumb="您当前的位置：首页 > 信息公开 > 政府信息公开年报",
              info="发布时间：2024-01-24　信息来源：云岭县市场监督管理局　【字体：大 中 小】　【打印】　【关闭】",
              tools=["打印本页", "关闭窗口"], qr="",
              footer=["主办：云岭县人民政府办公室", "滇ICP备10001234号-1"]),
    title_lines=["云岭县市场监督管理局2023年政府信息公开工作年度报告"],
    signature=["云岭县市场监督管理局", "2024年1月24日"],
    new=[15, 7, 0, 0, 0, 1], carried=[2, 0, 0, 0, 0, 0],
    results=z(**{"granted": [7, 3, 0, 0, 0, 1], "partiallyGranted": [2, 1, 0, 0, 0, 0],
                 "withheld.thirdParty": [1, 1, 0, 0, 0, 0], "unavailable.notHeld": [3, 1, 0, 0, 0, 0],
                 "notProcessed.repeated": [1, 0, 0, 0, 0, 0], "notProcessed.petition": [2, 0, 0, 0, 0, 0]}),
    t3_over={("granted", 6): None},
    t4=([0, 1, 0, 0], Z[:4], Z[:4]),
    t2=t2_2021(norm=(1, 0, 9), lic=1842, pun=263, enf=17),
    errors=["CELL-INVALID"],
    description="县级部门2023年网页，表三“（一）予以公开”行的总计单元格为空<td>（唯一缺陷，应只报该单元格CELL-INVALID，"
                "不得移位）。",
    patterns=["html", "web-page-chrome", "blank-cell-total", "planted-error"])

# ===============================================================================================================
# p07: a national administration, 2022, Word file with merged cells; date in Chinese numerals
# ===============================================================================================================

add(name="p07-national-hydrology-2022", ext="docx", agency="国家水文监测局", year=2022, template="2021",
    published="2023-01-16", variant=1,
    me="我局", site="国家水文监测局门户网站", wx="中国水文监测", tel="010-63201234",
    counts=counts(2317, 412, c=58, d=906, e=6, f=2, k=37, m=52),
    title_lines=["国家水文监测局", "2022年政府信息公开工作年度报告"],
    signature=["国家水文监测局", cn_date(2023, 1, 16)],
    new=[318, 41, 7, 5, 12, 9], carried=[14, 2, 0, 0, 1, 0],
    results=z(**{"granted": [96, 13, 3, 1, 4, 2], "partiallyGranted": [41, 6, 1, 1, 2, 1],
                 "withheld.stateSecret": [3, 0, 0, 0, 0, 0], "withheld.lawProhibited": [2, 0, 0, 0, 0, 0],
                 "withheld.securityStability": [1, 0, 0, 0, 0, 0], "withheld.thirdParty": [9, 2, 0, 0, 1, 0],
                 "withheld.internalAffairs": [11, 1, 0, 0, 0, 1],
                 "withheld.processInformation": [17, 3, 1, 0, 1, 1],
                 "withheld.administrativeQuery": [4, 0, 0, 0, 0, 0],
                 "unavailable.notHeld": [83, 9, 1, 2, 2, 3], "unavailable.needsCreation": [12, 2, 1, 0, 1, 0],
                 "unavailable.unclear": [6, 1, 0, 0, 0, 0], "notProcessed.petition": [9, 1, 0, 0, 0, 0],
                 "notProcessed.repeated": [7, 1, 0, 0, 0, 0], "notProcessed.publication": [2, 0, 0, 0, 0, 0],
                 "notProcessed.excessive": [3, 0, 0, 0, 0, 0], "notProcessed.confirmation": [4, 1, 0, 0, 1, 0],
                 "otherHandling.overdueCorrection": [5, 1, 0, 0, 0, 1],
                 "otherHandling.overdueFee": [1, 0, 0, 0, 0, 0], "otherHandling.other": [2, 0, 0, 1, 0, 0]}),
    t4=([5, 1, 0, 2], [3, 0, 1, 1], [1, 0, 0, 1]),
    t2=t2_2021(rules=(1, 0, 23), norm=(6, 3, 58), lic=4127),
    description="国务院部门管理的国家局2022年报告，Word文件：标题分两行，表格为合并单元格（gridSpan/vMerge），"
                "落款日期为汉字数字（二〇二三年一月十六日）。",
    patterns=["docx", "merged-cells", "title-two-lines", "date-chinese-numerals", "ministry-level"])

# ===============================================================================================================
# p08: county education bureau, 2024, Word file with one empty cell (自然人 of （二）部分公开): CELL-INVALID only
# ===============================================================================================================

add(name="p08-yuanbei-education-2024", ext="docx", agency="沅北县教育局", year=2024, template="2021",
    published="2025-01-17", variant=2,
    me="我局", site="沅北县人民政府门户网站", wx="沅北教育", tel="0745-5321234", counts=counts(287, 19, d=154),
    title_lines=["沅北县教育局2024年政府信息公开工作年度报告"],
    signature=["沅北县教育局", "2025年1月17日"],
    new=[21, 2, 0, 0, 0, 0], carried=[1, 0, 0, 0, 0, 0],
    results=z(**{"granted": [9, 1, 0, 0, 0, 0], "partiallyGranted": [4, 0, 0, 0, 0, 0],
                 "withheld.internalAffairs": [1, 0, 0, 0, 0, 0], "unavailable.notHeld": [5, 1, 0, 0, 0, 0],
                 "notProcessed.petition": [2, 0, 0, 0, 0, 0], "notProcessed.repeated": [1, 0, 0, 0, 0, 0]}),
    t3_over={("partiallyGranted", 0): None},
    t2=t2_2021(norm=(2, 0, 11), lic=37, pun=2),
    errors=["CELL-INVALID"],
    description="县教育局2024年Word报告，表三“（二）部分公开”行的自然人单元格为空（唯一缺陷）。",
    patterns=["docx", "merged-cells", "blank-cell-first-column", "planted-error"])

# ===============================================================================================================
# p09: provincial public security department, 2023, PDF with narrow value columns and 4–5 digit numbers
# ===============================================================================================================

add(name="p09-xichuan-public-security-2023", ext="pdf", agency="西川省公安厅", year=2023, template="2021",
    published="2024-01-26", variant=0,
    me="省公安厅", site="西川省公安厅门户网站", wx="西川公安", tel="028-86301234",
    counts=counts(6158, 173, c=240, d=3120, e=5, f=4),
    title_lines=["西川省公安厅2023年政府信息公开工作年度报告"],
    signature=["西川省公安厅", "2024年1月26日"],
    narrow=7, table_font="7pt",
    new=[13207, 1371, 26, 48, 903, 215], carried=[386, 41, 0, 2, 17, 6],
    results=z(**{"granted": [3875, 402, 9, 17, 286, 63], "partiallyGranted": [1962, 215, 5, 8, 174, 31],
                 "withheld.stateSecret": [43, 2, 0, 0, 1, 0], "withheld.lawProhibited": [118, 9, 0, 0, 12, 2],
                 "withheld.securityStability": [67, 3, 0, 0, 4, 1],
                 "withheld.thirdParty": [705, 88, 1, 2, 61, 14],
                 "withheld.internalAffairs": [214, 19, 0, 1, 8, 3],
                 "withheld.processInformation": [356, 41, 2, 3, 22, 7],
                 "withheld.enforcementFile": [1489, 97, 0, 1, 118, 21],
                 "withheld.administrativeQuery": [932, 64, 1, 0, 57, 12],
                 "unavailable.notHeld": [2207, 301, 6, 11, 95, 40],
                 "unavailable.needsCreation": [318, 44, 1, 2, 19, 5],
                 "unavailable.unclear": [126, 13, 0, 1, 6, 2], "notProcessed.petition": [201, 8, 0, 0, 3, 1],
                 "notProcessed.repeated": [159, 12, 0, 1, 7, 2], "notProcessed.publication": [12, 1, 0, 0, 0, 0],
                 "notProcessed.excessive": [20, 0, 0, 0, 0, 0], "notProcessed.confirmation": [88, 6, 0, 0, 5, 1],
                 "otherHandling.overdueCorrection": [143, 17, 0, 1, 9, 4],
                 "otherHandling.overdueFee": [2, 0, 0, 0, 0, 0], "otherHandling.other": [61, 7, 0, 0, 3, 1]}),
    t4=([38, 6, 4, 9], [21, 2, 3, 11], [7, 1, 0, 4]),
    t2=t2_2021(norm=(9, 4, 87), lic=286413, pun=1048722, enf=39561),
    description="省级部门2023年PDF（由Word导出）：表三数值列很窄、字号7磅，4–5位数相邻几乎相接，表头竖排折行。",
    patterns=["pdf", "narrow-columns", "big-numbers", "vertical-header-text", "province-level"])

# ===============================================================================================================
# p10: city HR bureau, 2021, PDF with narrow columns and 3–4 digit numbers
# ===============================================================================================================

add(name="p10-quanyang-hrss-2021", ext="pdf", agency="泉阳市人力资源和社会保障局", year=2021, template="2021",
    published="2022-01-25", variant=3,
    me="市人力资源社会保障局", site="泉阳市人民政府网站", wx="泉阳人社", tel="0535-6201234",
    counts=counts(1480, 26, d=1210, e=4, f=3),
    title_lines=["泉阳市人力资源和社会保障局2021年政府信息公开工作年度报告"],
    signature=["泉阳市人力资源和社会保障局", "2022年1月25日"],
    narrow=7, table_font="7pt",
    new=[1286, 214, 3, 7, 52, 18], carried=[37, 4, 0, 0, 1, 0],
    results=z(**{"granted": [402, 71, 1, 2, 15, 6], "partiallyGranted": [215, 40, 0, 1, 9, 3],
                 "withheld.lawProhibited": [9, 1, 0, 0, 0, 0], "withheld.securityStability": [2, 0, 0, 0, 0, 0],
                 "withheld.thirdParty": [88, 17, 0, 1, 5, 1], "withheld.internalAffairs": [20, 3, 0, 0, 1, 0],
                 "withheld.processInformation": [47, 9, 1, 0, 2, 1],
                 "withheld.enforcementFile": [31, 5, 0, 0, 3, 0],
                 "withheld.administrativeQuery": [105, 12, 0, 1, 4, 2],
                 "unavailable.notHeld": [253, 37, 1, 2, 10, 3], "unavailable.needsCreation": [29, 6, 0, 0, 1, 0],
                 "unavailable.unclear": [14, 2, 0, 0, 0, 0], "notProcessed.petition": [20, 2, 0, 0, 0, 1],
                 "notProcessed.repeated": [12, 1, 0, 0, 1, 0], "notProcessed.publication": [3, 0, 0, 0, 0, 0],
                 "notProcessed.confirmation": [6, 1, 0, 0, 0, 0],
                 "otherHandling.overdueCorrection": [17, 3, 0, 0, 0, 1],
                 "otherHandling.other": [5, 1, 0, 0, 0, 0]}),
    t4=([14, 3, 1, 2], [6, 1, 0, 3], [2, 0, 0, 1]),
    t2=t2_2021(norm=(11, 5, 64), lic=7315, pun=126),
    description="地级市人社局2021年PDF：窄列、3–4位数，首个采用2021年格式的年度。",
    patterns=["pdf", "narrow-columns", "big-numbers", "vertical-header-text", "template-2021-first-year"])

# ===============================================================================================================
# p11: county bureau, 2020, PDF in the 2019 format (correct for a 2020 report)
# ===============================================================================================================

add(name="p11-baisha-agriculture-2020", ext="pdf", agency="白沙县农业农村局", year=2020, template="2019",
    published="2021-01-20", variant=5,
    me="我局", site="白沙县人民政府门户网站", wx="白沙农业", tel="0898-27721234", counts=counts(203, 15, d=64),
    headings=["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
              "四、政府信息公开行政复议、行政诉讼情况", "五、政府信息公开工作存在的主要问题及改进情况",
              "六、其他需要报告的事项"],
    title_lines=["白沙县农业农村局2020年政府信息公开工作年度报告"],
    signature=["白沙县农业农村局", "2021年1月20日"],
    new=[6, 2, 0, 0, 0, 0], carried=Z,
    results=z(**{"granted": [3, 1, 0, 0, 0, 0], "withheld.processInformation": [0, 1, 0, 0, 0, 0],
                 "unavailable.notHeld": [2, 0, 0, 0, 0, 0], "otherHandling": [1, 0, 0, 0, 0, 0]}),
    t2=t2_2019(norm=(1, 1, 6), lic=(24, 2, 311), oth=(3, 0, 45), pun=(0, 0, 19), enf=(0, 0, 2), fees=(0, 0),
               proc=(6, "87.4")),
    description="县级部门2020年PDF，使用2019年试行格式（对2020年报告是正确的格式，不应报TEMPLATE-OUTDATED）；"
                "表二含政府集中采购，表三（六）其他处理为单行。",
    patterns=["pdf", "template-2019-for-2020", "t3-2019-other-handling-row"])

# ===============================================================================================================
# p12: county bureau, 2023, a mirror copy converted to Traditional characters (txt, tabs)
# ===============================================================================================================

add(name="p12-nanan-housing-2023-traditional", ext="txt", convert="s2tw.json",
    agency="南安縣住房和城鄉建設局", agency_alternatives=["南安县住房和城乡建设局"], registered="南安县住房和城乡建设局",
    year=2023, template="2021",
    published="2024-01-23", variant=0,
    me="我局", site="南安县人民政府网站", wx="南安住建", tel="0595-86301234", counts=counts(241, 17, d=96),
    title_lines=["南安县住房和城乡建设局2023年政府信息公开工作年度报告"],
    signature=["", "南安县住房和城乡建设局", "2024年1月23日"],
    new=[17, 5, 0, 0, 1, 2], carried=[1, 0, 0, 0, 0, 0],
    results=z(**{"granted": [6, 2, 0, 0, 0, 1], "partiallyGranted": [3, 1, 0, 0, 0, 0],
                 "withheld.stateSecret": [1, 0, 0, 0, 0, 0], "notProcessed.excessive": [2, 0, 0, 0, 0, 0],
                 "unavailable.notHeld": [4, 1, 0, 0, 1, 1], "notProcessed.confirmation": [1, 0, 0, 0, 0, 0],
                 "otherHandling.other": [1, 0, 0, 0, 0, 0]}),
    t4=([1, 0, 0, 1], Z[:4], Z[:4]),
    t2=t2_2021(norm=(2, 1, 13), lic=905, pun=44, enf=3),
    text_tables=tables(tab_t2, strict_tab_t3("2021"), t4_tab()),
    description="县级部门2023年报告的繁体镜像（全文转繁体：屬於國家秘密、無正當理由大量反覆申請、總計、複議），"
                "制表符分隔；这两行都有非零数。",
    patterns=["traditional-chinese", "tab-rows"])

# ===============================================================================================================
# p13: city bureau, 2021, web page whose Table 3/4 labels are Traditional (國家祕密 variant)
# ===============================================================================================================

add(name="p13-chengjiang-transport-2021", ext="html", agency="澄江市交通运输局", year=2021, template="2021",
    published="2022-01-21", variant=2, label_fix=s2t,
    me="我局", site="澄江市人民政府网站", wx="澄江交通", tel="0877-6701234", counts=counts(356, 28, d=117),
    page=dict(site="澄江市人民政府", top=["设为首页", "加入收藏", "简体版 | 繁體版"],
              nav=["首页", "政务公开", "办事服务", "互动交流"],
              crumb="首页 » 政务公开 » 年度报告",
              info="日期：2022-01-21　来源：澄江市交通运输局　字号：T | T",
              tools=["打印", "关闭"], qr="",
              footer=["版权所有：澄江市人民政府", "技术支持：澄江市信息中心"]),
    title_lines=["澄江市交通运输局2021年政府信息公开工作年度报告"],
    signature=["澄江市交通运输局", "2022年1月21日"],
    new=[33, 9, 0, 1, 2, 0], carried=[3, 1, 0, 0, 0, 0],
    results=z(**{"granted": [12, 4, 0, 1, 1, 0], "partiallyGranted": [5, 2, 0, 0, 0, 0],
                 "withheld.stateSecret": [2, 0, 0, 0, 0, 0], "withheld.securityStability": [1, 0, 0, 0, 0, 0],
                 "withheld.thirdParty": [2, 1, 0, 0, 0, 0], "unavailable.notHeld": [8, 2, 0, 0, 1, 0],
                 "unavailable.unclear": [2, 0, 0, 0, 0, 0], "notProcessed.excessive": [1, 0, 0, 0, 0, 0],
                 "notProcessed.repeated": [1, 0, 0, 0, 0, 0]}),
    t4=([2, 0, 0, 0], [0, 1, 0, 0], Z[:4]),
    t2=t2_2021(norm=(3, 0, 21), lic=2874, pun=516, enf=12),
    description="地级市部门2021年网页（繁体版页面）：正文简体，表三、表四的标签为繁体（含異體“國家祕密”、"
                "無正當理由大量反覆申請、尚未審結）；表格用rowspan/colspan。",
    patterns=["html", "traditional-labels", "rowspan-colspan", "web-page-chrome"])

# ===============================================================================================================
# p14: township, 2020, 2019 format with the typos of real copies, pipe rows with leftover gaps
# ===============================================================================================================

add(name="p14-liuxi-township-2020", ext="txt", agency="柳溪乡人民政府", year=2020, template="2019",
    published="2021-01-15", variant=4, typos=True,
    me="我乡", site="凤山县人民政府网站", wx="柳溪乡", tel="0778-6801234", counts=counts(58, 9, d=22),
    preamble=("根据《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求，现公布柳溪乡人民政府"
              "2020年政府信息公开工作年度报告。本年报中所列数据的统计期限自202011日起至20201231日止。"),
    headings=["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
              "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
    title_lines=["柳溪乡人民政府2020年政府信息公开工作年度报告"],
    chrome_top=["当前页面: 首页 > 政府信息公开 > 部门信息公开目录 > 各乡镇 > 柳溪乡 > 信息公开年度报告", ""],
    signature=["柳溪乡人民政府", "2021年1月15日"],
    new=[2, 0, 0, 0, 0, 0], carried=Z,
    results=z(**{"granted": [1, 0, 0, 0, 0, 0], "unavailable.notHeld": [1, 0, 0, 0, 0, 0]}),
    t2=t2_2019(pun=(0, 0, 5)),
    text_tables=tables(hetang_t2, lambda t3: hetang_t3(t3, "2019"), hetang_t4),
    description="乡政府2020年报告（2019年格式，正确），管道行带合并单元格留下的“| ||||”缺口，"
                "含真实错别字：有色稽关系、尚示审结、第二十条(一)项、行政事业型收费、截断表头（本年新 | 本年新、本年增/）；"
                "统计期限日期残缺（自202011日起至20201231日止）。",
    patterns=["pipe-rows", "leftover-gaps", "typos", "garbled-period", "template-2019-for-2020",
              "chrome-before-title", "township", "inline-group-labels"])

# ===============================================================================================================
# p15: district bureau, 2022, Word file: title over two lines, the date printed right under the title
# ===============================================================================================================

add(name="p15-beiling-civil-affairs-2022", ext="docx", agency="北陵区民政局", year=2022, template="2021",
    published="2023-01-18", variant=3,
    me="我局", site="北陵区人民政府网站", wx="北陵民政", tel="024-86801234", counts=counts(167, 24, d=71),
    title_lines=["北陵区民政局", "2022年政府信息公开工作年度报告"],
    under_title=["（2023年1月18日）"],
    new=[19, 0, 0, 3, 0, 1], carried=Z,
    results=z(**{"granted": [8, 0, 0, 2, 0, 0], "partiallyGranted": [3, 0, 0, 0, 0, 0],
                 "withheld.internalAffairs": [1, 0, 0, 0, 0, 0], "unavailable.notHeld": [4, 0, 0, 1, 0, 1],
                 "unavailable.needsCreation": [1, 0, 0, 0, 0, 0], "notProcessed.petition": [1, 0, 0, 0, 0, 0]}),
    t4=([1, 0, 0, 0], Z[:4], Z[:4]),
    t2=t2_2021(norm=(1, 2, 9), lic=63),
    description="区民政局2022年Word报告：标题两行，日期以“（2023年1月18日）”印在标题下方、文末无落款日期。",
    patterns=["docx", "title-two-lines", "date-under-title"])

# ===============================================================================================================
# p16: city finance bureau, 2021, text copied from a page whose metadata table and 发布日期 stand before the title
# ===============================================================================================================

add(name="p16-dongping-finance-2021", ext="txt", agency="东坪市财政局", year=2021, template="2021",
    published="2022-01-24", variant=5,
    me="我局", site="东坪市人民政府门户网站", wx="东坪财政", tel="0579-86101234", counts=counts(214, 46, d=98),
    chrome_top=["东坪市人民政府门户网站", "索引号 | 113307830024567X/2022-00007 | 组配分类 | 政府信息公开年度报告 |",
                "发布机构 | 东坪市财政局 | 发文日期 | 2022-01-25 10:32 |",
                "文号 | | 关键词 | 年度报告 |",
                "信息名称 | 东坪市财政局2021年度政府信息公开工作年度报告 | 内容概述 | |",
                "发布日期：2022-01-25", ""],
    title_lines=["东坪市财政局2021年度政府信息公开工作年度报告"],
    signature=["", "东坪市财政局", "2022年1月24日", ""],
    chrome_bottom=["相关附件：", "东坪市财政局2021年度政府信息公开工作年度报告.pdf", "上一篇：东坪市财政局2020年度政府信息公开工作年度报告",
                   "下一篇：关于公布2021年度部门决算的说明"],
    new=[11, 4, 0, 0, 2, 0], carried=[1, 0, 0, 0, 0, 0],
    results=z(**{"granted": [5, 2, 0, 0, 1, 0], "partiallyGranted": [2, 1, 0, 0, 0, 0],
                 "withheld.processInformation": [1, 0, 0, 0, 0, 0], "unavailable.notHeld": [3, 1, 0, 0, 1, 0],
                 "notProcessed.repeated": [1, 0, 0, 0, 0, 0]}),
    t2=t2_2021(norm=(5, 3, 42), pun=2),
    text_tables=tables(lambda t2: [r + " |" for r in pipe_small_tables(t2)],
                       lambda t3: F.t3_pipe_inline(t3, "2021", trailing=" |"),
                       lambda t4: [r + " |" for r in ["行政复议 | 行政诉讼",
                                                      " | ".join(F.T4_LABELS) + " | 未经复议直接起诉 | 复议后起诉",
                                                      " | ".join(F.T4_LABELS * 2)]]
                       + [" | ".join(F.cell(v) for v in F.t4_values(t4)) + " |"]),
    description="地级市财政局2021年报告的网页文本：标题前是站名、索引号/发布机构/发文日期/信息名称元数据表和发布日期行"
                "（信息名称里也有完整标题），标题写“2021年度”；文末有附件、上一篇、下一篇；表格为带尾竖线的管道行。",
    patterns=["chrome-before-title", "metadata-table", "title-after-date-line", "pipe-rows", "inline-group-labels",
              "chrome-at-end"])

# ===============================================================================================================
# p17: district office, 2022, flipbook text with page counters (Page1- glued to the agency line)
# ===============================================================================================================

add(name="p17-huancheng-district-office-2022", ext="txt", agency="海阳市环城区人民政府办公室", year=2022,
    template="2021", published="2023-01-20", variant=1,
    me="区政府办公室", site="环城区人民政府网站", wx="环城发布", tel="0631-5801234",
    counts=counts(1066, 39, d=512, e=3, k=18, m=25), blank_lines=False,
    title_lines=["Page1-海阳市环城区人民政府办公室", "2022年政府信息公开工作年度报告"],
    chrome_after_title=[],
    signature=["海阳市环城区人民政府办公室", "2023年1月20日", "Page6-"],
    section4_note="Page4-",
    new=[64, 8, 0, 2, 5, 3], carried=[4, 0, 0, 0, 1, 0],
    results=z(**{"granted": [21, 3, 0, 1, 2, 1], "partiallyGranted": [9, 1, 0, 0, 1, 0],
                 "withheld.lawProhibited": [1, 0, 0, 0, 0, 0], "withheld.thirdParty": [3, 0, 0, 0, 1, 0],
                 "withheld.processInformation": [4, 1, 0, 0, 0, 0], "unavailable.notHeld": [17, 2, 0, 1, 1, 1],
                 "unavailable.needsCreation": [3, 0, 0, 0, 0, 0], "unavailable.unclear": [2, 0, 0, 0, 0, 0],
                 "notProcessed.petition": [3, 1, 0, 0, 0, 0], "notProcessed.repeated": [2, 0, 0, 0, 0, 1],
                 "otherHandling.overdueCorrection": [1, 0, 0, 0, 0, 0]}),
    t4=([2, 1, 0, 0], [1, 0, 0, 1], Z[:4]),
    t2=t2_2021(norm=(7, 2, 39)),
    text_tables=tables(lambda t2: ["Page2-"] + tab_t2(t2), strict_tab_t3("2021"),
                       lambda t4: ["Page3-"] + F.t4_tab(t4)),
    description="区政府办公室2022年报告，电子书（翻页PDF）复制的文本：页码标记“Page1-”粘在机关名前（Page1-海阳市…），"
                "表格和段落之间散落“Page2-”“Page3-”等行；制表符表格，每行标签后恰好七个数值格。",
    patterns=["page-counters", "chrome-glued-to-agency", "title-two-lines", "tab-rows"])

# ===============================================================================================================
# p18: county bureau, 2023, markdown; section 1 repeats numbering 一、二、… before the real 二、
# ===============================================================================================================

P18_OVERVIEW = [
    "2023年，金沙县水利局按照县委、县政府关于政务公开工作的部署，围绕水利重点工作推进政府信息公开。",
    "一、主动公开方面",
    "全年在县政府网站水利专栏主动公开信息143条，其中河湖长制、水利工程建设、防汛抗旱等重点领域信息61条，"
    "发布政策解读5篇。",
    "二、依申请公开方面",
    "全年共新收政府信息公开申请11件，无上年结转申请。全年办结11件，其中予以公开4件，部分公开2件，"
    "其余依法作出无法提供、不予处理等答复；结转下年度继续办理0件。",
    "三、政府信息管理方面",
    "严格落实保密审查和“三审三校”制度，按季度更新政府信息公开目录，全年清理过期信息6条。",
    "四、平台建设方面",
    "优化县政府网站水利专栏栏目设置，“金沙水利”公众号全年推送信息97条，与网站内容同步更新。",
    "五、监督保障方面",
    "将政务公开工作纳入局年度目标考核，组织业务培训2次。全年未发生因政府信息公开工作被申请行政复议、"
    "提起行政诉讼的情况。",
]

add(name="p18-jinsha-water-2023", ext="md", agency="金沙县水利局", year=2023, template="2021",
    published="2024-01-22", variant=2,
    me="我局", site="金沙县人民政府网站", wx="金沙水利", tel="0857-7621234", counts=counts(143, 61),
    overview=P18_OVERVIEW,
    title_lines=["# 金沙县水利局2023年政府信息公开工作年度报告"],
    headings=["## 一、总体情况", "## 二、主动公开政府信息情况", "## 三、收到和处理政府信息公开申请情况",
              "## 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "## 五、存在的主要问题及改进情况",
              "## 六、其他需要报告的事项"],
    signature=["金沙县水利局", "", "2024年1月22日"],
    new=[8, 3, 0, 0, 0, 0], carried=Z,
    results=z(**{"granted": [3, 1, 0, 0, 0, 0], "partiallyGranted": [1, 1, 0, 0, 0, 0],
                 "unavailable.notHeld": [2, 1, 0, 0, 0, 0], "notProcessed.petition": [1, 0, 0, 0, 0, 0],
                 "otherHandling.overdueCorrection": [1, 0, 0, 0, 0, 0]}),
    t2=t2_2021(norm=(1, 0, 5), lic=73, pun=9, enf=1),
    text_tables=tables(md_t2, lambda t3: F.t3_markdown(t3, "2021"), F.t4_markdown),
    description="县水利局2023年Markdown报告：总体情况内部又用“一、…五、”小标题（含“一、主动公开方面”"
                "“二、依申请公开方面”），真正的第二部分才是“## 二、主动公开政府信息情况”；第四部分标题加字。",
    patterns=["markdown", "repeated-numbering-in-section1", "heading-gains-words", "pipe-rows"])

# ===============================================================================================================
# p19: county justice bureau, 2023, old Word (.doc): Table 2 with "/", "—", "无" and a money value with unit
# ===============================================================================================================

add(name="p19-changning-justice-2023", ext="doc", agency="长宁县司法局", year=2023, template="2021",
    published="2024-01-25", variant=4,
    me="我局", site="长宁县人民政府门户网站", wx="长宁司法", tel="0831-4401234", counts=counts(188, 12, d=65),
    title_lines=["长宁县司法局2023年政府信息公开工作年度报告"],
    signature=["长宁县司法局", "2024年1月25日"],
    new=[12, 1, 0, 0, 2, 0], carried=[1, 0, 0, 0, 0, 0],
    results=z(**{"granted": [5, 0, 0, 0, 1, 0], "partiallyGranted": [2, 0, 0, 0, 0, 0],
                 "withheld.thirdParty": [1, 0, 0, 0, 0, 0], "unavailable.notHeld": [3, 1, 0, 0, 1, 0],
                 "notProcessed.confirmation": [1, 0, 0, 0, 0, 0]}),
    t4=([1, 1, 0, 0], [0, 0, 0, 1], Z[:4]),
    t2={"rules": ("/", "/", "/"), "normativeDocuments": (0, 0, 3), "licensing": ["/"], "punishment": ["—"],
        "enforcement": ["无"], "fees": ["3.5268万元"]},
    description="县司法局2023年旧版Word（.doc）报告：表二含“/”“—”“无”和带单位的金额（3.5268万元）；表四有非零数。",
    patterns=["doc", "t2-placeholder-values", "t2-units-in-cells", "merged-cells"])

# ===============================================================================================================
# p20: township, 2022, tab rows with a blank 总计 cell (two tabs): CELL-INVALID only
# ===============================================================================================================

add(name="p20-qinghe-town-2022", ext="txt", agency="清河镇人民政府", year=2022, template="2021",
    published="2023-01-13", variant=3,
    me="我镇", site="平川县人民政府网站", wx="清河镇", tel="0316-5601234", counts=counts(96, 8, d=41),
    chrome_top=["首页/政府信息公开/政府信息公开年报/镇街/", ""],
    title_lines=["清河镇人民政府2022年政府信息公开工作年度报告"],
    signature=["清河镇人民政府", "2023年1月13日"],
    new=[5, 1, 0, 0, 0, 0], carried=Z,
    results=z(**{"granted": [2, 0, 0, 0, 0, 0], "partiallyGranted": [1, 0, 0, 0, 0, 0],
                 "unavailable.notHeld": [2, 1, 0, 0, 0, 0]}),
    t3_over={("unavailable.notHeld", 6): None},
    t2=t2_2021(pun=4),
    text_tables=tables(tab_t2, strict_tab_t3("2021"), t4_tab()),
    errors=["CELL-INVALID"],
    description="镇政府2022年报告（斜杠面包屑“首页/政府信息公开/政府信息公开年报/镇街/”在标题前），制表符表格中"
                "“1.本机关不掌握相关政府信息”行的总计为空（行尾两个制表符之后无值），唯一缺陷。",
    patterns=["tab-rows", "blank-cell-total", "chrome-before-title", "slash-breadcrumb", "township",
              "planted-error"])

# ===============================================================================================================
# p21: district bureau, 2023, markdown pipe row with a blank middle cell: CELL-INVALID only
# ===============================================================================================================

add(name="p21-songshan-veterans-2023", ext="md", agency="松山区退役军人事务局", year=2023, template="2021",
    published="2024-01-18", variant=0,
    me="我局", site="松山区人民政府网站", wx="松山退役军人", tel="0476-8301234", counts=counts(132, 21, d=58),
    title_lines=["# 松山区退役军人事务局2023年政府信息公开工作年度报告"],
    headings=["## 一、总体情况", "## 二、主动公开政府信息情况", "## 三、收到和处理政府信息公开申请情况",
              "## 四、政府信息公开行政复议、行政诉讼情况", "## 五、存在的主要问题及改进情况", "## 六、其他需要报告的事项"],
    signature=["松山区退役军人事务局", "2024年1月18日"],
    new=[14, 2, 0, 0, 0, 1], carried=[2, 1, 0, 0, 0, 0],
    results=z(**{"granted": [6, 1, 0, 0, 0, 0], "partiallyGranted": [2, 0, 0, 0, 0, 0],
                 "withheld.internalAffairs": [1, 0, 0, 0, 0, 0], "unavailable.notHeld": [4, 1, 0, 0, 0, 1],
                 "notProcessed.petition": [2, 0, 0, 0, 0, 0]}),
    t3_over={("carriedOver", 1): None},
    t4=([0, 0, 0, 1], Z[:4], Z[:4]),
    t2=t2_2021(norm=(0, 0, 2), lic=0),
    text_tables=tables(md_t2, lambda t3: F.t3_markdown(t3, "2021", blank=" "), F.t4_markdown),
    errors=["CELL-INVALID"],
    description="区退役军人事务局2023年Markdown报告，管道表中“二、上年结转”行的商业企业单元格为空（| 2 |   | 0 |），"
                "唯一缺陷。",
    patterns=["markdown", "pipe-rows", "blank-cell-middle", "planted-error"])

# ===============================================================================================================
# p22: housing fund centre, 2023, tab rows: one row's 总计 wrong (T3-ROW-TOTAL, and so T3-RESULT-SUM)
# ===============================================================================================================

add(name="p22-yongan-housing-fund-2023", ext="txt", agency="永安市住房公积金管理中心", year=2023, template="2021",
    published="2024-01-26", variant=2,
    me="中心", site="永安市人民政府网站", wx="永安公积金", tel="0598-3601234", counts=counts(205, 33, d=176),
    title_lines=["永安市住房公积金管理中心2023年政府信息公开工作年度报告"],
    signature=["永安市住房公积金管理中心", "2024年1月26日"],
    new=[26, 3, 0, 0, 1, 0], carried=[2, 0, 0, 0, 0, 0],
    results=z(**{"granted": [10, 1, 0, 0, 0, 0], "partiallyGranted": [4, 1, 0, 0, 0, 0],
                 "withheld.thirdParty": [2, 0, 0, 0, 0, 0], "unavailable.notHeld": [6, 1, 0, 0, 1, 0],
                 "notProcessed.repeated": [2, 0, 0, 0, 0, 0],
                 "otherHandling.overdueCorrection": [1, 0, 0, 0, 0, 0]}),
    t3_over={("unavailable.notHeld", 6): 7},
    t2=t2_2021(),
    text_tables=tables(tab_t2, seed_tab_t3("2021"), t4_tab()),
    errors=["T3-ROW-TOTAL", "T3-RESULT-SUM"],
    description="住房公积金管理中心2023年报告（制表符表格）：“1.本机关不掌握相关政府信息”行自然人6、商业企业1、"
                "法律服务机构1，总计却写7（应为8）；（七）总计按列正确，因此总计列的办理结果合计也不相等。",
    patterns=["tab-rows", "planted-error", "row-total-wrong"])

# ===============================================================================================================
# p23: district bureau, 2022, web page: a sub-row counted twice, （七）总计 right (T3-RESULT-SUM)
# ===============================================================================================================

add(name="p23-xincheng-urban-management-2022", ext="html", agency="新城区城市管理局", year=2022, template="2021",
    published="2023-01-19", variant=1,
    me="我局", site="新城区人民政府网站", wx="新城城管", tel="029-87401234", counts=counts(276, 18, d=133),
    title_in_body=False,
    page=dict(site="新城区人民政府", top=["登录|注册", "个人中心"], nav=["首页", "政务公开", "政务服务", "互动交流"],
              crumb="当前位置：首页>政务>信息公开年报",
              info="发布时间：2023-01-19 09:12　作者：区城管局　阅读量：552",
              tools=["打印本页", "关闭窗口"], qr="扫一扫在手机打开当前页",
              footer=["新城区人民政府 主办", "联系电话：029-87400000"]),
    title_lines=["新城区城市管理局2022年政府信息公开工作年度报告"],
    signature=["新城区城市管理局", "2023年1月19日"],
    new=[22, 4, 0, 1, 0, 1], carried=[1, 0, 0, 0, 0, 0],
    results=z(**{"granted": [8, 2, 0, 1, 0, 0], "partiallyGranted": [3, 1, 0, 0, 0, 0],
                 "withheld.processInformation": [1, 0, 0, 0, 0, 0], "unavailable.notHeld": [6, 1, 0, 0, 0, 1],
                 "notProcessed.petition": [3, 0, 0, 0, 0, 0], "notProcessed.repeated": [1, 0, 0, 0, 0, 0]}),
    t3_over={("notProcessed.repeated", 0): 2, ("notProcessed.repeated", 6): 2},
    t4=([1, 0, 1, 0], Z[:4], Z[:4]),
    t2=t2_2021(norm=(2, 1, 16), lic=508, pun=1274, enf=36),
    errors=["T3-RESULT-SUM"],
    description="区城管局2022年网页：“2.重复申请”行自然人和总计各多计1件（行内自洽），（七）总计未随之变化，"
                "自然人列和总计列的办理结果合计与（七）总计不等。",
    patterns=["html", "web-page-chrome", "planted-error", "result-sum-wrong"])

# ===============================================================================================================
# p24: environment sub-bureau, 2024, Word file: Table 4 总计 wrong (T4-SUM)
# ===============================================================================================================

add(name="p24-lanshan-environment-2024", ext="docx", agency="海州市生态环境局岚山分局", year=2024, template="2021",
    published="2025-01-23", variant=4,
    me="我分局", site="岚山县人民政府网站", wx="岚山生态环境", tel="0518-8601234", counts=counts(164, 27, d=80),
    title_lines=["海州市生态环境局岚山分局2024年政府信息公开工作年度报告"],
    signature=["海州市生态环境局岚山分局", "2025年1月23日"],
    new=[9, 5, 0, 1, 0, 0], carried=[0, 1, 0, 0, 0, 0],
    results=z(**{"granted": [4, 2, 0, 1, 0, 0], "partiallyGranted": [1, 1, 0, 0, 0, 0],
                 "withheld.thirdParty": [0, 1, 0, 0, 0, 0], "unavailable.notHeld": [3, 1, 0, 0, 0, 0],
                 "unavailable.needsCreation": [1, 0, 0, 0, 0, 0]}),
    t4=([1, 1, 0, 1], [1, 0, 0, 0], Z[:4]), t4_over={("review", "total"): 2},
    t2=t2_2021(norm=(0, 1, 4), lic=57, pun=41, enf=6),
    errors=["T4-SUM"],
    description="市生态环境局派出分局2024年Word报告：表四行政复议维持1、纠正1、尚未审结1，总计却写2。",
    patterns=["docx", "planted-error", "t4-sum-wrong"])

# ===============================================================================================================
# p25: township, 2022, dated before the period ends (PUBLISHED-BEFORE-PERIOD-END); account chrome glued together
# ===============================================================================================================

add(name="p25-maping-town-2022", ext="txt", agency="马坪镇人民政府", year=2022, template="2021",
    published="2022-01-20", variant=5,
    me="我镇", site="广水县人民政府网站", wx="马坪发布", tel="0722-6201234", counts=counts(83, 6, d=30),
    chrome_top=["登录/注册用户中心支持IPV6", "设为首页 加入收藏", "广水县人民政府", ""],
    title_lines=["马坪镇人民政府2022年政府信息公开工作年度报告"],
    signature=["", "马坪镇人民政府", "2022年1月20日"],
    chrome_bottom=["", "【打印本页】【关闭窗口】"],
    new=[4, 0, 0, 0, 0, 0], carried=Z,
    results=z(**{"granted": [2, 0, 0, 0, 0, 0], "unavailable.notHeld": [1, 0, 0, 0, 0, 0],
                 "notProcessed.petition": [1, 0, 0, 0, 0, 0]}),
    t2=t2_2021(pun=7),
    text_tables=tables(lambda t2: F.t2_text(t2, " | ", width=4),
                       lambda t3: F.t3_pipe_inline(t3, "2021"), F.t4_pipe_two_headers),
    errors=["PUBLISHED-BEFORE-PERIOD-END"],
    description="镇政府2022年报告，落款日期误写为2022年1月20日（早于统计期结束）；标题前有粘连的"
                "“登录/注册用户中心支持IPV6”、设为首页、站名。",
    patterns=["chrome-before-title", "account-links", "pipe-rows", "inline-group-labels", "planted-error",
              "date-before-period-end", "township"])

# ===============================================================================================================
# p26: township, 2023, still in the 2019 format (TEMPLATE-OUTDATED)
# ===============================================================================================================

add(name="p26-fuyuan-township-2023", ext="txt", agency="福源乡人民政府", year=2023, template="2019",
    published="2024-01-12", variant=3,
    me="我乡", site="安溪县人民政府网站", wx="福源乡", tel="0595-2301234", counts=counts(64, 10, d=25),
    headings=["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
              "四、政府信息公开行政复议、行政诉讼情况", "五、政府信息公开工作存在的主要问题及改进情况",
              "六、其他需要报告的事项"],
    title_lines=["福源乡人民政府2023年政府信息公开工作年度报告"],
    signature=["福源乡人民政府", "2024年1月12日"],
    new=[3, 1, 0, 0, 0, 0], carried=Z,
    results=z(**{"granted": [2, 1, 0, 0, 0, 0], "otherHandling": [1, 0, 0, 0, 0, 0]}),
    t2=t2_2019(norm=(0, 0, 2), proc=(3, "12.5")),
    text_tables=tables(pipe_small_tables, lambda t3: F.t3_pipe_inline(t3, "2019"), F.t4_pipe_two_headers),
    errors=["TEMPLATE-OUTDATED"],
    description="乡政府2023年报告仍用2019年试行格式（表二本年新制作数量/上一年项目数量/政府集中采购，"
                "表三（六）其他处理单行）。",
    patterns=["template-2019-in-2023", "planted-error", "pipe-rows", "t2-2019-small-tables", "township"])

# ===============================================================================================================
# p27: district bureau, 2023, PDF: the narrative states 予以公开及部分公开 28 while the table says 26
# ===============================================================================================================

add(name="p27-jiangbei-development-2023", ext="pdf", agency="江北区发展和改革局", year=2023, template="2021",
    published="2024-01-22", variant=1, misstate_granted_or_partial=2,
    me="我局", site="江北区人民政府网站", wx="江北发改", tel="023-67701234", counts=counts(347, 40, d=150),
    title_lines=["江北区发展和改革局2023年政府信息公开工作年度报告"],
    signature=["江北区发展和改革局", "2024年1月22日"],
    new=[31, 11, 1, 0, 1, 2], carried=[2, 1, 0, 0, 0, 0],
    results=z(**{"granted": [12, 5, 1, 0, 0, 1], "partiallyGranted": [5, 2, 0, 0, 0, 0],
                 "withheld.stateSecret": [1, 0, 0, 0, 0, 0], "withheld.processInformation": [2, 1, 0, 0, 0, 0],
                 "unavailable.notHeld": [8, 3, 0, 0, 1, 1], "unavailable.needsCreation": [1, 0, 0, 0, 0, 0],
                 "notProcessed.repeated": [2, 0, 0, 0, 0, 0], "otherHandling.overdueFee": [0, 1, 0, 0, 0, 0]}),
    t4=([1, 0, 0, 0], Z[:4], Z[:4]),
    t2=t2_2021(norm=(2, 0, 17), lic=96),
    errors=["TEXT-TABLE-MISMATCH"],
    description="区发改局2023年PDF（普通列宽）：总体情况写“予以公开和部分公开共28件”，表三两行总计之和为26。",
    patterns=["pdf", "planted-error", "narrative-contradicts-table"])

# ===============================================================================================================
# p28: county bureau, 2024, markdown: statistics period copied from last year's report (YEAR-MISMATCH)
# ===============================================================================================================

add(name="p28-linhu-statistics-2024", ext="md", agency="临湖县统计局", year=2024, template="2021",
    published="2025-01-16", variant=0, period="2023年1月1日至2023年12月31日",
    me="我局", site="临湖县人民政府网站", wx="临湖统计", tel="0552-6501234", counts=counts(121, 35, d=47),
    title_lines=["# 临湖县统计局2024年政府信息公开工作年度报告"],
    headings=["## 一、总体情况", "## 二、主动公开政府信息情况", "## 三、收到和处理政府信息公开申请情况",
              "## 四、政府信息公开行政复议、行政诉讼情况", "## 五、存在的主要问题及改进情况", "## 六、其他需要报告的事项"],
    signature=["临湖县统计局", "2025年1月16日"],
    new=[5, 2, 0, 0, 0, 0], carried=Z,
    results=z(**{"granted": [2, 1, 0, 0, 0, 0], "partiallyGranted": [1, 0, 0, 0, 0, 0],
                 "unavailable.notHeld": [1, 1, 0, 0, 0, 0], "notProcessed.petition": [1, 0, 0, 0, 0, 0]}),
    t2=t2_2021(norm=(1, 0, 3)),
    text_tables=tables(md_t2, lambda t3: F.t3_markdown(t3, "2021"), F.t4_markdown),
    errors=["YEAR-MISMATCH"],
    description="县统计局2024年Markdown报告，引言的统计期限照抄上年（2023年1月1日至2023年12月31日）。",
    patterns=["markdown", "planted-error", "period-wrong-year"])

# ===============================================================================================================
# p29: city medical security bureau, 2022, narrow-column PDF: 四、结转 wrong by 10 (T3-BALANCE)
# ===============================================================================================================

add(name="p29-donghai-medical-security-2022", ext="pdf", agency="东海市医疗保障局", year=2022, template="2021",
    published="2023-01-30", variant=2,
    me="市医保局", site="东海市人民政府网站", wx="东海医保", tel="0513-8501234", counts=counts(912, 27, d=604),
    title_lines=["东海市医疗保障局2022年政府信息公开工作年度报告"],
    signature=["东海市医疗保障局", "2023年1月30日"],
    narrow=7, table_font="7pt",
    new=[2153, 306, 4, 12, 87, 41], carried=[58, 7, 0, 0, 3, 1],
    results=z(**{"granted": [705, 98, 1, 4, 29, 12], "partiallyGranted": [388, 51, 1, 2, 16, 7],
                 "withheld.lawProhibited": [6, 0, 0, 0, 0, 0], "withheld.thirdParty": [142, 23, 0, 1, 7, 3],
                 "withheld.internalAffairs": [31, 4, 0, 0, 1, 0],
                 "withheld.processInformation": [66, 9, 0, 1, 2, 1],
                 "withheld.enforcementFile": [20, 3, 0, 0, 2, 0],
                 "withheld.administrativeQuery": [97, 14, 0, 0, 3, 2],
                 "unavailable.notHeld": [472, 61, 2, 3, 17, 9], "unavailable.needsCreation": [54, 8, 0, 0, 2, 1],
                 "unavailable.unclear": [23, 2, 0, 0, 0, 1], "notProcessed.petition": [38, 3, 0, 0, 1, 0],
                 "notProcessed.repeated": [27, 4, 0, 0, 1, 1], "notProcessed.publication": [5, 0, 0, 0, 0, 0],
                 "notProcessed.excessive": [4, 0, 0, 0, 0, 0], "notProcessed.confirmation": [11, 1, 0, 0, 1, 0],
                 "otherHandling.overdueCorrection": [29, 5, 0, 1, 2, 1],
                 "otherHandling.overdueFee": [1, 0, 0, 0, 0, 0], "otherHandling.other": [8, 2, 0, 0, 0, 0]}),
    t3_over={("carriedForward", 0): 94, ("carriedForward", 6): 129},
    t4=([11, 2, 1, 3], [4, 1, 0, 2], [1, 0, 0, 1]),
    t2=t2_2021(norm=(8, 3, 47), pun=215),
    errors=["T3-BALANCE"],
    description="地级市医保局2022年PDF，窄列、3–4位数：“四、结转下年度继续办理”自然人写94（应84），总计随之写129，"
                "自然人列与总计列勾稽关系不平。",
    patterns=["pdf", "narrow-columns", "big-numbers", "planted-error", "balance-wrong"])

# ===============================================================================================================
# p30: sub-district office, 2021, web page in GB2312 with chrome only after the report
# ===============================================================================================================

add(name="p30-gaoqiao-subdistrict-2021", ext="html", agency="凤城市高桥街道办事处", year=2021, template="2021",
    published="2022-01-14", variant=5,
    me="我街道", site="凤城市人民政府网站", wx="高桥街道", tel="0415-3201234", counts=counts(71, 9, d=33),
    page=dict(site="凤城市人民政府", charset="gb2312", encoding="gb18030", top=[], nav=[], crumb="",
              info="", tools=["【打印本页】", "【关闭窗口】", "分享到：", "微信", "微博"],
              qr="扫一扫在手机打开当前页",
              footer=["首页 | 网站地图 | 网站声明 | 联系我们", "凤城市人民政府办公室主办　凤城市信息中心承办"]),
    title_lines=["凤城市高桥街道办事处2021年政府信息公开工作年度报告"],
    signature=["凤城市高桥街道办事处", "2022年1月14日"],
    new=[7, 0, 0, 0, 0, 0], carried=[1, 0, 0, 0, 0, 0],
    results=z(**{"granted": [3, 0, 0, 0, 0, 0], "partiallyGranted": [1, 0, 0, 0, 0, 0],
                 "unavailable.notHeld": [2, 0, 0, 0, 0, 0], "notProcessed.petition": [1, 0, 0, 0, 0, 0]}),
    t2=t2_2021(pun=12),
    description="街道办事处2021年网页，GB2312编码（meta charset=gb2312）；页面chrome只在报告之后"
                "（打印本页、关闭窗口、分享、扫一扫、页脚）。",
    patterns=["html", "gb2312-html", "chrome-at-end", "sub-district"])

# ===============================================================================================================
# p31: provincial market regulator, 2024, PDF with ordinary column widths; a heading lost its numeral
# ===============================================================================================================

add(name="p31-beijiang-market-regulation-2024", ext="pdf", agency="北江省市场监督管理局", year=2024, template="2021",
    published="2025-01-27", variant=3,
    me="省市场监管局", site="北江省市场监督管理局网站", wx="北江市场监管", tel="0791-88201234",
    counts=counts(4870, 212, c=133, d=2260, e=7, f=3),
    headings=["一、总体情况", "、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
              "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
    title_lines=["北江省市场监督管理局", "2024年政府信息公开工作年度报告"],
    signature=["北江省市场监督管理局", "2025年1月27日"],
    table_font="8pt",
    new=[1876, 431, 5, 9, 133, 57], carried=[44, 12, 0, 0, 2, 1],
    results=z(**{"granted": [512, 134, 2, 3, 41, 17], "partiallyGranted": [301, 76, 1, 2, 22, 9],
                 "withheld.stateSecret": [2, 0, 0, 0, 0, 0], "withheld.lawProhibited": [17, 4, 0, 0, 1, 0],
                 "withheld.securityStability": [3, 0, 0, 0, 0, 0],
                 "withheld.thirdParty": [166, 51, 0, 1, 12, 6],
                 "withheld.internalAffairs": [28, 6, 0, 0, 1, 1],
                 "withheld.processInformation": [73, 19, 1, 0, 5, 2],
                 "withheld.enforcementFile": [58, 17, 0, 0, 6, 2],
                 "withheld.administrativeQuery": [112, 21, 0, 1, 8, 3],
                 "unavailable.notHeld": [388, 71, 1, 2, 27, 11], "unavailable.needsCreation": [41, 9, 0, 0, 2, 1],
                 "unavailable.unclear": [19, 3, 0, 0, 1, 0], "notProcessed.petition": [62, 8, 0, 0, 1, 1],
                 "notProcessed.repeated": [31, 6, 0, 0, 2, 1], "notProcessed.publication": [4, 1, 0, 0, 0, 0],
                 "notProcessed.excessive": [7, 0, 0, 0, 0, 0], "notProcessed.confirmation": [15, 3, 0, 0, 1, 0],
                 "otherHandling.overdueCorrection": [26, 7, 0, 0, 1, 1],
                 "otherHandling.overdueFee": [0, 1, 0, 0, 0, 0], "otherHandling.other": [9, 2, 0, 0, 0, 0]}),
    t4=([27, 5, 3, 8], [9, 2, 1, 6], [4, 1, 0, 2]),
    t2=t2_2021(norm=(12, 6, 96), lic=58213, pun=23877, enf=1946),
    description="省级部门2024年PDF（普通列宽），标题两行，第二部分标题丢了序号（“、主动公开政府信息情况”）。",
    patterns=["pdf", "big-numbers", "heading-lost-numeral", "title-two-lines", "province-level"])

# ===============================================================================================================
# p32: county bureau, 2023, Word file with the （七）总计 row's 总计 cell left empty: CELL-INVALID only
# ===============================================================================================================

add(name="p32-xilin-emergency-2023", ext="docx", agency="西林县应急管理局", year=2023, template="2021",
    published="2024-01-16", variant=5,
    me="我局", site="西林县人民政府网站", wx="西林应急", tel="0776-8201234", counts=counts(251, 16, d=120),
    title_lines=["西林县应急管理局2023年政府信息公开工作年度报告"],
    signature=["西林县应急管理局", "2024年1月16日"],
    new=[6, 4, 0, 0, 0, 1], carried=[1, 0, 0, 0, 0, 0],
    results=z(**{"granted": [3, 2, 0, 0, 0, 0], "partiallyGranted": [1, 1, 0, 0, 0, 0],
                 "unavailable.notHeld": [2, 1, 0, 0, 0, 1], "notProcessed.petition": [1, 0, 0, 0, 0, 0]}),
    t3_over={("resultTotal", 6): None},
    t2=t2_2021(norm=(1, 0, 4), lic=12, pun=86, enf=9),
    errors=["CELL-INVALID"],
    description="县应急管理局2023年Word报告，表三“（七）总计”行的总计单元格为空（空的docx单元格，唯一缺陷）。",
    patterns=["docx", "merged-cells", "blank-cell-total", "planted-error"])

# ===============================================================================================================
# p33: township, 2019, Word file in the 2019 format (correct for a 2019 report)
# ===============================================================================================================

add(name="p33-pingshan-town-2019", ext="docx", agency="平山镇人民政府", year=2019, template="2019",
    published="2020-01-10", variant=4,
    me="我镇", site="临江县人民政府网站", wx="平山镇", tel="0439-5201234", counts=counts(46, 7, d=18),
    headings=["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
              "四、政府信息公开行政复议、行政诉讼情况", "五、政府信息公开工作存在的主要问题及改进情况",
              "六、其他需要报告的事项"],
    title_lines=["平山镇人民政府2019年政府信息公开工作年度报告"],
    signature=["平山镇人民政府", "2020年1月10日"],
    new=[4, 1, 0, 0, 0, 0], carried=Z,
    results=z(**{"granted": [2, 1, 0, 0, 0, 0], "unavailable.notHeld": [1, 0, 0, 0, 0, 0],
                 "otherHandling": [1, 0, 0, 0, 0, 0]}),
    t2=t2_2019(oth=(2, 0, 14), pun=(0, 0, 6), proc=(2, "8.6")),
    description="镇政府2019年Word报告，2019年试行格式（对2019年报告正确）：表二五个小节含其他对外管理服务事项和"
                "政府集中采购，表三（六）其他处理为单行。",
    patterns=["docx", "template-2019-for-2019", "t3-2019-other-handling-row", "township"])

# ===============================================================================================================
# p34: county bureau, 2024, web page whose editor wrote merged cells out as empty <td> (no rowspan/colspan)
# ===============================================================================================================

add(name="p34-nanping-forestry-2024", ext="html", agency="南屏县林业局", year=2024, template="2021",
    published="2025-01-22", variant=0, expand_merged=True,
    me="我局", site="南屏县人民政府网站", wx="南屏林业", tel="0599-7301234", counts=counts(139, 15, d=77),
    page=dict(site="南屏县人民政府", top=["无障碍", "关怀版", "登录", "注册"],
              nav=["首页", "走进南屏", "政务公开", "政务服务", "互动交流"],
              crumb="当前位置：首页 > 政务公开 > 政府信息公开 > 政府信息公开年报",
              info="发布日期：2025-01-23　来源：南屏县林业局　字体：[ 大 中 小 ]　[ 打印 ]",
              tools=["【打印本页】", "【关闭窗口】"], qr="扫一扫在手机打开当前页",
              footer=["网站地图 | 联系我们", "南屏县人民政府办公室主办"]),
    title_lines=["南屏县林业局2024年政府信息公开工作年度报告"],
    signature=["南屏县林业局", "2025年1月22日"],
    new=[11, 2, 0, 0, 0, 0], carried=[0, 1, 0, 0, 0, 0],
    results=z(**{"granted": [5, 1, 0, 0, 0, 0], "partiallyGranted": [2, 0, 0, 0, 0, 0],
                 "withheld.thirdParty": [1, 0, 0, 0, 0, 0], "unavailable.notHeld": [2, 1, 0, 0, 0, 0],
                 "notProcessed.repeated": [1, 0, 0, 0, 0, 0]}),
    t4=([0, 0, 0, 1], Z[:4], Z[:4]),
    t2=t2_2021(norm=(1, 0, 6), lic=214, pun=33),
    description="县林业局2024年网页：表三没有rowspan/colspan，合并单元格被网站编辑器写成空<td>（标签列的空格子"
                "不是空白数值）；页面有登录/注册、面包屑、打印、关闭窗口。",
    patterns=["html", "web-page-chrome", "empty-td-for-merged-cells"])
