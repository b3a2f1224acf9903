package io.nianbao.parser.extract;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cell values. Blank, "/", "-", "—", "无" and the like are null (never 0); numbers may carry a sign, thousands
 * separators and a unit (件, 万元 …). Anything else is not a value (it is a label).
 */
public final class Values {

    private static final Set<String> NULL_MARKERS = Set.of(
            "", "/", "\\", "-", "--", "—", "——", "–", "―", "一", "无", "空", "x", "X", "×", "*", "…", "...", "null",
            "N/A", "n/a", "暂无", "不适用", "未涉及", "无数据", "/-", "-/", "無", "暫無", "不適用");
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(件|个|项|次|人次|条|宗|万元|元|万|%)?");

    private Values() {
    }

    private static String norm(String s) {
        String t = java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFKC)
                .replace('\u3000', ' ').replace('\u00A0', ' ').replaceAll("\\s+", "").strip();
        // a count written as the Chinese zero (〇, 零) is 0
        return t.equals("〇") || t.equals("零") || t.equals("○") ? "0" : t;
    }

    /** Blank or an explicit "no value" mark. */
    public static boolean isNullMarker(String s) {
        return NULL_MARKERS.contains(norm(s));
    }

    /** A number, possibly signed, with an optional unit. */
    public static boolean isNumber(String s) {
        return NUMBER.matcher(norm(s)).matches();
    }

    /** A value cell: a number or a null marker (including blank). */
    public static boolean isValue(String s) {
        return isNullMarker(s) || isNumber(s);
    }

    /** The decimal value, or null when blank, a null marker or not a number. */
    public static BigDecimal decimal(String s) {
        Matcher m = NUMBER.matcher(norm(s));
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3));
        BigDecimal v = new BigDecimal(digits);
        return "-".equals(m.group(1)) ? v.negate() : v;
    }

    /** The integer value, or null when blank, a marker, not a number, fractional or too large. */
    public static Integer integer(String s) {
        BigDecimal d = decimal(s);
        if (d == null) {
            return null;
        }
        try {
            return d.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
