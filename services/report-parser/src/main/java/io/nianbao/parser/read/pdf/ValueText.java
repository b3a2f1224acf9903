package io.nianbao.parser.read.pdf;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which cell texts are values (a number, possibly signed, with thousands separators and a unit, or a "no value"
 * mark such as blank, "/", "—", "无") and which are labels. Only used to tell a table's label columns from its
 * value columns; the extractor decides what the values mean.
 */
final class ValueText {

    private static final Set<String> NULL_MARKERS = Set.of(
            "", "/", "\\", "-", "--", "—", "——", "–", "―", "一", "无", "空", "x", "X", "×", "*", "…", "...", "null",
            "N/A", "n/a");
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?(件|个|项|次|人次|条|宗|万元|元|万|%)?");

    private ValueText() {
    }

    private static String norm(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("[\\s\\u3000\\u00A0]+", "");
    }

    static boolean isNumber(String s) {
        return NUMBER.matcher(norm(s)).matches();
    }

    /** A number or a null marker (blank included). */
    static boolean isValue(String s) {
        String t = norm(s);
        return NULL_MARKERS.contains(t) || NUMBER.matcher(t).matches();
    }

    /** Text that is not a value: a label or a header. */
    static boolean isLabel(String s) {
        return !isValue(s);
    }
}
