package dev.hankojakarta.internal.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

import dev.hankojakarta.internal.session.SessionClaims;
import dev.hankojakarta.internal.session.ValidationOutcome.Blame;
import dev.hankojakarta.internal.session.ValidationOutcome.Invalid;
import dev.hankojakarta.internal.session.ValidationOutcome.Unavailable;
import dev.hankojakarta.internal.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.FakeTime;
import dev.hankojakarta.testing.LogCapture;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OutageLogTest {

    private static final Instant START = Instant.parse("2026-08-14T19:00:00Z");
    private static final Unavailable DOWN = new Unavailable("Hanko answered HTTP 503");
    private static final Invalid REJECTED = new Invalid("Hanko says the session is not valid");
    private static final Unavailable ODD = new Unavailable("Hanko's answer is about another user than the token's",
            Blame.ANSWER);
    private static final Unavailable NOT_ASKED = new Unavailable("more than 256 calls to Hanko in flight", Blame.LOCAL);

    @RegisterExtension
    final LogCapture logged = new LogCapture(OutageLog.class);

    private final OutageLog log = new OutageLog("https://hanko.test/sessions/validate",
            Clock.fixed(START, ZoneOffset.UTC));

    private long count(Level level) {
        return logged.count(level);
    }

    private List<String> warnings() {
        return logged.warnings();
    }

    private static Valid valid() {
        String raw = Tokens.session();
        return new Valid(SessionClaims.fromJwt(Tokens.parsed(raw).unverifiedClaims().getClaims()), Optional.empty());
    }

    /** Enough failures in a row for an outage. */
    private static void outage(OutageLog log) {
        for (int i = 0; i < OutageLog.FAILURES_FOR_OUTAGE; i++) {
            log.record(DOWN);
        }
    }

    @Test
    void nothingIsLoggedWhileHankoAnswers() {
        log.record(valid());
        log.record(REJECTED);
        assertEquals(List.of(), logged.records());
    }

    @Test
    void oneSlowOrFailedCallAmongGoodOnesIsNoOutage() {
        for (int i = 0; i < 20; i++) {
            for (int k = 1; k < OutageLog.FAILURES_FOR_OUTAGE; k++) {
                log.record(DOWN);
            }
            log.record(i % 2 == 0 ? valid() : REJECTED);
        }
        assertFalse(log.inOutage());
        assertEquals(0, count(Level.WARNING));
        assertTrue(count(Level.FINE) > 0, "each failure is logged at FINE");
    }

    @Test
    void failuresInARowMakeAnOutageWithOneWarning() {
        for (int k = 1; k < OutageLog.FAILURES_FOR_OUTAGE; k++) {
            log.record(DOWN);
            assertFalse(log.inOutage(), k + " failures");
        }
        log.record(DOWN);
        assertTrue(log.inOutage());
        assertEquals(1, count(Level.WARNING));
    }

    @Test
    void startWarningSaysWhatFailedAndWhere() {
        outage(log);
        String warning = warnings().get(0);
        assertTrue(warning.contains("HANKO-001"), warning);
        assertTrue(warning.contains("https://hanko.test/sessions/validate"), warning);
        assertTrue(warning.contains("HTTP 503"), warning);
        assertTrue(warning.contains(OutageLog.FAILURES_FOR_OUTAGE + " calls in a row"), warning);
    }

    @Test
    void noFurtherWarningWhileTheOutageLasts() {
        for (int i = 0; i < 50; i++) {
            log.record(DOWN);
        }
        assertEquals(1, count(Level.WARNING));
    }

    @Test
    void oneWarningWhenTheOutageEnds() {
        outage(log);
        log.record(valid());
        log.record(valid());
        assertEquals(2, count(Level.WARNING));
        assertTrue(warnings().get(1).contains("HANKO-002"), warnings().get(1));
        assertFalse(log.inOutage());
    }

    @Test
    void anInvalidTokenAlsoEndsTheOutage() {
        // Hanko answered: it is up, whatever it thinks of the token.
        outage(log);
        log.record(REJECTED);
        assertFalse(log.inOutage());
        assertEquals(2, count(Level.WARNING));
    }

    @Test
    void anOddAnswerAboutOneTokenIsNoOutageAndIsWarnedAboutOnce() {
        for (int i = 0; i < 10; i++) {
            log.record(DOWN);
            log.record(ODD);
        }
        assertFalse(log.inOutage(), "Hanko answered each time");
        assertEquals(1, count(Level.WARNING));
        assertTrue(warnings().get(0).startsWith("HANKO-007"), warnings().get(0));
        log.record(valid());
        log.record(ODD);
        assertEquals(2, count(Level.WARNING), "warned again after a usable answer");
    }

    @Test
    void aCallTheLibraryDidNotMakeCountsNeitherWay() {
        log.record(DOWN);
        log.record(DOWN);
        log.record(NOT_ASKED);
        log.record(DOWN);
        assertTrue(log.inOutage(), "the refusal did not break the run of failures");
        log.record(NOT_ASKED);
        assertTrue(log.inOutage(), "nor end the outage");
    }

    @Test
    void eachOutageIsLoggedOnce() {
        outage(log);
        log.record(valid());
        outage(log);
        log.record(valid());
        assertEquals(4, count(Level.WARNING));
    }

    @Test
    void endWarningSaysHowLongTheOutageLasted() {
        FakeTime time = new FakeTime(START);
        OutageLog timed = new OutageLog("https://hanko.test/sessions/validate", time.clock());
        outage(timed);
        time.advance(Duration.ofSeconds(90));
        timed.record(valid());
        assertTrue(warnings().get(1).contains("90000 ms"), warnings().get(1));
    }
}
