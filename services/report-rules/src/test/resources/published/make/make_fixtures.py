#!/usr/bin/env python3
"""Builds the published-style acceptance fixtures and their truth files in the folder above this one.

Run from anywhere: python3 make_fixtures.py. Needs LibreOffice (soffice) for docx/doc/pdf and the Debian opencc
package for the two Traditional Chinese mirror copies. The output is committed; rerun only to change a fixture.
Independent of services/report-corpus: own agencies, numbers, words and layouts (see ../README.md).
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import forms as F  # noqa: E402
import prose  # noqa: E402
from fixtures import FIXTURES  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HEADINGS_2021 = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                 "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def tables_of(f):
    t3 = F.build_t3(f["template"], f["new"], f["carried"], f["results"], f.get("t3_over"))
    t4 = F.build_t4(*f["t4"], overrides=f.get("t4_over"))
    t2 = F.t2_sections(f["template"], f["t2"], typos=f.get("typos", False))
    return t2, t3, t4


def sections_of(f, t3, t4):
    v = f["variant"]
    s1 = f["overview"] if "overview" in f else prose.overview(f, t3, t4, v)
    s5 = f["problems"] if "problems" in f else prose.problems(f, v)
    s6 = f["other"] if "other" in f else prose.other(f, v)
    return s1, s5, s6


def text_document(f):
    """Lines of a text/markdown fixture."""
    t2, t3, t4 = tables_of(f)
    s1, s5, s6 = sections_of(f, t3, t4)
    t2_lines, t3_lines, t4_lines = f["text_tables"](t2, t3, t4)
    indent = f.get("indent", "")
    gap = [""] if f.get("blank_lines", True) else []
    head = f.get("headings", HEADINGS_2021)
    out = list(f.get("chrome_top", []))
    out += f["title_lines"]
    out += f.get("chrome_after_title", [])
    out += gap
    pre = prose.preamble(f, f["variant"]) if "preamble" not in f else f["preamble"]
    if pre and not f.get("preamble_in_section1"):
        out += [indent + pre] + gap
    out += [head[0]] + gap
    if pre and f.get("preamble_in_section1"):
        out += [indent + pre] + gap
    for p in s1:
        out += [indent + p] + gap
    for n, lines in ((1, t2_lines), (2, t3_lines), (3, t4_lines)):
        out += [head[n]] + gap + lines + gap
        if n == 3 and f.get("section4_note"):
            out += [indent + f["section4_note"]] + gap
    out += [head[4]] + gap
    for p in s5:
        out += [indent + p] + gap
    out += [head[5]] + gap
    for p in s6:
        out += [indent + p] + gap
    out += f.get("signature", [])
    out += f.get("chrome_bottom", [])
    return "\n".join(out) + "\n"


def body_html(f):
    """The report as HTML body content: title, paragraphs, the three tables (also the source of docx/doc/pdf)."""
    t2, t3, t4 = tables_of(f)
    s1, s5, s6 = sections_of(f, t3, t4)
    head = f.get("headings", HEADINGS_2021)
    fix = f.get("label_fix")
    h = []

    def para(text, align=None, bold=False):
        a = f' align="{align}"' if align else ""
        t = F.esc(text)
        h.append(f"<p{a}>" + (f"<b>{t}</b>" if bold else t) + "</p>")

    if f.get("title_in_body", True):
        for line in f["title_lines"]:
            para(line, align="center", bold=True)
    for line in f.get("under_title", []):
        para(line, align="center")
    pre = prose.preamble(f, f["variant"]) if "preamble" not in f else f["preamble"]
    if pre and not f.get("preamble_in_section1"):
        para(pre)
    para(head[0], bold=True)
    if pre and f.get("preamble_in_section1"):
        para(pre)
    for p in s1:
        para(p)
    para(head[1], bold=True)
    h.append(F.t2_html(t2))
    para(head[2], bold=True)
    h.append(F.t3_html(t3, f["template"], label_fix=fix, narrow=f.get("narrow"), font=f.get("table_font"),
                       expand=f.get("expand_merged", False)))
    para(head[3], bold=True)
    h.append(F.t4_html(t4, label_fix=fix, font=f.get("table_font")))
    if f.get("section4_note"):
        para(f["section4_note"])
    para(head[4], bold=True)
    for p in s5:
        para(p)
    para(head[5], bold=True)
    for p in s6:
        para(p)
    for line in f.get("signature", []):
        para(line, align="right")
    return "\n".join(h)


def web_page(f):
    """A government web page around the report: top bar, navigation, breadcrumb, tools, footer."""
    body = body_html(f)
    p = f["page"]
    title = "".join(f["title_lines"])
    meta = ""
    if p.get("meta_table"):
        meta = ('<table class="xxgk-info" width="100%">' + "".join(
            "<tr>" + "".join(f"<td>{F.esc(k)}</td><td>{F.esc(v)}</td>" for k, v in row) + "</tr>"
            for row in p["meta_table"]) + "</table>")
    top = "".join(f"<div class=\"bar\">{F.esc(x)}</div>" for x in p.get("top", []))
    nav = "".join(f"<li><a href=\"#\">{F.esc(x)}</a></li>" for x in p.get("nav", []))
    crumb = F.esc(p.get("crumb", ""))
    info = F.esc(p.get("info", ""))
    tools = "".join(f"<a href=\"#\">{F.esc(x)}</a> " for x in p.get("tools", []))
    foot = "".join(f"<p>{F.esc(x)}</p>" for x in p.get("footer", []))
    charset = p.get("charset", "utf-8")
    head_title = f"<h1 class=\"article-title\">{F.esc(title)}</h1>" if not f.get("title_in_body", True) else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{F.esc(title)}_{F.esc(p['site'])}</title>
<link rel="stylesheet" href="/css/article.css">
</head>
<body>
<div class="top">{top}</div>
<div class="header"><div class="logo">{F.esc(p['site'])}</div>
<form class="search"><input type="text" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
<ul class="nav">{nav}</ul>
<div class="position">{crumb}</div>
{meta}
<div class="article">
{head_title}
<div class="info">{info}</div>
<div class="TRS_Editor">
{body}
</div>
<div class="tools">{tools}</div>
<div class="qr">{F.esc(p.get('qr', ''))}</div>
</div>
<div class="footer">{foot}</div>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</body>
</html>
"""


