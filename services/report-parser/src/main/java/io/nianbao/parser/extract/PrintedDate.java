package io.nianbao.parser.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as reports print it: 2024年1月20日, in Chinese numerals (二〇二四年一月二十日, 二○二四年元月八日 — 元月 is
 * January), or in numbers with one separator (2024-01-20, 2024.1.20, 2024/01/20). Found in text already passed
 * through {@link Normalizer#clean} (full-width digits and letters folded), so {@code start} and {@code end} index
 * that text. {@code date} is null when the printed day does not exist (2023年2月30日).
 *
 * @param numeric true for the 2024-01-20 forms, which web pages also use for their own upload date
 */
record PrintedDate(LocalDate date, int start, int end, boolean numeric) {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern WRITTEN = Pattern.compile(
            "((?:19|20)\\d{2}|[一二][〇零○O0一二三四五六七八九]{3})\\s*年\\s*(\\d{1,2}|元|[一二三四五六七八九十]{1,2})\\s*月"
            + "\\s*(\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\\s*[日号]");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})\\s*([-./])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d.:])");

    /** The first date printed in {@code cleaned} (written forms before numeric ones), or null. */
    static PrintedDate find(String cleaned) {
        Matcher m = WRITTEN.matcher(cleaned);
        if (m.find()) {
            return new PrintedDate(of(year(m.group(1)), number(m.group(2)), number(m.group(3))), m.start(), m.end(),
                    false);
        }
        m = NUMERIC.matcher(cleaned);
        if (m.find()) {
            return new PrintedDate(of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4))), m.start(), m.end(), true);
        }
        return null;
    }

    /** The text before the date. */
    String before(String cleaned) {
        return cleaned.substring(0, start);
    }

    /** The text after the date. */
    String after(String cleaned) {
        return cleaned.substring(end);
    }

    private static LocalDate of(int year, int month, int day) {
        if (month < 1 || day < 1) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A year in Arabic digits or in Chinese numerals (二〇二四, 二○二四, 二O二四, 二零二四). */
    static int year(String s) {
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(s);
        }
        int value = 0;
        for (char c : s.toCharArray()) {
            int d = DIGITS.indexOf(c);
            value = value * 10 + Math.max(d, 0); // 零 ○ O 0 are all zero
        }
        return value;
    }

    /** A month or day in Arabic digits or Chinese numerals: 元 1, 十 10, 十二 12, 二十 20, 二十一 21, 廿三 23; else 0. */
    static int number(String s) {
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(s);
        }
        if (s.equals("元")) {
            return 1;
        }
        String t = s.replace("廿", "二十").replace("卅", "三十");
        int ten = t.indexOf('十');
        if (ten < 0) {
            return t.length() == 1 ? Math.max(DIGITS.indexOf(t.charAt(0)), 0) : 0;
        }
        if (ten > 1 || t.length() > ten + 2) {
            return 0;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(t.charAt(0));
        int units = ten == t.length() - 1 ? 0 : DIGITS.indexOf(t.charAt(ten + 1));
        return tens < 0 || units < 0 ? 0 : tens * 10 + units;
    }
}
