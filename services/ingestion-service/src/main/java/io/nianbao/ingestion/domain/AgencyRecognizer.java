package io.nianbao.ingestion.domain;

import io.nianbao.ingestion.config.IngestionConfig;
import io.nianbao.model.Report;
import io.nianbao.parser.ParseOutcome;
import io.nianbao.parser.ParserLimits;
import io.nianbao.parser.ReportParser;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Finds the submitting agency of a batch entry from the agency its title names, with the pipeline's parser. */
@ApplicationScoped
public class AgencyRecognizer {

    private final ReportParser parser;

    public AgencyRecognizer(IngestionConfig config) {
        this.parser = new ReportParser(new ParserLimits(config.maxFileSize(), Duration.ofSeconds(30)));
    }

    /** The agency id, or why none could be chosen. */
    public record Recognition(String agencyId, String rejection) {
    }

    public Recognition recognise(String fileName, Path file, AgencyIndex agencies) {
        ParseOutcome outcome = parser.parse(fileName, read(file));
        if (!outcome.readable()) {
            return new Recognition(null, Rejections.agencyUnreadable(outcome.unreadableReason()));
        }
        Report report = outcome.report();
        if (report.agency() == null || report.agency().isBlank()) {
            return new Recognition(null, Rejections.agencyNotNamed());
        }
        List<Agency> named = agencies.named(report.agency());
        if (named.isEmpty()) {
            return new Recognition(null, Rejections.agencyUnknown(report.agency().strip()));
        }
        if (named.size() > 1) {
            return new Recognition(null, Rejections.agencyAmbiguous(report.agency().strip(),
                    named.stream().map(Agency::id).sorted().collect(Collectors.joining(", "))));
        }
        return new Recognition(named.get(0).id(), null);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
