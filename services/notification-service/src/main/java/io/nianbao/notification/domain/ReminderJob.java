package io.nianbao.notification.domain;

import io.nianbao.notification.config.NotificationConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Runs the deadline reminders on a schedule ({@code nianbao.reminders.every}) when a deadline is configured. */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    private final ReminderService reminders;
    private final NotificationConfig config;

    public ReminderJob(ReminderService reminders, NotificationConfig config) {
        this.reminders = reminders;
        this.config = config;
    }

    @Scheduled(every = "${nianbao.reminders.every:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (config.reminders().deadline().isEmpty()) {
            return;
        }
        try {
            ReminderRun run = reminders.run(reminders.today());
            if (!run.sent().isEmpty()) {
                LOG.infof("%d %s notice(s) sent for the deadline %s", run.sent().size(), run.phase(), run.deadline());
            }
        } catch (RuntimeException e) {
            LOG.warnf("reminder run failed: %s", e.getMessage());
        }
    }
}
