package io.nianbao.parsing.domain;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.nianbao.events.ParseStatus;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.SubmissionReceived;
import io.nianbao.metrics.MetricNames;
import io.nianbao.metrics.PipelineMetrics;
import io.nianbao.metrics.ReportFormat;
import io.nianbao.parser.ParseOutcome;
import io.nianbao.parser.ReportParser;
import io.nianbao.parsing.config.ParsingConfig;
import io.nianbao.parsing.repository.RawFileReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Turns a received submission into the parsing stage's result, using the shared parser library. */
@ApplicationScoped
public class ReportReader {

    private final ReportParser parser = new ReportParser();
    private final RawFileReader rawFiles;
    private final ParsingConfig config;
    private final MeterRegistry metrics;

    public ReportReader(RawFileReader rawFiles, ParsingConfig config, MeterRegistry metrics) {
        this.rawFiles = rawFiles;
        this.config = config;
        this.metrics = metrics;
    }

    public ReportParsed read(SubmissionReceived submission) {
        long length = rawFiles.length(submission.rawFileId())
                .orElseThrow(() -> new RawFileReader.RawFileMissingException(submission.rawFileId(), null));
        ParseOutcome outcome;
        String format = ReportFormat.of(submission.fileName());
        if (length > config.maxFileSize()) {
            outcome = ParseOutcome.unreadable(String.format("文件过大（%d 字节，上限 %d）/ file too large to read",
                    length, config.maxFileSize()));
        } else {
            byte[] bytes = rawFiles.read(submission.rawFileId());
            Timer.Sample sample = Timer.start(metrics);
            outcome = parser.parse(submission.fileName(), bytes);
            sample.stop(PipelineMetrics.histogram(MetricNames.PARSE_DURATION, PipelineMetrics.STAGE_BUCKETS)
                    .description("Time the parser took for one file").tag(MetricNames.FORMAT, format)
                    .register(metrics));
        }
        ParseStatus status = outcome.readable() ? ParseStatus.PARSED : ParseStatus.UNREADABLE;
        metrics.counter(MetricNames.PARSE_RESULTS, MetricNames.FORMAT, format, MetricNames.STATUS, status.name())
                .increment();
        return new ReportParsed(submission.submissionId(), submission.agencyId(), submission.agencyName(),
                submission.fileName(), submission.receivedAt(), status, outcome.report(), outcome.unreadableReason(),
                Instant.now());
    }
}
