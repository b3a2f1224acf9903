package io.nianbao.rules;

import io.nianbao.model.Finding;
import io.nianbao.model.Report;
import io.nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nianbao.rules.RuleAssertions.assertFinding;
import static io.nianbao.rules.RuleAssertions.assertNoFindings;
import static io.nianbao.rules.RuleAssertions.evaluate;
import static io.nianbao.rules.RuleAssertions.single;
import static io.nianbao.rules.RuleAssertions.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DUPLICATE-CONTENT and the narrative fingerprint / index. */
class DuplicateContentTest {

    private static final String OTHER_OVERVIEW = String.join("\n",
            "2023年，白河镇人民政府围绕乡村振兴和基层治理推进政务公开，具体情况如下。",
            "（一）主动公开。在镇政务公开栏和县政府网站乡镇专栏发布惠农补贴发放、低保评审结果等信息112条。",
            "（二）依申请公开。本年度未收到政府信息公开申请。",
            "（三）政府信息管理。明确党政办负责信息审核，对涉及个人隐私的内容做去标识化处理后再发布。",
            "（四）平台建设。在村级便民服务站设置信息查阅点，并开通镇政务微信公众号。",
            "（五）监督保障。镇纪委对公开情况每半年督查一次，结果纳入村干部考评。");

    private static final String OTHER_PROBLEMS = "问题：村级公开栏更新不及时，部分信息内容过于简略。"
            + "改进：明确各村专人负责，每月更新一次，镇党政办定期抽查并通报。";

    private static Report copyWithNewYear(String agency, int year) {
        return ReportFixture.clean().agency(agency).year(year)
                .section(1, ReportFixture.OVERVIEW.replace("2023", String.valueOf(year)))
                .section(6, ReportFixture.OTHER.replace("2023", String.valueOf(year))).build();
    }

    private static Report otherAgency() {
        return ReportFixture.clean().agency("白河镇人民政府").section(1, OTHER_OVERVIEW)
                .section(5, OTHER_PROBLEMS).section(6, "本镇2023年度未收取信息处理费。").build();
    }

    private static ValidationContext with(InMemoryNarrativeIndex index, String key) {
        return ValidationContext.builder().narrativeIndex(index).reportKey(key).build();
    }

    @Test
    void narrativeCopiedFromLastYearWithOnlyTheYearChanged() {
        InMemoryNarrativeIndex index = new InMemoryNarrativeIndex();
        assertTrue(index.add("qs-2022", copyWithNewYear("青石县商务局", 2022)));
        Report thisYear = ReportFixture.cleanReport();
        index.add("qs-2023", thisYear);
        Evaluation e = evaluate(thisYear, with(index, "qs-2023"));
        Finding f = single(e, "DUPLICATE-CONTENT");
        assertFinding(f, "DUPLICATE-CONTENT", Severity.WARNING);
        assertEquals(List.of("sections.1.text", "sections.5.text", "sections.6.text"), f.cells());
        assertEquals("qs-2022", f.actual());
        assertEquals("报告文字部分与本机关 2022 年度报告几乎相同（相似度约 100%），请按本年度实际工作撰写。", f.message());
    }

    @Test
    void narrativeCopiedFromAnotherAgency() {
        InMemoryNarrativeIndex index = new InMemoryNarrativeIndex();
        index.add("other", copyWithNewYear("红岭县商务局", 2023));
        Finding f = single(evaluate(ReportFixture.cleanReport(), with(index, "mine")), "DUPLICATE-CONTENT");
        assertTrue(f.message().startsWith("报告文字部分与「红岭县商务局」 2023 年度报告几乎相同"), f.message());
    }

    @Test
    void differentNarrativesItselfAndResubmissionsAreNotDuplicates() {
        InMemoryNarrativeIndex index = new InMemoryNarrativeIndex();
        index.add("other-agency", otherAgency());
        index.add("mine", ReportFixture.cleanReport());
        index.add("mine-resubmitted", ReportFixture.clean().publishedOn(java.time.LocalDate.of(2024, 1, 25)).build());
        Evaluation e = evaluate(ReportFixture.cleanReport(), with(index, "mine"));
        assertNoFindings(e, "DUPLICATE-CONTENT");
        assertEquals(RuleStatus.PASS, status(e, "DUPLICATE-CONTENT"));
    }

    @Test
    void shortNarrativeOrNoIndexIsNotAssessable() {
        Report tiny = ReportFixture.clean().section(1, "做好政务公开。").section(5, "无。").section(6, "无。").build();
        InMemoryNarrativeIndex index = new InMemoryNarrativeIndex();
        assertEquals(false, index.add("tiny", tiny));
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(evaluate(tiny, with(index, "x")), "DUPLICATE-CONTENT"));
        assertEquals(RuleStatus.NOT_ASSESSABLE, status(evaluate(ReportFixture.cleanReport()), "DUPLICATE-CONTENT"));
    }

    @Test
    void fingerprintIgnoresDigitsSpacingAndPunctuation() {
        NarrativeFingerprint a = NarrativeFingerprint.ofText("2023年，我局主动公开信息45条。");
        NarrativeFingerprint b = NarrativeFingerprint.ofText("2024 年, 我局主动公开信息 61 条");
        assertEquals(0, a.distance(b));
        assertEquals(1.0, a.similarity(b));
    }

    @Test
    void smallEditKeepsFingerprintsCloseAndUnrelatedTextsFar() {
        NarrativeFingerprint base = NarrativeFingerprint.of(ReportFixture.cleanReport()).orElseThrow();
        NarrativeFingerprint edited = NarrativeFingerprint.of(ReportFixture.clean()
                .section(5, ReportFixture.PROBLEMS.replace("按月检查", "按季度检查")).build()).orElseThrow();
        NarrativeFingerprint other = NarrativeFingerprint.of(otherAgency()).orElseThrow();
        assertTrue(base.distance(edited) <= NarrativeFingerprint.NEAR_DUPLICATE_DISTANCE,
                "distance " + base.distance(edited));
        assertTrue(base.distance(other) > 10, "distance " + base.distance(other));
    }

    @Test
    void indexFindsNearDuplicatesThroughBandsAndSupportsRemoval() {
        InMemoryNarrativeIndex index = new InMemoryNarrativeIndex();
        NarrativeFingerprint fp = new NarrativeFingerprint(0x0123_4567_89AB_CDEFL, 500);
        NarrativeFingerprint threeBitsOff = new NarrativeFingerprint(fp.simhash() ^ 0x0001_0001_0001_0000L, 500);
        NarrativeFingerprint fourBandsOff = new NarrativeFingerprint(fp.simhash() ^ 0x0001_0001_0001_0001L, 500);
        index.add("a", "甲局", 2023, threeBitsOff);
        index.add("b", "乙局", 2023, fourBandsOff);
        List<NarrativeIndex.Match> near = index.similar(fp, 3);
        assertEquals(List.of(new NarrativeIndex.Match("a", "甲局", 2023, 3)), near);
        assertEquals(2, index.similar(fp, 4).size());
        index.remove("a");
        assertEquals(List.of(), index.similar(fp, 3));
        assertEquals(1, index.size());
        assertEquals(4, fp.bands().length);
        assertEquals(0xCDEF, fp.bands()[0]);
        assertEquals("0123456789abcdef", fp.hex());
    }
}
