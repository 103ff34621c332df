package dev.hankojakarta.internal.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.internal.session.ValidationOutcome;
import dev.hankojakarta.internal.session.ValidationOutcome.Invalid;
import dev.hankojakarta.internal.session.ValidationOutcome.Unavailable;
import dev.hankojakarta.internal.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.Tokens;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemoteSessionValidatorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-14T19:00:00Z"), ZoneOffset.UTC);
    private static final HankoHttp HTTP = HankoHttp.create(java.time.Duration.ofSeconds(5));

    private final String raw = Tokens.session();
    private final SessionToken token = Tokens.parsed(raw);
    private final List<ValidateSessionRequest> requests = new ArrayList<>();

    /** A REST client that records what it is asked and answers with {@code answer}. */
    private RemoteSessionValidator validator(Response answer) {
        return new RemoteSessionValidator(HankoJson.JSONB, request -> {
            requests.add(request);
            return answer;
        }, HTTP, "https://hanko.test/sessions/validate", CLOCK);
    }

    private RemoteSessionValidator failing(RuntimeException failure) {
        return new RemoteSessionValidator(HankoJson.JSONB, request -> {
            requests.add(request);
            throw failure;
        }, HTTP, "https://hanko.test/sessions/validate", CLOCK);
    }

    private ValidationOutcome validate(RemoteSessionValidator validator) {
        ValidationOutcome outcome = validator.validate(token);
        assertFalse(outcome.toString().contains(raw), "the outcome quotes the token: " + outcome);
        return outcome;
    }

    @Test
    void sendsThePresentedToken() {
        validate(validator(StubResponse.json(200, HankoJson.VALID)));
        assertEquals(List.of(new ValidateSessionRequest(raw)), requests);
    }

    @Test
    void validAnswerIsAValidSession() {
        Valid valid = assertInstanceOf(Valid.class, validate(validator(StubResponse.json(200, HankoJson.VALID))));
        assertEquals(Tokens.USER_ID, valid.claims().subject());
    }

    @Test
    void isValidFalseIsInvalid() {
        assertInstanceOf(Invalid.class, validate(validator(StubResponse.json(200, HankoJson.INVALID))));
    }

    @Test
    void serverErrorIsAnOutageThatDoesNotQuoteTheBody() {
        StubResponse answer = StubResponse.json(503, "{\"code\":503,\"message\":\"Service Unavailable\"}");
        Unavailable unavailable = assertInstanceOf(Unavailable.class, validate(validator(answer)));
        assertEquals("Hanko answered HTTP 503", unavailable.reason());
    }

    @Test
    void answerOfAnotherContentTypeIsAnOutage() {
        StubResponse html = new StubResponse(200, () -> HankoJson.VALID, "text/html");
        assertInstanceOf(Unavailable.class, validate(validator(html)));
    }

    @Test
    void answerLargerThanTheLimitIsAnOutage() {
        String huge = "{\"is_valid\":false" + " ".repeat(HankoHttp.MAX_BODY_BYTES) + "}";
        Unavailable unavailable = assertInstanceOf(Unavailable.class,
                validate(validator(StubResponse.json(200, huge))));
        assertTrue(unavailable.reason().contains("larger than"), unavailable.reason());
    }

    @Test
    void answerThatDoesNotCompleteWithinTheDeadlineIsAnOutage() {
        RemoteSessionValidator slow = new RemoteSessionValidator(HankoJson.JSONB, request -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return StubResponse.json(200, HankoJson.VALID);
        }, HankoHttp.create(java.time.Duration.ofMillis(50)), "https://hanko.test/sessions/validate", CLOCK);
        Unavailable unavailable = assertInstanceOf(Unavailable.class, validate(slow));
        assertTrue(unavailable.reason().contains("within 50 ms"), unavailable.reason());
    }

    @Test
    void everyAnswerIsClosed() {
        StubResponse valid = StubResponse.json(200, HankoJson.VALID);
        StubResponse failed = StubResponse.json(500, "{}");
        validate(validator(valid));
        validate(validator(failed));
        assertTrue(valid.closed, "a valid answer was left open");
        assertTrue(failed.closed, "a failed answer was left open");
    }

    @Test
    void unreadableBodyIsAnOutage() {
        StubResponse answer = new StubResponse(200, () -> {
            throw new ProcessingException("Unexpected char 60 at (line no=1, column no=1): <html>");
        });
        assertInstanceOf(Unavailable.class, validate(validator(answer)));
        assertTrue(answer.closed);
    }

    /**
     * Found by the property tests: JSON-B implementations read nested values recursively, and a claim nested some
     * hundreds of levels deep overflowed the stack (a StackOverflowError, so a 500) before the JSON-P parser's own
     * depth limit of 1000 applied.
     */
    @ParameterizedTest
    @CsvSource({"{\"a\":, 1, }, 700", "[, '', ], 1001", "[, '', ], 100000"})
    void deeplyNestedAnswerIsAnOutage(String open, String inner, String close, int depth) {
        String nested = open.repeat(depth) + inner + close.repeat(depth);
        String json = HankoJson.VALID.replace("\"role\": \"user\"", "\"role\": " + nested);
        Unavailable unavailable = assertInstanceOf(Unavailable.class,
                validate(validator(StubResponse.json(200, json))));
        assertTrue(unavailable.reason().contains("nested deeper than"), unavailable.reason());
    }

    @Test
    void answerNestedAsDeepAsAllowedIsRead() {
        // root, claims, role: three levels of the allowed ones
        int depth = RemoteSessionValidator.MAX_NESTING - 2;
        String json = HankoJson.VALID.replace("\"role\": \"user\"",
                "\"role\": " + "[".repeat(depth) + "]".repeat(depth));
        assertInstanceOf(Valid.class, validate(validator(StubResponse.json(200, json))));
    }

    @Test
    void connectionFailureIsAnOutage() {
        assertInstanceOf(Unavailable.class,
                validate(failing(new ProcessingException(new ConnectException("Connection refused")))));
    }

    @Test
    void timeoutIsAnOutage() {
        assertInstanceOf(Unavailable.class,
                validate(failing(new ProcessingException(new SocketTimeoutException("Read timed out")))));
    }

    @Test
    void anyRuntimeExceptionOfTheClientIsAnOutage() {
        assertInstanceOf(Unavailable.class, validate(failing(new IllegalStateException("client closed"))));
    }

    @Test
    void outageReasonNamesTheFailureButNotItsMessage() {
        ProcessingException failure = new ProcessingException("POST with " + raw,
                new ConnectException("Connection refused: hanko.internal:8000"));
        Unavailable unavailable = assertInstanceOf(Unavailable.class, validate(failing(failure)));
        assertEquals("ProcessingException caused by ConnectException", unavailable.reason());
    }

    @Test
    void outageIsRememberedUntilHankoAnswersAgain() {
        RemoteSessionValidator validator = failing(new ProcessingException("down"));
        for (int i = 1; i < OutageLog.FAILURES_FOR_OUTAGE; i++) {
            validate(validator);
            assertFalse(validator.inOutage(), "no outage after " + i + " failures");
        }
        validate(validator);
        assertTrue(validator.inOutage());
    }

    @Test
    void anyAnswerOfHankoEndsTheOutage() {
        List<Response> answers = new ArrayList<>(List.of(StubResponse.json(502, "{}"), StubResponse.json(502, "{}"),
                StubResponse.json(502, "{}"), StubResponse.json(200, HankoJson.INVALID)));
        RemoteSessionValidator validator = new RemoteSessionValidator(HankoJson.JSONB, request -> answers.remove(0),
                HTTP, "https://hanko.test/sessions/validate", CLOCK);
        for (int i = 0; i < OutageLog.FAILURES_FOR_OUTAGE; i++) {
            validate(validator);
        }
        assertTrue(validator.inOutage());
        validate(validator);
        assertFalse(validator.inOutage());
    }

    @Test
    void duringAnOutageOneRequestChecksForHankoAndTheOthersAreAnsweredAtOnce() throws Exception {
        java.util.concurrent.CountDownLatch probeStarted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        RemoteSessionValidator validator = new RemoteSessionValidator(HankoJson.JSONB, request -> {
            if (calls.incrementAndGet() <= OutageLog.FAILURES_FOR_OUTAGE) {
                throw new ProcessingException(new ConnectException("Connection refused"));
            }
            probeStarted.countDown();
            try {
                release.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return StubResponse.json(200, HankoJson.INVALID);
        }, HTTP, "https://hanko.test/sessions/validate", CLOCK);
        for (int i = 0; i < OutageLog.FAILURES_FOR_OUTAGE; i++) {
            assertInstanceOf(Unavailable.class, validate(validator)); // the outage starts
        }
        java.util.concurrent.CompletableFuture<ValidationOutcome> probe =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> validator.validate(token));
        assertTrue(probeStarted.await(10, java.util.concurrent.TimeUnit.SECONDS));
        assertInstanceOf(Unavailable.class, validate(validator), "answered at once while the probe is out");
        assertEquals(OutageLog.FAILURES_FOR_OUTAGE + 1, calls.get(), "no second call during the probe");
        release.countDown();
        assertInstanceOf(Invalid.class, probe.get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertFalse(validator.inOutage(), "the probe's answer ends the outage");
        validate(validator);
        assertEquals(OutageLog.FAILURES_FOR_OUTAGE + 2, calls.get(), "after the outage every request asks again");
    }

    @Test
    void hankosOwn400IsAnInvalidToken() {
        assertInstanceOf(Invalid.class, validate(validator(StubResponse.json(400,
                "{\"code\":400,\"message\":\"failed to parse token claims: invalid UUID length: 5\"}"))));
    }

    @Test
    void a400InAnotherShapeIsAnOutageNotAnInvalidTokenForEveryone() {
        assertInstanceOf(Unavailable.class, validate(validator(StubResponse.bytes(400, "text/html",
                "<html><body>Request blocked</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        assertInstanceOf(Unavailable.class, validate(validator(StubResponse.json(400, "{\"error\":\"bad request\"}"))));
        assertInstanceOf(Unavailable.class, validate(validator(StubResponse.json(400, "{\"code\":\"400\",\"message\":\"x\"}"))));
    }

    @Test
    void tooManyCallsInFlightIsNoSignOfAnOutage() {
        java.util.concurrent.ExecutorService full = java.util.concurrent.Executors.newSingleThreadExecutor();
        full.shutdown(); // refuses every task, as the pool does beyond its bound
        RemoteSessionValidator validator = new RemoteSessionValidator(HankoJson.JSONB,
                request -> StubResponse.json(200, HankoJson.INVALID), new HankoHttp(full, java.time.Duration.ofSeconds(1)),
                "https://hanko.test/sessions/validate", CLOCK);
        for (int i = 0; i < 2 * OutageLog.FAILURES_FOR_OUTAGE; i++) {
            Unavailable refused = assertInstanceOf(Unavailable.class, validate(validator));
            assertEquals(ValidationOutcome.Blame.LOCAL, refused.blame(), refused::toString);
        }
        assertFalse(validator.inOutage());
    }

    @Test
    void aFailedCallBlamesHanko() {
        Unavailable down = assertInstanceOf(Unavailable.class, validate(failing(new ProcessingException("down"))));
        assertEquals(ValidationOutcome.Blame.HANKO, down.blame());
    }
}
