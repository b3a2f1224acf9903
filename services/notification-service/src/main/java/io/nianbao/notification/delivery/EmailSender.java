package io.nianbao.notification.delivery;

/** Sends one e-mail; returns once the SMTP server accepted it. */
public interface EmailSender {

    /** @throws DeliveryException when the server is unreachable or refuses the mail */
    void send(OutgoingEmail email);
}
