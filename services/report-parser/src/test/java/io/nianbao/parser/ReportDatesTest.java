package io.nianbao.parser;

import io.nianbao.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * publishedOn and year where real reports print them (fixtures/meta/dated-report.txt, with its title, preamble
 * or closing lines changed): the date at the end in every printed form (alone, after the agency, after 日期：,
 * Chinese numerals, 元月, figures in the signature), above page chrome, an attachment list or a blank table;
 * else the date under the title; never a date from a sentence or from the page's metadata. The year from the
 * title, else the statistics period, else the report's self-description; a garbled period gives none.
 */
class ReportDatesTest {

    private static final String TITLE = "青岭县交通运输局2023年政府信息公开工作年度报告";
    private static final String CLOSING = "青岭县交通运输局\n2024年1月20日\n";
    private static final String PREAMBLE = "本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为2023年1月1日至"
            + "2023年12月31日。";
    private static final String SECTION6 = "本局2023年度未收取信息处理费。";

    private final ReportParser parser = new ReportParser();

    private static String base() {
        return new String(Fixtures.bytes("meta/dated-report.txt"), StandardCharsets.UTF_8);
    }

    private Report parse(String text) {
        ParseOutcome outcome = parser.parse("dated.txt", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(outcome.readable(), outcome::unreadableReason);
        return outcome.report();
    }

    private Report closing(String closing) {
        String text = base();
        assertTrue(text.endsWith(CLOSING));
        return parse(text.substring(0, text.length() - CLOSING.length()) + closing);
    }

    private Report head(String title, String preamble, String closing) {
        String text = base().replace(TITLE + "\n", title).replace(PREAMBLE, preamble);
        return parse(text.substring(0, text.length() - CLOSING.length()) + closing);
    }

    private static String section6(Report r) {
        return r.section(6).orElseThrow().text();
    }

    @Test
    void theFixtureAsItIs() {
        Report r = parse(base());
        assertEquals("青岭县交通运输局", r.agency());
        assertEquals(2023, r.year());
        assertEquals(LocalDate.of(2024, 1, 20), r.publishedOn());
        assertEquals(SECTION6, section6(r));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "青岭县交通运输局 2024年1月20日\n",
        "青岭县交通运输局　　2024年1月20日\n",
        "青岭县交通运输局\n日期：2024年1月20日\n",
        "青岭县交通运输局\n（2024年1月20日）\n",
        "青岭县交通运输局\n2024 年 1 月 20 日\n",
        "青岭县交通运输局\n２０２４年１月２０日\n",
        "青岭县交通运输局\n二〇二四年一月二十日\n",
        "青岭县交通运输局\n二○二四年一月二十日\n",
        "青岭县交通运输局\n二零二四年一月二十日\n",
        "青岭县交通运输局\n2024-01-20\n",
        "青岭县交通运输局\n2024.1.20\n",
        "青岭县交通运输局\n2024/01/20\n",
        "青岭县交通运输局 2024.1.20\n",
        "青岭县交通运输局\n日期：2024-01-20\n",
        "青岭县交通运输局\n2024年1月20日\n打印本页 关闭窗口\n扫一扫在手机打开当前页\n上一篇：青岭县交通运输局2022年政府信息公开"
            + "工作年度报告\n版权所有：青岭县人民政府  网站标识码：5300000099\n",
        "青岭县交通运输局\n2024年1月20日\n\n附件：1.青岭县交通运输局政府信息公开申请办理台账\n2.政府信息公开工作考核自评表\n"
            + "3.政府信息公开指南\n4.政府信息公开目录\n5.依申请公开办理流程图\n",
        "青岭县交通运输局\n2024年1月20日\n\n附件\n| 序号 | 申请事项 | 申请时间 | 办理结果 |\n|  |  |  |  |\n|  |  |  |  |\n"
            + "|  |  |  |  |\n|  |  |  |  |\n|  |  |  |  |\n",
        "青岭县交通运输局\n2024年1月20日\n| 序号 | 申请事项 | 办理结果 |\n|  |  |  |\n|  |  |  |\n"
    })
    void theClosingDateInTheFormsReportsPrintIt(String closing) {
        Report r = closing(closing);
        assertEquals(LocalDate.of(2024, 1, 20), r.publishedOn(), closing);
        assertEquals("青岭县交通运输局", r.agency(), closing);
        assertEquals(SECTION6, section6(r), "neither signature, date nor what follows is section text");
    }

    @Test
    void yuanYueIsJanuary() {
        assertEquals(LocalDate.of(2024, 1, 8), closing("青岭县交通运输局\n二○二四年元月八日\n").publishedOn());
        assertEquals(LocalDate.of(2024, 1, 31), closing("青岭县交通运输局\n二〇二四年元月三十一日\n").publishedOn());
        assertEquals(LocalDate.of(2024, 2, 22), closing("二〇二四年二月廿二日\n").publishedOn());
    }

