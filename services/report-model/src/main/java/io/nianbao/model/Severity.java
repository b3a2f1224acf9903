package io.nianbao.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much a finding weighs: any {@link #ERROR} fails the report. */
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
