package io.nianbao.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/**
 * Missing or wrong credentials get 401 with a Basic challenge, missing rights 403, both as the services' JSON
 * error {@code {error, message}}.
 */
public class AuthErrorMappers {

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e) {
        return challenge();
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongCredentials(AuthenticationFailedException e) {
        return challenge();
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return json(403, "forbidden", "无权执行此操作 / your credentials do not allow this operation").build();
    }

    private static Response challenge() {
        return json(401, "unauthorized", "请提供有效的用户名和密码（HTTP Basic）/ valid credentials are required (HTTP Basic)")
                .header("WWW-Authenticate", "Basic realm=\"nianbao\"").build();
    }

    private static Response.ResponseBuilder json(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", code, "message", message));
    }
}
