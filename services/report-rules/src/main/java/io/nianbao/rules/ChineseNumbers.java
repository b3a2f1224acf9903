package io.nianbao.rules;

/** Reads a count written in Arabic digits (also full-width) or Chinese numerals (一, 两, 十二, 一百零五, 1千). */
final class ChineseNumbers {

    /** Characters a Chinese or Arabic count may consist of, for regular expressions. */
    static final String NUMBER = "[0-9０-９]+|[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*";

    private ChineseNumbers() {
    }

    /** The value, or null when the text is not a number this class understands. */
    static Integer parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String s = text.trim();
        if (s.chars().allMatch(c -> Character.isDigit(c))) {
            try {
                return Integer.valueOf(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        int total = 0;
        int section = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                section = section < 0 ? digit : section * 10 + digit;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            total += (section < 0 ? 1 : section) * unit;
            section = -1;
        }
        return total + Math.max(section, 0);
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> c >= '0' && c <= '9' ? c - '0' : (c >= '０' && c <= '９' ? c - '０' : -1);
        };
    }
}
