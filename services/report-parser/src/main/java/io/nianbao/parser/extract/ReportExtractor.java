package io.nianbao.parser.extract;

import io.nianbao.model.ActiveDisclosure;
import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import io.nianbao.model.Section;
import io.nianbao.model.Source;
import io.nianbao.model.Tables;
import io.nianbao.parser.read.Intermediate;
import io.nianbao.parser.read.Row;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared extractor: from the intermediate rows of any format to the canonical {@link Report}. Finds the
 * section headings, then reads each table inside its section (or, when a heading is missing, between the
 * neighbouring headings that were found).
 */
public final class ReportExtractor {

    /** Builds the report; {@code source} is passed through unchanged. */
    public Report extract(Intermediate doc, Source source) {
        List<Row> rows = doc.rows();
        SectionFinder.Heading[] headings = SectionFinder.find(rows);
        Map<String, String> provenance = new LinkedHashMap<>();
        int firstSection = firstRow(headings);
        TitleInfo title = TitleInfo.of(rows, firstSection);

        ActiveDisclosure table2 = ActiveDisclosureExtractor.extract(region(rows, headings, 2), provenance);
        Applications table3 = ApplicationsExtractor.extract(region(rows, headings, 3), provenance);
        ReviewLitigation table4 = ReviewExtractor.extract(region(rows, headings, 4), provenance);
        String template = TemplateDetector.detect(table2, table3, provenance);

        List<Section> sections = sections(rows, headings, title, provenance);
        return new Report(Report.SCHEMA_VERSION, source, title.agency(), title.year(), title.publishedOn(),
                template, sections, new Tables(table2, table3, table4), provenance,
                preamble(rows, title, firstSection));
    }

    /** The text between the title and the first section (where reports usually state the statistics period). */
    private static String preamble(List<Row> rows, TitleInfo title, int firstSection) {
        if (firstSection < 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Row row : rows.subList(Math.min(title.titleRow() + 1, firstSection), firstSection)) {
            if (!row.tabular() && !row.text().isBlank()) {
                text.append(text.isEmpty() ? "" : "\n").append(Normalizer.tidy(row.text()));
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static int firstRow(SectionFinder.Heading[] headings) {
        for (int n = 1; n <= 6; n++) {
            if (headings[n] != null) {
                return headings[n].row();
            }
        }
        return -1;
    }

    /** Rows after the closest found heading numbered ≤ n up to the next found heading numbered > n. */
    static List<Row> region(List<Row> rows, SectionFinder.Heading[] headings, int n) {
        int from = 0;
        for (int k = n; k >= 1; k--) {
            if (headings[k] != null) {
                from = headings[k].row() + 1;
                break;
            }
        }
        int to = rows.size();
        for (int k = n + 1; k <= 6; k++) {
            if (headings[k] != null) {
                to = headings[k].row();
                break;
            }
        }
        return from <= to ? rows.subList(from, to) : List.of();
    }

    private static List<Section> sections(List<Row> rows, SectionFinder.Heading[] headings, TitleInfo title,
                                          Map<String, String> provenance) {
        List<Section> out = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            SectionFinder.Heading h = headings[n];
            if (h == null) {
                out.add(Section.missing(n));
                continue;
            }
            int to = rows.size();
            for (int k = n + 1; k <= 6; k++) {
                if (headings[k] != null) {
                    to = headings[k].row();
                    break;
                }
            }
            if (to == rows.size()) {
                to = withoutSignature(rows, h.row() + 1, to, title);
            }
            StringBuilder text = new StringBuilder();
            for (Row row : rows.subList(h.row() + 1, to)) {
                if (!row.tabular()) {
                    text.append(text.isEmpty() ? "" : "\n").append(Normalizer.tidy(row.text()));
                }
            }
            provenance.put("sections." + n, rows.get(h.row()).where());
            out.add(new Section(n, h.title(), true, text.toString()));
        }
        return out;
    }

    /** Drops the closing agency name and date lines from the last section. */
    private static int withoutSignature(List<Row> rows, int from, int to, TitleInfo title) {
        int end = to;
        for (int guard = 0; guard < 3 && end > from; guard++) {
            String t = Normalizer.tidy(Normalizer.stripMarkdown(rows.get(end - 1).text()));
            boolean date = t.length() <= 30 && t.matches(".*(\\d{4}|[〇零○二]{2}.{2})\\s*年.*月.*日.*");
            boolean agency = title.agency() != null && t.equals(title.agency());
            if (!date && !agency) {
                break;
            }
            end--;
        }
        return end;
    }
}
