package io.nianbao.notification.delivery;

/** One e-mail to send: plain-text and HTML alternatives of the same notice. */
public record OutgoingEmail(String to, String subject, String text, String html, String noticeId) {
}
