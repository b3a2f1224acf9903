package io.nianbao.auth;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** {@code nianbao.auth.*}: the passwords of the two fixed logins; a login without a password is disabled. */
@ConfigMapping(prefix = "nianbao.auth")
public interface AuthConfig {

    /** The password of the user {@code operator} (env NIANBAO_OPERATOR_PASSWORD). */
    Optional<String> operatorPassword();

    /** The password of the user {@code platform} (env NIANBAO_PLATFORM_PASSWORD). */
    Optional<String> platformPassword();
}
