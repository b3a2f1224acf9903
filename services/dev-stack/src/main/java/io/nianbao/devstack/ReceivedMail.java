package io.nianbao.devstack;

import java.time.Instant;
import java.util.List;

/**
 * A mail the stack's SMTP server received.
 *
 * @param from       the From address(es), comma separated, as in the header
 * @param to         the To recipients
 * @param subject    the decoded subject
 * @param text       the text/plain body, or {@code null} when there is none
 * @param html       the text/html body, or {@code null} when there is none
 * @param receivedAt when the SMTP server accepted the mail
 */
public record ReceivedMail(String from, List<String> to, String subject, String text, String html,
        Instant receivedAt) {

    /** Defensive copy of the recipients. */
    public ReceivedMail {
        to = List.copyOf(to);
    }
}
