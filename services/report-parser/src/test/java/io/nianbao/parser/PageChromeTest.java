package io.nianbao.parser;

import io.nianbao.corpus.CorpusCase;
import io.nianbao.corpus.CorpusGenerator;
import io.nianbao.corpus.Injection;
import io.nianbao.corpus.Layout;
import io.nianbao.corpus.Renderer;
import io.nianbao.corpus.Variation;
import io.nianbao.model.Report;
import io.nianbao.model.Section;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports copied from government web pages (fixtures/chrome, layouts described in fixtures/README.md): page
 * chrome before the title, between title and body and after the last section never becomes the agency, the
 * title, the preamble, section text or the closing date. The property test puts each chrome line of a list
 * around known-good generated reports and requires every extracted field to stay as it was.
 */
class PageChromeTest {

    /** Words the issue says no agency name may contain. */
    private static final List<String> NAVIGATION_WORDS = List.of("首页", "当前位置", "登录", "注册", "打印", "字体", "收藏",
            "Page", ">", "/");

    /** Chrome lines seen on published pages (invented names and numbers). A tab separates table cells. */
    static final List<String> CHROME_LINES = List.of(
            "首页 > 政务公开 > 年度报告",
            "当前位置：首页>政务>信息公开年报",
            "您现在的位置：首页 > 信息公开 > 政府信息公开年报 > 正文",
            "首页/政府信息公开/政府信息公开年报/镇街/",
            "登录|注册",
            "登录/注册 用户中心 支持IPV6",
            "用户中心",
            "支持IPV6",
            "无障碍",
            "长者模式",
            "简 | 繁 | 无障碍 | 长者模式",
            "设为首页 加入收藏",
            "字体：【大 中 小】 打印",
            "【字号：大 中 小】【打印】【关闭】",
            "打印本页 关闭窗口",
            "【打印本页】【关闭窗口】",
            "扫一扫在手机打开当前页",
            "分享到：",
            "分享到：微信 微博 QQ空间",
            "Page8-",
            "P. 9",
            "第 3 页 共 12 页",
            "- 3 -",
            "— 12 —",
            "年度报告",
            "政府信息公开年报",
            "首页 政务公开 政务服务 互动交流",
            "云岭市人民政府门户网站",
            "欢迎访问云岭市人民政府网站！",
            "索引号：11530000MB0000000X/2024-00012",
            "发布机构：云岭市民政局  生成日期：2024-01-20  文号：无",
            "索引号：11530000MB0000000X/2024-00012 发布机构：云岭市民政局 生成日期：2024-01-20 文号：",
            "索引号：\t11530000MB0000000X/2024-00012\t发布机构：\t云岭市民政局",
            "来源：云岭市人民政府  发布时间：2024-01-20  浏览次数：123",
            "发布日期：2024-01-20",
            "发布时间：2024-01-20 10:32:11",
            "信息来源：",
            "2024-01-20 10:32",
            "上一篇：云岭市民政局2022年政府信息公开工作年度报告",
            "下一篇：关于公布社会救助对象名单的公告",
            "附件：2023年政府信息公开工作年度报告.pdf",
            "网站地图 | 联系我们 | 网站声明",
            "主办单位：云岭市人民政府办公室  承办单位：云岭市大数据中心",
            "版权所有：云岭市人民政府  网站标识码：5300000001",
            "滇ICP备00000001号-1  滇公网安备53000002000001号",
            "联系我们",
            "信息分类：主动公开政府信息",
            "主题分类：政府信息公开年报",
            "打开微信扫一扫，点击右上角分享即可",
            "2024/1/20 下午3:45 云岭市民政局2023年政府信息公开工作年度报告",
            "https://www.ylsmzj.gov.cn/art/2024/1/20/art_1234_567.html 1/5");

    private final ReportParser parser = new ReportParser();

    private Report parse(String name, byte[] bytes) {
        ParseOutcome outcome = parser.parse(name, bytes);
        assertTrue(outcome.readable(), () -> name + ": " + outcome.unreadableReason());
        return outcome.report();
    }

    private Report fixture(String name) {
        return parse(name, Fixtures.bytes("chrome/" + name));
    }

    private static String section(Report r, int n) {
        return r.section(n).orElseThrow().text();
    }

    private static void assertCleanAgency(Report r) {
        if (r.agency() != null) {
            for (String word : NAVIGATION_WORDS) {
                assertFalse(r.agency().contains(word), () -> "agency " + r.agency() + " contains " + word);
            }
        }
    }

