package io.nianbao.parser;

import io.nianbao.model.Report;
import io.nianbao.parser.read.Intermediate;
import io.nianbao.parser.read.PdfReader;
import io.nianbao.parser.read.Row;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Section texts join the printed lines a sentence was wrapped over, and keep real paragraphs apart: a PDF made
 * by LibreOffice with a 16 pt body (fixtures/meta/wrapped-narrative-*.pdf, from the HTML beside them) and text
 * copied out of a PDF with its hard line breaks, indents and a page number (wrapped-copied-from-pdf.txt).
 */
class WrappedTextTest {

    private final ReportParser parser = new ReportParser();

    private Report parse(String name) {
        ParseOutcome outcome = parser.parse(name, Fixtures.bytes("meta/" + name));
        assertTrue(outcome.readable(), outcome::unreadableReason);
        return outcome.report();
    }

    @Test
    void thePdfBreaksTheStatementAcrossTwoPrintedLines() throws Exception {
        Intermediate doc = new PdfReader().read(Fixtures.bytes("meta/wrapped-narrative-differs.pdf"));
        List<String> lines = doc.rows().stream().map(Row::text).toList();
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("其中予以公开和部")), "fixture no longer wraps: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("分公开共28件")), "fixture no longer wraps: " + lines);
    }

    @Test
    void pdfSectionTextHoldsEachParagraphOnOneLine() {
        Report r = parse("wrapped-narrative-differs.pdf");
        String[] paragraphs = r.section(1).orElseThrow().text().split("\n");
        assertEquals(5, paragraphs.length, r.section(1).orElseThrow().text());
        for (int i = 0; i < 5; i++) {
            assertTrue(paragraphs[i].startsWith("（" + "一二三四五".charAt(i) + "）"), paragraphs[i]);
            assertTrue(paragraphs[i].endsWith("。"), paragraphs[i]);
        }
        // whether a reader prints a space between a Han character and a figure depends on its glyph gaps: not asserted
        assertTrue(paragraphs[1].replace(" ", "").contains("办结32件，其中予以公开和部分公开共28件，结转下年度继续办理1件"),
                paragraphs[1]);
        assertEquals("本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为2023年1月1日至2023年12月31日。",
                r.preamble().replace(" ", ""));
        assertEquals("一是政策解读形式还比较单一，图解和视频解读偏少；二是依申请公开答复文书的规范性有待提高。下一步，本局将丰富"
                + "解读形式，并加强答复文书审核。", r.section(5).orElseThrow().text(), "joined across the page break");
        assertEquals("青川县自然资源局", r.agency());
        assertEquals(2023, r.year());
    }

    @Test
    void textCopiedFromAPdfIsRejoinedButHeadingsItemsAndIndentedParagraphsStayApart() {
        Report r = parse("wrapped-copied-from-pdf.txt");
        assertEquals(String.join("\n",
                "（一）主动公开",
                "2023年，本局通过市政府门户网站主动公开政府信息156条，其中林木采伐许可信息48条，行政处罚信息9条，均在形成之日起"
                        + "20个工作日内公开。",
                "（二）依申请公开",
                "全年共收到政府信息公开申请12件，上年结转1件，其中予以公开和部分公开共9件，不予公开1件，无法提供2件，结转下年度"
                        + "继续办理1件，所有申请均在法定期限内答复。",
                "（三）政府信息管理",
                "本局严格执行信息公开保密审查制度，全年审核拟公开信息160余条，主要做法如下：",
                "1.建立公开属性源头认定机制，公文拟制时同步明确公开属性；",
                "2.落实拟稿人、科室负责人、分管领导三级审核。",
                "（四）政府信息公开平台建设",
                "优化政府信息公开专栏，完善栏目设置，及时更新机构职能、领导信息和办事指南等内容。",
                "（五）监督保障",
                "将政务公开纳入年度目标考核，全年组织业务培训2次。"), r.section(1).orElseThrow().text());
        assertEquals("一是政策解读形式不够丰富，图解和视频解读数量偏少，覆盖面不广；二是基层工作人员业务能力与新形势新要求相比还有"
                + "一定的差距\n下一步，本局将加强业务培训，丰富解读形式，提升公开质量。", r.section(5).orElseThrow().text(),
                "an indented line starts a paragraph even when the line above lacks its full stop");
        assertEquals("本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为2023年1月1日至2023年12月31日。",
                r.preamble());
        assertEquals("本局2023年度未收取政府信息公开信息处理费。", r.section(6).orElseThrow().text());
        assertEquals("青溪市林业局", r.agency());
        assertEquals(List.of(5, 1, 0, 0, 0, 0, 6), r.tables().applications().rows().get("granted"));
    }
}
