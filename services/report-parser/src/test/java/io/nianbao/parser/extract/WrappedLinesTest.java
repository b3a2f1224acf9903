package io.nianbao.parser.extract;

import io.nianbao.parser.read.Row;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a printed line carries on into the next one, judged by punctuation, width, item marks and position. */
class WrappedLinesTest {

    /** Full-width body lines (30 characters) as a Word file converted from a PDF has them: one paragraph each. */
    private static final String L1 = "全年共收到政府信息公开申请30件，上年结转3件，办结32件，其中予以公开和部";
    private static final String L2 = "分公开共28件，结转下年度继续办理1件，均在法定期限内予以答复。";

    private static String join(List<Row> rows) {
        return new WrappedLines(rows, new boolean[rows.size()]).text(0, rows.size(), i -> false);
    }

    private static List<Row> paragraphs(String... lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(Row.paragraph(lines[i], "paragraph " + (i + 1)));
        }
        return rows;
    }

    @Test
    void wordParagraphsOnePerPrintedLineAreJoined() {
        assertEquals(L1 + L2, join(paragraphs(L1, L2)));
    }

    @Test
    void anEmptyWordParagraphBetweenEndsTheParagraph() {
        List<Row> rows = List.of(Row.paragraph(L1, "paragraph 1"), Row.paragraph(L2, "paragraph 3"));
        assertEquals(L1 + "\n" + L2, join(rows));
    }

    @Test
    void sentenceEndsHeadingsAndItemsAreNotJoined() {
        String full = "本局严格执行信息公开保密审查制度，全年审核拟公开的政府信息一百六十余条。";
        assertEquals(full + "\n" + L2, join(paragraphs(full, L2)));
        assertEquals("（二）依申请公开\n" + L1 + L2, join(paragraphs("（二）依申请公开", L1, L2)));
        String colon = "本局严格执行信息公开保密审查制度，全年审核拟公开信息，主要做法如下：";
        assertEquals(colon + "\n1.建立源头认定机制", join(paragraphs(colon, "1.建立源头认定机制")));
        for (String item : List.of("（三）政府信息管理", "(3)政府信息管理", "三、政府信息管理", "2、落实三级审核", "2．落实三级审核",
                "②落实三级审核", "# 五、存在的主要问题", "附件：统计表")) {
            assertEquals(L1 + "\n" + item, join(paragraphs(L1, item)), item);
        }
        assertEquals(L1 + "2.5万元", join(paragraphs(L1, "2.5万元")), "a decimal is no item number");
    }

    @Test
    void aSentenceEndBeforeAClosingQuoteCounts() {
        assertTrue(WrappedLines.endsSentence("……坚持“应公开尽公开。”"));
        assertTrue(WrappedLines.endsSentence("……情况如下："));
        assertFalse(WrappedLines.endsSentence("……依据《条例》"));
        assertFalse(WrappedLines.endsSentence("……其中予以公开和部"));
    }

    @Test
    void pdfLinesIndentedPastTheMarginStartAParagraph() {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.paragraph(L1, "page 1 x=90 y=100"));
        rows.add(Row.paragraph(L2.replace("。", ""), "page 1 x=90 y=120"));
        rows.add(Row.paragraph(L1, "page 1 x=122 y=140"));
        rows.add(Row.paragraph(L2, "page 1 x=90 y=160"));
        rows.add(Row.paragraph(L1, "page 1 x=90 y=180"));
        assertEquals(L1 + L2.replace("。", "") + "\n" + L1 + L2 + "\n" + L1, join(rows));
    }

    @Test
    void aPageNumberBetweenTwoPagesDoesNotEndTheSentence() {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.paragraph(L1, "line 1 col 1"));
        rows.add(Row.paragraph("- 2 -", "line 3 col 1"));
        rows.add(Row.paragraph(L2, "line 5 col 1"));
        boolean[] chrome = {false, true, false};
        assertEquals(L1 + L2, new WrappedLines(rows, chrome).text(0, 3, i -> false));
    }

    @Test
    void aBlankLineInATextFileEndsTheParagraph() {
        List<Row> rows = List.of(Row.paragraph(L1, "line 1 col 1"), Row.paragraph(L2, "line 3 col 1"));
        assertEquals(L1 + "\n" + L2, join(rows));
        rows = List.of(Row.paragraph(L1, "line 1 col 1"), Row.paragraph(L2, "line 2 col 1"));
        assertEquals(L1 + L2, join(rows));
    }

    @Test
    void figuresAndLatinWordsBrokenAcrossLinesKeepTheirSpacing() {
        String a = "全年通过政府门户网站及政务新媒体平台主动公开政府信息共计1";
        assertEquals(a + "56条。", join(paragraphs(a, "56条。")), "no space inside a number");
        String b = "全年通过政府门户网站及政务新媒体平台主动公开政府信息，网站支持";
        assertEquals(b + "IPv6访问。", join(paragraphs(b, "IPv6访问。")));
        String c = "The annual report was compiled under the regulations and published on";
        assertEquals(c + " the portal.", join(paragraphs(c, "the portal.")));
    }

    @Test
    void theEndOfAWrappedSentenceIsNoHeadingEvenWhenItNamesASection() {
        List<Row> rows = paragraphs("一、总体情况",
                "本机关坚持以公开为常态、不公开为例外，认真贯彻落实条例规定，现将本机关年度",
                "主动公开政府信息情况，报告如下：",
                "全年主动公开政府信息52条。",
                "二、主动公开政府信息情况");
        SectionFinder.Heading[] headings = SectionFinder.find(rows, new boolean[rows.size()]);
        assertEquals(0, headings[1].row());
        assertEquals(4, headings[2].row(), "neither the wrapped line at row 2 nor the sentence at row 3 is section 2's "
                + "heading");
    }
}
