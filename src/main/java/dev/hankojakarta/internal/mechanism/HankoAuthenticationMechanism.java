package dev.hankojakarta.internal.mechanism;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.hankojakarta.HankoSessionCredential;
import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.HankoUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates requests that carry a Hanko session token.
 *
 * <p>Thin by design: it finds the token ({@link TokenExtractor}), hands it as a {@link HankoSessionCredential} to the
 * container's {@link IdentityStoreHandler}, and turns the outcome into the contract's answer:
 * <ul>
 * <li>valid token: the caller is logged in, on protected and public resources alike;</li>
 * <li>no token: 401 with {@code WWW-Authenticate: Bearer realm="hanko"} on protected resources;</li>
 * <li>invalid token: 401 with {@code error="invalid_token"} on protected resources;</li>
 * <li>Hanko unavailable: 503 with {@code Retry-After} on protected resources;</li>
 * <li>public resources pass anonymously whenever the caller is not logged in.</li>
 * </ul>
 *
 * <p>Some servers invoke the mechanism more than once per request (Payara again from its JAX-RS
 * {@code @RolesAllowed} filter). The outcome is kept in a request attribute so that Hanko is asked once, and each
 * invocation answers from it according to whether that invocation protects the resource.
 */
@ApplicationScoped
public class HankoAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(HankoAuthenticationMechanism.class.getName());

    /** Request attribute holding this request's {@link Attempt}. */
    static final String ATTEMPT_ATTRIBUTE = HankoAuthenticationMechanism.class.getName() + ".attempt";

    /**
     * Request attribute set by {@link HankoAccessFilter} for JAX-RS methods open to all ({@code @PermitAll}): some
     * servers (Payara) invoke the mechanism for them with {@code isProtected() == true}.
     */
    static final String PUBLIC_ATTRIBUTE = HankoAuthenticationMechanism.class.getName() + ".public";

    @Inject
    HankoConfig config;

    @Inject
    IdentityStoreHandler identityStoreHandler;

    private TokenExtractor extractor;
    private CrossOriginCheck crossOrigin;

    @PostConstruct
    void init() {
        extractor = new TokenExtractor(config.cookieName());
        crossOrigin = new CrossOriginCheck(config.crossOriginProtection(), config.trustedOrigins());
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Attempt attempt = (Attempt) request.getAttribute(ATTEMPT_ATTRIBUTE);
        if (attempt == null) {
            attempt = authenticate(request);
            request.setAttribute(ATTEMPT_ATTRIBUTE, attempt);
        }
        if (attempt == Attempt.CROSS_ORIGIN) {
            // refused before the application runs, on public resources too: the cookie would log the caller in there
            attempt.answer().write(response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (attempt instanceof Attempt.Authenticated authenticated) {
            return context.notifyContainerAboutLogin(authenticated.result());
        }
        if (!context.isProtected() || Boolean.TRUE.equals(request.getAttribute(PUBLIC_ATTRIBUTE))) {
            return context.doNothing();
        }
        attempt.answer().write(response);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private Attempt authenticate(HttpServletRequest request) {
        List<String> tokens = extractor.candidates(request);
        if (tokens.isEmpty()) {
            return Attempt.NO_TOKEN;
        }
        // GET, HEAD and OPTIONS (most requests) pay one method comparison here, no header lookups.
        if (crossOrigin.guards(request.getMethod()) && crossOrigin.refuses(request.getMethod(),
                !extractor.hasBearer(request), request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                request.getHeader("Host"))) {
            LOG.fine(() -> "Refused a cross-origin " + request.getMethod() + " whose token came from the cookie");
            return Attempt.CROSS_ORIGIN;
        }
        boolean unavailable = false;
        for (String token : tokens) {
            HankoSessionCredential credential = new HankoSessionCredential(token);
            try {
                CredentialValidationResult result = identityStoreHandler.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return new Attempt.Authenticated(result);
                }
            } catch (RuntimeException e) {
                if (!causedByOutage(e)) {
                    // An identity store of the application failed; still no 500 and no stack trace to the client.
                    LOG.log(Level.WARNING, "HANKO-010 An identity store failed while validating token "
                            + SessionToken.fingerprint(credential.token()) + "; answering as if Hanko were unavailable.", e);
                }
                unavailable = true;
            }
        }
        return unavailable ? Attempt.UNAVAILABLE : Attempt.REJECTED;
    }

    private static boolean causedByOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HankoUnavailableException) {
                return true;
            }
        }
        return false;
    }

    /** What authenticating one request found; kept for the request's further invocations. */
    sealed interface Attempt {
        Attempt NO_TOKEN = new NotAuthenticated(Answer.NO_TOKEN);
        Attempt REJECTED = new NotAuthenticated(Answer.INVALID_TOKEN);
        Attempt UNAVAILABLE = new NotAuthenticated(Answer.UNAVAILABLE);
        Attempt CROSS_ORIGIN = new NotAuthenticated(Answer.CROSS_ORIGIN);

        /** What a protected resource answers after this attempt; null once authenticated. */
        Answer answer();

        record Authenticated(CredentialValidationResult result) implements Attempt {
            @Override
            public Answer answer() {
                return null;
            }
        }

        record NotAuthenticated(Answer answer) implements Attempt {
        }
    }
}
