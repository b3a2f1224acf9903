"""The annual report form (2019 trial format and 2021 format) and the ways published reports print its tables.

Written for the published-style acceptance set, independently of services/report-corpus: the layouts below
are modelled on how agencies' web pages, Word files and PDFs print the tables (see ../README.md).
"""

import html as _html
import subprocess

# ---------------------------------------------------------------------------------------------------------------
# Table 3 rows: key -> (group label or None, item label)
# ---------------------------------------------------------------------------------------------------------------

TOP = {
    "newReceived": "一、本年新收政府信息公开申请数量",
    "carriedOver": "二、上年结转政府信息公开申请数量",
    "carriedForward": "四、结转下年度继续办理",
}
RESULTS_GROUP = "三、本年度办理结果"
SUBGROUP = {
    "withheld": "（三）不予公开",
    "unavailable": "（四）无法提供",
    "notProcessed": "（五）不予处理",
    "otherHandling": "（六）其他处理",
}
ITEM = {
    "granted": "（一）予以公开",
    "partiallyGranted": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "withheld.stateSecret": "1.属于国家秘密",
    "withheld.lawProhibited": "2.其他法律行政法规禁止公开",
    "withheld.securityStability": "3.危及“三安全一稳定”",
    "withheld.thirdParty": "4.保护第三方合法权益",
    "withheld.internalAffairs": "5.属于三类内部事务信息",
    "withheld.processInformation": "6.属于四类过程性信息",
    "withheld.enforcementFile": "7.属于行政执法案卷",
    "withheld.administrativeQuery": "8.属于行政查询事项",
    "unavailable.notHeld": "1.本机关不掌握相关政府信息",
    "unavailable.needsCreation": "2.没有现成信息需要另行制作",
    "unavailable.unclear": "3.补正后申请内容仍不明确",
    "notProcessed.petition": "1.信访举报投诉类申请",
    "notProcessed.repeated": "2.重复申请",
    "notProcessed.publication": "3.要求提供公开出版物",
    "notProcessed.excessive": "4.无正当理由大量反复申请",
    "notProcessed.confirmation": "5.要求行政机关确认或重新出具已获取信息",
    "otherHandling.overdueCorrection": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "otherHandling.overdueFee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "otherHandling.other": "3.其他",
    "otherHandling": "（六）其他处理",
    "resultTotal": "（七）总计",
}
ITEM.update(TOP)

RESULT_KEYS_2021 = [
    "granted", "partiallyGranted",
    "withheld.stateSecret", "withheld.lawProhibited", "withheld.securityStability", "withheld.thirdParty",
    "withheld.internalAffairs", "withheld.processInformation", "withheld.enforcementFile",
    "withheld.administrativeQuery",
    "unavailable.notHeld", "unavailable.needsCreation", "unavailable.unclear",
    "notProcessed.petition", "notProcessed.repeated", "notProcessed.publication", "notProcessed.excessive",
    "notProcessed.confirmation",
    "otherHandling.overdueCorrection", "otherHandling.overdueFee", "otherHandling.other",
]
RESULT_KEYS_2019 = RESULT_KEYS_2021[:18] + ["otherHandling"]


def rows_of(template):
    results = RESULT_KEYS_2019 if template == "2019" else RESULT_KEYS_2021
    return ["newReceived", "carriedOver"] + results + ["resultTotal", "carriedForward"]


def subgroup_of(key):
    head = key.split(".")[0]
    return SUBGROUP.get(head) if "." in key else None


APPLICANT_HEAD = ["自然人", "法人或其他组织", "总计"]
APPLICANT_SUB = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

