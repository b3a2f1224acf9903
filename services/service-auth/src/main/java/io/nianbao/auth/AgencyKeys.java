package io.nianbao.auth;

/**
 * Checks an agency's API key (the service that owns the agency registry implements it). Agencies log in with
 * HTTP Basic as {@code agencyId:apiKey}.
 */
public interface AgencyKeys {

    /** Whether {@code key} is the current key of the registered agency {@code agencyId}; may block. */
    boolean matches(String agencyId, String key);
}
