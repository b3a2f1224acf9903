package io.nianbao.rules;

import io.nianbao.model.ActiveDisclosure;
import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import io.nianbao.model.Section;
import io.nianbao.model.Source;
import io.nianbao.model.Tables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds reports in code for the tests. The default is a clean 2021-format report of a county bureau for 2023,
 * laid out like the real seeds: one application from a natural person, granted, nothing carried, no reviews.
 */
final class ReportFixture {

    static final String OVERVIEW = String.join("\n",
            "2023年，青石县商务局按照条例要求推进政务公开工作，现报告如下。",
            "（一）主动公开。全年在县政府门户网站商务专栏主动公开政策文件、项目信息等45条。",
            "（二）依申请公开。本年度新收到政府信息公开申请1件，予以公开1件，已在法定期限内答复。",
            "（三）政府信息管理。落实信息发布审核和保密审查制度，按季度更新政府信息公开目录。",
            "（四）政府信息公开平台建设。维护县政府网站专栏和“青石商务”公众号，保证信息及时更新。",
            "（五）监督保障。将政务公开纳入科室年度考核，组织业务培训2次，未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。");

    static final String PROBLEMS = "存在的问题：政策解读形式较单一，部分信息更新不够及时。"
            + "改进措施：下一步将增加图解、问答等解读形式，建立信息更新台账，按月检查栏目更新情况。";

    static final String OTHER = "本机关2023年度未收取政府信息公开信息处理费。";

    private String agency = "青石县商务局";
    private Integer year = 2023;
    private LocalDate publishedOn = LocalDate.of(2024, 1, 22);
    private String template = "2021";
    private final Map<Integer, String> sections = new TreeMap<>();
    private ActiveDisclosure table2 = defaultTable2();
    private Applications table3 = defaultTable3();
    private ReviewLitigation table4 = ReviewLitigation.of(zeros(15));
    private String preamble;
    private final Map<String, String> provenance = new LinkedHashMap<>();

    ReportFixture() {
        sections.put(1, OVERVIEW);
        sections.put(2, "");
        sections.put(3, "");
        sections.put(4, "");
        sections.put(5, PROBLEMS);
        sections.put(6, OTHER);
    }

    static ReportFixture clean() {
        return new ReportFixture();
    }

    static Report cleanReport() {
        return clean().build();
    }

    ReportFixture agency(String value) {
        agency = value;
        return this;
    }

    ReportFixture year(Integer value) {
        year = value;
        return this;
    }

    ReportFixture publishedOn(LocalDate value) {
        publishedOn = value;
        return this;
    }

    ReportFixture template(String value) {
        template = value;
        return this;
    }

    ReportFixture provenance(String key, String value) {
        provenance.put(key, value);
        return this;
    }

    ReportFixture preamble(String text) {
        preamble = text;
        return this;
    }

    ReportFixture section(int number, String text) {
        sections.put(number, text);
        return this;
    }

    ReportFixture withoutSection(int number) {
        sections.remove(number);
        return this;
    }

    /** Replaces a whole Table 3 row (7 cells, null = blank). */
    ReportFixture row(String key, Integer... cells) {
        table3.row(key, cells);
        return this;
    }

    ReportFixture cell(String row, int column, Integer value) {
        table3.rows().get(row).set(column, value);
        return this;
    }

    ReportFixture removeRow(String key) {
        table3.rows().remove(key);
        return this;
    }

    ReportFixture t4(String group, String key, Integer value) {
        table4.group(group).put(key, value);
        return this;
    }

    ReportFixture table2(ActiveDisclosure value) {
        table2 = value;
        return this;
    }

    ReportFixture table3(Applications value) {
        table3 = value;
        return this;
    }

    ReportFixture table4(ReviewLitigation value) {
        table4 = value;
        return this;
    }

    Applications table3() {
        return table3;
    }

    Report build() {
        List<Section> list = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            String text = sections.get(n);
            list.add(text == null ? Section.missing(n) : new Section(n, Section.CANONICAL_TITLES.get(n - 1), true, text));
        }
        return new Report(Report.SCHEMA_VERSION, new Source("fixture.txt", "txt", "UTF-8", "0".repeat(64)),
                agency, year, publishedOn, template, list, new Tables(table2, table3, table4), provenance, preamble);
    }

    static ActiveDisclosure defaultTable2() {
        ActiveDisclosure t = new ActiveDisclosure();
        for (String row : List.of("rules", "normativeDocuments")) {
            t.cell(row, "issued", BigDecimal.ZERO).cell(row, "repealed", BigDecimal.ZERO)
                    .cell(row, "inForce", BigDecimal.ZERO);
        }
        for (String row : List.of("licensing", "punishment", "enforcement")) {
            t.cell(row, "decisions", BigDecimal.ZERO);
        }
        return t.cell("fees", "amount", BigDecimal.ZERO);
    }

    /** One application from a natural person, granted; all else zero. */
    static Applications defaultTable3() {
        Applications t = Applications.empty();
        for (String row : Applications.ROWS) {
            if (!row.equals("otherHandling")) {
                t.row(row, zeros(7).toArray(Integer[]::new));
            }
        }
        t.row("newReceived", 1, 0, 0, 0, 0, 0, 1);
        t.row("granted", 1, 0, 0, 0, 0, 0, 1);
        t.row("resultTotal", 1, 0, 0, 0, 0, 0, 1);
        return t;
    }

    static List<Integer> zeros(int n) {
        Integer[] values = new Integer[n];
        Arrays.fill(values, 0);
        return new ArrayList<>(Arrays.asList(values));
    }
}