T4_GROUPS = ["review", "litigationDirect", "litigationAfterReview"]
T4_KEYS = ["upheld", "corrected", "other", "pending", "total"]
T4_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def build_t3(template, new, carried, results, overrides=None):
    """Table 3 with consistent totals, then the printed deviations (planted errors, blank cells)."""
    keys = rows_of(template)
    result_keys = [k for k in keys if k not in ("newReceived", "carriedOver", "resultTotal", "carriedForward")]
    for k in results:
        assert k in result_keys, k
    rows = {"newReceived": list(new) + [sum(new)], "carriedOver": list(carried) + [sum(carried)]}
    total = [0] * 6
    for k in result_keys:
        v = results.get(k, [0] * 6)
        assert len(v) == 6, k
        rows[k] = list(v) + [sum(v)]
        total = [a + b for a, b in zip(total, v)]
    rows["resultTotal"] = total + [sum(total)]
    forward = [n + c - t for n, c, t in zip(new, carried, total)]
    assert all(x >= 0 for x in forward), forward
    rows["carriedForward"] = forward + [sum(forward)]
    ordered = {k: rows[k] for k in keys}
    for (k, c), v in (overrides or {}).items():
        ordered[k][c] = v
    return ordered


def build_t4(review, direct, after, overrides=None):
    """Table 4: three groups of (维持, 纠正, 其他, 尚未审结) with their totals, then printed deviations."""
    t = {}
    for g, v in zip(T4_GROUPS, (review, direct, after)):
        t[g] = dict(zip(T4_KEYS, list(v) + [sum(v)]))
    for (g, k), v in (overrides or {}).items():
        t[g][k] = v
    return t


def t4_values(t4):
    return [t4[g][k] for g in T4_GROUPS for k in T4_KEYS]


def cell(v):
    return "" if v is None else str(v)


# ---------------------------------------------------------------------------------------------------------------
# Table 2: sections of (title, header, rows)
# ---------------------------------------------------------------------------------------------------------------

def t2_sections(template, d, typos=False):
    if template == "2019":
        made = ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]
        if typos:
            made = ["信息内容", "本年新", "本年新", "对外公开总数量"]
        change = ["信息内容", "上一年项目数量", "本年增/减" if not typos else "本年增/", "处理决定数量"]
        return [
            ("第二十条第（一）项" if not typos else "第二十条(一)项", made,
             [("规章", d["rules"]), ("规范性文件", d["normativeDocuments"])]),
            ("第二十条第（五）项", change,
             [("行政许可", d["licensing"]), ("其他对外管理服务事项", d["otherServices"])]),
            ("第二十条第（六）项", change,
             [("行政处罚", d["punishment"]), ("行政强制", d["enforcement"])]),
            ("第二十条第（八）项", change[:3],
             [("行政事业型收费" if typos else "行政事业性收费", d["fees"])]),
            ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"],
             [("政府集中采购", d["procurement"])]),
        ]
    decisions = ["信息内容", "本年处理决定数量"]
    return [
        ("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
         [("规章", d["rules"]), ("行政规范性文件", d["normativeDocuments"])]),
        ("第二十条第（五）项", decisions, [("行政许可", d["licensing"])]),
        ("第二十条第（六）项", decisions, [("行政处罚", d["punishment"]), ("行政强制", d["enforcement"])]),
        ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"],
         [("行政事业性收费", d["fees"])]),
    ]


def ascii_parens(s):
    return s.replace("（", "(").replace("）", ")")


# ---------------------------------------------------------------------------------------------------------------
# Text flattenings of Tables 2, 3, 4
# ---------------------------------------------------------------------------------------------------------------

def t2_text(sections, sep, width=4, trailing="", empty_gap=None, small_tables=False):
    """Table 2 as rows joined by sep; width pads every row (merged cells left as empty cells)."""
    out = []
    for title, header, rows in sections:
        if empty_gap is not None:
            out.append(title + empty_gap)
        else:
            out.append(sep.join([title] + [""] * (width - 1)) + trailing)
        out.append(sep.join(header + [""] * (width - len(header))) + trailing)
        for label, values in rows:
            vals = [str(v) for v in values]
            out.append(sep.join([label] + vals + [""] * (width - 1 - len(vals))) + trailing)
        if small_tables:
            out.append("")
    return out


