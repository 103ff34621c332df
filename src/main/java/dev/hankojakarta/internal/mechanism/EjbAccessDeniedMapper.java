package dev.hankojakarta.internal.mechanism;

import java.util.logging.Logger;

import dev.hankojakarta.internal.mechanism.HankoAuthenticationMechanism.Attempt;
import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers an {@link EJBAccessException} that reaches JAX-RS (a resource called an EJB method whose
 * {@code @RolesAllowed} or {@code @DenyAll} the container refused) by the README's outcome table: the request's own
 * answer when the caller is not authenticated (401 with the Bearer challenge, or 503 when Hanko could not tell), 403
 * when the caller is authenticated. Servers answer 500 with an error page of their own otherwise.
 *
 * <p>Registered by {@link EjbAccessFeature} only where Enterprise Beans exist.
 */
@Priority(EjbAccessFeature.PRIORITY)
public final class EjbAccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    private static final Logger LOG = Logger.getLogger(EjbAccessDeniedMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(EJBAccessException refusal) {
        Answer answer = answerFor(request == null ? null : request.getAttribute(
                HankoAuthenticationMechanism.ATTEMPT_ATTRIBUTE));
        LOG.fine(() -> "An EJB refused the caller; answering " + answer.status + ".");
        return answer.toResponse();
    }

    /**
     * The answer for a request whose authentication attempt is {@code attempt}: an anonymous caller gets what a
     * protected resource would have answered, an authenticated one 403. Without an attempt (the mechanism did not
     * run for the request) the caller is refused with 403, never let through.
     */
    static Answer answerFor(Object attempt) {
        if (attempt instanceof Attempt found && found.answer() != null) {
            return found.answer();
        }
        return Answer.FORBIDDEN;
    }
}
