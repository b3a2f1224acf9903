package io.nianbao.cli.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Derives API agency ids ({@code [A-Za-z0-9._-]{1,64}}) from file names, unique within one run:
 * {@code 01-qinghe-zrzy.txt} → {@code 01-qinghe-zrzy}; a name without ASCII letters or digits (e.g. 年报.pdf)
 * gets {@code agency-} and a short hash of the name.
 */
public final class AgencyIds {

    private static final int MAX = 64;
    private final Set<String> used = new HashSet<>();

    /** The id for {@code fileName}, different from every id this instance returned before. */
    public String next(String fileName) {
        String base = fromFileName(fileName);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            String suffix = "-" + n;
            id = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
        }
        return id;
    }

    /**
     * A stable id for an agency known only by the name its report prints: {@code agency-} and a short hash of the
     * name as the API compares names (full-width forms, Traditional characters, spaces and punctuation do not
     * count), so the same agency gets the same id in every run, whichever way its name was printed.
     */
    public static String fromAgencyName(String name) {
        return "agency-" + shortHash(io.nianbao.parser.extract.Normalizer.key(name));
    }

    /** The id for one file name, without the uniqueness suffix. */
    public static String fromFileName(String fileName) {
        String stem = stem(fileName);
        String ascii = Normalizer.normalize(stem, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (ascii.isEmpty() || !ascii.matches(".*[a-z0-9].*")) {
            return "agency-" + shortHash(stem);
        }
        return ascii.length() > MAX ? ascii.substring(0, MAX).replaceAll("[-.]+$", "") : ascii;
    }

    /** The file name without its last extension. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String shortHash(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
