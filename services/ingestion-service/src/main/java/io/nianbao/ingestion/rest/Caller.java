package io.nianbao.ingestion.rest;

import io.nianbao.auth.Roles;
import io.nianbao.web.ApiException;
import io.quarkus.security.identity.SecurityIdentity;

import java.util.Optional;

/** What the logged-in caller may see: an agency only its own records, operators and platforms everything. */
final class Caller {

    private Caller() {
    }

    /** The agency id the caller is restricted to, or empty for operators and platforms. */
    static Optional<String> agency(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || identity.hasRole(Roles.OPERATOR)
                || identity.hasRole(Roles.PLATFORM)) {
            return Optional.empty();
        }
        return Optional.of(identity.getPrincipal().getName());
    }

    /** Throws 403 when an agency acts for another agency. */
    static void requireSelfOrPlatform(SecurityIdentity identity, String agencyId) {
        Optional<String> self = agency(identity);
        if (self.isPresent() && !self.get().equals(agencyId == null ? null : agencyId.strip())) {
            throw new ApiException(403, "forbidden-agency",
                    "机构只能为本机构报送和查询 / an agency may only submit and read its own reports (logged in as "
                            + self.get() + ")");
        }
    }
}
