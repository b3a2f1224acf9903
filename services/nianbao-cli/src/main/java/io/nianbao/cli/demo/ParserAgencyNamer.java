package io.nianbao.cli.demo;

import io.nianbao.model.Report;
import io.nianbao.parser.ReportParser;

import java.util.Optional;

/** Names the agency with the same parser the pipeline uses, locally, before the file is submitted. */
public final class ParserAgencyNamer implements AgencyNamer {

    private final ReportParser parser;

    public ParserAgencyNamer(ReportParser parser) {
        this.parser = parser;
    }

    public ParserAgencyNamer() {
        this(new ReportParser());
    }

    @Override
    public Optional<String> agencyOf(String fileName, byte[] content) {
        try {
            Report report = parser.parse(fileName, content).report();
            if (report == null || report.agency() == null || report.agency().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(report.agency().strip());
        } catch (RuntimeException | LinkageError e) {
            // an unreadable file has no agency to read; the pipeline reports it as UNREADABLE
            return Optional.empty();
        }
    }
}