def t3_pipe_inline(t3, template, trailing="", blank=" ", paren_ascii=False, label_fix=None):
    """` | ` rows with the group labels inline (三、本年度办理结果 | （一）予以公开 | 231 | …)."""
    fix = label_fix or (lambda s: s)
    p = ascii_parens if paren_ascii else (lambda s: s)
    out = [
        fix(BALANCE_NOTE) + " | " + fix("申请人情况") + trailing,
        " | ".join(fix(x) for x in APPLICANT_HEAD) + trailing,
        " | ".join(fix(x) for x in APPLICANT_SUB) + trailing,
    ]
    seen = set()
    for k in rows_of(template):
        vals = " | ".join(cell(v) if v is not None else blank.strip() for v in t3[k])
        parts = []
        if k == "granted":
            parts.append(RESULTS_GROUP)
        sub = subgroup_of(k)
        if sub and sub not in seen:
            parts.append(sub)
            seen.add(sub)
        parts.append(ITEM[k])
        line = " | ".join(fix(p(x)) for x in parts) + " | " + vals + trailing
        out.append(line)
    return out


def t4_pipe_two_headers(t4):
    """Two header lines, then one unlabelled row of 15 values."""
    return [
        "行政复议 | 行政诉讼（未经复议直接起诉） | 行政诉讼（复议后起诉）",
        " | ".join(T4_LABELS * 3),
        " | ".join(cell(v) for v in t4_values(t4)),
    ]


def t3_tab(t3, template, style="seed", paren_ascii=True, label_fix=None):
    """Tab-separated rows as copied from a Word table: merged cells become empty cells.

    style "seed": values start after the label cells, which vary by row; rows end with a tab; the 3.其他 and （七）总计
    labels slip to the first column (as in real copies).
    style "strict": label cells, then exactly seven value cells, no trailing tab (a blank last cell ends the line
    with a tab).
    """
    fix = label_fix or (lambda s: s)
    p = ascii_parens if paren_ascii else (lambda s: s)
    out = [
        fix(p(BALANCE_NOTE)) + "\t\t" + fix("申请人情况") + "\t\t\t\t\t\t" + fix("总计") + "\t",
        "\t\t" + fix("自然人") + "\t" + fix("法人或其他组织") + "\t\t\t\t\t\t",
        "\t\t\t" + "\t".join(fix(x) for x in APPLICANT_SUB) + "\t\t",
    ]
    if style == "strict":
        out[0] = fix(p(BALANCE_NOTE)) + "\t\t\t" + fix("申请人情况") + "\t\t\t\t\t\t"
        out[1] = "\t\t\t" + fix("自然人") + "\t" + fix("法人或其他组织") + "\t\t\t\t\t" + fix("总计")
        out[2] = "\t\t\t\t" + "\t".join(fix(x) for x in APPLICANT_SUB) + "\t"
    seen = set()
    end = "\t" if style == "seed" else ""
    for k in rows_of(template):
        vals = "\t".join(cell(v) for v in t3[k])
        item = fix(p(ITEM[k]))
        sub = subgroup_of(k)
        if k in TOP:
            line = item + "\t\t" + ("\t" if style == "strict" else "") + vals + end
        elif k == "granted":
            line = fix(RESULTS_GROUP) + "\t" + item + "\t" + ("\t" if style == "strict" else "") + vals + end
        elif sub is None:
            if style == "seed" and k == "resultTotal":
                line = item + "\t" + vals + "\t\t"
            else:
                line = "\t" + item + "\t" + ("\t" if style == "strict" else "") + vals + end
        elif sub not in seen:
            seen.add(sub)
            line = "\t" + fix(p(sub)) + "\t" + item + "\t" + vals
        elif style == "seed" and k == "otherHandling.other":
            line = item + "\t\t" + vals + "\t"
        else:
            line = "\t\t" + item + "\t" + vals
        out.append(line)
    return out


def t4_tab(t4, label_fix=None):
    fix = label_fix or (lambda s: s)
    labels = [fix(x) for x in T4_LABELS]
    spaced = [x[:2] + " " + x[2:] if len(x) == 4 else x for x in labels]
    return [
        fix("行政复议") + "\t\t\t\t\t" + fix("行政诉讼") + "\t" * 9,
        "\t".join(spaced) + "\t" + fix("未经复议直接起诉") + "\t\t\t\t\t" + fix("复议后起诉") + "\t\t\t\t",
        "\t\t\t\t\t" + "\t".join(spaced * 2),
        "\t".join(cell(v) for v in t4_values(t4)),
    ]


