package io.nianbao.notification.domain;

import io.micrometer.core.instrument.Timer;
import io.nianbao.events.AgencyRegistered;
import io.nianbao.events.ReportValidated;
import io.nianbao.events.SubmissionReceived;
import io.nianbao.model.Finding;
import io.nianbao.metrics.PipelineMetrics;
import io.nianbao.metrics.Stage;
import io.nianbao.model.Verdict;
import io.nianbao.notification.repository.AgencyRepository;
import io.nianbao.notification.repository.NoticeRepository;
import io.nianbao.notification.repository.SubmissionLedger;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides which notices the pipeline's events call for: a correction notice (整改通知) for a failed
 * submission, a "resolved" notice when a later submission of the same agency and report year passes after a
 * failure. Each notice has an idempotency key as its id, so replaying an event finds the notice created before.
 */
@ApplicationScoped
public class NoticeService {

    private static final Logger LOG = Logger.getLogger(NoticeService.class);

    private final NoticeRepository notices;
    private final AgencyRepository agencies;
    private final SubmissionLedger ledger;
    private final NoticeComposer composer;
    private final DeliveryService delivery;
    private final PipelineMetrics metrics;

    public NoticeService(NoticeRepository notices, AgencyRepository agencies, SubmissionLedger ledger,
                         NoticeComposer composer, DeliveryService delivery, PipelineMetrics metrics) {
        this.notices = notices;
        this.agencies = agencies;
        this.ledger = ledger;
        this.composer = composer;
        this.delivery = delivery;
        this.metrics = metrics;
    }

    /** Records the agency's contacts (unless newer ones are known) and delivers what was waiting for them. */
    public void agencyRegistered(AgencyRegistered event) {
        if (event.agencyId() == null || event.agencyId().isBlank()) {
            throw new io.nianbao.events.InvalidEventException("AgencyRegistered without agencyId");
        }
        Contacts contacts = new Contacts(event.agencyId(), event.name(), blankToNull(event.email()),
                blankToNull(event.webhookUrl()), event.updatedAt() == null ? Instant.now() : event.updatedAt());
        if (agencies.save(contacts)) {
            LOG.infof("contacts of agency %s recorded (e-mail %s, webhook %s)", contacts.agencyId(),
                    contacts.email() == null ? "none" : "set", contacts.webhookUrl() == null ? "none" : "set");
            delivery.contactsChanged(contacts);
        } else {
            LOG.infof("older announcement of agency %s ignored", contacts.agencyId());
        }
    }

    public void submissionReceived(SubmissionReceived event) {
        ledger.received(event);
    }

    /**
     * Creates (once) and delivers the notice a verdict calls for; returns it, or empty when none is due. A verdict
     * not seen before is counted (stage {@code notified}) by the notice kind it called for, or {@code none}.
     */
    public Optional<Notice> reportValidated(ReportValidated event) {
        Timer.Sample sample = metrics.startStage();
        boolean fresh = ledger.validated(event);
        Optional<Notice> notice = noticeFor(event);
        if (fresh) {
            metrics.stageDone(Stage.NOTIFIED, sample);
            metrics.report(Stage.NOTIFIED, notice.map(n -> n.kind().key()).orElse("none"), event.fileName());
        }
        return notice;
    }

    private Optional<Notice> noticeFor(ReportValidated event) {
        Contacts contacts = agencies.find(event.agencyId()).orElse(null);
        Instant now = Timestamps.now();
        Instant validatedAt = event.validatedAt() == null ? now : event.validatedAt();
        if (event.verdict() == Verdict.FAILED) {
            if (event.reportYear() != null && ledger.later(event.agencyId(), event.reportYear(), event.submissionId(),
                    validatedAt).filter(v -> v.verdict() == Verdict.PASSED).isPresent()) {
                LOG.info("a later submission of this report already passed; no correction notice");
                return Optional.empty();
            }
            List<String> fingerprints = event.findings().stream().filter(Finding::isError)
                    .map(f -> f.fingerprint() != null ? f.fingerprint()
                            : Finding.fingerprint(f.rule(), f.cells(), f.expected(), f.actual()))
                    .toList();
            String id = NoticeIds.forSubmission(event.submissionId(), NoticeKind.CORRECTION, fingerprints);
            return Optional.of(issue(id, () -> composer.correction(id, event, contacts, now), contacts));
        }
        if (event.reportYear() == null) {
            return Optional.empty();
        }
        Optional<SubmissionLedger.PriorVerdict> prior = ledger.previous(event.agencyId(), event.reportYear(),
                event.submissionId(), validatedAt);
        if (prior.isEmpty() || prior.get().verdict() != Verdict.FAILED) {
            return Optional.empty();
        }
        String failed = prior.get().submissionId();
        String id = NoticeIds.forSubmission(event.submissionId(), NoticeKind.RESOLVED, List.of(failed));
        return Optional.of(issue(id, () -> composer.resolved(id, event, failed, contacts, now), contacts));
    }

    /**
     * The notice with this id: the stored one, or a new one that is stored now. Its deliveries are created
     * if missing (also after a crash between the two writes) and tried soon; a delivered one is never sent again.
     */
    Notice issue(String id, Supplier<Notice> compose, Contacts contacts) {
        Notice notice = notices.find(id).orElse(null);
        if (notice != null) {
            LOG.infof("%s notice %s exists already; not created again", notice.kind().key(), id);
        } else {
            Notice composed = compose.get();
            if (notices.insertIfAbsent(composed)) {
                LOG.infof("%s notice %s created for agency %s", composed.kind().key(), id, composed.agencyId());
                notice = composed;
            } else {
                notice = notices.find(id).orElseThrow();
            }
        }
        delivery.ensureDeliveries(notice, contacts);
        delivery.deliverSoon(notice.id());
        return notice;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
