package io.nianbao.devstack;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads what GreenMail received as {@link ReceivedMail}s, oldest first, one entry per sent mail. */
final class Mailbox {

    private final GreenMail greenMail;

    Mailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    List<ReceivedMail> list() {
        List<StoredMessage> stored = new ArrayList<>(greenMail.getManagers().getImapHostManager().getAllMessages());
        stored.sort(Comparator.comparing(StoredMessage::getReceivedDate));
        List<ReceivedMail> mails = new ArrayList<>();
        // GreenMail keeps one copy per recipient mailbox; show each sent mail once.
        Set<String> seen = new HashSet<>();
        for (StoredMessage message : stored) {
            try {
                MimeMessage mime = message.getMimeMessage();
                String id = mime.getMessageID();
                if (id != null && !seen.add(id)) {
                    continue;
                }
                mails.add(toMail(mime, message.getReceivedDate().toInstant()));
            } catch (MessagingException | IOException e) {
                throw new DevStackException("cannot read a received mail: " + e.getMessage(), e);
            }
        }
        return mails;
    }

    private static ReceivedMail toMail(MimeMessage mime, Instant receivedAt) throws MessagingException, IOException {
        Bodies bodies = new Bodies();
        bodies.collect(mime);
        return new ReceivedMail(join(mime.getFrom()), addresses(mime.getRecipients(Message.RecipientType.TO)),
                mime.getSubject(), bodies.text, bodies.html, receivedAt);
    }

    private static String join(Address[] addresses) {
        return String.join(", ", addresses(addresses));
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> list = new ArrayList<>();
        if (addresses != null) {
            for (Address address : addresses) {
                list.add(address.toString());
            }
        }
        return list;
    }

    /** The first text/plain and text/html parts that are not attachments. */
    private static final class Bodies {
        private String text;
        private String html;

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                text = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            }
        }
    }
}
