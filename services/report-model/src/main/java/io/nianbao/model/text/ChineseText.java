package io.nianbao.model.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Traditional → Simplified folding, one home for parser, rules and corpus. Mirror copies of reports are converted
 * to Traditional characters (屬於國家秘密, 無正當理由大量反覆申請, 衛生健康委員會); matching their labels and names
 * needs the full character table, not the few hundred characters a label list happens to use. The table
 * ({@code t2s-characters.txt}, 3,500 characters) is derived from OpenCC; a few words whose character is also a
 * valid Simplified one (覆 in 反覆) are folded as words.
 */
public final class ChineseText {

    private static final String TABLE = "t2s-characters.txt";
    /** Words whose Traditional character is left alone by the character table because it is Simplified too. */
    private static final List<String[]> WORDS = List.of(
            new String[] {"反覆", "反复"}, new String[] {"重覆", "重复"}, new String[] {"答覆", "答复"},
            new String[] {"覆核", "复核"}, new String[] {"覆議", "复议"}, new String[] {"覆议", "复议"});
    private static final Map<Character, Character> T2S = load();

    private ChineseText() {
    }

    /** The text with Traditional characters replaced by their Simplified forms; null stays null. */
    public static String simplified(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length());
        boolean changed = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character s = T2S.get(c);
            changed |= s != null;
            b.append(s == null ? c : s);
        }
        String out = b.toString();
        if (out.indexOf('覆') >= 0) {
            for (String[] w : WORDS) {
                out = out.replace(w[0], w[1]);
            }
            changed = true;
        }
        return changed ? out : text;
    }

    /** How many characters of the text have a different Simplified form. */
    public static int traditionalCount(String text) {
        if (text == null) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += T2S.containsKey(text.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static Map<Character, Character> load() {
        try (InputStream in = ChineseText.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String traditional = null;
            String simplified = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (traditional == null) {
                    traditional = line.strip();
                } else {
                    simplified = line.strip();
                    break;
                }
            }
            if (traditional == null || simplified == null || traditional.length() != simplified.length()) {
                throw new IllegalStateException(TABLE + " must hold two lines of equal length");
            }
            Map<Character, Character> map = new HashMap<>(traditional.length() * 2);
            for (int i = 0; i < traditional.length(); i++) {
                map.put(traditional.charAt(i), simplified.charAt(i));
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