def office(f, name):
    """docx / doc / pdf: the report body as a Word document, converted by LibreOffice."""
    work = tempfile.mkdtemp(prefix="published-")
    try:
        style = ("<style>body{font-family:'Noto Serif CJK SC';font-size:12pt} td{font-size:%s}</style>"
                 % f.get("table_font", "10pt"))
        src = os.path.join(work, name + ".html")
        with open(src, "w", encoding="utf-8") as out:
            out.write("<html><head><meta charset=\"utf-8\">" + style + "</head><body>\n" + body_html(f)
                      + "\n</body></html>\n")
        run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", work, src])
        docx = os.path.join(work, name + ".docx")
        if f["ext"] == "pdf":
            _, t3, _ = tables_of(f)
            font = float(f.get("table_font", "10pt")[:-2])
            fit_table3(docx, t3, font, SLACK if f.get("narrow") else 12 * 20)
        ext = f["ext"]
        if ext == "docx":
            shutil.copy(docx, os.path.join(OUT, name + ".docx"))
        elif ext == "doc":
            run(["soffice", "--headless", "--convert-to", "doc:MS Word 97", "--outdir", work, docx])
            shutil.copy(os.path.join(work, name + ".doc"), os.path.join(OUT, name + ".doc"))
        elif ext == "pdf":
            run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", work, docx])
            shutil.copy(os.path.join(work, name + ".pdf"), os.path.join(OUT, name + ".pdf"))
    finally:
        shutil.rmtree(work, ignore_errors=True)


SLACK = int(os.environ.get("SLACK", "16"))


