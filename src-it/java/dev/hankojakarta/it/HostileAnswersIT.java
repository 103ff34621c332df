package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.hankojakarta.testkit.HankoStandIn;
import dev.hankojakarta.testkit.HankoStandIn.Fault;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hanko, or something in its place, answering badly: every case gives the contract's answer (503, or 401 where Hanko
 * said the token is bad) within a bounded wait, follows no redirect, and leaves no request thread waiting.
 */
class HostileAnswersIT extends WithHankoStandIn {

    /** hanko.read-timeout of this deployment: the longest any exchange with Hanko may take. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    /** Far below what an unbounded wait would take (the drip alone needs minutes), far above any scheduling hiccup. */
    private static final Duration BOUNDED = READ_TIMEOUT.plusSeconds(8);

    Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        hanko.slowAnswerDelay(Duration.ofSeconds(30));
        return SampleDeployment.war("answers", Map.of(
                "hanko.api-url", hanko.apiUrl().toString(),
                "hanko.cache.ttl", "0",
                "hanko.read-timeout", READ_TIMEOUT.toSeconds() + "s"));
    }

    @BeforeEach
    void warmKeys() {
        http = new Http(deployment);
        hanko.heal();
        // Fetch the JWKS while Hanko is well, so that the hybrid mode's local check passes and Hanko's answer decides.
        assertEquals(200, http.bearer("api/me", hanko.user().sign()).status());
        hanko.resetCounters();
    }

    @AfterEach
    void heal() {
        hanko.heal();
    }

    private Http.Response protectedCallDuring(Fault fault) {
        String token = hanko.user().sign();
        hanko.fault(fault);
        long start = System.nanoTime();
        Http.Response response = http.bearer("api/me", token);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(waited.compareTo(BOUNDED) < 0, "waited " + waited.toMillis() + " ms");
        Http.Response open = http.bearer("api/public", token);
        assertEquals(200, open.status(), open::toString);
        assertNull(open.json("caller"));
        return response;
    }

    private void assertUnavailable(Fault fault) {
        Http.Response response = protectedCallDuring(fault);
        assertEquals(503, response.status(), response::toString);
        assertEquals("5", response.header("Retry-After"));
        assertEquals("{\"error\":\"temporarily_unavailable\"}", response.body());
    }

    private void assertStatusMeansUnavailable(int status) {
        hanko.failureStatus(status);
        assertUnavailable(Fault.STATUS);
    }

    @Test
    void isValidTrueWithoutClaimsIs503() {
        assertUnavailable(Fault.VALID_WITHOUT_CLAIMS);
    }

    @Test
    void claimsSubjectDifferingFromUserIdIs503() {
        assertUnavailable(Fault.SUBJECT_MISMATCH);
    }

    @Test
    void bodyOverOneMebibyteIs503() {
        assertUnavailable(Fault.OVERSIZED_BODY);
    }

    @Test
    void answerDrippingAByteASecondIs503WithinTheReadTimeout() {
        assertUnavailable(Fault.DRIP);
    }

    @Test
    void redirectIsNeverFollowed() {
        assertUnavailable(Fault.REDIRECT);
        assertEquals(0, hanko.otherRequests(), "the redirect was followed");
    }

    @Test
    void wrongContentTypeIs503() {
        assertUnavailable(Fault.WRONG_CONTENT_TYPE);
    }

    @Test
    void status400MeansHankoRefusedTheTokenSo401() {
        hanko.failureStatus(400);
        Http.Response response = protectedCallDuring(Fault.STATUS);
        assertEquals(401, response.status(), response::toString);
        assertEquals("Bearer realm=\"hanko\", error=\"invalid_token\"", response.header("WWW-Authenticate"));
    }

    @Test
    void a400ThatIsNotHankosIs503NotAnInvalidToken() {
        int logStart = ServerLog.text().length();
        Http.Response response = protectedCallDuring(Fault.GATEWAY_400);
        assertEquals(503, response.status(), response::toString);
        assertTrue(ServerLog.text().substring(logStart).contains("HANKO-006"), "the gateway's 400 is warned about");
    }

    @Test
    void status401Is503() {
        assertStatusMeansUnavailable(401);
    }

    @Test
    void status404Is503() {
        assertStatusMeansUnavailable(404);
    }

    @Test
    void status429Is503() {
        assertStatusMeansUnavailable(429);
    }

    @Test
    void status500Is503() {
        assertStatusMeansUnavailable(500);
    }

    @Test
    void status502Is503() {
        assertStatusMeansUnavailable(502);
    }

    @Test
    void status503Is503() {
        assertStatusMeansUnavailable(503);
    }

    @Test
    void hankoDownAnswers503WithinTheReadTimeoutLeavesNoThreadWaitingAndRecoversAtOnce() throws Exception {
        int logStart = ServerLog.text().length();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tokens.add(hanko.user().sign());
        }
        hanko.fault(Fault.SLOW);
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<CompletableFuture<Integer>> statuses = new ArrayList<>();
            long start = System.nanoTime();
            for (String token : tokens) {
                statuses.add(CompletableFuture.supplyAsync(() -> http.bearer("api/me", token).status(), pool));
            }
            for (CompletableFuture<Integer> status : statuses) {
                assertEquals(503, status.get());
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(waited.compareTo(BOUNDED) < 0, "40 requests during the outage took " + waited.toMillis() + " ms");
        } finally {
            pool.shutdownNow();
        }
        hanko.heal();
        // Served again at once: no thread of the server is still waiting on the slow Hanko.
        Http.Response back = http.bearer("api/me", tokens.get(0));
        assertEquals(200, back.status(), back::toString);
        String log = ServerLog.text().substring(logStart);
        assertEquals(1, count(log, "HANKO-001"), "one WARN when the outage starts");
        assertEquals(1, count(log, "HANKO-002"), "one WARN when it ends");
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
