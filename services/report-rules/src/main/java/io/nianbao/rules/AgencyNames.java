package io.nianbao.rules;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzy comparison of agency names as reports print them: whitespace, brackets, full-width forms, Traditional
 * characters (a mirror copy prints 衛生健康委員會 for 卫生健康委员会) and administrative-level characters
 * (市, 县, 区 …) are ignored, and a name matches when one contains the other's
 * core (the name without bracketed parts), e.g. 「招商局（商务局）」 and 「招商局」.
 */
public final class AgencyNames {

    private static final Pattern BRACKETED = Pattern.compile("[(\\[【〔<《]([^)\\]】〕>》]*)[)\\]】〕>》]");
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}\\p{IsPunctuation}·•“”‘’]");
    private static final Pattern LEVEL = Pattern.compile("[省市县区州盟旗]");
    private static final int MIN_CORE = 2;

    private AgencyNames() {
    }

    /** Whether the two names plausibly denote the same agency. False when either is blank. */
    public static boolean sameAgency(String a, String b) {
        Set<String> va = variants(a);
        Set<String> vb = variants(b);
        if (va.isEmpty() || vb.isEmpty()) {
            return false;
        }
        for (String x : va) {
            for (String y : vb) {
                if (contains(x, y) || contains(y, x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(String whole, String core) {
        return core.length() >= MIN_CORE && whole.contains(core);
    }

    /** The forms a name is compared in: full, core (brackets removed), each bracketed alias, all without levels. */
    static Set<String> variants(String name) {
        Set<String> out = new LinkedHashSet<>();
        if (name == null) {
            return out;
        }
        String nfkc = SimplifiedText.of(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("\\s+", "");
        if (nfkc.isEmpty()) {
            return out;
        }
        Matcher m = BRACKETED.matcher(nfkc);
        StringBuilder core = new StringBuilder();
        while (m.find()) {
            addForms(out, m.group(1));
            m.appendReplacement(core, "");
        }
        m.appendTail(core);
        addForms(out, core.toString());
        addForms(out, nfkc);
        return out;
    }

    private static void addForms(Set<String> out, String raw) {
        String clean = NOISE.matcher(raw).replaceAll("");
        if (clean.length() >= MIN_CORE) {
            out.add(clean);
            String noLevel = LEVEL.matcher(clean).replaceAll("");
            if (noLevel.length() >= MIN_CORE) {
                out.add(noLevel);
            }
        }
    }
}
