package io.nianbao.validation.messaging;

import io.micrometer.core.instrument.Timer;
import io.nianbao.events.EventCodec;
import io.nianbao.events.ReportParsed;
import io.nianbao.events.ReportValidated;
import io.nianbao.metrics.PipelineMetrics;
import io.nianbao.metrics.Stage;
import io.nianbao.validation.domain.ReportValidator;
import io.nianbao.validation.domain.RunIds;
import io.nianbao.validation.repository.ValidationStore;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.Locale;

/**
 * reports.parsed → reports.validated. Idempotent per record and catalogue version: a redelivered record is
 * answered with the stored result (see {@link RunIds#parsed}). A record that is not a valid event goes to the
 * dead-letter topic.
 */
@ApplicationScoped
public class ParsedConsumer {

    private static final Logger LOG = Logger.getLogger(ParsedConsumer.class);

    private final ReportValidator validator;
    private final ValidationStore store;
    private final PipelineMetrics metrics;

    public ParsedConsumer(ReportValidator validator, ValidationStore store, PipelineMetrics metrics) {
        this.validator = validator;
        this.store = store;
        this.metrics = metrics;
    }

    @Incoming(Channels.PARSED_IN)
    @Outgoing(Channels.VALIDATED_OUT)
    @Blocking
    public Record<String, String> validate(String json) {
        ReportParsed parsed = EventCodec.decode(json, ReportParsed.class);
        MDC.put("submissionId", parsed.submissionId());
        try {
            String runId = RunIds.parsed(parsed);
            ReportValidated result = store.result(parsed.submissionId(), validator.catalogueVersion(), runId)
                    .orElse(null);
            if (result != null) {
                LOG.info("already validated with this catalogue; publishing the stored result again");
            } else {
                Timer.Sample sample = metrics.startStage();
                result = validator.validate(parsed);
                store.saveResult(result, runId);
                metrics.stageDone(Stage.VALIDATED, sample);
                metrics.report(Stage.VALIDATED, result.verdict().name().toLowerCase(Locale.ROOT), parsed.fileName());
                metrics.endToEnd(Stage.VALIDATED, parsed.receivedAt(), result.validatedAt());
                LOG.infof("%s: %s (%d findings, catalogue %s)", parsed.fileName(), result.verdict(),
                        result.findings().size(), result.catalogueVersion());
            }
            return Record.of(result.submissionId(), EventCodec.encode(result));
        } finally {
            MDC.remove("submissionId");
        }
    }
}