    @Test
    void theSignatureWithAFigureDateNamesTheAgencyWhenTheTitleDoesNot() {
        Report r = head("2023年政府信息公开工作年度报告\n", PREAMBLE, "青岭县交通运输局 2024.1.20\n");
        assertEquals("青岭县交通运输局", r.agency());
        assertTrue(r.provenance().get("agency").startsWith("signature, "), r.provenance().get("agency"));
        assertEquals(LocalDate.of(2024, 1, 20), r.publishedOn());
    }

    @Test
    void aDateUnderTheTitleCountsWhenTheEndHasNone() {
        for (String line : new String[] {"（2024年1月18日）", "(2024年1月18日)", "2024年1月18日", "二〇二四年一月十八日"}) {
            Report r = head(TITLE + "\n" + line + "\n", PREAMBLE, "青岭县交通运输局\n");
            assertEquals(LocalDate.of(2024, 1, 18), r.publishedOn(), line);
            assertTrue(r.provenance().get("publishedOn").startsWith("under the title, "), line);
            assertEquals(PREAMBLE, r.preamble(), "the date is no preamble: " + line);
        }
    }

    @Test
    void theEndDateWinsOverTheDateUnderTheTitle() {
        Report r = head(TITLE + "\n（2024年1月18日）\n", PREAMBLE, CLOSING);
        assertEquals(LocalDate.of(2024, 1, 20), r.publishedOn());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "本局将于2024年3月31日前完成栏目整改。\n",
        "本报告经2024年1月20日局务会审议通过。\n",
        "2024年1月20日印发实施。\n",
        "青岭县交通运输局\n2024年1月20日 星期六\n",
        "来源：青岭县交通运输局  发布时间：2024-01-22  浏览次数：88\n",
        "发布日期：2024年1月22日\n",
        "2024-01-22\n",
        "2024-01-22 09:30\n",
        "青岭县交通运输局\n2024-01-22 09:30\n"
    })
    void noDateFromASentenceOrFromThePagesMetadata(String closing) {
        Report r = closing(closing);
        assertNull(r.publishedOn(), closing);
        assertTrue(r.provenance().get("publishedOn").startsWith("文末未找到日期"), r.provenance().get("publishedOn"));
    }

    @Test
    void pageMetadataUnderTheTitleIsNoDate() {
        for (String line : new String[] {"发布日期：2024-01-22", "2024-01-22", "2024-01-22 10:05", "发布时间：2024年1月22日",
                                         "来源：青岭县交通运输局 发布时间：2024年1月22日"}) {
            Report r = head(TITLE + "\n" + line + "\n", PREAMBLE, "青岭县交通运输局\n");
            assertNull(r.publishedOn(), line);
        }
    }

    @Test
    void anImpossibleDateIsReportedNotGuessed() {
        Report r = closing("青岭县交通运输局\n2024年2月30日\n");
        assertNull(r.publishedOn());
        assertTrue(r.provenance().get("publishedOn").startsWith("日期无效"), r.provenance().get("publishedOn"));
        assertEquals(SECTION6, section6(r));
    }

    @Test
    void theYearFromTheStatisticsPeriodWhenTheTitleHasNone() {
        String title = "青岭县交通运输局政府信息公开工作年度报告\n";
        Report r = head(title, PREAMBLE, CLOSING);
        assertEquals(2023, r.year());
        assertTrue(r.provenance().get("year").startsWith("statistics period, "), r.provenance().get("year"));
        r = head(title, "本报告中所列数据的统计期间自2023年1月1日起至2023年12月31日止。", CLOSING);
        assertEquals(2023, r.year());
        r = head(title, "本年度报告所列数据截止日期为2023年12月31日。", CLOSING);
        assertEquals(2023, r.year());
        r = head(title + "（2023年度）\n", "本报告根据《中华人民共和国政府信息公开条例》编制。", CLOSING);
        assertEquals(2023, r.year());
    }

    @Test
    void theYearFromTheReportsSelfDescription() {
        String title = "青岭县交通运输局政府信息公开工作年度报告\n";
        Report r = head(title, "根据《中华人民共和国政府信息公开条例》要求，现公布青岭县交通运输局2023年度政府信息公开工作"
                + "年度报告。", CLOSING);
        assertEquals(2023, r.year());
        assertTrue(r.provenance().get("year").startsWith("self-description, "), r.provenance().get("year"));
        r = head(title, "根据《中华人民共和国政府信息公开条例》要求，现将本局2023年政府信息公开工作情况报告如下。", CLOSING);
        assertEquals(2023, r.year());
    }

    @Test
    void aGarbledPeriodAndThePagesDateGiveNoYear() {
        String title = "青岭县交通运输局政府信息公开工作年度报告\n发布日期：2024-01-22\n";
        Report r = head(title, "本报告所列数据统计期限自202311日起至20231230日止。", CLOSING);
        assertNull(r.year(), "自202311日起 is not read as a year, nor is the page's 发布日期 or the closing date");
        assertTrue(r.provenance().get("year").startsWith("未找到年份"), r.provenance().get("year"));
        assertEquals(LocalDate.of(2024, 1, 20), r.publishedOn());
    }
}
