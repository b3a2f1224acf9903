package io.nianbao.ingestion.domain;

import io.nianbao.events.AgencyRegistered;
import io.nianbao.ingestion.messaging.EventPublisher;
import io.nianbao.ingestion.repository.AgencyRepository;
import io.nianbao.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Instant;
import java.util.regex.Pattern;

/** Registers agencies and tells the other services about them. */
@ApplicationScoped
public class AgencyService {

    private static final Logger LOG = Logger.getLogger(AgencyService.class);

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final AgencyRepository agencies;
    private final EventPublisher publisher;

    public AgencyService(AgencyRepository agencies, EventPublisher publisher) {
        this.agencies = agencies;
        this.publisher = publisher;
    }

    public Agency register(String id, String name, String email, String webhookUrl) {
        if (id == null || !ID.matcher(id).matches()) {
            throw ApiException.badRequest("invalid-agency-id",
                    "机构编号只能包含字母、数字、点、下划线和连字符（1–64 个字符）/ agency id must match [A-Za-z0-9._-]{1,64}");
        }
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("missing-name", "请填写机构名称 / the agency name is required");
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email).matches()) {
            throw ApiException.badRequest("invalid-email", "电子邮箱格式不正确 / not an e-mail address: " + email);
        }
        if (webhookUrl != null && !webhookUrl.isBlank() && !isHttpUrl(webhookUrl)) {
            throw ApiException.badRequest("invalid-webhook", "回调地址须为 http(s) URL / webhookUrl must be an http(s) URL");
        }
        Agency agency = new Agency(id, name.strip(), blankToNull(email), blankToNull(webhookUrl), Instant.now());
        agencies.save(agency);
        try {
            publish(agency);
        } catch (RuntimeException e) {
            LOG.warnf("Kafka did not acknowledge agency %s yet (%s); the outbox relay will retry", id, e.getMessage());
        }
        return agency;
    }

    /** Publishes the registration and marks it published once the broker acknowledged it. */
    public void publish(Agency agency) {
        publisher.agency(new AgencyRegistered(agency.id(), agency.name(), agency.email(), agency.webhookUrl(),
                agency.updatedAt()));
        agencies.markPublished(agency);
    }

    public Agency get(String id) {
        return agencies.find(id).orElseThrow(() -> ApiException.notFound("unknown-agency",
                "未登记的机构 / no agency registered with id " + id));
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
