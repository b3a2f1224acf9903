package io.nianbao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Table 3 (收到和处理政府信息公开申请情况): 25 rows × 7 columns (report-model §2.2).
 * A cell is an Integer, or null when blank, "/", "—" or unreadable. An absent row is absent from {@code rows}.
 */
public record Applications(List<String> columns, Map<String, List<Integer>> rows) {

    /** Column keys in the form's order; the last is 总计. */
    public static final List<String> COLUMNS = List.of(
            "naturalPerson", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total");

    /** The six applicant columns (everything but total). */
    public static final List<String> APPLICANT_COLUMNS = COLUMNS.subList(0, 6);

    public static final int TOTAL = 6;

    /** Row keys in the form's order (2021 format; {@code otherHandling} is the 2019 single row). */
    public static final List<String> ROWS = List.of(
            "newReceived", "carriedOver",
            "granted", "partiallyGranted",
            "withheld.stateSecret", "withheld.lawProhibited", "withheld.securityStability",
            "withheld.thirdParty", "withheld.internalAffairs", "withheld.processInformation",
            "withheld.enforcementFile", "withheld.administrativeQuery",
            "unavailable.notHeld", "unavailable.needsCreation", "unavailable.unclear",
            "notProcessed.petition", "notProcessed.repeated", "notProcessed.publication",
            "notProcessed.excessive", "notProcessed.confirmation",
            "otherHandling.overdueCorrection", "otherHandling.overdueFee", "otherHandling.other",
            "otherHandling",
            "resultTotal", "carriedForward");

    /** The result rows whose sum is （七）总计 (granted … otherHandling.*, or the 2019 otherHandling row). */
    public static final List<String> RESULT_ROWS = ROWS.subList(2, 24);

    public Applications {
        columns = columns == null ? COLUMNS : columns;
        rows = rows == null ? new LinkedHashMap<>() : rows;
    }

    public static Applications empty() {
        return new Applications(COLUMNS, new LinkedHashMap<>());
    }

    public Applications row(String key, Integer... cells) {
        rows.put(key, new ArrayList<>(Arrays.asList(cells)));
        return this;
    }

    /** The cell, or null when the row is absent or the cell blank. */
    public Integer cell(String row, int column) {
        List<Integer> cells = rows.get(row);
        return cells == null || column >= cells.size() ? null : cells.get(column);
    }

    @JsonIgnore
    public boolean hasRow(String row) {
        return rows.containsKey(row);
    }

    /** Canonical path of a cell, e.g. {@code applications.newReceived.total}. */
    public static String path(String row, int column) {
        return "applications." + row + "." + COLUMNS.get(column);
    }
}
