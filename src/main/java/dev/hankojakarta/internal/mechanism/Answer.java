package dev.hankojakarta.internal.mechanism;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The answers the library gives instead of the resource (README: "What callers get"), the same whether the servlet mechanism or
 * the JAX-RS filter gives them. Bodies are short and generic: no token, no stack trace, no internal detail.
 */
enum Answer {

    /** No token on a protected resource. */
    NO_TOKEN(401, "WWW-Authenticate", "Bearer realm=\"hanko\"", "{\"error\":\"unauthorized\"}"),
    /** Invalid, expired, revoked or malformed token on a protected resource. */
    INVALID_TOKEN(401, "WWW-Authenticate", "Bearer realm=\"hanko\", error=\"invalid_token\"",
            "{\"error\":\"invalid_token\"}"),
    /** Hanko could not tell; the client may retry after the given seconds. */
    UNAVAILABLE(503, "Retry-After", "5", "{\"error\":\"temporarily_unavailable\"}"),
    /** Authenticated, but without a role the resource requires. */
    FORBIDDEN(403, null, null, "{\"error\":\"forbidden\"}"),
    /** A cross-origin state-changing request whose token came from the cookie ({@link CrossOriginCheck}). */
    CROSS_ORIGIN(403, null, null, "{\"error\":\"cross_origin_request\"}");

    private static final Logger LOG = Logger.getLogger(Answer.class.getName());

    final int status;
    final String header;
    final String headerValue;
    final String body;

    Answer(int status, String header, String headerValue, String body) {
        this.status = status;
        this.header = header;
        this.headerValue = headerValue;
        this.body = body;
    }

    /**
     * Writes the answer and commits it, so that no container error page with server details replaces it. A response
     * that is already committed (a second invocation for the same request) is left as it is.
     */
    void write(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        if (header != null) {
            response.setHeader(header, headerValue);
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(MediaType.APPLICATION_JSON);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(body);
            response.flushBuffer();
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "Could not write the authentication answer", e);
        }
    }

    /** The same answer for a JAX-RS filter to abort with. */
    Response toResponse() {
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").entity(body);
        if (header != null) {
            builder.header(header, headerValue);
        }
        return builder.build();
    }
}
