package io.nianbao.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Table 2 (主动公开政府信息情况): rows keyed as in report-model §2.1 ({@code rules}, {@code licensing},
 * {@code fees}, … or the 2019 keys), each a map of column key to value. A value is null when the cell is blank.
 * Serialised as {@code {"rules": {"issued": 0, …}, …}}.
 */
public final class ActiveDisclosure {

    private final Map<String, Map<String, BigDecimal>> rows = new LinkedHashMap<>();

    @JsonAnyGetter
    public Map<String, Map<String, BigDecimal>> rows() {
        return rows;
    }

    @JsonAnySetter
    public void put(String row, Map<String, BigDecimal> cells) {
        rows.put(row, cells == null ? new LinkedHashMap<>() : new LinkedHashMap<>(cells));
    }

    public ActiveDisclosure cell(String row, String column, BigDecimal value) {
        rows.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(column, value);
        return this;
    }

    public BigDecimal get(String row, String column) {
        Map<String, BigDecimal> cells = rows.get(row);
        return cells == null ? null : cells.get(column);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActiveDisclosure other && rows.equals(other.rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    @Override
    public String toString() {
        return "ActiveDisclosure" + rows;
    }
}