def t3_markdown(t3, template, blank=""):
    """A markdown grid of ten columns (three label columns + seven values); merged label cells are empty."""
    head = [
        "| " + BALANCE_NOTE + " | 申请人情况 ||||||||",
        "|---|---|---|---|---|---|---|---|---|---|",
        "| | | | 自然人 | 法人或其他组织 ||||| 总计 |",
        "| | | | | " + " | ".join(APPLICANT_SUB) + " | |",
    ]
    out = list(head)
    seen = set()
    for k in rows_of(template):
        vals = " | ".join(cell(v) if v is not None else blank for v in t3[k])
        sub = subgroup_of(k)
        if k in TOP:
            labels = [ITEM[k], "", ""]
        elif k == "granted":
            labels = [RESULTS_GROUP, ITEM[k], ""]
        elif sub is None:
            labels = ["", ITEM[k], ""]
        elif sub not in seen:
            seen.add(sub)
            labels = ["", sub, ITEM[k]]
        else:
            labels = ["", "", ITEM[k]]
        out.append("| " + " | ".join(labels) + " | " + vals + " |")
    return out


def t4_markdown(t4):
    return [
        "| 行政复议 ||||| 行政诉讼 ||||||||||",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        "| " + " | ".join(T4_LABELS) + " | 未经复议直接起诉 ||||| 复议后起诉 |||||",
        "| | | | | | " + " | ".join(T4_LABELS * 2) + " |",
        "| " + " | ".join(cell(v) for v in t4_values(t4)) + " |",
    ]


def t3_cell_per_line(t3, template):
    """One cell per line, each line starting with a tab; rows separated by blank lines; headers broken."""
    out = ["\t" + "《本列表数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和》", "\t申请人情况", "",
           "\t", "\t自然人", "\t法人或其他组织", "\t总计", "",
           "\t", "\t", "\t商业\n企业", "\t科\n研\n机\n构", "\t社会\n公益\n组织", "\t法律\n服务\n机构", "\t其他",
           "\t", ""]
    seen = set()
    for k in rows_of(template):
        cells = []
        sub = subgroup_of(k)
        if k in TOP:
            cells.append(ITEM[k])
        elif k == "granted":
            cells += ["三、本\n年\n度\n办\n理\n结\n果", ITEM[k]]
        elif sub is None:
            cells += ["", ITEM[k]]
        elif sub not in seen:
            seen.add(sub)
            cells += ["", sub, ITEM[k]]
        else:
            cells += ["", "", ITEM[k]]
        cells += [cell(v) for v in t3[k]]
        out += ["\t" + c.replace("1.", "1、").replace("2.", "2、").replace("3.", "3、").replace("4.", "4、")
                .replace("5.", "5、").replace("6.", "6、").replace("7.", "7、").replace("8.", "8、") for c in cells]
        out.append("")
    return out


def t4_cell_per_line(t4):
    out = ["\t行政复议", "\t行政诉讼", ""]
    out += ["\t" + x for x in T4_LABELS] + ["\t未经复议直接起诉", "\t复议后起诉", ""]
    out += ["\t"] * 5 + ["\t" + x for x in T4_LABELS * 2] + [""]
    out += ["\t" + cell(v) for v in t4_values(t4)] + [""]
    return out


# ---------------------------------------------------------------------------------------------------------------
# HTML tables (web pages; also the source of the docx, doc and pdf fixtures)
# ---------------------------------------------------------------------------------------------------------------

def esc(s):
    return _html.escape(str(s), quote=False)


def td(text, rs=1, cs=1, width=None, cls=None, align=None):
    a = ""
    if align:
        a += f' align="{align}"'
    if rs > 1:
        a += f' rowspan="{rs}"'
    if cs > 1:
        a += f' colspan="{cs}"'
    if width:
        a += f' width="{width}"'
    if cls:
        a += f' class="{cls}"'
    return f"<td{a}>{esc(text)}</td>"


