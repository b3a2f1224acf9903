package io.nianbao.ingestion.domain;

import io.nianbao.auth.AgencyKeys;
import io.nianbao.auth.Passwords;
import io.nianbao.ingestion.repository.AgencyRepository;
import io.nianbao.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Agencies' API keys: issued once at registration (or rotated on request), shown to the caller only then, and
 * stored as a SHA-256 hash. An agency logs in with HTTP Basic {@code agencyId:apiKey}.
 */
@ApplicationScoped
public class AgencyCredentials implements AgencyKeys {

    static final String KEY_PREFIX = "nbk_";

    private final AgencyRepository agencies;

    public AgencyCredentials(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    /** A key for a registered agency that has none yet; empty when it already has one. */
    public Optional<String> issueIfNone(String agencyId) {
        String key = Passwords.generate(KEY_PREFIX);
        return agencies.setKeyHash(agencyId, Passwords.sha256(key), true) ? Optional.of(key) : Optional.empty();
    }

    /** Replaces the agency's key; the old one stops working at once. */
    public String rotate(String agencyId) {
        String key = Passwords.generate(KEY_PREFIX);
        if (!agencies.setKeyHash(agencyId, Passwords.sha256(key), false)) {
            throw ApiException.notFound("unknown-agency", "未登记的机构 / no agency registered with id " + agencyId);
        }
        return key;
    }

    @Override
    public boolean matches(String agencyId, String key) {
        return key != null && key.startsWith(KEY_PREFIX)
                && agencies.keyHash(agencyId).map(hash -> Passwords.same(hash, Passwords.sha256(key))).orElse(false);
    }
}
