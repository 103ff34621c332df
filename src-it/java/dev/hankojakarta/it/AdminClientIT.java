package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.hankojakarta.shapes.admin.AdminApplication;
import dev.hankojakarta.shapes.admin.AdminFailures;
import dev.hankojakarta.shapes.admin.MySessionsResource;
import dev.hankojakarta.testkit.TokenBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code HankoAdmin} against the stand-in's Admin API, with a five-minute cache and no webhooks: a session the
 * application revokes is refused at once; sign out everywhere keeps only the session asked for; failures say what to
 * fix and never show the API key.
 */
class AdminClientIT extends WithHankoStandIn {

    private static final String KEY = "admin-key-" + UUID.randomUUID();

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        hanko.adminKey(KEY);
        return SampleDeployment.shapes("admin", Map.of("hanko.api-url", hanko.apiUrl().toString(),
                "hanko.cache.ttl", "5m", "hanko.admin.api-url", hanko.adminUrl().toString(),
                "hanko.admin.api-key", KEY), AdminApplication.class, MySessionsResource.class, AdminFailures.class);
    }

    @AfterEach
    void keyBack() {
        hanko.adminKey(KEY);
        hanko.heal();
    }

    private Http.Response get(String path, String token) {
        return http().bearer(path, token);
    }

    private Http.Response send(String method, String path, String token) {
        return http().send(method, path, "Authorization", "Bearer " + token);
    }

    @Test
    void aUserSeesTheirSessions() {
        String userId = UUID.randomUUID().toString();
        TokenBuilder phone = hanko.user(userId);
        TokenBuilder laptop = hanko.user(userId);
        String token = phone.sign();
        laptop.sign();
        hanko.user().sign(); // someone else's
        Http.Response response = get("api/my/sessions", token);
        assertEquals(200, response.status(), response::toString);
        assertEquals(Set.of(phone.sessionId(), laptop.sessionId()), Set.copyOf(response.body().lines().toList()));
    }

    @Test
    void aSessionRevokedThroughTheClientIsRefusedAtOnceDespiteTheCache() {
        String userId = UUID.randomUUID().toString();
        TokenBuilder phone = hanko.user(userId);
        String phoneToken = phone.sign();
        String laptopToken = hanko.user(userId).sign();
        assertEquals(200, get("api/my/sessions", phoneToken).status());
        assertEquals(200, get("api/my/sessions", phoneToken).status(), "now cached for five minutes");
        Http.Response revoked = send("DELETE", "api/my/sessions/" + phone.sessionId(), laptopToken);
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals(401, get("api/my/sessions", phoneToken).status());
        assertEquals(200, get("api/my/sessions", laptopToken).status());
    }

    @Test
    void signOutEverywhereKeepsOnlyTheSessionAskedFor() {
        String userId = UUID.randomUUID().toString();
        String phone = hanko.user(userId).sign();
        String laptop = hanko.user(userId).sign();
        String tablet = hanko.user(userId).sign();
        for (String token : List.of(phone, laptop, tablet)) {
            assertEquals(200, get("api/my/user", token).status());
        }
        Http.Response response = send("POST", "api/my/sign-out-everywhere?keep-this=true", phone);
        assertEquals(200, response.status(), response::toString);
        assertEquals("2", response.body());
        assertEquals(200, get("api/my/user", phone).status());
        assertEquals(401, get("api/my/user", laptop).status());
        assertEquals(401, get("api/my/user", tablet).status());
        assertEquals("0", send("POST", "api/my/sign-out-everywhere?keep-this=true", phone).body());
        assertEquals("1", send("POST", "api/my/sign-out-everywhere", phone).body());
        assertEquals(401, get("api/my/user", phone).status());
    }

    @Test
    void anotherUsersSessionIsNotFound() {
        TokenBuilder stranger = hanko.user();
        String strangerToken = stranger.sign();
        String mine = hanko.user().sign();
        Http.Response response = send("DELETE", "api/my/sessions/" + stranger.sessionId(), mine);
        assertEquals(404, response.status(), response::toString);
        assertTrue(response.body().startsWith("NOT_FOUND"), response::toString);
        assertEquals(200, get("api/my/user", strangerToken).status());
    }

    @Test
    void aRefusedKeySaysWhichKeyToFixAndNeverShowsIt() {
        String token = hanko.user().sign();
        hanko.adminKey("another-key");
        Http.Response response = get("api/my/sessions", token);
        assertEquals(502, response.status(), response::toString);
        assertTrue(response.body().startsWith("UNAUTHORIZED") && response.body().contains("hanko.admin.api-key"),
                response::toString);
        assertFalse(response.body().contains(KEY), response::toString);
        assertFalse(ServerLog.text().contains(KEY), "the key reached the server log");
    }
}
