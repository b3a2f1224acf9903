package io.nianbao.corpus;

import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web-page patterns of issue 9 come out of the generator as real pages show them, and never change the truth:
 * chrome around the report, blank cells that keep their column in every layout, Traditional table labels,
 * inline group labels, two-row headers, the unlabelled Table 4 value row, Table 2 as small tables with their own
 * header rows and truncated 2019 headers.
 */
class WebPatternsTest {

    private static final String GRANTED = "（一）予以公开";

    private final CorpusGenerator generator = new CorpusGenerator(7L);
    private final Renderer renderer = new Renderer();

    private static Variation.Builder plain() {
        return Variation.plain().toBuilder();
    }

    private static String text(Rendering r) {
        return new String(r.bytes(), StandardCharsets.UTF_8);
    }

    /** A clean case on 2019/2020 (2019 format) or on 2021 or later, drawn from index {@code from} on. */
    private CorpusCase clean(int from, boolean format2019, Variation v) {
        for (int i = from; i < from + 500; i++) {
            CorpusCase c = generator.generate(i, Injection.NONE, v);
            if ("2019".equals(c.truth().template()) == format2019) {
                return c;
            }
        }
        throw new IllegalStateException("no case found");
    }

    @Test
    void chromeStandsBeforeTheTitleBetweenTitleAndBodyAndAfterTheDateWithoutChangingTheTruth() {
        for (int seed = 0; seed < 12; seed++) {
            CorpusCase bare = generator.generate(seed, Injection.NONE, Variation.plain());
            CorpusCase dressed = generator.generate(seed, Injection.NONE,
                    plain().chrome(Variation.Chrome.AROUND, seed).build());
            assertEquals(bare.truth(), dressed.truth(), "chrome changes no fact");
            List<String> lines = Arrays.stream(text(renderer.render(dressed, Layout.TXT_PIPE)).split("\n"))
                    .filter(l -> !l.isBlank()).toList();
            int title = indexOf(lines, "政府信息公开工作年度报告");
            int first = indexOf(lines, "总体情况");
            int date = lines.size() - 1;
            while (!lines.get(date).matches("\\d{4}年\\d{1,2}月\\d{1,2}日")) {
                date--;
            }
            assertTrue(title > 0 && anyContains(lines.subList(0, title), "首页", "当前位置", "登录", "设为首页"),
                    "navigation before the title: " + lines.subList(0, title));
            assertTrue(anyContains(lines.subList(title + 1, first), "发布", "字体", "字号"),
                    "page tools between title and body: " + lines.subList(title + 1, first));
            assertTrue(anyContains(lines.subList(date + 1, lines.size()), "打印", "关闭"),
                    "print/close links after the date");
            assertTrue(anyContains(lines.subList(date + 1, lines.size()), "版权所有", "主办单位", "ICP备"),
                    "the site footer after the date");
            assertEquals(bare.truth().agency(), lines.get(date - 1), "the closing agency is still the last line"
                    + " of the report");
        }
        CorpusCase html = generator.generate(1, Injection.NONE, plain().chrome(Variation.Chrome.BEFORE, 3).build());
        assertTrue(renderer.html(html).contains("<div class=\"chrome\">"), "chrome in HTML is page markup");
    }

    @Test
    void aBlankTable3CellKeepsItsColumnInEveryLayoutIncludingTheTotal() throws IOException {
        CorpusCase base = clean(0, false, Variation.plain());
        for (int col = 0; col < Applications.COLUMNS.size(); col++) {
            CorpusCase c = withBlank(base, "granted", col);
            String[] tab = line(text(renderer.render(c, Layout.TXT_TAB)), GRANTED).split("\t", -1);
            assertEquals(10, tab.length, "tab row keeps ten slots");
            assertEquals("", tab[3 + col], "blank stays in column " + col);
            assertEquals(String.valueOf(c.truth().tables().applications().cell("granted", (col + 1) % 7)),
                    tab[3 + (col + 1) % 7], "its neighbour stays too");

            String[] pipe = pipeCells(line(text(renderer.render(c, Layout.TXT_PIPE)), GRANTED));
            assertEquals(10, pipe.length);
            assertEquals("", pipe[3 + col], "|  | keeps column " + col);

            List<String> block = cellBlock(text(renderer.render(c, Layout.TXT_CELL_PER_LINE)), GRANTED);
            assertEquals(8, block.size(), "label and seven cells, one per line");
            assertEquals("\t", block.get(1 + col), "an empty cell line for column " + col);

            List<String> tds = tds(htmlRow(renderer.html(c), GRANTED));
            assertEquals(GRANTED, tds.get(tds.size() - 8), "label, then seven <td>");
            assertEquals("", tds.get(tds.size() - 7 + col), "an empty <td> for column " + col);

            List<String> docx = docxRow(renderer.render(c, Layout.DOCX).bytes(), GRANTED);
            assertEquals(GRANTED, docx.get(docx.size() - 8), "label, then seven docx cells");
            assertEquals("", docx.get(docx.size() - 7 + col), "an empty docx cell for column " + col);
        }
    }

