package dev.hankojakarta.internal.cache;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.hankojakarta.internal.session.SessionClaims;
import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.internal.session.SessionValidator;
import dev.hankojakarta.internal.session.ValidationOutcome;
import dev.hankojakarta.internal.session.ValidationOutcome.Invalid;
import dev.hankojakarta.internal.session.ValidationOutcome.Unavailable;
import dev.hankojakarta.internal.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.FakeTime;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CachingSessionValidatorTest {

    private static final Duration TTL = Duration.ofSeconds(30);
    private static final Duration WAIT_LIMIT = Duration.ofSeconds(10);

    private final FakeTime time = new FakeTime();
    private final SessionToken token = token(Tokens.session());
    private final AtomicInteger calls = new AtomicInteger();
    /** What the validator behind the cache answers next. */
    private volatile ValidationOutcome answer = valid(time.now().plus(Duration.ofHours(1)), Optional.empty());
    private final SessionValidator hanko = t -> {
        calls.incrementAndGet();
        return answer;
    };
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private CachingSessionValidator cache(SessionValidator delegate) {
        return new CachingSessionValidator(delegate, TTL, 10_000, WAIT_LIMIT, time.clock(), time.ticker());
    }

    private CachingSessionValidator cache() {
        return cache(hanko);
    }

    private static SessionToken token(String raw) {
        try {
            return SessionToken.of(raw);
        } catch (SessionToken.MalformedTokenException e) {
            throw new AssertionError(e);
        }
    }

    private static Valid valid(Instant exp, Optional<Instant> idleExpiresAt) {
        return new Valid(SessionClaims.fromJwt(Map.of("sub", Tokens.USER_ID, "session_id", Tokens.SESSION_ID,
                "exp", exp.getEpochSecond())), idleExpiresAt);
    }

    private void after(Duration duration) {
        time.advance(duration);
    }

    // --- reuse

    @Test
    void firstRequestAsksTheValidatorBehind() {
        assertSame(answer, cache().validate(token));
        assertEquals(1, calls.get());
    }

    @Test
    void validAnswerIsReusedForTheSameToken() {
        CachingSessionValidator cache = cache();
        cache.validate(token);
        assertSame(answer, cache.validate(token));
        assertEquals(1, calls.get());
    }

    @Test
    void anotherTokenIsAskedAbout() {
        CachingSessionValidator cache = cache();
        cache.validate(token);
        cache.validate(token(Tokens.another()));
        assertEquals(2, calls.get());
    }

    @Test
    void equalTokensShareTheirAnswerWhateverTheStringInstance() {
        CachingSessionValidator cache = cache();
        cache.validate(token);
        cache.validate(token(new String(token.raw().toCharArray())));
        assertEquals(1, calls.get());
    }

    @Test
    void invalidAnswerIsNotReused() {
        answer = new Invalid("revoked");
        CachingSessionValidator cache = cache();
        cache.validate(token);
        cache.validate(token);
        assertEquals(2, calls.get());
    }

    @Test
    void unavailableAnswerIsNotReused() {
        answer = new Unavailable("HTTP 503");
        CachingSessionValidator cache = cache();
        cache.validate(token);
        cache.validate(token);
        assertEquals(2, calls.get());
    }

    @Test
    void onlyValidAnswersTakeRoom() {
        answer = new Invalid("revoked");
        CachingSessionValidator cache = cache();
        cache.validate(token);
        cache.validate(token(Tokens.another()));
        assertEquals(0, cache.size());
    }

    @Test
    void tokenHankoRejectsAfterAnOutageIsAskedAboutAgain() {
        answer = new Unavailable("HTTP 503");
        CachingSessionValidator cache = cache();
        cache.validate(token);
        answer = new Invalid("revoked");
        assertInstanceOf(Invalid.class, cache.validate(token));
    }

    @Test
    void exceptionOfTheValidatorBehindIsUnavailableAndNotReused() {
        CachingSessionValidator cache = cache(t -> {
            calls.incrementAndGet();
            throw new IllegalStateException("boom");
        });
        assertInstanceOf(Unavailable.class, cache.validate(token));
        assertInstanceOf(Unavailable.class, cache.validate(token));
        assertEquals(2, calls.get());
    }

    @Test
    void anErrorOfTheValidatorBehindLeavesNoWaiterHangingAndIsNotReused() {
        CachingSessionValidator cache = cache(t -> {
            if (calls.incrementAndGet() == 1) {
                throw new StackOverflowError("boom");
            }
            return answer;
        });
        assertThrows(StackOverflowError.class, () -> cache.validate(token));
        assertInstanceOf(Valid.class, cache.validate(token), "the failed entry must not stay in the cache");
        assertEquals(2, calls.get());
    }

    @Test
    void aTtlOfCenturiesIsCappedRatherThanOverflowing() {
        CachingSessionValidator cache = new CachingSessionValidator(hanko, Duration.ofDays(365L * 1_000_000), 10_000,
                WAIT_LIMIT, time.clock(), time.ticker());
        assertInstanceOf(Valid.class, cache.validate(token));
        assertInstanceOf(Valid.class, cache.validate(token));
        assertEquals(1, calls.get());
        after(Duration.ofHours(2)); // beyond the token's exp: asked again
        answer = new Invalid("expired");
        assertInstanceOf(Invalid.class, cache.validate(token));
    }

    // --- lifetime

    @Test
    void validAnswerIsReusedUntilJustBeforeTheTtl() {
        CachingSessionValidator cache = cache();
        cache.validate(token);
        after(TTL.minusMillis(1));
        cache.validate(token);
        assertEquals(1, calls.get());
    }

    @Test
    void validAnswerIsAskedAgainOnceTheTtlHasPassed() {
        CachingSessionValidator cache = cache();
        cache.validate(token);
        after(TTL);
        cache.validate(token);
        assertEquals(2, calls.get());
    }

    @Test
    void ttlCountsFromTheAnswerNotFromTheLastUse() {
        CachingSessionValidator cache = cache();
        cache.validate(token);
        for (int i = 0; i < 6; i++) {
            after(Duration.ofSeconds(5));
            cache.validate(token);
        }
        assertEquals(2, calls.get());
    }

    @Test
    void answerIsNotReusedBeyondTheTokensExp() {
        answer = valid(time.now().plusSeconds(10), Optional.empty());
        CachingSessionValidator cache = cache();
        cache.validate(token);
        after(Duration.ofSeconds(10));
        cache.validate(token);
        assertEquals(2, calls.get());
    }

    @Test
    void answerIsReusedUpToTheTokensExp() {
        answer = valid(time.now().plusSeconds(10), Optional.empty());
        CachingSessionValidator cache = cache();
        cache.validate(token);
        after(Duration.ofSeconds(9));
        cache.validate(token);
        assertEquals(1, calls.get());
    }

    @Test
    void answerIsNotReusedBeyondTheSessionsIdleExpiry() {
        answer = valid(time.now().plus(Duration.ofHours(1)), Optional.of(time.now().plusSeconds(10)));
        CachingSessionValidator cache = cache();
        cache.validate(token);
        after(Duration.ofSeconds(10));
        cache.validate(token);
        assertEquals(2, calls.get());
    }

    @Test
    void answerIsReusedUpToTheSessionsIdleExpiry() {
        answer = valid(time.now().plus(Duration.ofHours(1)), Optional.of(time.now().plusSeconds(10)));
        CachingSessionValidator cache = cache();
        cache.validate(token);
        after(Duration.ofSeconds(9));
        cache.validate(token);
        assertEquals(1, calls.get());
    }

    @Test
    void idleExpiryWithFractionalSecondsIsHonoured() {
        answer = valid(time.now().plus(Duration.ofHours(1)), Optional.of(time.now().plusMillis(10_500)));
        CachingSessionValidator cache = cache();
        cache.validate(token);
        after(Duration.ofMillis(10_500));
        cache.validate(token);
        assertEquals(2, calls.get());
    }

    @Test
    void answerForAnAlreadyExpiredTokenIsNotReused() {
        answer = valid(time.now().minusSeconds(1), Optional.empty());
        CachingSessionValidator cache = cache();
        cache.validate(token);
        cache.validate(token);
        assertEquals(2, calls.get());
    }

    @Test
    void expiredAnswerIsNeverServedEvenWhenTheCachesTickerLagsBehindTheClock() {
        answer = valid(time.now().plusSeconds(10), Optional.empty());
        CachingSessionValidator cache = new CachingSessionValidator(hanko, TTL, 10_000, WAIT_LIMIT, time.clock(),
                () -> 0L);
        cache.validate(token);
        after(Duration.ofSeconds(10));
        answer = new Invalid("expired");
        assertInstanceOf(Invalid.class, cache.validate(token));
        assertEquals(2, calls.get());
    }

    @Test
    void zeroTtlReusesNothing() {
        CachingSessionValidator cache = new CachingSessionValidator(hanko, Duration.ZERO, 10_000, WAIT_LIMIT,
                time.clock(), time.ticker());
        cache.validate(token);
        cache.validate(token);
        assertEquals(2, calls.get());
    }

    // --- bound

    @Test
    void cacheHoldsAtMostMaxEntriesAnswers() {
        CachingSessionValidator cache = new CachingSessionValidator(hanko, TTL, 2, WAIT_LIMIT, time.clock(),
                time.ticker());
        for (int i = 0; i < 5; i++) {
            cache.validate(token(Tokens.another()));
        }
        assertTrue(cache.size() <= 2, "size " + cache.size());
    }

    @Test
    void validAnswersAreCountedInTheSize() {
        CachingSessionValidator cache = cache();
        cache.validate(token);
        cache.validate(token(Tokens.another()));
        assertEquals(2, cache.size());
    }

    @Test
    void answerLeavesTheCacheWhenItsTokenExpires() {
        answer = valid(time.now().plusSeconds(10), Optional.empty());
        CachingSessionValidator cache = cache();
        cache.validate(token);
        after(Duration.ofSeconds(10));
        assertEquals(0, cache.size());
    }

    @Test
    void answerLeavesTheCacheWhenTheSessionIdlesOut() {
        answer = valid(time.now().plus(Duration.ofHours(1)), Optional.of(time.now().plusSeconds(10)));
        CachingSessionValidator cache = cache();
        cache.validate(token);
        after(Duration.ofSeconds(10));
        assertEquals(0, cache.size());
    }

    @Test
    void expiredAnswersLeaveTheCache() {
        CachingSessionValidator cache = cache();
        cache.validate(token);
        after(TTL);
        assertEquals(0, cache.size());
    }

    // --- concurrent misses

    /** A validator behind the cache that holds every call until released. */
    private final class Blocking implements SessionValidator {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public ValidationOutcome validate(SessionToken t) {
            calls.incrementAndGet();
            entered.countDown();
            try {
                if (!release.await(10, SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer;
        }
    }

    /** Starts {@code n} requests with the same token while the first one is held by the validator behind. */
    private List<Future<ValidationOutcome>> concurrentRequests(CachingSessionValidator cache, Blocking blocking, int n)
            throws Exception {
        List<Future<ValidationOutcome>> results = new ArrayList<>();
        results.add(threads.submit(() -> cache.validate(token)));
        assertTrue(blocking.entered.await(10, SECONDS), "the first request never reached the validator behind");
        List<Thread> waiting = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            CompletableFuture<Thread> started = new CompletableFuture<>();
            results.add(threads.submit(() -> {
                started.complete(Thread.currentThread());
                return cache.validate(token);
            }));
            waiting.add(started.get(10, SECONDS));
        }
        awaitBlocked(waiting);
        return results;
    }

    /** Until every thread waits (for the call in flight); bounded so that a bug cannot hang the build. */
    private static void awaitBlocked(List<Thread> waiting) {
        long deadline = System.nanoTime() + SECONDS.toNanos(10);
        while (!waiting.stream().allMatch(t -> t.getState() == Thread.State.TIMED_WAITING
                || t.getState() == Thread.State.WAITING)) {
            assertTrue(System.nanoTime() < deadline, "requests never started waiting");
            Thread.onSpinWait();
        }
    }

    @Test
    void concurrentRequestsWithTheSameUncachedTokenShareOneCall() throws Exception {
        Blocking blocking = new Blocking();
        List<Future<ValidationOutcome>> results = concurrentRequests(cache(blocking), blocking, 8);
        blocking.release.countDown();
        for (Future<ValidationOutcome> result : results) {
            assertSame(answer, result.get(10, SECONDS));
        }
        assertEquals(1, calls.get());
    }

    @Test
    void concurrentRequestsShareAnInvalidAnswerToo() throws Exception {
        answer = new Invalid("revoked");
        Blocking blocking = new Blocking();
        List<Future<ValidationOutcome>> results = concurrentRequests(cache(blocking), blocking, 5);
        blocking.release.countDown();
        for (Future<ValidationOutcome> result : results) {
            assertSame(answer, result.get(10, SECONDS));
        }
        assertEquals(1, calls.get());
    }

    @Test
    void concurrentRequestsShareAnOutage() throws Exception {
        answer = new Unavailable("HTTP 503");
        Blocking blocking = new Blocking();
        List<Future<ValidationOutcome>> results = concurrentRequests(cache(blocking), blocking, 5);
        blocking.release.countDown();
        for (Future<ValidationOutcome> result : results) {
            assertSame(answer, result.get(10, SECONDS));
        }
        assertEquals(1, calls.get());
    }

    @Test
    void requestWaitingForAnIdenticalCallGivesUpAfterTheWaitLimit() throws Exception {
        Blocking blocking = new Blocking();
        CachingSessionValidator cache = new CachingSessionValidator(blocking, TTL, 10_000, Duration.ofMillis(1),
                time.clock(), time.ticker());
        Future<ValidationOutcome> first = threads.submit(() -> cache.validate(token));
        assertTrue(blocking.entered.await(10, SECONDS));
        try {
            // The call in flight is held for 10 s at most; a waiter bounded by 1 ms answers long before.
            Future<ValidationOutcome> waiter = threads.submit(() -> cache.validate(token));
            assertInstanceOf(Unavailable.class, waiter.get(5, SECONDS));
        } finally {
            blocking.release.countDown();
        }
        assertSame(answer, first.get(10, SECONDS));
        assertEquals(1, calls.get());
    }

    @Test
    void differentTokensDoNotWaitForEachOther() throws Exception {
        Blocking blocking = new Blocking();
        CachingSessionValidator cache = cache(t -> t == token ? blocking.validate(t) : answer);
        Future<ValidationOutcome> first = threads.submit(() -> cache.validate(token));
        assertTrue(blocking.entered.await(10, SECONDS));
        try {
            assertSame(answer, cache.validate(token(Tokens.another())));
        } finally {
            blocking.release.countDown();
        }
        first.get(10, SECONDS);
    }
}
