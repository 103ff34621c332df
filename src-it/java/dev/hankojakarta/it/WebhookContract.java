package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.hankojakarta.shapes.webhooks.RevocationObserver;
import dev.hankojakarta.shapes.webhooks.WebhookResources;
import dev.hankojakarta.shapes.webhooks.WebhooksApplication;
import dev.hankojakarta.testkit.HankoStandIn;
import dev.hankojakarta.testkit.HankoWebhooks;
import dev.hankojakarta.testkit.TokenBuilder;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A logout takes effect on the next request: the stand-in delivers Hanko's webhooks to {@code hanko.webhook.path}
 * exactly as Hanko does, and with a five-minute cache the revoked session is refused at once. Deliveries Hanko would
 * never send are refused and evict nothing. Run in each validation mode by its subclasses.
 */
abstract class WebhookContract extends WithHankoStandIn {

    static final String PATH = "hanko/webhook";
    private static final String SESSION = "api/session";

    /** The shapes application with the webhook endpoint, in {@code mode}, answers cached for five minutes. */
    static WebArchive webhookApplication(String name, String mode) {
        startHanko();
        return SampleDeployment.shapes(name, Map.of("hanko.api-url", hanko.apiUrl().toString(),
                "hanko.validation", mode, "hanko.cache.ttl", "5m", "hanko.webhook.path", "/" + PATH,
                "hanko.token.audience", "localhost"),
                WebhooksApplication.class, WebhookResources.class, RevocationObserver.class);
    }

    @BeforeEach
    void subscribe() {
        hanko.webhooks().reset();
        hanko.webhooks().subscribe(http().resolve(PATH), "session.delete", "user");
    }

    private int session(String token) {
        return http().bearer(SESSION, token).status();
    }

    private HankoWebhooks.Delivery awaitOne() {
        List<HankoWebhooks.Delivery> done = hanko.webhooks().awaitDeliveries(1, Duration.ofSeconds(15));
        assertEquals(1, done.size(), "no delivery within 15 s: " + done);
        return done.get(0);
    }

    @Test
    void aLogoutAtHankoIsRefusedOnTheNextRequest() {
        String token = hanko.user().sign();
        assertEquals(200, session(token));
        assertEquals(200, session(token), "answered from the cache");
        long start = System.nanoTime();
        assertTrue(hanko.logout(token));
        HankoWebhooks.Delivery delivery = awaitOne();
        assertEquals(204, delivery.status(), delivery::toString);
        Http.Response next = http().bearer(SESSION, token);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(401, next.status(), next::toString);
        assertEquals("Bearer realm=\"hanko\", error=\"invalid_token\"", next.header("WWW-Authenticate"));
        System.out.println("WebhookContract: logout to first 401 in " + millis + " ms (" + getClass().getSimpleName()
                + ")");
    }

    @Test
    void anAdminRevocationIsRefusedOnTheNextRequest() {
        TokenBuilder user = hanko.user();
        String token = user.sign();
        assertEquals(200, session(token));
        hanko.revoke(user.sessionId());
        assertEquals(204, awaitOne().status());
        assertEquals(401, session(token));
    }

    @Test
    void aDeletedUserLosesEverySessionAndOthersKeepTheirs() {
        String userId = UUID.randomUUID().toString();
        String phone = hanko.user(userId).sign();
        String laptop = hanko.user(userId).sign();
        String other = hanko.user().sign();
        assertEquals(200, session(phone));
        assertEquals(200, session(laptop));
        assertEquals(200, session(other));
        hanko.deleteUser(userId);
        assertEquals(204, awaitOne().status());
        assertEquals(401, session(phone));
        assertEquals(401, session(laptop));
        assertEquals(200, session(other));
    }

    @Test
    void theApplicationObservesWhatEndedOnce() {
        TokenBuilder user = hanko.user();
        String token = user.sign();
        assertEquals(200, session(token));
        // a second hook to the same URL, as a config hook beside a database hook: two deliveries, one event
        hanko.webhooks().subscribe(http().resolve(PATH), "session");
        hanko.logout(token);
        List<HankoWebhooks.Delivery> done = hanko.webhooks().awaitDeliveries(2, Duration.ofSeconds(15));
        assertEquals(List.of(204, 204), done.stream().map(HankoWebhooks.Delivery::status).toList(), done::toString);
        String seen = http().get("api/revocations").body();
        String expected = "SESSION session.delete.explicit.logout " + user.userId() + " " + user.sessionId();
        assertEquals(1, seen.lines().filter(expected::equals).count(), seen);
    }

    // --- deliveries Hanko never sends: refused, nothing evicted

    private void assertRefusedAndStillSignedIn(String token, String body, int status) {
        Http.Response response = http().postJson(PATH, body);
        assertEquals(status, response.status(), response::toString);
        assertTrue(response.body().length() < 64 && !response.body().contains("Exception"), response::toString);
        assertEquals(200, session(token), "the session must survive a refused delivery");
    }

    private static Map<String, Object> sessionData(TokenBuilder user) {
        return Map.of("id", user.sessionId(), "user_id", user.userId(), "expires_at",
                Instant.now().plus(Duration.ofHours(1)).toString());
    }

    @Test
    void forgedExpiredOtherAudienceAndSessionTokenDeliveriesAreRefused() {
        TokenBuilder user = hanko.user();
        String token = user.sign();
        assertEquals(200, session(token));
        String event = "session.delete.explicit.logout";
        HankoWebhooks webhooks = hanko.webhooks();
        Map<String, Object> data = sessionData(user);
        assertRefusedAndStillSignedIn(token, HankoWebhooks.body(webhooks.token(event, data, Instant.now(),
                List.of("localhost"), HankoStandIn.foreignKey()), event), 401);
        assertRefusedAndStillSignedIn(token, HankoWebhooks.body(webhooks.token(event, data,
                Instant.now().minus(Duration.ofMinutes(10)), List.of("localhost"), hanko.signingKey()), event), 401);
        assertRefusedAndStillSignedIn(token, HankoWebhooks.body(webhooks.token(event, data, Instant.now(),
                List.of("elsewhere.example"), hanko.signingKey()), event), 401);
        assertRefusedAndStillSignedIn(token, HankoWebhooks.body(token, event), 401);
        assertRefusedAndStillSignedIn(token, HankoWebhooks.body(webhooks.token("user.update", data), event), 401);
        assertRefusedAndStillSignedIn(token, "{\"token\":", 400);
        assertRefusedAndStillSignedIn(token, "{}", 400);
    }

    @Test
    void withoutAnAdminUrlHankoAdminIsInjectedAndSaysWhatIsMissing() {
        Http.Response response = http().bearer("api/admin-status", hanko.user().sign());
        assertEquals(200, response.status(), response::toString);
        assertTrue(response.body().startsWith("NOT_CONFIGURED hanko.admin.api-url is not set"), response::toString);
    }

    @Test
    void theEndpointTakesPostOnlyAndNeverRedirects() {
        Http.Response get = http().get(PATH);
        assertEquals(405, get.status(), get::toString);
        assertEquals("POST", get.header("Allow"));
        int slash = http().postJson(PATH + "/", "{}").status();
        assertTrue(slash != 301 && slash != 302 && slash != 307 && slash != 308, "redirected: " + slash);
    }
}
