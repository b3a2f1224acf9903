package io.nianbao.parser.extract;

import io.nianbao.parser.read.Row;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the six top-level section headings by the meaning of their titles, not their numerals: a heading is a
 * short paragraph (Markdown marks and numbering removed) whose words name one of the six sections. Sections are
 * accepted in increasing order, so sub-headings of section 1 that reuse 一、二、三 are not mistaken for sections.
 */
final class SectionFinder {

    /** A heading found: section number, title as printed (numbering removed) and its row index. */
    record Heading(int number, String title, int row) {
    }

    private static final Pattern NUMBERING = Pattern.compile(
            "^(第?[一二三四五六七八九十0-9０-９]{1,3}(部分)?\\s*[、.,:：，．]?|[(（]\\s*[一二三四五六七八九十0-9０-９]{1,3}\\s*[)）])\\s*");
    private static final int MAX_HEADING = 40;
    /** A clause's punctuation inside a line, or a sentence's end: headings carry neither. */
    /** A count (52条, 3件): a sentence such as 全年主动公开政府信息52条。 is no heading. */
    private static final Pattern COUNTED = Pattern.compile("[0-9]\\s*[条件次个篇项]");
    /** A clause: a comma, colon or semicolon, a sentence end, or an enumeration 、 past a heading's numbering. */
    private static final Pattern CLAUSE = Pattern.compile("[，,：:；;]|[。！？]$|^.{5,}、");

    private SectionFinder() {
    }

    static Heading[] find(List<Row> rows) {
        return find(rows, new boolean[rows.size()]);
    }

    /**
     * As {@link #find(List)}, skipping rows marked as page chrome: a page's metadata line such as
     * 信息分类：主动公开政府信息 must not pass for the heading of section 2 before section 1 is reached.
     */
    static Heading[] find(List<Row> rows, boolean[] chrome) {
        return find(rows, chrome, new WrappedLines(rows, chrome));
    }

    /**
     * As {@link #find(List, boolean[])}; a line that carries on a sentence wrapped from the line above it
     * ({@link WrappedLines#continues}) and reads as a clause (it holds a comma or colon, or ends a sentence) is
     * the end of that sentence, not a heading: "……按照要求编制了" / "主动公开政府信息情况，具体如下：".
     */
    static Heading[] find(List<Row> rows, boolean[] chrome, WrappedLines lines) {
        Heading[] found = new Heading[7];
        int previous = -1;
        int last = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (chrome[i] || row.text().isBlank()) {
                continue;
            }
            boolean wrapped = previous >= 0 && !row.tabular() && !rows.get(previous).tabular()
                    && lines.continues(previous, i) && CLAUSE.matcher(Normalizer.tidy(row.text())).find();
            previous = i;
            if (row.tabular() && row.cells().stream().filter(c -> !c.blank()).count() != 1) {
                continue;
            }
            if (wrapped || continuesSentence(rows, i)) {
                continue;
            }
            String printed = title(row.text());
            int n = classify(Normalizer.clean(printed));
            if (n > last) {
                found[n] = new Heading(n, printed, i);
                last = n;
            }
        }
        return found;
    }

    /**
     * A line that ends a sentence wrapped from the paragraph line above (PDF text: "…全年未发生因政府信息公" /
     * "开被申请行政复议、提起行政诉讼的情况。") is not a heading, even when its words name a section.
     */
    private static boolean continuesSentence(List<Row> rows, int i) {
        if (i == 0 || rows.get(i - 1).tabular()) {
            return false;
        }
        String text = Normalizer.tidy(rows.get(i).text());
        String above = Normalizer.tidy(rows.get(i - 1).text());
        return text.endsWith("。") && !above.isEmpty() && "。；;：:！!？?".indexOf(above.charAt(above.length() - 1)) < 0;
    }

    /** The heading text as printed, without Markdown marks and leading numbering or punctuation. */
    static String title(String line) {
        String t = Normalizer.tidy(Normalizer.stripMarkdown(line));
        t = NUMBERING.matcher(t).replaceFirst("");
        return t.replaceFirst("^[、.．,，:：\\s]+", "").strip();
    }

    /** Section number 1..6 named by a heading title, or 0. */
    static int classify(String title) {
        if (title.isEmpty() || title.length() > MAX_HEADING) {
            return 0;
        }
        int stop = title.indexOf('。');
        if (stop >= 0 && stop < title.length() - 1 || COUNTED.matcher(title).find()) {
            return 0;
        }
        String k = Normalizer.key(title);
        if (k.length() <= 10 && (k.startsWith("总体情况") || k.equals("总体概况") || k.equals("概述"))) {
            return 1;
        }
        if (k.length() <= 20 && k.contains("主动公开") && k.contains("政府信息") && !k.contains("申请")) {
            return 2;
        }
        if (k.length() <= 26 && (k.contains("收到和处理") || k.contains("收到与处理")
                || (k.contains("申请") && k.contains("处理") && k.contains("情况")))) {
            return 3;
        }
        if (k.length() <= 32 && k.contains("行政复议") && k.contains("诉讼")) {
            return 4;
        }
        if (k.length() <= 32 && k.contains("问题") && (k.contains("改进") || k.contains("整改") || k.contains("措施"))) {
            return 5;
        }
        if (k.length() <= 16 && (k.contains("其他需要报告") || k.contains("其他需报告")
                || (k.contains("其他") && k.contains("报告") && k.contains("事项")))) {
            return 6;
        }
        return 0;
    }
}
