package io.nianbao.ingestion.messaging;

import io.nianbao.ingestion.config.IngestionConfig;
import io.nianbao.ingestion.domain.Agency;
import io.nianbao.ingestion.domain.AgencyService;
import io.nianbao.ingestion.domain.SubmissionService;
import io.nianbao.ingestion.repository.AgencyRepository;
import io.nianbao.ingestion.repository.SubmissionRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Publishes again every stored agency registration and submission whose event the broker never acknowledged (e.g. Kafka was down when
 * it arrived), so nothing received is lost. Consumers are idempotent, so a duplicate is harmless.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final SubmissionRepository submissions;
    private final SubmissionService service;
    private final AgencyRepository agencies;
    private final AgencyService agencyService;
    private final IngestionConfig config;

    public OutboxRelay(SubmissionRepository submissions, SubmissionService service, AgencyRepository agencies,
                       AgencyService agencyService, IngestionConfig config) {
        this.submissions = submissions;
        this.service = service;
        this.agencies = agencies;
        this.agencyService = agencyService;
        this.config = config;
    }

    @Scheduled(every = "${nianbao.ingestion.relay-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        Instant before = Instant.now().minus(config.republishAfter());
        for (Agency agency : agencies.unpublishedBefore(before, 100)) {
            try {
                agencyService.publish(agency);
            } catch (RuntimeException e) {
                LOG.warnf("agency %s still not published: %s", agency.id(), e.getMessage());
                return;
            }
        }
        for (Document doc : submissions.unpublishedBefore(before, 100)) {
            try {
                service.publish(doc);
            } catch (RuntimeException e) {
                LOG.warnf("submission %s still not published: %s", doc.getString("_id"), e.getMessage());
                return;
            }
        }
    }
}
