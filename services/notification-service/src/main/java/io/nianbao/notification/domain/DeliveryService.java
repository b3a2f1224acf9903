package io.nianbao.notification.domain;

import io.nianbao.events.DeliveryStatus;
import io.nianbao.events.NoticeSent;
import io.nianbao.notification.config.NotificationConfig;
import io.nianbao.notification.delivery.DeliveryException;
import io.nianbao.notification.delivery.EmailSender;
import io.nianbao.notification.delivery.OutgoingEmail;
import io.nianbao.notification.delivery.UndeliverableException;
import io.nianbao.notification.delivery.WebhookSender;
import io.nianbao.notification.messaging.NoticePublisher;
import io.nianbao.notification.repository.AgencyRepository;
import io.nianbao.notification.repository.DeliveryRepository;
import io.nianbao.notification.repository.NoticeRepository;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Delivers notices: one delivery per channel, each sent only after it was claimed in the store (so a
 * redelivered event, the delivery loop or another instance never sends it twice) and marked DELIVERED right
 * after the channel accepted it. A failed attempt is retried with exponential backoff until the attempt
 * budget is spent. Every state change is published as a {@link NoticeSent}.
 *
 * <p>Sending happens on this service's own delivery threads, never on a Kafka consumer's Vert.x context: the
 * mail client may need that context for a blocking step of its own, which would wait behind the consumer.
 */
@ApplicationScoped
public class DeliveryService {

    private static final Logger LOG = Logger.getLogger(DeliveryService.class);
    static final String CONTACTS_UNKNOWN = "机构联系方式未知（尚未收到机构登记）/ the agency's contacts are not known yet";