    @Test
    void aBlankTable4CellKeepsItsColumnInEveryLayout() {
        CorpusCase base = clean(0, false, plain().twoRowT4Header(true).droppedSlots(true).build());
        for (int i = 0; i < 15; i++) {
            Report t = copy(base).truth();
            t.tables().reviewLitigation().group(ReviewLitigation.GROUPS.get(i / 5))
                    .put(ReviewLitigation.KEYS.get(i % 5), null);
            CorpusCase c = new CorpusCase(base.id(), t, Injection.CELL_INVALID, Set.of("CELL-INVALID"),
                    base.variation());
            String[] pipe = pipeCells(valueRowAfter(text(renderer.render(c, Layout.TXT_PIPE)), "复议后起诉"));
            assertEquals(15, pipe.length, "fifteen values without a label");
            assertEquals("", pipe[i], "blank stays in position " + i);
            String[] tab = valueRowAfter(text(renderer.render(c, Layout.TXT_TAB)), "复议后起诉").split("\t", -1);
            assertEquals(15, tab.length);
            assertEquals("", tab[i]);
        }
    }

    @Test
    void aTraditionalMirrorConvertsTheTableLabelsAsMirrorSitesDo() {
        CorpusCase c = clean(0, false, plain().traditional(true).build());
        String text = text(renderer.render(c, Layout.TXT_PIPE));
        assertTrue(text.contains("屬於國家秘密"), "屬於國家秘密");
        assertTrue(text.contains("無正當理由大量反覆申請"), "反覆, not 反復");
        assertTrue(text.contains("重複申請"));
        assertTrue(text.contains("行政訴訟"));
        assertTrue(text.contains("總計"));
        assertFalse(text.contains("属于国家秘密"));
        assertTrue(text.contains(Traditional.convert(c.truth().agency())), "the agency is printed in Traditional");
        assertFalse(text.contains(c.truth().agency()), "the truth keeps the agency in Simplified");
    }

    @Test
    void groupLabelsStandInlineWhenAWebTableIsCopiedOrHasNoMergedCells() {
        CorpusCase copied = clean(0, false, plain().droppedSlots(true).build());
        String pipe = text(renderer.render(copied, Layout.TXT_PIPE));
        assertTrue(Pattern.compile("(?m)^\\| 三、本年度办理结果 \\| （一）予以公开 \\| \\d+ \\|").matcher(pipe).find(),
                "三、本年度办理结果 | （一）予以公开 | 258 | …");
        assertTrue(Pattern.compile("(?m)^\\| （三）不予公开 \\| 1．属于国家秘密 \\| \\d+ \\|").matcher(pipe).find(),
                "（三）不予公开 | 1．属于国家秘密 | 14 | …");
        assertTrue(Pattern.compile("(?m)^\\| 2．其他法律行政法规禁止公开 \\| \\d+ \\|").matcher(pipe).find());

        CorpusCase repeated = clean(0, false, plain().groupLabels(Variation.GroupLabels.REPEATED).build());
        String html = renderer.html(repeated);
        assertFalse(Pattern.compile("rowspan=\"\\d+\">(三、本年度办理结果|（三）不予公开)").matcher(html).find(),
                "no merged result block");
        assertTrue(html.contains("<td>三、本年度办理结果</td><td>（三）不予公开</td><td>8．属于行政查询事项</td>"),
                "every row names its groups");

        CorpusCase first = clean(0, false, plain().groupLabels(Variation.GroupLabels.FIRST_ONLY).build());
        assertTrue(renderer.html(first).contains("<td></td><td></td><td>2．其他法律行政法规禁止公开</td>"),
                "group labels on the group's first row, empty cells below");
    }

    @Test
    void table3HeaderInTwoRowsAndTable4AsTwoHeaderLinesThenOneUnlabelledRow() {
        CorpusCase c = clean(0, false, plain().twoRowT3Header(true).twoRowT4Header(true).droppedSlots(true).build());
        String pipe = text(renderer.render(c, Layout.TXT_PIPE));
        assertFalse(pipe.contains("申请人情况"));
        assertTrue(line(pipe, "勾稽").contains("| 自然人 | 法人或其他组织 | 总计 |"), "header row one");
        List<String> lines = Arrays.asList(pipe.split("\n"));
        int at = lines.indexOf(line(pipe, "复议后起诉"));
        assertEquals(15, pipeCells(lines.get(at + 1)).length, "second header line: the fifteen words");
        String[] values = pipeCells(lines.get(at + 2));
        assertEquals(15, values.length);
        assertTrue(Arrays.stream(values).allMatch(v -> v.matches("\\d+")), "then fifteen values, no label");
    }