def fit_table3(docx, t3, font_pt, slack):
    """Table 3 value columns as wide as their longest number plus slack (twips), in a fixed layout without cell
    margins. With a small slack (narrow PDFs) neighbouring numbers nearly touch and the header words stack
    vertically; with a larger one no number wraps."""
    digit = 10.8 * font_pt  # twips per digit of the table font (0.54 em)
    value_widths = [int(max(len(F.cell(row[c])) for row in t3.values()) * digit) + slack for c in range(7)]
    usable = 11906 - 1134 - 567 - 40
    label = (usable - sum(value_widths)) // 3
    widths = [label, label, label] + value_widths
    with zipfile.ZipFile(docx) as z:
        names = z.namelist()
        data = {n: z.read(n) for n in names}
    xml = data["word/document.xml"].decode("utf-8")
    found = list(re.finditer(r"<w:tbl>.*?</w:tbl>", xml, re.S))
    m = found[1]
    t = m.group(0)
    zero = "".join(f'<w:{s} w:w="0" w:type="dxa"/>' for s in ("top", "left", "bottom", "right"))
    t = re.sub(r"<w:tblGrid>.*?</w:tblGrid>",
               "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>", t, flags=re.S)
    t = re.sub(r"<w:tblW [^>]*/>", f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>', t)
    t = re.sub(r"<w:tblCellMar>.*?</w:tblCellMar>", "<w:tblCellMar>" + zero + "</w:tblCellMar>", t, flags=re.S)
    t = re.sub(r"<w:tcMar>.*?</w:tcMar>", "<w:tcMar>" + zero + "</w:tcMar>", t, flags=re.S)
    t = re.sub(r'w:val="single" w:sz="\d+"', 'w:val="single" w:sz="2"', t)

    def fix_row(rm):
        pos = [0]

        def fix_cell(cm):
            cell = cm.group(0)
            span = re.search(r'<w:gridSpan w:val="(\d+)"/>', cell)
            n = int(span.group(1)) if span else 1
            w = sum(widths[pos[0]:pos[0] + n])
            pos[0] += n
            return re.sub(r"<w:tcW [^>]*/>", f'<w:tcW w:w="{w}" w:type="dxa"/>', cell, count=1)
        return re.sub(r"<w:tc>.*?</w:tc>", fix_cell, rm.group(0), flags=re.S)
    t = re.sub(r"<w:tr>.*?</w:tr>|<w:tr .*?</w:tr>", fix_row, t, flags=re.S)
    xml = xml[:m.start()] + t + xml[m.end():]
    data["word/document.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            z.writestr(n, data[n])


def run(cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def truth(f):
    _, t3, t4 = tables_of(f)
    return {
        "file": f["name"] + "." + f["ext"],
        "description": f["description"],
        "patterns": f["patterns"],
        "agency": f["agency"],
        "agencyAlternatives": f.get("agency_alternatives", []),
        "registeredAgency": f.get("registered", f["agency"]),
        "year": f["year"],
        "template": f["template"],
        "publishedOn": f["published"],
        "applications": t3,
        "reviewLitigation": t4,
        "expectedErrors": sorted(f["errors"]),
    }


def write(f):
    name = f["name"]
    ext = f["ext"]
    path = os.path.join(OUT, name + "." + ext)
    if ext in ("txt", "md"):
        text = text_document(f)
        if f.get("convert"):
            text = F.opencc(text, f["convert"])
        with open(path, "wb") as out:
            out.write(text.encode(f.get("encoding", "utf-8")))
    elif ext == "html":
        page = web_page(f)
        if f.get("convert"):
            page = F.opencc(page, f["convert"])
        with open(path, "wb") as out:
            out.write(page.encode(f["page"].get("encoding", "utf-8")))
    else:
        office(f, name)
    with open(os.path.join(OUT, name + ".truth.json"), "w", encoding="utf-8") as out:
        out.write(truth_json(truth(f)))


def truth_json(t):
    """JSON with one line per table row, so a reviewer can read the truth like the table."""
    def one(v):
        return json.dumps(v, ensure_ascii=False)
    lines = ["{"]
    keys = list(t)
    for i, k in enumerate(keys):
        end = "," if i < len(keys) - 1 else ""
        v = t[k]
        if k in ("applications", "reviewLitigation"):
            rows = list(v.items())
            lines.append(f'  "{k}": {{')
            for j, (row, cells) in enumerate(rows):
                lines.append(f'    "{row}": {one(cells)}' + ("," if j < len(rows) - 1 else ""))
            lines.append("  }" + end)
        else:
            lines.append(f'  "{k}": {one(v)}{end}')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(only=None):
    names = set()
    for f in FIXTURES:
        assert f["name"] not in names, f["name"]
        names.add(f["name"])
        if only and not any(f["name"].startswith(o) for o in only):
            continue
        write(f)
        print("wrote", f["name"] + "." + f["ext"])
    write_readme()



README_HEAD = """# Published-style acceptance set (issue 9)

Reports laid out the way agencies really publish them, to measure the parser and the rules the way a held-out
set would: `PublishedReportsTest` (in `src/test/java/io/nianbao/rules`) parses each file with `ReportParser`,
reviews it with `RuleEngine` and a `ValidationContext` holding the fixture's registered agency and year (what
`./nianbao check --agency A --year Y FILE` does), and holds the result against `<name>.truth.json`.

## How the set was made

- Independently of `services/report-corpus` and without reading the parser's code. The layouts are modelled on
  published reports (government web pages and their text copies, Word files, PDFs exported from Word) and on
  `shared/reference/real-world-variation.md` (beside the repository); agencies, places, numbers and wording are invented.
- Every agency's Table 3 balances (per column 一+二 = 三（七）+四, 总计 = the six applicant columns, 三（七）= the
  result rows, Table 4 totals = their four) unless the fixture plants an error on purpose; the test
  `truthTablesBreakOnlyThePlantedTableRules` checks that on the truth files with the rule engine.
- The narrative states only counts that agree with the printed tables (except in the fixture planting
  TEXT-TABLE-MISMATCH), and section 1 covers 主动公开, 依申请公开, 政府信息管理, 平台建设 and 监督保障.
- `make/` holds the script that wrote the files (`python3 make/make_fixtures.py [prefix…]`; needs LibreOffice
  for docx/doc/pdf and the Debian `opencc` package for the Traditional copies). The files are committed: rerun it
  only to change a fixture, and re-check the truth when you do.

## Truth files

`<name>.truth.json`: `agency` as printed (`agencyAlternatives`: other accepted spellings, e.g. Simplified for a
Traditional copy; the Simplified name is the registered one), `year`, `template` (`2019` or `2021`, the format
the tables are printed in), `publishedOn` (the date printed on the report, not the web page's publishing date),
`applications` (every Table 3 row the form has in that format, 7 cells, `null` = blank cell), `reviewLitigation`
(15 cells), `expectedErrors` (the ERROR rule ids a correct review reports; empty = clean), `patterns` (the layout
patterns the file exercises) and a `description` of its layout.

## Scoring (printed by the test, also written to `target/published-acceptance.txt`)

- Table 3/4 cells: every cell of the truth, plus every cell of a row the parser reports that the truth does not
  have; a missing table counts all its cells wrong. Threshold ≥ 99.5 %.
- Header fields: agency, year, template, publishedOn per fixture. Threshold ≥ 98 %.
- Error findings per (fixture, rule id): precision and recall of the ERROR rules found. Thresholds ≥ 0.98.
- No reported agency contains 首页, 当前位置, 登录, 注册, 打印, 字体, 收藏, `Page`, `>` or `/`.
- One test per planted-error fixture (exactly its rules; CELL-INVALID must name exactly the blank cells), one per
  clean fixture (no error), one per fixture (every cell and header field as printed).

## The fixtures

| file | year / format | planted error | layout |
|---|---|---|---|
"""


def write_readme():
    rows = []
    for f in FIXTURES:
        errors = ", ".join(sorted(f["errors"])) or "—"
        description = f["description"].replace("|", "\\|")
        rows.append(f"| `{f['name']}.{f['ext']}` | {f['year']} / {f['template']} | {errors} | {description} |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as out:
        out.write(README_HEAD + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
