package io.nianbao.parser.extract;

import io.nianbao.parser.read.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Printed lines joined back into the paragraphs they were wrapped from. PDF text (and text or Word files made
 * from a PDF) breaks a sentence wherever the printed line ended: "……其中予以公开和部" / "分公开共28件……", so a
 * count stated in the narrative is cut in two and no rule can read it. A line continues on the next when:
 * <ul>
 *   <li>it does not end a sentence (。；！？：… , also before a closing quote or bracket);</li>
 *   <li>it is as wide as a wrapped line: at least {@value #FULL} of the document's usual line width (the 80th
 *       percentile of its paragraph lines, CJK characters counting double), so a short heading such as
 *       （二）依申请公开情况 keeps its own line;</li>
 *   <li>the next line starts no heading or numbered item (（二）, 2., 二、, ①, #, a bullet) and is not indented
 *       further than the body text (a new paragraph's first line), as far as the reader's position tells (PDF
 *       x, a text file's column);</li>
 *   <li>no blank line, table row or empty Word paragraph stands between them (page chrome such as a page number
 *       between two pages does not count).</li>
 * </ul>
 * Paragraphs that really end keep their own line. The joined text has no line break and no space where the line
 * broke, except between two Latin letters.
 */
final class WrappedLines {

    /** A wrapped line fills at least this share of the usual line width. */
    static final double FULL = 0.75;
    private static final double PERCENTILE = 0.8;

    private static final Pattern TEXT_POS = Pattern.compile("^line (\\d+) col (\\d+)");
    private static final Pattern PARAGRAPH_POS = Pattern.compile("^paragraph (\\d+)");
    private static final Pattern PDF_POS = Pattern.compile("^page (\\d+) x=(-?\\d+) y=(-?\\d+)");
    /** PDF points a first line must stand right of the body text to count as indented. */
    private static final int PDF_INDENT = 6;

    private static final String ENDS = "。；;！!？?：:…";
    private static final String CLOSERS = "”’」』）)】》\"'";
    private static final Pattern ITEM_START = Pattern.compile("^(?:#|[-*+•·▪●○■□◆]\\s*"
            + "|[（(]\\s*[一二三四五六七八九十0-9]{1,3}\\s*[）)]|[一二三四五六七八九十]{1,3}\\s*[、．.]"
            + "|[0-9]{1,2}\\s*[、．]|[0-9]{1,2}\\.(?![0-9])|第[一二三四五六七八九十]{1,3}[、，,条部章节]"
            + "|[①-⑳⑴-⒇㈠-㈩]|附件|附表)");

    private final List<Row> rows;
    private final boolean[] chrome;
    private final double fullWidth;
    /** Usual left edge of body lines: a PDF page's x, or a text file's column (key: page number, or 0). */
    private final Map<Integer, Integer> margin = new HashMap<>();

    WrappedLines(List<Row> rows, boolean[] chrome) {
        this.rows = rows;
        this.chrome = chrome;
        List<Integer> widths = new ArrayList<>();
        Map<Integer, Map<Integer, Integer>> edges = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!content(i)) {
                continue;
            }
            widths.add(width(text(i)));
            int[] pos = position(rows.get(i));
            if (pos != null && pos[0] != Kind.PARAGRAPH.ordinal()) {
                edges.computeIfAbsent(pos[1], k -> new HashMap<>()).merge(pos[2], 1, Integer::sum);
            }
        }
        int[] sorted = widths.stream().mapToInt(Integer::intValue).sorted().toArray();
        fullWidth = sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * PERCENTILE))];
        edges.forEach((page, counts) -> margin.put(page, counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? b.getKey() - a.getKey()
                        : a.getValue() - b.getValue()).orElseThrow().getKey()));
    }

    /** One paragraph: its text and the rows it was printed on. */
    record Paragraph(String text, int first, int last) {
    }

    /** The paragraphs printed on rows [from, to) that are neither table rows nor page chrome nor skipped. */
    List<Paragraph> paragraphs(int from, int to, IntPredicate skip) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int first = -1;
        int previous = -1;
        for (int i = Math.max(0, from); i < Math.min(to, rows.size()); i++) {
            if (!content(i) || skip.test(i)) {
                if (rows.get(i).tabular() || skip.test(i)) {
                    previous = flush(out, text, first, previous);
                    first = -1;
                }
                continue;
            }
            String line = text(i);
            if (previous >= 0 && continues(previous, i)) {
                text.append(needsSpace(text, line) ? " " : "").append(line);
            } else {
                flush(out, text, first, previous);
                first = i;
                text.append(line);
            }
            previous = i;
        }
        flush(out, text, first, previous);
        return out;
    }

    /** The paragraphs' texts joined by line breaks. */
    String text(int from, int to, IntPredicate skip) {
        StringBuilder b = new StringBuilder();
        for (Paragraph p : paragraphs(from, to, skip)) {
            b.append(b.isEmpty() ? "" : "\n").append(p.text());
        }
        return b.toString();
    }

    private static int flush(List<Paragraph> out, StringBuilder text, int first, int previous) {
        if (first >= 0 && !text.isEmpty()) {
            out.add(new Paragraph(text.toString(), first, previous));
        }
        text.setLength(0);
        return -1;
    }

    private boolean content(int i) {
        Row row = rows.get(i);
        return !row.tabular() && !chrome[i] && !text(i).isEmpty();
    }

    private String text(int i) {
        return Normalizer.tidy(rows.get(i).text());
    }

    /** True when row {@code b} carries on the sentence that row {@code a} (the line printed before it) broke. */
    boolean continues(int a, int b) {
        String above = text(a);
        String below = text(b);
        if (endsSentence(above) || rows.get(a).text().strip().startsWith("#")
                || width(above) < FULL * fullWidth || ITEM_START.matcher(below).lookingAt()) {
            return false;
        }
        int[] pa = position(rows.get(a));
        int[] pb = position(rows.get(b));
        if (pa == null || pb == null || pa[0] != pb[0]) {
            return true;
        }
        boolean chromeBetween = false;
        for (int i = a + 1; i < b; i++) {
            chromeBetween |= chrome[i];
        }
        if (pa[0] == Kind.PARAGRAPH.ordinal()) {
            return chromeBetween || pb[1] - pa[1] <= 1; // an empty paragraph between ends the paragraph
        }
        if (pa[0] == Kind.TEXT.ordinal() && !chromeBetween && pb[3] - pa[3] > 1) {
            return false; // a blank line between
        }
        Integer edge = margin.get(pb[1]);
        int indent = pa[0] == Kind.PDF.ordinal() ? PDF_INDENT : 1;
        return edge == null || pb[2] < edge + indent;
    }

    /** Ends with 。；！？：… — also when a closing quote or bracket follows (……。” / ……。）). */
    static boolean endsSentence(String line) {
        String t = line.strip();
        int i = t.length() - 1;
        while (i > 0 && CLOSERS.indexOf(t.charAt(i)) >= 0 && ENDS.indexOf(t.charAt(i - 1)) >= 0) {
            i--;
        }
        return i >= 0 && ENDS.indexOf(t.charAt(i)) >= 0;
    }

    private static boolean needsSpace(StringBuilder text, String next) {
        char last = text.charAt(text.length() - 1);
        char first = next.charAt(0);
        return isLatin(last) && isLatin(first);
    }

    /** A Latin letter: words are spaced; figures are not (a number broken over two lines is one number). */
    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    /** Printed width: CJK characters and full-width forms count 2, others 1. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= 0x2E80 && !(c >= 0xFF61 && c <= 0xFFDC) ? 2 : 1;
        }
        return w;
    }

    private enum Kind { TEXT, PARAGRAPH, PDF }

    /**
     * The reader's position of a row: {kind, page (0 outside PDF), left edge (x or column), line number}, or
     * {PARAGRAPH, paragraph number}; null when unknown.
     */
    private static int[] position(Row row) {
        String where = row.where();
        Matcher m = TEXT_POS.matcher(where);
        if (m.find()) {
            return new int[] {Kind.TEXT.ordinal(), 0, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))};
        }
        m = PDF_POS.matcher(where);
        if (m.find()) {
            return new int[] {Kind.PDF.ordinal(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0};
        }
        m = PARAGRAPH_POS.matcher(where);
        if (m.find()) {
            return new int[] {Kind.PARAGRAPH.ordinal(), Integer.parseInt(m.group(1))};
        }
        return null;
    }
}
