package dev.hankojakarta.internal.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.hankojakarta.internal.session.SessionClaims;

/**
 * Sessions and users Hanko announced as gone (tombstones). A tombstone outlives every token it concerns, so that a
 * validation in flight, a cached answer or an event that arrives late cannot bring the session back.
 *
 * <p>Only Hanko-signed webhooks add entries, so their number follows the logouts Hanko reports; the bound is there
 * all the same, and so large that it is never reached by a real deployment.
 */
public final class Revocations {

    /** How long a tombstone lasts when Hanko did not say when the session would have expired, or for a user. */
    public static final Duration LONGEST = Duration.ofDays(30);
    /** The longest any tombstone lasts: beyond any session lifetime Hanko is configured with. */
    static final Duration CEILING = Duration.ofDays(3650);
    static final long MAX_ENTRIES = 1_000_000;

    private final Clock clock;
    private final Cache<String, Instant> sessions;
    private final Cache<String, Instant> users;

    public Revocations(Clock clock, Ticker ticker) {
        this.clock = clock;
        this.sessions = tombstones(clock, ticker);
        this.users = tombstones(clock, ticker);
    }

    /** Each entry's value is the instant it may go. */
    private static Cache<String, Instant> tombstones(Clock clock, Ticker ticker) {
        return Caffeine.newBuilder().maximumSize(MAX_ENTRIES).ticker(ticker).executor(Runnable::run)
                .expireAfter(new Expiry<String, Instant>() {
                    @Override
                    public long expireAfterCreate(String key, Instant until, long currentTime) {
                        // compared as durations first: toNanos() overflows beyond about 292 years (Go's zero time)
                        Duration left = Duration.between(clock.instant(), until);
                        if (left.isNegative()) {
                            return 0;
                        }
                        return left.compareTo(CEILING) > 0 ? CEILING.toNanos() : left.toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Instant until, long currentTime, long currentDuration) {
                        return Math.max(currentDuration, expireAfterCreate(key, until, currentTime));
                    }

                    @Override
                    public long expireAfterRead(String key, Instant until, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                }).build();
    }

    /**
     * Refuses the session until {@code until} (its {@code expires_at}), or for {@link #LONGEST} when unknown.
     *
     * @return whether it was not refused already (a duplicate delivery answers false)
     */
    public boolean revokeSession(String sessionId, Instant until) {
        return sessions.asMap().putIfAbsent(sessionId.toLowerCase(Locale.ROOT),
                until == null ? clock.instant().plus(LONGEST) : until) == null;
    }

    /** Refuses every session of the user (deleted at Hanko, which sends no event for its sessions). */
    public boolean revokeUser(String userId) {
        return users.asMap().putIfAbsent(userId.toLowerCase(Locale.ROOT), clock.instant().plus(LONGEST)) == null;
    }

    /** Whether Hanko announced the end of this session or of its user. */
    public boolean refuses(SessionClaims claims) {
        return sessions.getIfPresent(claims.sessionId().toLowerCase(Locale.ROOT)) != null
                || users.getIfPresent(claims.subject().toLowerCase(Locale.ROOT)) != null;
    }
}
