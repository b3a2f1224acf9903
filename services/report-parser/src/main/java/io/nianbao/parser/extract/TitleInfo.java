package io.nianbao.parser.extract;

import io.nianbao.parser.read.Row;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agency, reporting year and publication date, taken from the document and never from the web page around it.
 *
 * <p>The title is the line (or two wrapped lines) before the first section that names 政府信息公开 (or 政务公开)
 * and a report, page chrome removed ({@link PageChrome}); when it appears more than once (the page's title and
 * the document's), the one nearest the body counts. The agency is what the title names before the year (or
 * after it), else a bare organisation name directly above the title, else the signature above the closing date,
 * else the report's own words in its preamble (现公布XX局2023年政府信息公开工作年度报告). A candidate holding
 * navigation words is refused; when nothing is left the agency is null and {@code provenance.agency} says why,
 * so no page chrome is ever reported as an agency.
 *
 * <p>The year is the title's (or a bracketed （2023年度） line under it), else the statistics period's
 * (统计期限/统计期间…自2023年…, 数据截至2023年12月31日), else the one the report names itself by
 * (现公布…2023年度政府信息公开工作年度报告); never the page's upload date. A garbled period (自202111日起) gives
 * no year rather than a guess. The date ({@link #closingDate}) is the one printed at the end of the report — alone,
 * in brackets, after 日期：, or after the agency on the same line; in figures or Chinese numerals — above any
 * page chrome, attachment list (附件：…) or blank table; else a date printed under the title. A date inside a
 * sentence never counts, nor does one in figures (2024-01-20) unless it is signed: web pages print their upload
 * date that way.
 *
 * @param titleRow     last row of the title (-1 when none): the preamble starts after it
 * @param dateRow      row of the closing date (-1 when none): the signature ends there
 * @param titleDateRow row of a date printed under the title (-1 when none or not used): no preamble
 * @param provenance   where agency, year and date were found, or why they were not (keys agency, year,
 *                     publishedOn)
 */
record TitleInfo(String agency, Integer year, LocalDate publishedOn, int titleRow, int dateRow, int titleDateRow,
                 Map<String, String> provenance) {

    static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2}|[二〇零○Ｏ一二三四五六七八九]{4})\\s*年度?");
    /** The statistics period's first year: 统计期限为2023年…, 统计期间自2023年…, 所列数据的统计期限自2023年…. */
    private static final Pattern PERIOD = Pattern.compile("统计(?:期限|期间|时限|时段|区间|周期|范围|时间|期)"
            + "[^0-9。；;]{0,8}?((?:19|20)\\d{2})\\s*年");
    /** Data counted up to the end of a year: 所列数据截止日期为2023年12月31日, 统计数据截至2023年12月31日. */
    private static final Pattern CUTOFF = Pattern.compile("(?:数据|统计)[^。；;]{0,12}?截[止至](?:日期|时间)?"
            + "[^0-9。；;]{0,4}((?:19|20)\\d{2})\\s*年\\s*12\\s*月\\s*31\\s*日");
    /** The report naming its own year: 现公布XX局2023年度政府信息公开工作年度报告, 现将本局2023年政府信息公开工作报告如下. */
    private static final Pattern SELF_YEAR = Pattern.compile("(?:现将|现公布|现予公布|现予以公布|特编制|编制了?|特发布"
            + "|发布|公布|形成)[^。；;]{0,40}?((?:19|20)\\d{2}|[一二][〇零○O0一二三四五六七八九]{3})\\s*年度?"
            + "[^。；;0-9]{0,30}?(?:政府)?(?:信息|政务)公开(?:工作)?(?:情况)?(?:年度)?(?:报告|年报)");
    /** A year alone under the title: （2023年度）. */
    private static final Pattern YEAR_LINE = Pattern.compile("^[（(\\[【]?\\s*((?:19|20)\\d{2})\\s*年度?\\s*[）)\\]】]?$");
    /** An attachment list's head after the signature: 附件：, 附件1：, 附表. */
    private static final Pattern ATTACHMENT_HEAD = Pattern.compile("^附\\s*[件表]\\s*[0-9一二三四五六七八九十]*\\s*(?::|$|\\s)");
    /** What may stand before a closing date on its line besides the agency: 日期：, 报告日期：. */
    private static final Pattern DATE_LABEL = Pattern.compile("^(?:报告|落款|编制|印发|成文|发布)?(?:日期|时间)$");
    /** What may follow a closing date on its line: 印发, 发布. */
    private static final Pattern DATE_SUFFIX = Pattern.compile("^(?:印发|发布|编制|制发|签发)?$");
    private static final Pattern DATE_PUNCTUATION = Pattern.compile("[\\s（）()\\[\\]【】〔〕:：,，。.、\"“”]");
    private static final Pattern SENTENCE_START = Pattern.compile("^(?:根据|按照|依据|依照|本报告|本年度|现将|现予|现公布"
            + "|特此|为了|为进一步|如对|如有|我局|我委|我单位|本单位|本机关)");
    /** The report naming itself in its first sentences: 现公布XX局2023年政府信息公开工作年度报告 / 结合2023年XX局政府信息公开工作. */
    private static final Pattern SELF_NAMED = Pattern.compile("(?:公布|发布|编制)([\\p{IsHan}（）()]{2,30}?)"
            + "(?:19|20)\\d{2}\\s*年度?(?:政府)?信息公开工作(?:年度)?报告|结合(?:19|20)\\d{2}\\s*年度?"
            + "([\\p{IsHan}（）()]{2,30}?)政府信息公开工作");
    /** Marks no title holds but breadcrumbs and tool bars do: 首页 / 政务公开 / 年度报告, 登录|注册. */
    private static final Pattern NAVIGATION_MARKS = Pattern.compile("[>|/»›→]");
    private static final int HEAD_SCAN = 80;
    private static final int TAIL_SCAN = 4;
    private static final int TAIL_WALK = 40;
    private static final int UNDER_TITLE = 3;
    private static final int BODY_LINE = 60;
    private static final int PREAMBLE_SCAN = 8;

    /** A title found: its first and last row and its text with page chrome removed. */
    private record Candidate(int first, int last, String text) {
    }

    /** An agency found: the name and where it stands (a row's {@code where()} with the kind of place). */
    private record Found(String name, String where) {
    }

    static TitleInfo of(List<Row> rows, boolean[] chrome, int firstSection) {
        return of(rows, chrome, firstSection, new WrappedLines(rows, chrome));
    }

    static TitleInfo of(List<Row> rows, boolean[] chrome, int firstSection, WrappedLines lines) {
        int limit = firstSection >= 0 ? firstSection : Math.min(rows.size(), HEAD_SCAN);
        List<Candidate> titles = new ArrayList<>();
        List<Candidate> fallback = new ArrayList<>();
        findTitles(rows, chrome, limit, titles, fallback);
        List<Candidate> order = new ArrayList<>();
        for (int i = titles.size() - 1; i >= 0; i--) {
            order.add(titles.get(i));
        }
        for (int i = fallback.size() - 1; i >= 0; i--) {
            order.add(fallback.get(i));
        }
        Candidate chosen = order.isEmpty() ? null : order.get(0);
        int titleRow = chosen == null ? -1 : chosen.last();

        Map<String, String> provenance = new LinkedHashMap<>();
        int[] dateRow = {-1};
        int[] titleDateRow = {-1};
        LocalDate publishedOn = publishedOn(rows, chrome, dateRow, provenance);
        if (publishedOn == null && dateRow[0] < 0) {
            publishedOn = underTitle(rows, chrome, titleRow, firstSection, titleDateRow, provenance);
        }
        List<String> why = new ArrayList<>();
        Found agency = agency(rows, chrome, order, titles.size(), titleRow, firstSection, dateRow[0], why);
        if (agency != null) {
            provenance.put("agency", agency.where());
        } else {
            provenance.put("agency", "未找到机关名称 / no agency name found: " + String.join("; ", why));
        }
        Integer year = null;
        for (Candidate c : order) {
            Matcher m = YEAR.matcher(c.text());
            if (m.find()) {
                year = yearValue(m.group(1));
                provenance.put("year", "title, " + rows.get(c.first()).where());
                break;
            }
        }
        if (year == null && titleRow >= 0) {
            year = yearUnderTitle(rows, chrome, titleRow, provenance);
        }
        if (year == null) {
            year = periodYear(rows, lines, provenance);
        }
        if (year == null) {
            year = selfNamedYear(rows, lines, titleRow, firstSection, provenance);
        }
        if (year == null) {
            provenance.put("year", "未找到年份 / no year in the title, no statistics period (统计期限) and no "
                    + "self-description (现公布…年度报告)");
        }
        return new TitleInfo(agency == null ? null : agency.name(), year, publishedOn, titleRow, dateRow[0],
                titleDateRow[0], provenance);
    }

    /**
     * Title lines before {@code limit}: single lines, or two lines of which the first begins a title and the
     * second ends it. Chrome lines that carry a title (标题：…, a breadcrumb's last step, a flipbook's running
     * header) only count when the document has no title of its own. Once a title is found, the first line of
     * body text ends the search.
     */
    private static void findTitles(List<Row> rows, boolean[] chrome, int limit, List<Candidate> titles,
                                   List<Candidate> fallback) {
        for (int i = 0; i < limit; i++) {
            Row row = rows.get(i);
            String printed = line(row);
            if (printed.isEmpty()) {
                continue;
            }
            String text = PageChrome.strip(printed);
            if (chrome[i]) {
                if (isTitleText(text)) {
                    fallback.add(new Candidate(i, i, text));
                }
                continue;
            }
            if (!titleShaped(row)) {
                continue;
            }
            if (isTitleText(text)) {
                titles.add(new Candidate(i, i, text));
                continue;
            }
            int next = i + 1;
            if (next < limit && titleShaped(rows.get(next)) && startsTitle(text)) {
                String second = PageChrome.strip(line(rows.get(next)));
                boolean continues = !chrome[next] || PageChrome.isNavigationOnly(second);
                boolean keepsYear = YEAR.matcher(text).find() && !YEAR.matcher(second).find();
                if (continues && (!isTitleText(second) || keepsYear) && isTitleText(text + second)) {
                    titles.add(new Candidate(i, next, text + second));
                    i = next;
                    continue;
                }
            }
            if (!titles.isEmpty() && !row.tabular() && printed.length() > BODY_LINE) {
                break;
            }
        }
    }

    /** A paragraph, or a table row with a single non-blank cell (a title inside a layout table). */
    private static boolean titleShaped(Row row) {
        return !row.tabular() || row.cells().stream().filter(c -> !c.blank()).count() == 1;
    }

    private static boolean startsTitle(String text) {
        String k = Normalizer.key(text);
        return YEAR.matcher(text).find() || k.contains("信息公开") || k.contains("政务公开");
    }

    /**
     * Title words: 政府信息公开 (or 政务公开) and 报告/年报, or a year and 年度报告; short, not a sentence, not a
     * bare column name such as 年度报告 or 政府信息公开年报.
     */
    /**
     * A line citing a document (《国务院办公厅政府信息与政务公开办公室关于…年度报告有关事项的通知》, 〔2019〕60号) is
     * a wrapped sentence of the preamble, never the title: titles cite nothing.
     */
    private static final Pattern CITATION = Pattern.compile("[〔〕]|通知|有关事项");

    static boolean isTitleText(String text) {
        String t = Normalizer.clean(Normalizer.stripMarkdown(text));
        if (t.isEmpty() || t.contains("。") || t.endsWith(":") || NAVIGATION_MARKS.matcher(t).find()) {
            return false;
        }
        if (CITATION.matcher(t).find()) {
            return false;
        }
        String k = Normalizer.key(t);
        if (k.length() < 6 || k.length() > 70 || SENTENCE_START.matcher(k).find() || k.contains("如下")
                || PageChrome.isNavigationOnly(t)) {
            return false;
        }
        boolean report = k.contains("报告") || k.contains("年报");
        boolean disclosure = k.contains("信息公开") || k.contains("政务公开");
        return report && (disclosure || (YEAR.matcher(t).find() && (k.contains("年度报告") || k.contains("年报"))));
    }

    /** The agency by the priority in the class comment; {@code why} collects what each place held instead. */
    private static Found agency(List<Row> rows, boolean[] chrome, List<Candidate> order, int ownTitles,
                                int titleRow, int firstSection, int dateRow, List<String> why) {
        if (order.isEmpty()) {
            why.add("未找到标题 / no title naming 政府信息公开 and a report before the first section");
        }
        for (int n = 0; n < order.size(); n++) {
            Candidate c = order.get(n);
            Found own = fromTitle(c, rows, n >= ownTitles, why);
            if (own != null) {
                return own;
            }
            if (n == 0) {
                Found above = above(rows, chrome, c.first(), why);
                if (above != null) {
                    return above;
                }
            }
        }
        Found signature = signature(rows, chrome, dateRow, titleRow, why);
        if (signature != null) {
            return signature;
        }
        for (int n = 1; n < order.size(); n++) {
            Found above = above(rows, chrome, order.get(n).first(), why);
            if (above != null) {
                return above;
            }
        }
        return selfNamed(rows, chrome, titleRow, firstSection, why);
    }

    private static Found fromTitle(Candidate c, List<Row> rows, boolean fromChrome, List<String> why) {
        String title = c.text();
        Matcher m = YEAR.matcher(title);
        String name = m.find() ? agencyAround(title, m) : beforeDisclosure(title);
        if (name == null) {
            why.add("标题「" + title + "」未写机关 / the title names no agency");
            return null;
        }
        String problem = PageChrome.agencyProblem(name);
        if (problem != null) {
            why.add("标题中的「" + name + "」不是机关名称 / not an agency name: " + problem);
            return null;
        }
        return new Found(name, (fromChrome ? "page title field, " : "title, ") + rows.get(c.first()).where());
    }

    /** A bare organisation name on the line directly above the title (page chrome there does not count). */
    private static Found above(List<Row> rows, boolean[] chrome, int first, List<String> why) {
        int i = first - 1;
        while (i >= 0 && line(rows.get(i)).isEmpty()) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        String printed = line(rows.get(i));
        if (chrome[i] || !titleShaped(rows.get(i))) {
            why.add("标题上一行「" + shorten(printed) + "」是网页内容 / the line above the title is page chrome");
            return null;
        }
        if (!PageChrome.looksLikeAgency(printed)) {
            why.add("标题上一行「" + shorten(printed) + "」不像机关名称 / the line above the title is no agency name");
            return null;
        }
        return new Found(PageChrome.strip(printed).replace(" ", ""), "line above the title, " + rows.get(i).where());
    }

    /** The organisation name signed above the closing date (or before it on the same line). */
    private static Found signature(List<Row> rows, boolean[] chrome, int dateRow, int titleRow, List<String> why) {
        if (dateRow < 0) {
            why.add("文末无落款日期 / no closing date to find a signature above");
            return null;
        }
        String dated = line(rows.get(dateRow));
        PrintedDate d = PrintedDate.find(dated);
        if (d == null) {
            dated = Normalizer.clean(dated); // full-width figures
            d = PrintedDate.find(dated);
        }
        if (d != null && d.start() > 0) {
            String before = d.before(dated).strip();
            if (PageChrome.looksLikeAgency(before)) {
                return new Found(PageChrome.strip(before).replace(" ", ""), "signature, " + rows.get(dateRow).where());
            }
        }
        int i = dateRow - 1;
        while (i > titleRow && (chrome[i] || line(rows.get(i)).isEmpty())) {
            i--;
        }
        if (i > titleRow && titleShaped(rows.get(i)) && PageChrome.looksLikeAgency(line(rows.get(i)))) {
            return new Found(PageChrome.strip(line(rows.get(i))).replace(" ", ""), "signature, " + rows.get(i).where());
        }
        why.add("落款处无机关名称 / no agency signed above the closing date");
        return null;
    }

    /** The report naming itself in its first sentences (现公布XX局2023年政府信息公开工作年度报告). */
    private static Found selfNamed(List<Row> rows, boolean[] chrome, int titleRow, int firstSection,
                                   List<String> why) {
        int end = firstSection >= 0 ? firstSection : Math.min(rows.size(), titleRow + 1 + PREAMBLE_SCAN);
        int seen = 0;
        for (int i = Math.max(0, titleRow + 1); i < end && seen < PREAMBLE_SCAN; i++) {
            Row row = rows.get(i);
            if (chrome[i] || row.tabular()) {
                continue;
            }
            seen++;
            Matcher m = SELF_NAMED.matcher(Normalizer.tidy(row.text()).replace(" ", ""));
            if (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                if (PageChrome.looksLikeAgency(name)) {
                    return new Found(name, "preamble, " + row.where());
                }
            }
        }
        why.add("导言未写机关 / the preamble does not name the agency");
        return null;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static String line(Row row) {
        return Normalizer.tidy(Normalizer.stripMarkdown(row.text()));
    }

    private static String agencyAround(String title, Matcher yearMatch) {
        String before = trimAgency(title.substring(0, yearMatch.start()));
        if (!before.isEmpty()) {
            return before;
        }
        return beforeDisclosure(title.substring(yearMatch.end()));
    }

    /** The words before 政府信息公开 / 政务公开 (an agency printed after the year, or a title without a year). */
    private static String beforeDisclosure(String text) {
        int end = text.indexOf("政府信息公开");
        int alt = text.indexOf("政务公开");
        if (end < 0 || (alt >= 0 && alt < end)) {
            end = alt;
        }
        if (end < 0) {
            end = text.indexOf("政府信息公開");
        }
        String between = end > 0 ? trimAgency(text.substring(0, end)) : "";
        if (between.endsWith("人民")) {
            between = between + "政府"; // XX市人民政府信息公开…: 政府 belongs to the agency
        }
        return between.isEmpty() ? null : between;
    }

    private static String trimAgency(String s) {
        String t = s.strip().replaceAll("^[《<\\[【]+|[》>\\]】]+$", "").strip();
        t = t.replaceFirst("(关于|的)$", "").strip();
        return t.replace(" ", "");
    }

    /** A year standing alone (in brackets) on the first line under the title: （2023年度）. */
    private static Integer yearUnderTitle(List<Row> rows, boolean[] chrome, int titleRow,
                                          Map<String, String> provenance) {
        for (int i = titleRow + 1; i < rows.size(); i++) {
            String t = Normalizer.clean(line(rows.get(i)));
            if (t.isEmpty() || chrome[i]) {
                continue;
            }
            Matcher m = YEAR_LINE.matcher(t);
            if (m.matches()) {
                provenance.put("year", "under the title, " + rows.get(i).where());
                return Integer.valueOf(m.group(1));
            }
            return null;
        }
        return null;
    }

    /** The statistics period (or data cut-off) stated anywhere in the report's paragraphs, lines rejoined. */
    private static Integer periodYear(List<Row> rows, WrappedLines lines, Map<String, String> provenance) {
        for (Pattern p : List.of(PERIOD, CUTOFF)) {
            for (WrappedLines.Paragraph para : lines.paragraphs(0, rows.size(), i -> false)) {
                Matcher m = p.matcher(Normalizer.clean(para.text()).replace(" ", ""));
                if (m.find()) {
                    provenance.put("year", (p == PERIOD ? "statistics period, " : "data cut-off, ")
                            + rows.get(para.first()).where());
                    return Integer.valueOf(m.group(1));
                }
            }
        }
        return null;
    }

    /** The year the report names itself by in its preamble or first paragraphs (现公布…2023年度…年度报告). */
    private static Integer selfNamedYear(List<Row> rows, WrappedLines lines, int titleRow, int firstSection,
                                         Map<String, String> provenance) {
        int from = Math.max(0, titleRow + 1);
        int to = firstSection >= 0 ? firstSection : rows.size();
        List<WrappedLines.Paragraph> paragraphs = new ArrayList<>(lines.paragraphs(from, to, i -> false));
        if (firstSection < 0) {
            paragraphs = paragraphs.subList(0, Math.min(paragraphs.size(), PREAMBLE_SCAN));
        } else {
            List<WrappedLines.Paragraph> first = lines.paragraphs(firstSection + 1, rows.size(), i -> false);
            paragraphs.addAll(first.subList(0, Math.min(first.size(), 3)));
        }
        for (WrappedLines.Paragraph para : paragraphs) {
            Matcher m = SELF_YEAR.matcher(Normalizer.clean(para.text()).replace(" ", ""));
            if (m.find()) {
                provenance.put("year", "self-description, " + rows.get(para.first()).where());
                return PrintedDate.year(m.group(1));
            }
        }
        return null;
    }

    /**
     * The date printed at the end of the report: on one of the last {@value #TAIL_SCAN} lines of text above any
     * attachment list, blank table or page chrome; its row goes to {@code dateRow[0]}.
     */
    private static LocalDate publishedOn(List<Row> rows, boolean[] chrome, int[] dateRow,
                                         Map<String, String> provenance) {
        int seen = 0;
        for (int i = textEnd(rows, chrome) - 1; i >= 0 && seen < TAIL_SCAN; i--) {
            Row row = rows.get(i);
            String t = Normalizer.clean(line(row));
            if (t.isEmpty()) {
                continue;
            }
            PrintedDate d = closingDate(t, rows, chrome, i);
            if (d != null && (!chrome[i] || (d.numeric() && d.before(t).isBlank() && d.after(t).isBlank()))) {
                dateRow[0] = i;
                provenance.put("publishedOn", row.where());
                if (d.date() == null) {
                    provenance.put("publishedOn", "日期无效 / invalid date at " + row.where());
                }
                return d.date();
            }
            if (chrome[i] || (row.tabular() && !hasFigure(row))) {
                continue; // page chrome, a blank table's rows
            }
            seen++;
        }
        provenance.put("publishedOn", "文末未找到日期 / no date on the last " + TAIL_SCAN + " lines of the report");
        return null;
    }

    /** A date printed under the title (（2024年1月20日）, or alone), used when the end of the report has none. */
    private static LocalDate underTitle(List<Row> rows, boolean[] chrome, int titleRow, int firstSection,
                                        int[] titleDateRow, Map<String, String> provenance) {
        if (titleRow < 0) {
            return null;
        }
        int end = firstSection > titleRow ? firstSection : rows.size();
        int seen = 0;
        for (int i = titleRow + 1; i < end && seen < UNDER_TITLE; i++) {
            String t = Normalizer.clean(line(rows.get(i)));
            if (t.isEmpty() || chrome[i]) {
                continue;
            }
            seen++;
            PrintedDate d = closingDate(t, rows, chrome, i);
            if (d != null && !d.numeric() && d.date() != null) {
                titleDateRow[0] = i;
                provenance.put("publishedOn", "under the title, " + rows.get(i).where());
                return d.date();
            }
        }
        return null;
    }

    /**
     * The date of a line that is a report's date line: the date alone (in brackets), after 日期：, or after the
     * agency's name; a date in figures only when signed (agency on the line or the line above, or 日期：).
     */
    private static PrintedDate closingDate(String t, List<Row> rows, boolean[] chrome, int i) {
        PrintedDate d = PrintedDate.find(t);
        if (d == null || t.indexOf(':', d.end()) >= 0) {
            return null; // 2024-01-20 10:32 is a time stamp
        }
        String before = DATE_PUNCTUATION.matcher(d.before(t)).replaceAll("");
        String after = DATE_PUNCTUATION.matcher(d.after(t)).replaceAll("");
        if (!DATE_SUFFIX.matcher(after).matches()) {
            return null;
        }
        boolean label = DATE_LABEL.matcher(before).matches();
        boolean agency = !before.isEmpty() && !label && PageChrome.looksLikeAgency(d.before(t));
        if (!before.isEmpty() && !label && !agency) {
            return null;
        }
        if (d.numeric() && !label && !agency && !agencyAbove(rows, chrome, i)) {
            return null;
        }
        return d;
    }

    /** The line above row {@code i} is an organisation's name (a signature), not page chrome. */
    private static boolean agencyAbove(List<Row> rows, boolean[] chrome, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String t = line(rows.get(k));
            if (!t.isEmpty()) {
                return !chrome[k] && titleShaped(rows.get(k)) && PageChrome.looksLikeAgency(t);
            }
        }
        return false;
    }

    /**
     * Where the report's own text ends: above an attachment list (附件：… with the short list lines or the tables
     * under it) when there is one after the last paragraph of text; else at the last row.
     */
    private static int textEnd(List<Row> rows, boolean[] chrome) {
        int end = rows.size();
        int walked = 0;
        for (int i = rows.size() - 1; i >= 0 && walked < TAIL_WALK; i--, walked++) {
            Row row = rows.get(i);
            String t = Normalizer.clean(line(row));
            if (t.isEmpty() || chrome[i]) {
                continue;
            }
            if (ATTACHMENT_HEAD.matcher(t).lookingAt()) {
                end = i;
                continue;
            }
            boolean listLine = !row.tabular() && t.length() <= 60 && t.indexOf('。') < 0 && PrintedDate.find(t) == null;
            if (!row.tabular() && !listLine) {
                break;
            }
        }
        return end;
    }

    private static boolean hasFigure(Row row) {
        return row.cells().stream().map(c -> c.text().strip())
                .anyMatch(t -> !t.isEmpty() && t.chars().allMatch(Character::isDigit));
    }

    static Integer yearValue(String s) {
        return PrintedDate.year(s);
    }
}
