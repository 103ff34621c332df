package dev.hankojakarta.internal.remote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.hankojakarta.internal.session.ValidationOutcome;

/**
 * Logs an outage of Hanko once when it starts and once when it ends, not once per request: a log flooded during an
 * outage helps nobody. Each failure during the outage is logged at FINE.
 */
final class OutageLog {

    private static final Logger LOG = Logger.getLogger(OutageLog.class.getName());

    private final String target;
    private final Clock clock;
    /** Start of the current outage, or null while Hanko answers. */
    private final AtomicReference<Instant> outageStart = new AtomicReference<>();

    OutageLog(String target, Clock clock) {
        this.target = target;
        this.clock = clock;
    }

    void record(ValidationOutcome outcome) {
        if (outcome instanceof ValidationOutcome.Unavailable unavailable) {
            Instant now = clock.instant();
            if (outageStart.compareAndSet(null, now)) {
                LOG.log(Level.WARNING, () -> "HANKO-001 Hanko at " + target + " cannot validate sessions: "
                        + unavailable.reason() + ". Protected requests are answered with 503 until Hanko answers"
                        + " again; check hanko.api-url and that Hanko is up and reachable from this server.");
            } else {
                LOG.log(Level.FINE, () -> "Hanko still unavailable: " + unavailable.reason());
            }
        } else {
            Instant start = outageStart.getAndSet(null);
            if (start != null) {
                Duration length = Duration.between(start, clock.instant());
                LOG.log(Level.WARNING, () -> "HANKO-002 Hanko at " + target + " answers again after an outage of "
                        + length.toMillis() + " ms.");
            }
        }
    }

    boolean inOutage() {
        return outageStart.get() != null;
    }
}
