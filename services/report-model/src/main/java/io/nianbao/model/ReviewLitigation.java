package io.nianbao.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table 4 (行政复议、行政诉讼): three groups × five numbers (report-model §2.3).
 * A value is null when the cell is blank or unreadable.
 */
public record ReviewLitigation(
        Map<String, Integer> review,
        Map<String, Integer> litigationDirect,
        Map<String, Integer> litigationAfterReview) {

    public static final List<String> GROUPS = List.of("review", "litigationDirect", "litigationAfterReview");
    public static final List<String> KEYS = List.of("upheld", "corrected", "other", "pending", "total");

    public ReviewLitigation {
        review = review == null ? new LinkedHashMap<>() : review;
        litigationDirect = litigationDirect == null ? new LinkedHashMap<>() : litigationDirect;
        litigationAfterReview = litigationAfterReview == null ? new LinkedHashMap<>() : litigationAfterReview;
    }

    public static ReviewLitigation empty() {
        return new ReviewLitigation(null, null, null);
    }

    public Map<String, Integer> group(String name) {
        return switch (name) {
            case "review" -> review;
            case "litigationDirect" -> litigationDirect;
            case "litigationAfterReview" -> litigationAfterReview;
            default -> throw new IllegalArgumentException("unknown Table 4 group " + name);
        };
    }

    /** Builds the table from 15 numbers in the form's order (review ×5, direct ×5, after review ×5). */
    public static ReviewLitigation of(List<Integer> fifteen) {
        if (fifteen.size() != 15) {
            throw new IllegalArgumentException("Table 4 has 15 numbers, got " + fifteen.size());
        }
        ReviewLitigation t = empty();
        for (int g = 0; g < 3; g++) {
            for (int k = 0; k < 5; k++) {
                t.group(GROUPS.get(g)).put(KEYS.get(k), fifteen.get(g * 5 + k));
            }
        }
        return t;
    }

    public static String path(String group, String key) {
        return "reviewLitigation." + group + "." + key;
    }
}
