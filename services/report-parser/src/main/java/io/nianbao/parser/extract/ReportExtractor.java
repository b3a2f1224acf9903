package io.nianbao.parser.extract;

import io.nianbao.model.ActiveDisclosure;
import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import io.nianbao.model.Section;
import io.nianbao.model.Source;
import io.nianbao.model.Tables;
import io.nianbao.model.text.ChineseText;
import io.nianbao.parser.read.Intermediate;
import io.nianbao.parser.read.Row;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared extractor: from the intermediate rows of any format to the canonical {@link Report}. Marks the web
 * page's chrome first ({@link PageChrome}: navigation, tools, metadata, footers), which then takes no part in
 * anything: not in the title, the preamble, the section texts, the tables or the closing date. Finds the
 * section headings, then reads each table inside its section (or, when a heading is missing, between the
 * neighbouring headings that were found).
 */
public final class ReportExtractor {

    /** A document with at least this share (%) of Traditional-only characters among its Han ones is a mirror copy. */
    private static final int TRADITIONAL_PERCENT = 3;

    /** Builds the report; {@code source} is passed through unchanged. */
    public Report extract(Intermediate doc, Source source) {
        List<Row> rows = doc.rows();
        boolean[] chrome = PageChrome.mark(rows);
        WrappedLines lines = new WrappedLines(rows, chrome);
        SectionFinder.Heading[] headings = SectionFinder.find(rows, chrome, lines);
        int firstSection = firstRow(headings);
        TitleInfo title = TitleInfo.of(rows, chrome, firstSection, lines);
        Map<String, String> provenance = new LinkedHashMap<>(title.provenance());

        ActiveDisclosure table2 = ActiveDisclosureExtractor.extract(region(rows, chrome, headings, 2), provenance);
        Applications table3 = ApplicationsExtractor.extract(region(rows, chrome, headings, 3), provenance);
        ReviewLitigation table4 = ReviewExtractor.extract(region(rows, chrome, headings, 4), provenance);
        String template = TemplateDetector.detect(table2, table3, provenance);

        List<Section> sections = sections(rows, chrome, lines, headings, title, provenance);
        String agency = simplifiedAgency(title.agency(), rows, provenance);
        return new Report(Report.SCHEMA_VERSION, source, agency, title.year(), title.publishedOn(),
                template, sections, new Tables(table2, table3, table4), provenance,
                preamble(lines, title, firstSection));
    }

    /**
     * The agency in Simplified characters when the whole document is a Traditional mirror copy: the agency is
     * an identity (registrations, AGENCY-MISMATCH, roll-ups are kept in Simplified), and the printed form stays in
     * {@code provenance["agency.printed"]}. A Simplified document keeps its name exactly as printed, even when it
     * holds a character such as 乾 (乾县) that a Traditional table would fold.
     */
    static String simplifiedAgency(String agency, List<Row> rows, Map<String, String> provenance) {
        if (agency == null || ChineseText.traditionalCount(agency) == 0) {
            return agency;
        }
        int han = 0;
        int traditional = 0;
        for (Row row : rows) {
            String t = row.text();
            traditional += ChineseText.traditionalCount(t);
            han += (int) t.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    .count();
        }
        if (traditional * 100 < han * TRADITIONAL_PERCENT) {
            return agency;
        }
        provenance.put("agency.printed", agency);
        return ChineseText.simplified(agency);
    }

    /**
     * The text between the title and the first section (where reports usually state the statistics period),
     * without the page's chrome (发布日期, 来源, 分享到, 扫一扫…) and the date printed under the title, wrapped lines
     * joined.
     */
    private static String preamble(WrappedLines lines, TitleInfo title, int firstSection) {
        if (firstSection < 0) {
            return null;
        }
        String text = lines.text(Math.min(title.titleRow() + 1, firstSection), firstSection,
                i -> i == title.titleDateRow());
        return text.isEmpty() ? null : text;
    }

    private static int firstRow(SectionFinder.Heading[] headings) {
        for (int n = 1; n <= 6; n++) {
            if (headings[n] != null) {
                return headings[n].row();
            }
        }
        return -1;
    }

    /**
     * Rows after the closest found heading numbered ≤ n up to the next found heading numbered > n, without page
     * chrome (a flipbook's running header between two rows of a table).
     */
    static List<Row> region(List<Row> rows, boolean[] chrome, SectionFinder.Heading[] headings, int n) {
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
        List<Row> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!chrome[i]) {
                out.add(rows.get(i));
            }
        }
        return out;
    }

    private static List<Section> sections(List<Row> rows, boolean[] chrome, WrappedLines lines,
                                          SectionFinder.Heading[] headings, TitleInfo title,
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
                to = withoutSignature(rows, chrome, h.row() + 1, to, title);
            }
            String text = lines.text(h.row() + 1, to, i -> false);
            provenance.put("sections." + n, rows.get(h.row()).where());
            out.add(new Section(n, h.title(), true, text));
        }
        return out;
    }

    /**
     * Where the last section's text ends: before the closing date (and whatever the page adds after it: footer,
     * 打印本页, the site's name) and before the agency signed above that date; without a date, before trailing
     * chrome and a trailing line repeating the agency.
     */
    private static int withoutSignature(List<Row> rows, boolean[] chrome, int from, int to, TitleInfo title) {
        int end = to;
        boolean dated = title.dateRow() >= from && title.dateRow() < to;
        if (dated) {
            end = title.dateRow();
        }
        int signatureLines = 0;
        while (signatureLines < 3 && end > from) {
            Row row = rows.get(end - 1);
            String t = Normalizer.tidy(Normalizer.stripMarkdown(row.text()));
            if (t.isEmpty() || chrome[end - 1]) {
                end--;
                continue;
            }
            boolean date = t.length() <= 30 && t.indexOf('。') < 0 && PrintedDate.find(Normalizer.clean(t)) != null;
            boolean agency = (title.agency() != null && t.replace(" ", "").equals(title.agency()))
                    || (dated && PageChrome.looksLikeAgency(t) && !row.tabular());
            if (!date && !agency) {
                break;
            }
            dated |= date;
            end--;
            signatureLines++;
        }
        return end;
    }
}
