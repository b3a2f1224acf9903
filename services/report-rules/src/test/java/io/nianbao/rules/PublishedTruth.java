package io.nianbao.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.model.Applications;
import io.nianbao.model.ReportJson;
import io.nianbao.model.ReviewLitigation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What one published-style fixture ({@code src/test/resources/published}) really says, written by hand next to it
 * as {@code <name>.truth.json}: header fields, every Table 3 and Table 4 cell as printed (null = blank cell, an
 * absent row is absent) and the ERROR rules a correct review reports. Kept apart from the parser so the
 * acceptance figures measure it instead of echoing it.
 *
 * @param registeredAgency the name a submitter registers (what {@code --agency} gets); defaults to {@code agency}
 */
record PublishedTruth(String file, String description, List<String> patterns, String agency,
                      List<String> agencyAlternatives, String registeredAgency, Integer year, String template,
                      LocalDate publishedOn, Map<String, List<Integer>> applications,
                      Map<String, Map<String, Integer>> reviewLitigation, Set<String> expectedErrors) {

    static final String FOLDER = "/published";

    PublishedTruth {
        patterns = patterns == null ? List.of() : patterns;
        agencyAlternatives = agencyAlternatives == null ? List.of() : agencyAlternatives;
        registeredAgency = registeredAgency == null ? agency : registeredAgency;
        applications = applications == null ? new LinkedHashMap<>() : applications;
        reviewLitigation = reviewLitigation == null ? new LinkedHashMap<>() : reviewLitigation;
        expectedErrors = expectedErrors == null ? Set.of() : new TreeSet<>(expectedErrors);
    }

    /** Every fixture's truth, in file-name order. */
    static List<PublishedTruth> loadAll() {
        Path dir = folder();
        ObjectMapper mapper = ReportJson.mapper();
        try (Stream<Path> files = Files.list(dir)) {
            List<PublishedTruth> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".truth.json")).sorted().toList()) {
                out.add(mapper.readValue(p.toFile(), PublishedTruth.class));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixtures folder on the test class path. */
    static Path folder() {
        URL url = PublishedTruth.class.getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("test resources folder " + FOLDER + " not on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path path() {
        return folder().resolve(file);
    }

    boolean planted() {
        return !expectedErrors.isEmpty();
    }

    /** Whether {@code name} is this agency as printed or in one of its accepted spellings (e.g. Simplified). */
    boolean isAgency(String name) {
        if (name == null) {
            return false;
        }
        String n = name.replaceAll("\\s+", "");
        return n.equals(agency) || agencyAlternatives.contains(n);
    }

    /** Canonical paths of the blank cells the fixture prints (what CELL-INVALID must name, and only those). */
    Set<String> blankCells() {
        Set<String> out = new TreeSet<>();
        applications.forEach((row, cells) -> {
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c) == null) {
                    out.add(Applications.path(row, c));
                }
            }
        });
        reviewLitigation.forEach((group, values) -> values.forEach((key, v) -> {
            if (v == null) {
                out.add(ReviewLitigation.path(group, key));
            }
        }));
        return out;
    }
}
