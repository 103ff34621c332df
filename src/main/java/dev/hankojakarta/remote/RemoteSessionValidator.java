package dev.hankojakarta.remote;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.hankojakarta.config.HankoConfig;
import dev.hankojakarta.session.SessionToken;
import dev.hankojakarta.session.SessionValidator;
import dev.hankojakarta.session.ValidationOutcome;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** Asks Hanko: {@code POST {hanko.api-url}/sessions/validate}. Hanko alone decides, revocation included. */
public final class RemoteSessionValidator implements SessionValidator {

    private static final Logger LOG = Logger.getLogger(RemoteSessionValidator.class.getName());

    private final HankoSessionsApi api;
    private final OutageLog outageLog;

    public RemoteSessionValidator(HankoSessionsApi api, String target, Clock clock) {
        this.api = api;
        this.outageLog = new OutageLog(target, clock);
    }

    /** A validator with a REST client built from the configuration. */
    public static RemoteSessionValidator create(HankoConfig config, Clock clock) {
        HankoSessionsApi api = RestClientBuilder.newBuilder()
                .baseUri(config.apiUrl())
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                // Status codes are interpreted by HankoAnswers; the default mapper would throw on 4xx and 5xx.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(HankoSessionsApi.class);
        return new RemoteSessionValidator(api, config.validateSessionUrl().toString(), clock);
    }

    @Override
    public ValidationOutcome validate(SessionToken token) {
        ValidationOutcome outcome = call(token);
        outageLog.record(outcome);
        if (outcome instanceof ValidationOutcome.Invalid invalid) {
            LOG.log(Level.FINE, () -> "Token " + token.fingerprint() + " rejected: " + invalid.reason());
        }
        return outcome;
    }

    private ValidationOutcome call(SessionToken token) {
        try (Response response = api.validate(new ValidateSessionRequest(token.raw()))) {
            return HankoAnswers.interpret(response.getStatus(),
                    () -> response.readEntity(ValidateSessionResponse.class), token);
        } catch (RuntimeException e) {
            // Connection refused, timeouts, unreadable bodies: the JAX-RS client wraps them all in RuntimeExceptions.
            return new ValidationOutcome.Unavailable(describe(e));
        }
    }

    /** The failure's kind without its message, which may quote the request or the body. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + " caused by " + root.getClass().getSimpleName();
    }

    boolean inOutage() {
        return outageLog.inOutage();
    }
}
