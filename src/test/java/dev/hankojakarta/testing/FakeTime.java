package dev.hankojakarta.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Time that moves only when the test says so, seen both as a {@link Clock} and as a Caffeine {@link Ticker}: the two
 * always agree, as the system clock and ticker do in production. Thread-safe.
 */
public final class FakeTime {

    /** 2026-08-14T19:00:00Z: an hour after {@link Tokens#ISSUED_AT}, well before {@link Tokens#EXPIRATION}. */
    public static final Instant START = Instant.parse("2026-08-14T19:00:00Z");

    private final Instant origin;
    private volatile Instant now;

    public FakeTime() {
        this(START);
    }

    public FakeTime(Instant start) {
        this.origin = start;
        this.now = start;
    }

    public Instant now() {
        return now;
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    public Clock clock() {
        return new Clock() {
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
        };
    }

    /** Nanoseconds since this time's start, as Caffeine expects of a ticker. */
    public Ticker ticker() {
        return () -> Duration.between(origin, now).toNanos();
    }
}
