package io.nianbao.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
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
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers) {
        return challenge(headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongCredentials(AuthenticationFailedException e, HttpHeaders headers) {
        return challenge(headers);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e) {
        return json(403, "forbidden", "无权执行此操作 / your credentials do not allow this operation").build();
    }

    /**
     * 401; the Basic challenge is left out for calls a page makes itself ({@code X-Requested-With}), so the web
     * console shows its own login instead of the browser's password dialog.
     */
    private static Response challenge(HttpHeaders headers) {
        Response.ResponseBuilder response = json(401, "unauthorized",
                "请提供有效的用户名和密码（HTTP Basic）/ valid credentials are required (HTTP Basic)");
        if (!"XMLHttpRequest".equalsIgnoreCase(headers.getHeaderString("X-Requested-With"))) {
            response.header("WWW-Authenticate", "Basic realm=\"nianbao\"");
        }
        return response.build();
    }

    private static Response.ResponseBuilder json(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", code, "message", message));
    }
}
