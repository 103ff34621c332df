package dev.hankojakarta.internal.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.hankojakarta.internal.session.ValidationOutcome;

/**
 * Tells an outage of Hanko from a bad moment, and logs an outage once when it starts and once when it ends, not once
 * per request: a log flooded during an outage helps nobody.
 *
 * <p>Hanko counts as down after {@link #FAILURES_FOR_OUTAGE} calls in a row failed because of Hanko (unreachable,
 * too slow, an error status, an unreadable answer), in the spirit of a circuit breaker: one slow call in a burst of
 * good ones is a bad moment for one request, not an outage for all. Any answer of Hanko ends the count and the
 * outage, whatever it says about the token; a call the library did not make (too many in flight) counts neither way.
 * Failures that do not start an outage, and those during one, are logged at FINE.
 */
final class OutageLog {

    /** Calls in a row that must fail, because of Hanko, before Hanko counts as down. */
    static final int FAILURES_FOR_OUTAGE = 3;

    private static final Logger LOG = Logger.getLogger(OutageLog.class.getName());

    private final String target;
    private final Clock clock;
    /** Calls failed in a row because of Hanko, since its last answer. */
    private final AtomicInteger failuresInARow = new AtomicInteger();
    /** Start of the current outage, or null while Hanko counts as up. */
    private final AtomicReference<Instant> outageStart = new AtomicReference<>();
    /** Whether HANKO-007 was logged since Hanko's last usable answer. */
    private final AtomicBoolean oddAnswerLogged = new AtomicBoolean();

    OutageLog(String target, Clock clock) {
        this.target = target;
        this.clock = clock;
    }

    void record(ValidationOutcome outcome) {
        if (outcome instanceof ValidationOutcome.Unavailable unavailable) {
            switch (unavailable.blame()) {
                case HANKO -> failed(unavailable);
                case ANSWER -> {
                    answered();
                    if (oddAnswerLogged.compareAndSet(false, true)) {
                        LOG.log(Level.WARNING, () -> "HANKO-007 Hanko at " + target + " gave an unusable answer: "
                                + unavailable.reason() + ". That request is answered with 503; logged once until"
                                + " Hanko answers usably again.");
                    } else {
                        LOG.log(Level.FINE, () -> "Unusable answer of Hanko: " + unavailable.reason());
                    }
                }
                case LOCAL -> LOG.log(Level.FINE, () -> "Hanko not asked: " + unavailable.reason());
            }
        } else {
            answered();
            oddAnswerLogged.set(false);
        }
    }

    private void failed(ValidationOutcome.Unavailable unavailable) {
        int inARow = failuresInARow.incrementAndGet();
        if (inARow >= FAILURES_FOR_OUTAGE && outageStart.compareAndSet(null, clock.instant())) {
            LOG.log(Level.WARNING, () -> "HANKO-001 Hanko at " + target + " cannot validate sessions: "
                    + unavailable.reason() + " (" + inARow + " calls in a row). Protected requests are answered with"
                    + " 503 until Hanko answers again; check hanko.api-url and that Hanko is up and reachable from"
                    + " this server.");
        } else {
            LOG.log(Level.FINE, () -> "A call to Hanko failed (" + inARow + " in a row): " + unavailable.reason());
        }
    }

    private void answered() {
        failuresInARow.set(0);
        Instant start = outageStart.getAndSet(null);
        if (start != null) {
            Duration length = Duration.between(start, clock.instant());
            LOG.log(Level.WARNING, () -> "HANKO-002 Hanko at " + target + " answers again after an outage of "
                    + length.toMillis() + " ms.");
        }
    }

    boolean inOutage() {
        return outageStart.get() != null;
    }
}