    @Test
    void breadcrumbsToolsAndMetadataBeforeTheTitleAndAFooterAfterTheSignature() {
        Report r = fixture("breadcrumb-footer.txt");
        assertEquals("松岭市农业农村局", r.agency());
        assertEquals(2023, r.year());
        assertEquals(LocalDate.of(2024, 1, 19), r.publishedOn());
        assertEquals("本报告按照《中华人民共和国政府信息公开条例》的规定编制，所列数据的统计期限自2023年1月1日起至"
                + "2023年12月31日止。", r.preamble());
        assertEquals("本局2023年度未收取政府信息公开信息处理费。", section(r, 6));
        assertEquals("title, line 9 col 1", r.provenance().get("agency"));
        assertEquals("line 83 col 1", r.provenance().get("publishedOn"));
        assertEquals(List.of(4, 1, 0, 0, 0, 0, 5), r.tables().applications().rows().get("newReceived"));
        assertTrue(r.sections().stream().allMatch(Section::present));
    }

    @Test
    void htmlInformationTableAPageTitleWithTheSiteNameAndAFooterTable() {
        Report r = fixture("info-table.html");
        assertEquals("青岚县应急管理局", r.agency());
        assertEquals(2023, r.year());
        assertEquals(LocalDate.of(2024, 1, 24), r.publishedOn());
        assertEquals("根据《中华人民共和国政府信息公开条例》要求，现公布本局2023年度政府信息公开工作情况，"
                + "统计期限为2023年1月1日至2023年12月31日。", r.preamble());
        assertEquals("本局2023年未收取信息处理费。", section(r, 6));
        assertTrue(r.provenance().get("agency").startsWith("line above the title"), r.provenance().get("agency"));
        assertEquals(List.of(3, 2, 0, 0, 0, 1, 6), r.tables().applications().rows().get("resultTotal"));
        assertEquals(1, r.tables().reviewLitigation().review().get("other"));
    }

    @Test
    void flipbookPageCountersAroundAndInsideTheReport() {
        Report r = fixture("flipbook-pages.txt");
        assertEquals("柳溪区人民政府办公室", r.agency());
        assertEquals(2022, r.year());
        assertEquals(LocalDate.of(2023, 1, 13), r.publishedOn());
        assertEquals("依据《中华人民共和国政府信息公开条例》第五十条编制本报告，统计期限为2022年1月1日至2022年12月31日。",
                r.preamble());
        assertEquals("无。", section(r, 6));
        assertEquals("2022年，区政府办公室以政策文件公开和解读为重点，发布区政府文件31件，配套解读材料27篇。\n"
                + "全年办理政府信息公开申请16件，较上年增加4件，均按时答复。", section(r, 1));
        assertEquals(List.of(13, 3, 0, 1, 0, 0, 17), r.tables().applications().rows().get("resultTotal"));
    }

    @Test
    void siteNameAndPublicationLineAboveAWrappedTitleThatStartsWithTheYear() {
        Report r = fixture("year-first-wrapped.txt");
        assertEquals("石湾市人民政府办公厅", r.agency());
        assertEquals(2021, r.year());
        assertEquals(LocalDate.of(2022, 3, 28), r.publishedOn());
        assertEquals("本年度报告根据《中华人民共和国政府信息公开条例》和《石湾市政府信息公开办法》编制，全文包括总体情况、"
                + "主动公开政府信息情况等六部分，所列数据统计期限为2021年1月1日至12月31日。\n"
                + "本年度报告电子版可在石湾市人民政府门户网站下载。", r.preamble());
        assertEquals("本机关全年未收取信息处理费。", section(r, 6));
        assertEquals(List.of(25, 7, 1, 0, 2, 0, 35), r.tables().applications().rows().get("newReceived"));
    }

