package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.hankojakarta.testkit.HankoStandIn;
import dev.hankojakarta.testkit.TokenBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The default mode, hybrid, with the cache of Hanko's answers on (README: "Calls to Hanko"). */
class HybridCacheIT extends WithHankoStandIn {

    Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        return SampleDeployment.war("hybrid", Map.of(
                "hanko.api-url", hanko.apiUrl().toString(),
                "hanko.cache.ttl", "2s"));
    }

    @BeforeEach
    void client() {
        http = new Http(deployment);
        hanko.resetCounters();
    }

    @AfterEach
    void noDelay() {
        hanko.delay(Duration.ZERO);
    }

    @Test
    void aCachedAnswerIsReusedForTheSameToken() {
        String token = hanko.user().sign();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, http.bearer("api/me", token).status());
        }
        assertEquals(1, hanko.validateCalls());
    }

    @Test
    void forgedAndExpiredTokensNeverReachHanko() {
        assertEquals(401, http.bearer("api/me", hanko.user().signedWith(HankoStandIn.foreignKey()).sign()).status());
        assertEquals(401, http.bearer("api/me", hanko.user().expired().sign()).status());
        assertEquals(0, hanko.validateCalls());
    }

    @Test
    void aRevokedSessionIsRefusedOnceTheCacheTtlHasPassed() throws InterruptedException {
        TokenBuilder user = hanko.user();
        String token = user.sign();
        assertEquals(200, http.bearer("api/me", token).status());
        hanko.revoke(user.sessionId());
        // The cached answer may be reused for up to hanko.cache.ttl (2 s); after that Hanko is asked again.
        int status = 0;
        for (long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos(); System.nanoTime() < deadline; ) {
            status = http.bearer("api/me", token).status();
            if (status == 401) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(401, status, "a revoked session must be refused once the cached answer expired");
        assertEquals(2, hanko.validateCalls(), "one call before the revocation, one after the TTL");
    }

    @Test
    void concurrentRequestsWithOneNewTokenShareOneCallToHanko() throws Exception {
        hanko.delay(Duration.ofMillis(500));
        String token = hanko.user().sign();
        ExecutorService pool = Executors.newFixedThreadPool(100);
        try {
            List<CompletableFuture<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                statuses.add(CompletableFuture.supplyAsync(() -> http.bearer("api/me", token).status(), pool));
            }
            for (CompletableFuture<Integer> status : statuses) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, hanko.validateCalls());
        assertTrue(hanko.jwksCalls() <= 1);
    }
}
