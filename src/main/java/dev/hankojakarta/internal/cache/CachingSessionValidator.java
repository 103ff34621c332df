package dev.hankojakarta.internal.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.hankojakarta.internal.session.SessionClaims;
import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.internal.session.SessionValidator;
import dev.hankojakarta.internal.session.ValidationOutcome;

/**
 * Reuses positive answers and shares calls in flight (README: "Calls to Hanko").
 *
 * <ul>
 * <li>Keyed by the token's SHA-256: the cache identifies tokens without holding them.</li>
 * <li>Only {@link ValidationOutcome.Valid} answers are kept, each at most {@code hanko.cache.ttl} and never beyond the
 * token's {@code exp} or the session's {@code idle_expires_at}.</li>
 * <li>Concurrent requests with the same uncached token share one call: the first one asks, the others wait for its
 * answer, at most {@code waitLimit}.</li>
 * <li>Bounded by {@code hanko.cache.max-entries} with Caffeine's eviction, which keeps frequently used entries.</li>
 * </ul>
 */
public final class CachingSessionValidator implements SessionValidator {

    /** Longest lifetime handed to Caffeine, far below what its nanosecond arithmetic can hold. */
    private static final Duration MAX_LIFETIME = Duration.ofDays(365);

    private final SessionValidator delegate;
    private final Clock clock;
    private final Duration ttl;
    private final Duration waitLimit;
    private final AsyncCache<String, ValidationOutcome> cache;

    /**
     * @param waitLimit how long a request waits for an identical call in flight before answering "unavailable"
     * @param ticker    Caffeine's time source; must agree with {@code clock} (tests pass a fake of both)
     */
    public CachingSessionValidator(SessionValidator delegate, Duration ttl, long maxEntries, Duration waitLimit,
            Clock clock, Ticker ticker) {
        this.delegate = delegate;
        this.clock = clock;
        this.ttl = ttl;
        this.waitLimit = waitLimit;
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(new Lifetime())
                .ticker(ticker)
                .executor(Runnable::run)
                .buildAsync();
    }

    @Override
    public ValidationOutcome validate(SessionToken token) {
        String key = token.cacheKey();
        ConcurrentMap<String, CompletableFuture<ValidationOutcome>> entries = cache.asMap();
        // A plain read first: a hit, the common case, then neither allocates nor takes the map's write path.
        CompletableFuture<ValidationOutcome> existing = entries.get(key);
        if (existing == null) {
            CompletableFuture<ValidationOutcome> mine = new CompletableFuture<>();
            existing = entries.putIfAbsent(key, mine);
            if (existing == null) {
                return ask(token, key, mine);
            }
        }
        ValidationOutcome shared = await(existing);
        if (shared instanceof ValidationOutcome.Valid valid && !clock.instant().isBefore(valid.claims().expiration())) {
            // Expired between two expiry sweeps: never serve it; ask again.
            entries.remove(key, existing);
            return validate(token);
        }
        return shared;
    }

    private ValidationOutcome ask(SessionToken token, String key, CompletableFuture<ValidationOutcome> mine) {
        ValidationOutcome outcome = null;
        try {
            outcome = delegate.validate(token);
        } catch (RuntimeException e) {
            outcome = new ValidationOutcome.Unavailable(e.getClass().getSimpleName());
        } finally {
            // Completed whatever happened, even on an Error, so that no waiter is left hanging on this entry.
            mine.complete(outcome != null ? outcome : new ValidationOutcome.Unavailable("validation failed"));
            if (!(outcome instanceof ValidationOutcome.Valid)) {
                cache.asMap().remove(key, mine);
            }
        }
        return outcome;
    }

    private ValidationOutcome await(CompletableFuture<ValidationOutcome> inFlight) {
        ValidationOutcome done = inFlight.getNow(null);
        if (done != null) {
            return done;
        }
        try {
            return inFlight.get(waitLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new ValidationOutcome.Unavailable("waited too long for Hanko's answer to an identical request");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ValidationOutcome.Unavailable("interrupted while waiting for Hanko's answer");
        } catch (ExecutionException e) {
            return new ValidationOutcome.Unavailable("identical request failed");
        }
    }

    /**
     * Drops every held answer whose claims match, such as those of one session or one user (a Hanko webhook); runs
     * through the whole cache, which only a webhook does, never a request.
     */
    public void evictIf(Predicate<SessionClaims> matching) {
        cache.asMap().values().removeIf(future -> future.getNow(null) instanceof ValidationOutcome.Valid valid
                && matching.test(valid.claims()));
    }

    /** Number of answers held; for tests and diagnostics. */
    public long size() {
        cache.synchronous().cleanUp();
        return cache.synchronous().estimatedSize();
    }

    /** A Valid answer lives min(ttl, exp, idle_expires_at); anything else is gone at once. */
    private final class Lifetime implements Expiry<String, ValidationOutcome> {

        @Override
        public long expireAfterCreate(String key, ValidationOutcome outcome, long currentTime) {
            if (!(outcome instanceof ValidationOutcome.Valid valid)) {
                return 0;
            }
            Instant now = clock.instant();
            // Compared as durations, never as now + ttl: a huge hanko.cache.ttl must not overflow Instant.
            Duration life = ttl;
            Duration untilExpiry = Duration.between(now, valid.claims().expiration());
            if (untilExpiry.compareTo(life) < 0) {
                life = untilExpiry;
            }
            if (valid.idleExpiresAt().isPresent()) {
                Duration untilIdle = Duration.between(now, valid.idleExpiresAt().get());
                if (untilIdle.compareTo(life) < 0) {
                    life = untilIdle;
                }
            }
            if (life.isNegative()) {
                return 0;
            }
            return life.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME.toNanos() : life.toNanos();
        }

        @Override
        public long expireAfterUpdate(String key, ValidationOutcome outcome, long currentTime, long currentDuration) {
            return expireAfterCreate(key, outcome, currentTime);
        }

        @Override
        public long expireAfterRead(String key, ValidationOutcome outcome, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
