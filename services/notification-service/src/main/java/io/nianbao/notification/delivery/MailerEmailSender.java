package io.nianbao.notification.delivery;

import io.nianbao.notification.config.NotificationConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends e-mail through the Quarkus mailer (SMTP server from {@code quarkus.mailer.*}). */
@ApplicationScoped
public class MailerEmailSender implements EmailSender {

    private final ReactiveMailer mailer;
    private final NotificationConfig config;

    public MailerEmailSender(ReactiveMailer mailer, NotificationConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    @Override
    public void send(OutgoingEmail email) {
        Mail mail = new Mail()
                .addTo(email.to())
                .setSubject(email.subject())
                .setText(email.text())
                .setHtml(email.html())
                .addHeader("X-Nianbao-Notice-Id", email.noticeId());
        try {
            mailer.send(mail).await().atMost(config.mail().timeout());
        } catch (RuntimeException e) {
            throw new DeliveryException("SMTP: " + describe(e), e);
        }
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
