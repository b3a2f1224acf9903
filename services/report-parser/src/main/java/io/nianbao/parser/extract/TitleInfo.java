package io.nianbao.parser.extract;

import io.nianbao.parser.read.Row;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agency, reporting year and publication date. The agency is what the title names before the year (or after it,
 * or on the line above a title that starts with the year); the year is the title's, else the statistics
 * period's; the date is the one printed on the last lines.
 */
record TitleInfo(String agency, Integer year, LocalDate publishedOn, int titleRow) {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2}|[二〇零○Ｏ一二三四五六七八九]{4})\\s*年度?");
    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2}|[二〇零○Ｏ]{2}[〇零○Ｏ一二三四五六七八九]{2})\\s*年\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月"
            + "\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日");
    private static final Pattern PERIOD = Pattern.compile("统计期限?[^0-9]{0,6}((?:19|20)\\d{2})\\s*年");
    private static final int TITLE_SCAN = 12;
    private static final int TAIL_SCAN = 4;

    static TitleInfo of(List<Row> rows, int firstSection) {
        int limit = Math.min(rows.size(), firstSection >= 0 ? firstSection : TITLE_SCAN);
        int titleRow = -1;
        String title = null;
        for (int i = 0; i < limit && i < TITLE_SCAN + 5 && title == null; i++) {
            if (isTitle(rows.get(i).text())) {
                titleRow = i;
                title = line(rows.get(i));
            } else if (i + 1 < limit && isTitle(rows.get(i).text() + rows.get(i + 1).text())) {
                titleRow = i;
                title = line(rows.get(i)) + line(rows.get(i + 1));
            }
        }
        String agency = null;
        Integer year = null;
        if (titleRow >= 0) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) {
                year = yearValue(m.group(1));
                agency = agencyAround(title, m);
            }
            if (agency == null && titleRow > 0) {
                String above = line(rows.get(titleRow - 1));
                if (!above.isEmpty() && above.length() <= 30 && !above.contains("。") && Normalizer.hasCjk(above)) {
                    agency = above;
                }
            }
        }
        if (year == null) {
            year = periodYear(rows);
        }
        return new TitleInfo(agency, year, publishedOn(rows), titleRow);
    }

    private static boolean isTitle(String text) {
        String k = Normalizer.key(text);
        return k.length() <= 60 && (k.contains("年度报告") || k.contains("年报")
                || (k.contains("政府信息公开") && k.contains("报告")));
    }

    private static String line(Row row) {
        return Normalizer.tidy(Normalizer.stripMarkdown(row.text()));
    }

    private static String agencyAround(String title, Matcher yearMatch) {
        String before = trimAgency(title.substring(0, yearMatch.start()));
        if (!before.isEmpty()) {
            return before;
        }
        String after = title.substring(yearMatch.end());
        int end = after.indexOf("政府信息公开");
        if (end < 0) {
            end = after.indexOf("政务公开");
        }
        String between = end > 0 ? trimAgency(after.substring(0, end)) : "";
        return between.isEmpty() ? null : between;
    }

    private static String trimAgency(String s) {
        String t = s.strip().replaceAll("^[《<\\[【]+|[》>\\]】]+$", "").strip();
        t = t.replaceFirst("(关于|的)$", "").strip();
        return t.replace(" ", "");
    }

    private static Integer periodYear(List<Row> rows) {
        for (Row row : rows) {
            Matcher m = PERIOD.matcher(Normalizer.clean(row.text()));
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    private static LocalDate publishedOn(List<Row> rows) {
        int seen = 0;
        for (int i = rows.size() - 1; i >= 0 && seen < TAIL_SCAN; i--) {
            String t = Normalizer.clean(Normalizer.stripMarkdown(rows.get(i).text()));
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            Matcher m = DATE.matcher(t);
            if (m.find() && t.length() - (m.end() - m.start()) <= 30) {
                try {
                    return LocalDate.of(yearValue(m.group(1)), number(m.group(2)), number(m.group(3)));
                } catch (DateTimeException | NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static Integer yearValue(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(s);
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            int d = "〇一二三四五六七八九".indexOf(c);
            b.append(d >= 0 ? d : 0);
        }
        return Integer.valueOf(b.toString());
    }

    /** Arabic or Chinese numeral 1..31. */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        String digits = "〇一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        return tens * 10 + units;
    }
}
