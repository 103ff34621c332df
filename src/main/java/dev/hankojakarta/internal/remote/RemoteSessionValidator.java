package dev.hankojakarta.internal.remote;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.internal.session.SessionValidator;
import dev.hankojakarta.internal.session.ValidationOutcome;
import jakarta.json.bind.Jsonb;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;

/**
 * Asks Hanko: {@code POST {hanko.api-url}/sessions/validate}. Hanko alone decides, revocation included. While Hanko
 * is unavailable, one request at a time checks whether it is back and the others are answered "unavailable" at once.
 */
public final class RemoteSessionValidator implements SessionValidator {

    private static final Logger LOG = Logger.getLogger(RemoteSessionValidator.class.getName());

    /**
     * Deepest nesting of objects and arrays read from an answer; Hanko's nest three levels (answer, claims, email).
     * JSON-B implementations read nested values recursively: some hundreds of levels overflow the stack, a
     * StackOverflowError that no catch here should have to handle, before the JSON-P parser's own limit applies.
     */
    static final int MAX_NESTING = 32;

    private final HankoSessionsApi api;
    private final HankoHttp http;
    private final OutageLog outageLog;
    private final String target;
    /** HANKO-006 is logged once: a gateway that refuses one call refuses them all. */
    private final AtomicBoolean foreign400Logged = new AtomicBoolean();
    /** Whether a request is finding out, during an outage, if Hanko is back. */
    private final AtomicBoolean probing = new AtomicBoolean();
    /** Thread-safe; one for the application, closed with it. */
    private final Jsonb jsonb;
    /** Looked up once; {@code Json.createParser} would look it up on every call. */
    private final JsonProvider json = JsonProvider.provider();

    public RemoteSessionValidator(Jsonb jsonb, HankoSessionsApi api, HankoHttp http, String target, Clock clock) {
        this.api = api;
        this.jsonb = jsonb;
        this.http = http;
        this.outageLog = new OutageLog(target, clock);
        this.target = target;
    }

    @Override
    public ValidationOutcome validate(SessionToken token) {
        ValidationOutcome outcome;
        if (outageLog.inOutage()) {
            // During an outage one request at a time finds out whether Hanko is back; the others answer 503 at once
            // instead of each waiting out hanko.read-timeout, which under load would queue requests in the server.
            if (!probing.compareAndSet(false, true)) {
                return new ValidationOutcome.Unavailable("Hanko is unavailable; another request is checking for it");
            }
            try {
                outcome = call(token);
            } finally {
                probing.set(false);
            }
        } else {
            outcome = call(token);
        }
        outageLog.record(outcome);
        if (outcome instanceof ValidationOutcome.Invalid invalid) {
            LOG.log(Level.FINE, () -> "Token " + token.fingerprint() + " rejected: " + invalid.reason());
        }
        return outcome;
    }

    private ValidationOutcome call(SessionToken token) {
        HankoHttp.Answer answer;
        try {
            answer = http.exchange(() -> api.validate(new ValidateSessionRequest(token.raw())));
        } catch (HankoHttp.ExchangeFailed e) {
            // Connection refused, timeouts, oversized or dripping answers; or not sent at all (too many in flight).
            return new ValidationOutcome.Unavailable(e.getMessage(),
                    e.local() ? ValidationOutcome.Blame.LOCAL : ValidationOutcome.Blame.HANKO);
        }
        if (answer.status() == 400 && !hankoError(answer)) {
            // Hanko's 400 means "this token cannot be a session"; a 400 in another shape comes from something in
            // between (a gateway, a web application firewall) and says nothing about the token.
            if (foreign400Logged.compareAndSet(false, true)) {
                LOG.warning(() -> "HANKO-006 " + target + " answered HTTP 400 in a shape that is not Hanko's ({\"code\":"
                        + "400,\"message\":...}): something between this server and Hanko refuses the call. Answering"
                        + " 503, not 401; check proxies, gateways and firewalls on the way to hanko.api-url.");
            }
            return new ValidationOutcome.Unavailable("HTTP 400 that is not Hanko's");
        }
        if (answer.status() == 200 && !isJson(answer.contentType())) {
            return new ValidationOutcome.Unavailable("Hanko answered with content type " + answer.contentType());
        }
        try {
            if (answer.status() == 200 && nestedDeeperThan(answer.body(), MAX_NESTING)) {
                return new ValidationOutcome.Unavailable("unreadable answer (nested deeper than " + MAX_NESTING
                        + " levels)");
            }
            // The body is read by HankoHttp, bounded in size and time, and mapped here with JSON-B onto the DTO.
            return HankoAnswers.interpret(answer.status(),
                    () -> jsonb.fromJson(new ByteArrayInputStream(answer.body()), ValidateSessionResponse.class),
                    token);
        } catch (RuntimeException e) {
            return new ValidationOutcome.Unavailable("unreadable answer (" + HankoHttp.describe(e) + ")");
        }
    }

    /** Whether the JSON in {@code body} nests objects and arrays deeper than {@code limit}; read without recursion. */
    private boolean nestedDeeperThan(byte[] body, int limit) {
        try (JsonParser parser = json.createParser(new ByteArrayInputStream(body))) {
            int depth = 0;
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > limit) {
                            return true;
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> {
                    }
                }
            }
            return false;
        }
    }

    /** Whether a 400 is Hanko's: {@code application/json} with {@code "code": 400} and a string {@code message}. */
    private boolean hankoError(HankoHttp.Answer answer) {
        if (!isJson(answer.contentType())) {
            return false;
        }
        try (JsonReader reader = json.createReader(new ByteArrayInputStream(answer.body()))) {
            JsonObject error = reader.readObject();
            return error.get("code") instanceof JsonNumber code && code.isIntegral() && code.intValue() == 400
                    && error.get("message") instanceof JsonString;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    boolean inOutage() {
        return outageLog.inOutage();
    }
}
