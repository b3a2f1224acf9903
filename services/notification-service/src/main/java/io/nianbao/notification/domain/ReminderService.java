package io.nianbao.notification.domain;

import io.nianbao.notification.config.NotificationConfig;
import io.nianbao.notification.repository.AgencyRepository;
import io.nianbao.notification.repository.DeliveryRepository;
import io.nianbao.notification.repository.NoticeRepository;
import io.nianbao.notification.repository.SubmissionLedger;
import io.nianbao.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Deadline reminders: from {@code days-before} days before {@code nianbao.reminders.deadline} every registered
 * agency that has not submitted a report for the year gets a reminder, and after the deadline an overdue
 * notice; each once per agency and deadline (the notice id is the idempotency key).
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);

    private final NotificationConfig config;
    private final AgencyRepository agencies;
    private final SubmissionLedger ledger;
    private final NoticeRepository notices;
    private final DeliveryRepository deliveries;
    private final NoticeComposer composer;
    private final DeliveryService delivery;

    public ReminderService(NotificationConfig config, AgencyRepository agencies, SubmissionLedger ledger,
                           NoticeRepository notices, DeliveryRepository deliveries, NoticeComposer composer,
                           DeliveryService delivery) {
        this.config = config;
        this.agencies = agencies;
        this.ledger = ledger;
        this.notices = notices;
        this.deliveries = deliveries;
        this.composer = composer;
        this.delivery = delivery;
    }

    /** The configured deadline, or an API error when none is set. */
    public LocalDate deadline() {
        return config.reminders().deadline().orElseThrow(() -> new ApiException(409, "no-deadline",
                "未配置报送截止日期（nianbao.reminders.deadline）/ no reminder deadline is configured"));
    }

    /** Today in the configured time zone. */
    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    /**
     * Sends what is due on {@code today}; returns the notices created by this run (not those sent before), with
     * their deliveries as they stand when the run ends (usually still PENDING: sending goes on in the background).
     */
    public ReminderRun run(LocalDate today) {
        LocalDate deadline = deadline();
        NoticeKind kind = today.isAfter(deadline) ? NoticeKind.OVERDUE
                : today.isBefore(deadline.minusDays(config.reminders().daysBefore())) ? null : NoticeKind.REMINDER;
        int reportYear = deadline.getYear() - 1;
        List<ReminderRun.Sent> sent = new ArrayList<>();
        if (kind == null) {
            return new ReminderRun(deadline, today, reportYear, "none", sent);
        }
        Instant since = LocalDate.of(deadline.getYear(), 1, 1).atStartOfDay(config.zone()).toInstant();
        for (Contacts contacts : agencies.all()) {
            if (ledger.hasSubmitted(contacts.agencyId(), reportYear, since)) {
                continue;
            }
            String id = NoticeIds.forDeadline(contacts.agencyId(), kind, deadline);
            Notice existing = notices.find(id).orElse(null);
            if (existing != null) {
                delivery.ensureDeliveries(existing, contacts); // in case an earlier run stopped half-way
                delivery.deliverSoon(id);
                continue;
            }
            Notice notice = composer.deadline(id, kind, contacts, deadline, today, Timestamps.now());
            if (!notices.insertIfAbsent(notice)) {
                continue; // another run (or instance) created it just now
            }
            LOG.infof("%s notice %s for agency %s (deadline %s)", kind.key(), id, contacts.agencyId(), deadline);
            delivery.ensureDeliveries(notice, contacts);
            delivery.deliverSoon(id);
            sent.add(new ReminderRun.Sent(contacts.agencyId(), kind.key(), id,
                    deliveries.forNotice(id).stream().map(ReminderRun.DeliveryState::of).toList()));
        }
        return new ReminderRun(deadline, today, reportYear, kind.key(), sent);
    }
}
