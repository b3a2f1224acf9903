package io.nianbao.rules;

import io.nianbao.model.ActiveDisclosure;
import io.nianbao.model.Applications;
import io.nianbao.model.Report;
import io.nianbao.model.ReviewLitigation;
import io.nianbao.model.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Null-safe access to the parts of a report the checks share. */
final class ReportParts {

    static final List<String> OTHER_HANDLING_SUB_ROWS = List.of(
            "otherHandling.overdueCorrection", "otherHandling.overdueFee", "otherHandling.other");
    static final String OTHER_HANDLING_2019 = "otherHandling";

    private ReportParts() {
    }

    /** Table 2, or null when absent or without any row. */
    static ActiveDisclosure activeDisclosure(Report report) {
        ActiveDisclosure t = report.tables().activeDisclosure();
        return t == null || t.rows().isEmpty() ? null : t;
    }

    /** Table 3, or null when absent or without any row. */
    static Applications applications(Report report) {
        Applications t = report.tables().applications();
        return t == null || t.rows() == null || t.rows().isEmpty() ? null : t;
    }

    /**
     * Table 3 as the arithmetic rules read it: a negative count is invalid (CELL-INVALID reports it) and, like a
     * blank, makes every sum it is part of not assessable instead of producing a second, derived error.
     */
    static Applications applicationsForArithmetic(Report report) {
        Applications t = applications(report);
        if (t == null) {
            return null;
        }
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        t.rows().forEach((row, cells) -> rows.put(row, cells == null ? null
                : cells.stream().map(ReportParts::countOrNull).collect(Collectors.toList())));
        return new Applications(t.columns(), rows);
    }

    /** Table 4 as the arithmetic rules read it: negative numbers are blanks (see {@link #applicationsForArithmetic}). */
    static ReviewLitigation reviewLitigationForArithmetic(Report report) {
        ReviewLitigation t = reviewLitigation(report);
        if (t == null) {
            return null;
        }
        ReviewLitigation copy = ReviewLitigation.empty();
        for (String group : ReviewLitigation.GROUPS) {
            t.group(group).forEach((key, value) -> copy.group(group).put(key, countOrNull(value)));
        }
        return copy;
    }

    private static Integer countOrNull(Integer value) {
        return value == null || value < 0 ? null : value;
    }

    /** Table 4, or null when absent or without any value. */
    static ReviewLitigation reviewLitigation(Report report) {
        ReviewLitigation t = report.tables().reviewLitigation();
        if (t == null) {
            return null;
        }
        boolean any = ReviewLitigation.GROUPS.stream().anyMatch(g -> !t.group(g).isEmpty());
        return any ? t : null;
    }

    /** Whether the 2019 single 其他处理 row stands in for the three 2021 sub-rows. */
    static boolean uses2019OtherHandling(Applications t) {
        return t.hasRow(OTHER_HANDLING_2019) && OTHER_HANDLING_SUB_ROWS.stream().noneMatch(t::hasRow);
    }

    /** The result rows whose sum is （七）总计 in this report's layout. */
    static List<String> resultRows(Applications t) {
        List<String> rows = new ArrayList<>(Applications.RESULT_ROWS);
        if (uses2019OtherHandling(t)) {
            rows.removeAll(OTHER_HANDLING_SUB_ROWS);
        } else {
            rows.remove(OTHER_HANDLING_2019);
        }
        return rows;
    }

    /** Every row the form requires in this report's layout, in the form's order. */
    static List<String> requiredRows(Applications t) {
        List<String> rows = new ArrayList<>(Applications.ROWS);
        if (uses2019OtherHandling(t)) {
            rows.removeAll(OTHER_HANDLING_SUB_ROWS);
        } else {
            rows.remove(OTHER_HANDLING_2019);
        }
        return rows;
    }

    /** The section with this number, tolerating null entries in the list. */
    static Optional<Section> section(Report report, int number) {
        return report.sections().stream().filter(s -> s != null && s.number() == number).findFirst();
    }

    /** A section's text (Traditional characters read as Simplified) when the section is present, else null. */
    static String text(Report report, int number) {
        return section(report, number).filter(Section::present).map(Section::text).map(SimplifiedText::of)
                .orElse(null);
    }

    static boolean isPresent(Report report, int number) {
        return section(report, number).map(Section::present).orElse(false);
    }
}