    @Test
    void table2AsSmallTablesEachWithItsOwnHeaderRow() {
        for (int detail = 0; detail < 12; detail++) {
            CorpusCase old = clean(detail * 40, true, plain().splitTable2(true).detail(detail).build());
            String html = renderer.html(old);
            String section2 = html.substring(html.indexOf("主动公开政府信息情况"), html.indexOf("收到和处理"));
            int tables = count(section2, "<table");
            assertTrue(tables == 4 || tables == 5, "four or five small tables: " + tables);
            assertTrue(count(section2, "信息内容") >= 4, "each with its header row");
            assertTrue(section2.contains("采购项目数量"));
            CorpusCase current = clean(detail * 40, false, plain().splitTable2(true).detail(detail).build());
            String html21 = renderer.html(current);
            String section21 = html21.substring(html21.indexOf("主动公开政府信息情况"), html21.indexOf("收到和处理"));
            int t21 = count(section21, "<table");
            assertTrue(t21 == 3 || t21 == 4, "2021 form split too: " + t21);
        }
        CorpusCase cut = clean(0, true, plain().truncatedHeaders(true).build());
        String pipe = text(renderer.render(cut, Layout.TXT_PIPE));
        assertTrue(pipe.contains("| 信息内容 | 本年新 | 本年新 | 对外公开总数量 |"), "truncated 本年新 | 本年新");
        assertTrue(pipe.contains("| 本年增/ |"), "truncated 本年增/");
    }

    @Test
    void theCommittedOfficeCorpusHasTheWebPatterns() {
        Set<String> tags = new java.util.TreeSet<>();
        for (CommittedCorpus.Entry e : CommittedCorpus.load()) {
            tags.addAll(Patterns.of(e.corpusCase()));
        }
        for (String tag : List.of("chrome-around", "blank-t3-total", "blank-t4-total", "t2split", "format-2019",
                "groups-repeated", "trad", "large-counts")) {
            assertTrue(tags.contains(tag), "committed corpus lacks " + tag + ": " + tags);
        }
    }

    @Test
    void everyPatternCanBeExercisedAlone() {
        var isolated = Patterns.isolated(generator, 2);
        for (var e : isolated.entrySet()) {
            assertEquals(2, e.getValue().size(), e.getKey());
            for (CorpusCase c : e.getValue()) {
                Set<String> tags = new java.util.TreeSet<>(Patterns.of(c));
                tags.remove("blank-as-empty");
                assertEquals(Set.of(e.getKey()), tags);
            }
        }
    }

    // ----- helpers

    private static CorpusCase copy(CorpusCase c) {
        return CaseJson.read(CaseJson.write(c).getBytes(StandardCharsets.UTF_8));
    }

    private static CorpusCase withBlank(CorpusCase base, String row, int col) {
        CorpusCase c = copy(base);
        c.truth().tables().applications().rows().get(row).set(col, null);
        return new CorpusCase(c.id(), c.truth(), Injection.CELL_INVALID, Set.of("CELL-INVALID"), c.variation());
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean anyContains(List<String> lines, String... parts) {
        return lines.stream().anyMatch(l -> Arrays.stream(parts).anyMatch(l::contains));
    }

    private static String line(String text, String part) {
        return Arrays.stream(text.split("\n")).filter(l -> l.contains(part)).findFirst().orElseThrow();
    }

    private static String valueRowAfter(String text, String part) {
        List<String> lines = Arrays.asList(text.split("\n"));
        int at = lines.indexOf(line(text, part));
        while (lines.get(at).contains("结果维持") || lines.get(at).contains(part)) {
            at++;
        }
        return lines.get(at);
    }

    private static String[] pipeCells(String line) {
        String inner = line.strip().substring(1, line.strip().length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toArray(String[]::new);
    }

    /** The lines of the cell-per-line row whose label contains {@code part}. */
    private static List<String> cellBlock(String text, String part) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int at = lines.indexOf(line(text, part));
        List<String> out = new ArrayList<>();
        for (int i = at; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            out.add(lines.get(i));
        }
        return out;
    }

    private static String htmlRow(String html, String part) {
        Matcher m = Pattern.compile("<tr>.*?</tr>").matcher(html);
        while (m.find()) {
            if (m.group().contains(part)) {
                return m.group();
            }
        }
        throw new AssertionError("no row " + part);
    }

    private static List<String> tds(String row) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(row);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String table(String html, String part) {
        Matcher m = Pattern.compile("<table.*?</table>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            if (m.group().contains(part)) {
                return m.group();
            }
        }
        throw new AssertionError("no table " + part);
    }

    /** The texts of the docx cells (merged continuation cells left out) of the row containing {@code part}. */
    private static List<String> docxRow(byte[] docx, String part) throws IOException {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFTable t : d.getTables()) {
                for (XWPFTableRow r : t.getRows()) {
                    List<String> cells = new ArrayList<>();
                    boolean hit = false;
                    for (XWPFTableCell c : r.getTableCells()) {
                        var pr = c.getCTTc().getTcPr();
                        boolean continued = pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() == null;
                        if (!continued) {
                            cells.add(c.getText());
                        }
                        hit |= c.getText().contains(part);
                    }
                    if (hit) {
                        return cells;
                    }
                }
            }
        }
        throw new AssertionError("no docx row " + part);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        assertNotNull(s);
        return n;
    }
}
