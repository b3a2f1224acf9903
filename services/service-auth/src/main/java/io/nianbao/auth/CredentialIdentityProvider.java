package io.nianbao.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;


/**
 * HTTP Basic logins: {@code operator} and {@code platform} with the passwords configured for this service
 * ({@link AuthConfig}; a user without a configured password cannot log in), and agencies with
 * {@code agencyId:apiKey} where the service has an {@link AgencyKeys}.
 */
@ApplicationScoped
public class CredentialIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final AuthConfig config;
    private final Instance<AgencyKeys> agencyKeys;

    public CredentialIdentityProvider(AuthConfig config, Instance<AgencyKeys> agencyKeys) {
        this.config = config;
        this.agencyKeys = agencyKeys;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String user = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        if (Roles.OPERATOR.equals(user)) {
            return check(Passwords.same(password, config.operatorPassword().orElse(null)), user, Roles.OPERATOR);
        }
        if (Roles.PLATFORM.equals(user)) {
            return check(Passwords.same(password, config.platformPassword().orElse(null)), user, Roles.PLATFORM);
        }
        if (agencyKeys.isUnsatisfied() || user == null || user.isBlank()) {
            return check(false, user, Roles.AGENCY);
        }
        return context.runBlocking(() -> {
            if (!agencyKeys.get().matches(user, password)) {
                throw new AuthenticationFailedException("wrong agency id or API key");
            }
            return identity(user, Roles.AGENCY);
        });
    }

    private static Uni<SecurityIdentity> check(boolean ok, String user, String role) {
        return ok ? Uni.createFrom().item(identity(user, role))
                : Uni.createFrom().failure(new AuthenticationFailedException("wrong user name or password"));
    }

    private static SecurityIdentity identity(String user, String role) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user)).addRole(role).build();
    }
}
