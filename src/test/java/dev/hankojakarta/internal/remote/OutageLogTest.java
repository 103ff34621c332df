package dev.hankojakarta.internal.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

import dev.hankojakarta.internal.session.SessionClaims;
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

    @Test
    void nothingIsLoggedWhileHankoAnswers() {
        log.record(valid());
        log.record(REJECTED);
        assertEquals(List.of(), logged.records());
    }

    @Test
    void oneWarningWhenAnOutageStarts() {
        log.record(DOWN);
        assertEquals(1, count(Level.WARNING));
    }

    @Test
    void startWarningSaysWhatFailedAndWhere() {
        log.record(DOWN);
        String warning = warnings().get(0);
        assertTrue(warning.contains("HANKO-001"), warning);
        assertTrue(warning.contains("https://hanko.test/sessions/validate"), warning);
        assertTrue(warning.contains("HTTP 503"), warning);
    }

    @Test
    void noFurtherWarningWhileTheOutageLasts() {
        for (int i = 0; i < 50; i++) {
            log.record(DOWN);
        }
        assertEquals(1, count(Level.WARNING));
    }

    @Test
    void failuresDuringTheOutageAreLoggedAtFine() {
        for (int i = 0; i < 3; i++) {
            log.record(DOWN);
        }
        assertEquals(2, count(Level.FINE));
    }

    @Test
    void oneWarningWhenTheOutageEnds() {
        log.record(DOWN);
        log.record(DOWN);
        log.record(valid());
        log.record(valid());
        assertEquals(2, count(Level.WARNING));
        assertTrue(warnings().get(1).contains("HANKO-002"), warnings().get(1));
    }

    @Test
    void anInvalidTokenAlsoEndsTheOutage() {
        // Hanko answered: it is up, whatever it thinks of the token.
        log.record(DOWN);
        log.record(REJECTED);
        assertEquals(2, count(Level.WARNING));
    }

    @Test
    void eachOutageIsLoggedOnce() {
        log.record(DOWN);
        log.record(valid());
        log.record(DOWN);
        log.record(DOWN);
        log.record(valid());
        assertEquals(4, count(Level.WARNING));
    }

    @Test
    void endWarningSaysHowLongTheOutageLasted() {
        FakeTime time = new FakeTime(START);
        OutageLog timed = new OutageLog("https://hanko.test/sessions/validate", time.clock());
        timed.record(DOWN);
        time.advance(Duration.ofSeconds(90));
        timed.record(valid());
        assertTrue(warnings().get(1).contains("90000 ms"), warnings().get(1));
    }

    @Test
    void outageStateFollowsTheAnswers() {
        log.record(DOWN);
        assertTrue(log.inOutage());
        log.record(valid());
        assertEquals(false, log.inOutage());
    }
}
