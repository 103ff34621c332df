package dev.hankojakarta.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import dev.hankojakarta.session.SessionClaims;
import dev.hankojakarta.session.ValidationOutcome.Invalid;
import dev.hankojakarta.session.ValidationOutcome.Unavailable;
import dev.hankojakarta.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutageLogTest {

    private static final Logger LOGGER = Logger.getLogger("dev.hankojakarta.remote.OutageLog");
    private static final Instant START = Instant.parse("2026-08-14T19:00:00Z");
    private static final Unavailable DOWN = new Unavailable("Hanko answered HTTP 503");
    private static final Invalid REJECTED = new Invalid("Hanko says the session is not valid");

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level levelBefore;

    private final OutageLog log = new OutageLog("https://hanko.test/sessions/validate",
            Clock.fixed(START, ZoneOffset.UTC));

    @BeforeEach
    void listen() {
        levelBefore = LOGGER.getLevel();
        LOGGER.setLevel(Level.ALL);
        handler.setLevel(Level.ALL);
        LOGGER.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        LOGGER.removeHandler(handler);
        LOGGER.setLevel(levelBefore);
    }

    private long count(Level level) {
        return records.stream().filter(r -> r.getLevel() == level).count();
    }

    private List<String> warnings() {
        return records.stream().filter(r -> r.getLevel() == Level.WARNING).map(LogRecord::getMessage).toList();
    }

    private static Valid valid() {
        String raw = Tokens.session();
        return new Valid(SessionClaims.fromJwt(Tokens.parsed(raw).unverifiedClaims().getClaims()), Optional.empty());
    }

    @Test
    void nothingIsLoggedWhileHankoAnswers() {
        log.record(valid());
        log.record(REJECTED);
        assertEquals(List.of(), records);
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
        MovingClock clock = new MovingClock();
        OutageLog timed = new OutageLog("https://hanko.test/sessions/validate", clock);
        timed.record(DOWN);
        clock.now = START.plus(Duration.ofSeconds(90));
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

    /** A clock the test sets by hand. */
    private static final class MovingClock extends Clock {
        Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