    private final DeliveryRepository deliveries;
    private final NoticeRepository notices;
    private final AgencyRepository agencies;
    private final EmailSender email;
    private final WebhookSender webhook;
    private final NoticePublisher publisher;
    private final NoticeMetrics metrics;
    private final NotificationConfig config;
    private final ExecutorService senders = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "notice-delivery");
        thread.setDaemon(true);
        return thread;
    });

    public DeliveryService(DeliveryRepository deliveries, NoticeRepository notices, AgencyRepository agencies,
                           EmailSender email, WebhookSender webhook, NoticePublisher publisher,
                           NoticeMetrics metrics, NotificationConfig config) {
        this.deliveries = deliveries;
        this.notices = notices;
        this.agencies = agencies;
        this.email = email;
        this.webhook = webhook;
        this.publisher = publisher;
        this.metrics = metrics;
        this.config = config;
    }

    /**
     * Creates the notice's missing deliveries (PENDING, due now): e-mail, and webhook when the agency has one.
     * While the agency's contacts are unknown only the e-mail delivery is created; the webhook one is added
     * when the contacts arrive ({@link #contactsChanged}).
     */
    public void ensureDeliveries(Notice notice, Contacts contacts) {
        List<ChannelType> channels = new ArrayList<>();
        if (contacts == null || contacts.email() != null || contacts.webhookUrl() == null) {
            channels.add(ChannelType.EMAIL);
        }
        if (contacts != null && contacts.webhookUrl() != null) {
            channels.add(ChannelType.WEBHOOK);
        }
        channels.forEach(channel -> create(notice, channel));
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    /** Tries every delivery of the notice that is due now, on a delivery thread; returns at once. */
    public void deliverSoon(String noticeId) {
        senders.execute(() -> {
            try {
                deliverNotice(noticeId);
            } catch (RuntimeException e) {
                LOG.warnf("delivery of notice %s interrupted (%s); the delivery loop will retry", noticeId,
                        e.getMessage());
            }
        });
    }

    private void deliverNotice(String noticeId) {
        deliveries.forNotice(noticeId).forEach(d -> attempt(d.id()));
    }

    /** The agency's contacts arrived or changed: add missing webhook deliveries and try its pending ones now. */
    public void contactsChanged(Contacts contacts) {
        Instant now = Timestamps.now();
        deliveries.wake(contacts.agencyId(), now);
        for (String noticeId : deliveries.noticesPendingFor(contacts.agencyId())) {
            Optional<Notice> notice = notices.find(noticeId);
            if (notice.isPresent() && contacts.webhookUrl() != null) {
                create(notice.get(), ChannelType.WEBHOOK);
            }
            deliverSoon(noticeId);
        }
    }

    /** One pass of the delivery loop: every due delivery, the longest waiting first. Returns how many were tried. */
    public int deliverDue(int limit) {
        List<String> due = deliveries.due(Timestamps.now(), limit);
        List<Future<?>> attempts = due.stream().<Future<?>>map(id -> senders.submit(() -> attempt(id))).toList();
        for (Future<?> attempt : attempts) {
            try {
                attempt.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                LOG.warnf("delivery attempt interrupted: %s", e.getCause().getMessage());
            }
        }
        return due.size();
    }

    /** Publishes again the state changes Kafka has not acknowledged yet. */
    public void republishUnannounced(int limit) {
        for (Delivery delivery : deliveries.unannounced(Instant.now().minus(config.delivery().republishAfter()), limit)) {
            if (!announce(delivery)) {
                return;
            }
        }
    }

    /** Sends the delivery if it is PENDING, due and nobody else holds it; records the outcome. */
    public void attempt(String deliveryId) {
        Instant now = Timestamps.now();
        Delivery delivery = deliveries.claim(deliveryId, now, config.delivery().lease()).orElse(null);
        if (delivery == null) {
            return;
        }
        String previousSubmission = MDC.get("submissionId") instanceof String s ? s : null;
        if (delivery.submissionId() != null) {
            MDC.put("submissionId", delivery.submissionId());
        }
        try {
            send(delivery, now);
            deliveries.find(deliveryId).ifPresent(this::announce);
        } finally {
            if (previousSubmission == null) {
                MDC.remove("submissionId");
            } else {
                MDC.put("submissionId", previousSubmission);
            }
        }
    }

    private void send(Delivery delivery, Instant now) {
        Notice notice = notices.find(delivery.noticeId()).orElse(null);
        int attempts = delivery.attempts() + 1;
        if (notice == null) {
            deliveries.failed(delivery.id(), attempts, "notice " + delivery.noticeId() + " is missing", Timestamps.now());
            return;
        }
        Contacts contacts = agencies.find(delivery.agencyId()).orElse(null);
        if (contacts == null) {
            LOG.infof("%s %s notice %s: agency %s not known yet, will try again", delivery.channel().key(),
                    delivery.kind().key(), delivery.noticeId(), delivery.agencyId());
            deliveries.postpone(delivery, CONTACTS_UNKNOWN, now.plus(config.delivery().contactsRetry()),
                    Timestamps.now());
            metrics.tried(delivery.channel(), NoticeMetrics.Result.POSTPONED);
            return;
        }
        try {
            switch (delivery.channel()) {
                case EMAIL -> sendEmail(notice, contacts);
                case WEBHOOK -> sendWebhook(notice, contacts);
            }
            Instant deliveredAt = Timestamps.now();
            deliveries.delivered(delivery.id(), attempts, deliveredAt);
            metrics.delivered(delivery, deliveredAt);
            LOG.infof("%s %s notice %s delivered to agency %s (attempt %d)", delivery.kind().key(),
                    delivery.channel().key(), notice.id(), contacts.agencyId(), attempts);
        } catch (UndeliverableException e) {
            giveUp(delivery, attempts, e.getMessage());
        } catch (DeliveryException e) {
            failedAttempt(delivery, attempts, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("unexpected delivery failure", e);
            failedAttempt(delivery, attempts, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void sendEmail(Notice notice, Contacts contacts) {
        if (contacts.email() == null) {
            throw new UndeliverableException("机构未登记电子邮箱 / the agency has no e-mail address");
        }
        email.send(new OutgoingEmail(contacts.email(), notice.subject(), notice.text(), notice.html(), notice.id()));
    }

    private void sendWebhook(Notice notice, Contacts contacts) {
        if (contacts.webhookUrl() == null) {
            throw new UndeliverableException("机构未登记回调地址 / the agency has no webhook URL");
        }
        webhook.send(contacts.webhookUrl(), notice.id(), notice.webhookBody());
    }

    private void failedAttempt(Delivery delivery, int attempts, String error) {
        if (attempts >= config.delivery().maxAttempts()) {
            giveUp(delivery, attempts, error);
            return;
        }
        Instant next = Timestamps.now().plus(Backoff.after(attempts, config.delivery().initialBackoff(),
                config.delivery().maxBackoff()));
        LOG.warnf("%s %s notice %s: attempt %d failed (%s); next attempt at %s", delivery.kind().key(),
                delivery.channel().key(), delivery.noticeId(), attempts, error, next);
        deliveries.retryAt(delivery.id(), attempts, error, next, Timestamps.now());
        metrics.tried(delivery.channel(), NoticeMetrics.Result.RETRYING);
    }

    private void giveUp(Delivery delivery, int attempts, String error) {
        LOG.errorf("%s %s notice %s FAILED after %d attempt(s): %s", delivery.kind().key(), delivery.channel().key(),
                delivery.noticeId(), attempts, error);
        deliveries.failed(delivery.id(), attempts, error, Timestamps.now());
        metrics.failed(delivery);
    }

    private void create(Notice notice, ChannelType channel) {
        Instant now = Timestamps.now();
        Delivery delivery = new Delivery(Delivery.idOf(notice.id(), channel), notice.id(), notice.submissionId(),
                notice.agencyId(), notice.kind(), channel, DeliveryStatus.PENDING, 0, null, now, null, now);
        if (deliveries.insertIfAbsent(delivery)) {
            metrics.count(notice.kind(), channel, DeliveryStatus.PENDING);
            announce(delivery);
        }
    }

    /** Publishes the delivery's state; false when Kafka did not acknowledge (it is published again later). */
    private boolean announce(Delivery delivery) {
        if (delivery.submissionId() == null) {
            return true; // deadline reminders are about no submission: nothing to report on notices.sent
        }
        try {
            publisher.publish(new NoticeSent(delivery.submissionId(), delivery.agencyId(), delivery.noticeId(),
                    delivery.kind().key(), delivery.channel().key(), delivery.status(), delivery.attempts(),
                    delivery.lastError(), delivery.updatedAt()));
            deliveries.markAnnounced(delivery.id(), delivery.updatedAt());
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("delivery state of %s not published yet (%s); will publish again", delivery.id(), e.getMessage());
            return false;
        }
    }
}