def t2_html(sections):
    width = max(len(h) for _, h, _ in sections)
    out = ['<table border="1" cellspacing="0" cellpadding="2" width="100%">']
    for title, header, rows in sections:
        out.append("<tr>" + td(title, cs=width) + "</tr>")
        out.append("<tr>" + "".join(td(h, cs=(width - len(header) + 1) if i == len(header) - 1 else 1)
                                    for i, h in enumerate(header)) + "</tr>")
        for label, values in rows:
            vals = [str(v) for v in values]
            cells = [td(label)] + [td(v, cs=(width - len(vals)) if i == len(vals) - 1 else 1)
                                   for i, v in enumerate(vals)]
            out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def t3_html(t3, template, label_fix=None, narrow=None, font=None, expand=False):
    """The form's Table 3 with rowspan/colspan; blank cells are empty <td>; numbers centred.
    expand: no rowspan/colspan at all, merged label cells written out as empty <td> (as some site editors save)."""
    if expand:
        return t3_html_expanded(t3, template, label_fix)
    fix = label_fix or (lambda s: s)
    keys = rows_of(template)
    style = f' style="font-size:{font}"' if font else ""
    out = [f'<table border="1" cellspacing="0" cellpadding="{0 if narrow else 2}" width="100%"{style}>']
    out.append("<tr>" + td(fix(BALANCE_NOTE), rs=3, cs=3) + td(fix("申请人情况"), cs=7) + "</tr>")
    out.append("<tr>" + td(fix("自然人"), rs=2) + td(fix("法人或其他组织"), cs=5) + td(fix("总计"), rs=2) + "</tr>")
    out.append("<tr>" + "".join(td(fix(x)) for x in APPLICANT_SUB) + "</tr>")
    n_results = len([k for k in keys if k not in TOP])
    sub_sizes = {}
    for k in keys:
        sub = subgroup_of(k)
        if sub:
            sub_sizes[sub] = sub_sizes.get(sub, 0) + 1
    seen = set()
    for k in keys:
        vals = "".join(td(cell(v), cls="n", align="center") for v in t3[k])
        sub = subgroup_of(k)
        if k in TOP:
            lead = td(fix(ITEM[k]), cs=3)
        else:
            lead = td(fix(RESULTS_GROUP), rs=n_results) if k == "granted" else ""
            if sub is None:
                lead += td(fix(ITEM[k]), cs=2)
            else:
                if sub not in seen:
                    seen.add(sub)
                    lead += td(fix(sub), rs=sub_sizes[sub])
                lead += td(fix(ITEM[k]))
        out.append("<tr>" + lead + vals + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def t3_html_expanded(t3, template, label_fix=None):
    fix = label_fix or (lambda s: s)
    grid = [[BALANCE_NOTE, "", "", "申请人情况", "", "", "", "", "", ""],
            ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
            ["", "", ""] + [""] + APPLICANT_SUB + [""]]
    seen = set()
    for k in rows_of(template):
        sub = subgroup_of(k)
        if k in TOP:
            labels = [ITEM[k], "", ""]
        elif k == "granted":
            labels = [RESULTS_GROUP, ITEM[k], ""]
        elif sub is None:
            labels = ["", ITEM[k], ""]
        elif sub not in seen:
            seen.add(sub)
            labels = ["", sub, ITEM[k]]
        else:
            labels = ["", "", ITEM[k]]
        grid.append(labels + [cell(v) for v in t3[k]])
    out = ['<table border="1" cellspacing="0" cellpadding="2" width="100%">']
    for row in grid:
        out.append("<tr>" + "".join(f"<td>{esc(fix(c))}</td>" for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def t4_html(t4, label_fix=None, font=None):
    fix = label_fix or (lambda s: s)
    style = f' style="font-size:{font}"' if font else ""
    out = [f'<table border="1" cellspacing="0" cellpadding="2" width="100%"{style}>',
           "<tr>" + td(fix("行政复议"), cs=5) + td(fix("行政诉讼"), cs=10) + "</tr>",
           "<tr>" + "".join(td(fix(x), rs=2) for x in T4_LABELS) + td(fix("未经复议直接起诉"), cs=5)
           + td(fix("复议后起诉"), cs=5) + "</tr>",
           "<tr>" + "".join(td(fix(x)) for x in T4_LABELS * 2) + "</tr>",
           "<tr>" + "".join(td(cell(v), cls="n") for v in t4_values(t4)) + "</tr>",
           "</table>"]
    return "\n".join(out)


def opencc(text, config):
    return subprocess.run(["opencc", "-c", config], input=text, capture_output=True, text=True,
                          check=True).stdout
