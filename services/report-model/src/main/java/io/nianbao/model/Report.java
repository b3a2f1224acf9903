package io.nianbao.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical annual report, schemaVersion 1 (see docs/report-model.md).
 * Field names are a contract read by tools outside the services: add, never rename.
 */
@JsonPropertyOrder({"schemaVersion", "source", "agency", "year", "publishedOn", "template", "preamble",
        "sections", "tables", "provenance"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Report(
        int schemaVersion,
        Source source,
        String agency,
        Integer year,
        LocalDate publishedOn,
        String template,
        List<Section> sections,
        Tables tables,
        Map<String, String> provenance,
        String preamble) {

    public static final int SCHEMA_VERSION = 1;

    public Report {
        sections = sections == null ? new ArrayList<>() : sections;
        tables = tables == null ? new Tables(null, null, null) : tables;
        provenance = provenance == null ? new LinkedHashMap<>() : provenance;
    }

    /** A report without a preamble (the text between the title and the first section). */
    public Report(int schemaVersion, Source source, String agency, Integer year, LocalDate publishedOn,
                  String template, List<Section> sections, Tables tables, Map<String, String> provenance) {
        this(schemaVersion, source, agency, year, publishedOn, template, sections, tables, provenance, null);
    }

    public Optional<Section> section(int number) {
        return sections.stream().filter(s -> s.number() == number).findFirst();
    }
}