    @Test
    void labelsAndValuesOnSeparateLinesAndToolsGluedToTheTitle() {
        Report r = fixture("label-value-lines.txt");
        assertEquals("乌兰塔拉旗市场监督管理局", r.agency());
        assertEquals(2022, r.year());
        assertEquals(LocalDate.of(2023, 1, 16), r.publishedOn());
        assertNull(r.preamble(), "发布时间/信息来源/分享到 and their values are no preamble");
        assertEquals("本局未收取任何信息处理费用。", section(r, 6));
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), r.tables().applications().rows().get("granted"));
    }

    @Test
    void noAgencyAnywhereIsSaidInsteadOfGuessed() {
        Report r = fixture("no-agency.txt");
        assertNull(r.agency(), "the site's name above the page chrome is not the agency");
        assertTrue(r.provenance().get("agency").startsWith("未找到机关名称"), r.provenance().get("agency"));
        assertTrue(r.provenance().get("agency").contains("page chrome"), r.provenance().get("agency"));
        assertEquals(2023, r.year());
        assertEquals(LocalDate.of(2024, 1, 26), r.publishedOn());
        assertEquals("本报告数据统计期限为2023年1月1日至2023年12月31日。", r.preamble());
        assertEquals("无。", section(r, 6));
    }

    /** The no-agency fixture with its head (up to the title) or its closing date replaced. */
    private Report noAgencyVariant(String head, String closing) {
        String text = new String(Fixtures.bytes("chrome/no-agency.txt"), StandardCharsets.UTF_8);
        int title = text.indexOf("2023年政府信息公开工作年度报告");
        String changed = (head == null ? text : head + text.substring(title)).replace("\n2024年1月26日", closing);
        return parse("variant.txt", changed.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSitesNameDirectlyAboveATitleWithoutAgencyIsTheAgency() {
        Report r = noAgencyVariant("白鹭湾区人民政府\n", "\n2024年1月26日");
        assertEquals("白鹭湾区人民政府", r.agency(), "a government's own report prints its name above the title");
        assertEquals("line above the title, line 1 col 1", r.provenance().get("agency"));
    }

    @Test
    void theSignatureAboveTheClosingDateNamesTheAgencyWhenTheTitleDoesNot() {
        Report r = noAgencyVariant(null, "\n白鹭湾区住房和城乡建设局\n2024年1月26日");
        assertEquals("白鹭湾区住房和城乡建设局", r.agency());
        assertTrue(r.provenance().get("agency").startsWith("signature, "), r.provenance().get("agency"));
        assertEquals("无。", section(r, 6), "the signature is not section text");
        assertEquals(LocalDate.of(2024, 1, 26), r.publishedOn());
    }

    @Test
    void withoutATitleTheReportNamingItselfInItsFirstSentenceGivesTheAgency() {
        String head = "| 索引号: | 11371000MB/2024-00809 | 发布单位: | 白鹭湾区政府办公室 | ||\n"
                + "| 有效性/截止日期: | 文号: | ||||\n"
                + "根据《中华人民共和国政府信息公开条例》要求，现公布白鹭湾区人民政府2023年政府信息公开工作年度报告。\n";
        String text = new String(Fixtures.bytes("chrome/no-agency.txt"), StandardCharsets.UTF_8);
        String changed = head + text.substring(text.indexOf("本报告数据统计期限"));
        Report r = parse("variant.txt", changed.getBytes(StandardCharsets.UTF_8));
        assertEquals("白鹭湾区人民政府", r.agency(), "not the information table's 发布单位");
        assertTrue(r.provenance().get("agency").startsWith("preamble, "), r.provenance().get("agency"));
        assertEquals(2023, r.year());
        assertEquals("根据《中华人民共和国政府信息公开条例》要求，现公布白鹭湾区人民政府2023年政府信息公开工作年度报告。\n"
                + "本报告数据统计期限为2023年1月1日至2023年12月31日。", r.preamble());
    }

    @Test
    void aTitleWrappedAfterTheYearKeepsItsAgency() {
        Report r = noAgencyVariant("首页 > 政务公开\n白鹭湾区教育局2023年\n政府信息公开工作年度报告\n", "\n2024年1月26日");
        assertEquals("白鹭湾区教育局", r.agency());
        assertEquals(2023, r.year());
    }

    @Test
    void noFixtureAgencyContainsNavigationWords() {
        for (String name : List.of("breadcrumb-footer.txt", "info-table.html", "flipbook-pages.txt",
                "year-first-wrapped.txt", "label-value-lines.txt", "no-agency.txt")) {
            assertCleanAgency(fixture(name));
        }
    }

    /** Known-good reports: a plain one, one with its agency alone above the title, a Traditional mirror. */
    private static List<CorpusCase> knownGood() {
        CorpusGenerator generator = new CorpusGenerator(9L);
        return List.of(
                generator.generate(1, Injection.NONE, Variation.plain()),
                generator.generate(2, Injection.NONE, new Variation.Builder().agencyAboveTitle(true).build()),
                generator.generate(3, Injection.NONE, new Variation.Builder().asciiPunctuation(true)
                        .headings(Variation.HeadingStyle.ARABIC).markdownHeadings(true).subHeadings(true)
                        .longTitle4(true).traditional(true).blankMarker("/").chineseDate(true).build()));
    }

    @Test
    void chromeAroundAKnownGoodReportChangesNothing() {
        Renderer renderer = new Renderer();
        List<String> failures = new ArrayList<>();
        int runs = 0;
        List<List<Layout>> layouts = List.of(List.of(Layout.TXT_TAB, Layout.HTML),
                List.of(Layout.TXT_PIPE, Layout.HTML), List.of(Layout.MD, Layout.TXT_TAB));
        List<CorpusCase> cases = knownGood();
        for (int k = 0; k < cases.size(); k++) {
            CorpusCase c = cases.get(k);
            for (Layout layout : layouts.get(k)) {
                var file = renderer.render(c, layout);
                String text = new String(file.bytes(), StandardCharsets.UTF_8);
                Report base = parse(file.fileName(), file.bytes());
                assertEquals(c.truth().agency(), base.agency(), file.fileName());
                for (String chrome : CHROME_LINES) {
                    for (Place place : Place.values()) {
                        String withChrome = layout == Layout.HTML ? Insert.html(text, chrome, place)
                                : Insert.text(text, chrome, place);
                        Report r = parse(file.fileName(), withChrome.getBytes(StandardCharsets.UTF_8));
                        String diff = difference(base, r);
                        runs++;
                        if (diff != null) {
                            failures.add(file.fileName() + " " + place + " «" + chrome + "»: " + diff);
                        }
                    }
                }
            }
        }
        assertTrue(runs >= 6 * CHROME_LINES.size() * Place.values().length, "runs " + runs);
        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + CHROME_LINES.size()
                + " lines × places × reports changed a field:\n" + String.join("\n", failures.subList(0,
                Math.min(30, failures.size()))));
    }

    /** The first field that differs, or null. */
    private static String difference(Report base, Report r) {
        List<Object[]> fields = List.of(
                new Object[] {"agency", base.agency(), r.agency()},
                new Object[] {"year", base.year(), r.year()},
                new Object[] {"publishedOn", base.publishedOn(), r.publishedOn()},
                new Object[] {"template", base.template(), r.template()},
                new Object[] {"preamble", base.preamble(), r.preamble()},
                new Object[] {"sections", base.sections(), r.sections()},
                new Object[] {"applications", base.tables().applications(), r.tables().applications()},
                new Object[] {"reviewLitigation", base.tables().reviewLitigation(), r.tables().reviewLitigation()},
                new Object[] {"activeDisclosure", base.tables().activeDisclosure(), r.tables().activeDisclosure()});
        for (Object[] f : fields) {
            if (!Objects.equals(f[1], f[2])) {
                return f[0] + ": " + f[1] + " → " + f[2];
            }
        }
        return null;
    }

    /** Where a chrome line goes. */
    enum Place { BEFORE_TITLE, AFTER_TITLE, AFTER_END }

    /** Puts one chrome line into a rendered report. */
    static final class Insert {

        private Insert() {
        }

        /** Text: at the top, right after the first line naming the report, or at the end. */
        static String text(String doc, String chrome, Place place) {
            List<String> lines = new ArrayList<>(List.of(doc.split("\n", -1)));
            int title = 0;
            while (title < lines.size() && !(lines.get(title).contains("年度报告")
                    || lines.get(title).contains("年度報告"))) {
                title++;
            }
            switch (place) {
                case BEFORE_TITLE -> lines.add(0, chrome);
                case AFTER_TITLE -> lines.add(title + 1, chrome);
                default -> lines.add(chrome);
            }
            return String.join("\n", lines);
        }

        /** HTML: after {@code <body>}, after the title's closing tag, or before {@code </body>}. */
        static String html(String doc, String chrome, Place place) {
            String block = chrome.contains("\t")
                    ? "<table><tr><td>" + chrome.replace("\t", "</td><td>") + "</td></tr></table>"
                    : "<div>" + chrome.replace("<", "&lt;").replace(">", "&gt;") + "</div>";
            return switch (place) {
                case BEFORE_TITLE -> doc.replaceFirst("<body>", "<body>\n" + block);
                case AFTER_TITLE -> {
                    int end = doc.indexOf("</h1>");
                    yield doc.substring(0, end + 5) + "\n" + block + doc.substring(end + 5);
                }
                default -> doc.replace("</body>", block + "\n</body>");
            };
        }
    }
}
