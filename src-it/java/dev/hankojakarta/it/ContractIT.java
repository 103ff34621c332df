package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.hankojakarta.testkit.HankoStandIn;
import dev.hankojakarta.testkit.HankoStandIn.Fault;
import dev.hankojakarta.testkit.TokenBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's outcome table ("What callers get"), row by row and in both columns, against the sample application
 * deployed with the library's jar in a real server, and a Hanko stand-in that speaks Hanko's wire format. Plus the
 * token sources, groups and the caller, one Hanko call per request, and the log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractIT extends WithHankoStandIn {

    private static final String PROTECTED = "api/me";
    private static final String PUBLIC = "api/public";
    private static final String ADMIN = "api/admin";

    Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        hanko.slowAnswerDelay(Duration.ofSeconds(4));
        // The default validation (hybrid), without the cache so that every row is decided afresh.
        return SampleDeployment.war("contract", Map.of(
                "hanko.api-url", hanko.apiUrl().toString(),
                "hanko.groups.claim", "roles",
                "hanko.cache.ttl", "0",
                "hanko.read-timeout", "1s"));
    }

    @BeforeEach
    void client() {
        http = new Http(deployment);
        hanko.heal();
        hanko.resetCounters();
    }

    @AfterEach
    void healHanko() {
        hanko.heal();
    }

    private static String token(TokenBuilder builder) {
        return builder.sign();
    }

    // ------------------------------------------------------------------ no token

    @Test
    void withoutHankoWebhookPathThereIsNoWebhookEndpoint() {
        for (String path : List.of("hanko/webhook", "hanko/webhooks", "webhook")) {
            Http.Response response = http.postJson(path, "{\"token\":\"x\",\"event\":\"user.delete\"}");
            // no such resource (404, or 405 where the server's default servlet takes no POST), never the library's answer
            assertTrue(response.status() == 404 || response.status() == 405, path + ": " + response);
        }
    }

    @Test
    void noTokenOnProtectedResourceIs401WithBearerChallenge() {
        Http.Response response = http.get(PROTECTED);
        assertEquals(401, response.status(), response::toString);
        assertEquals("Bearer realm=\"hanko\"", response.header("WWW-Authenticate"));
        assertEquals(0, hanko.validateCalls());
    }

    @Test
    void noTokenOnPublicResourcePassesAnonymously() {
        Http.Response response = http.get(PUBLIC);
        assertEquals(200, response.status(), response::toString);
        assertNull(response.json("caller"));
    }

    // ------------------------------------------------------------------ valid token

    @Test
    void validTokenOnProtectedResourceMakesTheHankoUserTheCaller() {
        TokenBuilder user = hanko.user().email("ada@example.com").username("ada").amr("passkey")
                .claim("tenant", "acme");
        Http.Response response = http.bearer(PROTECTED, token(user));
        assertEquals(200, response.status(), response::toString);
        assertEquals(user.userId(), response.json("jaxrsName"));
        assertEquals(user.userId(), response.json("securityName"));
        assertEquals(user.userId(), response.json("injectedUserId"));
        assertEquals(user.userId(), response.json("callerUserId"));
        assertEquals(user.userId(), response.json("userId"));
        assertEquals(user.sessionId(), response.json("sessionId"));
        assertEquals("ada@example.com", response.json("email"));
        assertEquals(true, response.json("emailVerified"));
        assertEquals("ada", response.json("username"));
        assertEquals(List.of("passkey"), response.json("amr"));
        assertNotNull(response.json("expiresAt"));
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = (Map<String, Object>) response.json("claims");
        assertEquals("acme", claims.get("tenant"));
        assertEquals(user.userId(), claims.get("sub"));
    }

    @Test
    void validTokenOnPublicResourceMakesTheHankoUserTheCaller() {
        TokenBuilder user = hanko.user();
        Http.Response response = http.bearer(PUBLIC, token(user));
        assertEquals(200, response.status(), response::toString);
        assertEquals(user.userId(), response.json("caller"));
    }

    @Test
    void validTokenWithoutTheRoleIs403() {
        Http.Response response = http.bearer(ADMIN, token(hanko.user()));
        assertEquals(403, response.status(), response::toString);
    }

    // ------------------------------------------------------------------ invalid tokens

    @Test
    void forgedTokenIs401InvalidTokenOnProtectedAndAnonymousOnPublic() {
        String forged = token(hanko.user().signedWith(HankoStandIn.foreignKey()));
        assertInvalidToken(forged);
    }

    @Test
    void expiredTokenIs401InvalidTokenOnProtectedAndAnonymousOnPublic() {
        assertInvalidToken(token(hanko.user().expired()));
    }

    @Test
    void revokedSessionIs401InvalidTokenOnProtectedAndAnonymousOnPublic() {
        TokenBuilder user = hanko.user();
        String token = token(user);
        assertEquals(200, http.bearer(PROTECTED, token).status());
        hanko.revoke(user.sessionId());
        assertInvalidToken(token);
    }

    @Test
    void malformedTokenIs401InvalidTokenWithoutAskingHanko() {
        assertInvalidToken("not-a-jwt");
        assertInvalidToken("a.b.c");
        assertEquals(0, hanko.validateCalls());
    }

    private void assertInvalidToken(String token) {
        Http.Response response = http.bearer(PROTECTED, token);
        assertEquals(401, response.status(), response::toString);
        assertEquals("Bearer realm=\"hanko\", error=\"invalid_token\"", response.header("WWW-Authenticate"));
        assertFalse(response.body().contains(token), "the answer must not echo the token");
        Http.Response open = http.bearer(PUBLIC, token);
        assertEquals(200, open.status(), open::toString);
        assertNull(open.json("caller"));
    }

    // ------------------------------------------------------------------ Hanko unavailable

    @Test
    void hankoUnreachableIs503WithRetryAfterOnProtectedAndAnonymousOnPublic() {
        assertUnavailable(Fault.CONNECTION_REFUSED);
    }

    @Test
    void hankoTooSlowIs503() {
        assertUnavailable(Fault.SLOW);
    }

    @Test
    void hankoServerErrorIs503() {
        assertUnavailable(Fault.SERVER_ERROR);
    }

    @Test
    void hankoUnreadableAnswerIs503() {
        assertUnavailable(Fault.UNREADABLE_BODY);
    }

    private void assertUnavailable(Fault fault) {
        String token = token(hanko.user());
        hanko.fault(fault);
        Http.Response response = http.bearer(PROTECTED, token);
        assertEquals(503, response.status(), response::toString);
        assertNotNull(response.header("Retry-After"), "503 must say when to retry");
        assertFalse(response.body().contains("Exception"), response::toString);
        Http.Response open = http.bearer(PUBLIC, token);
        assertEquals(200, open.status(), open::toString);
        assertNull(open.json("caller"));
        // A third failed call in a row: Hanko now counts as down (HANKO-001), still 503.
        assertEquals(503, http.bearer(PROTECTED, token).status());
        hanko.heal();
        assertEquals(200, http.bearer(PROTECTED, token).status(), "served again once Hanko is back");
    }

    // ------------------------------------------------------------------ token sources

    @Test
    void bearerTokenBeatsCookie() {
        TokenBuilder bearerUser = hanko.user();
        TokenBuilder cookieUser = hanko.user();
        Http.Response response = http.get(PROTECTED, "Authorization", "Bearer " + token(bearerUser),
                "Cookie", "hanko=" + token(cookieUser));
        assertEquals(200, response.status(), response::toString);
        assertEquals(bearerUser.userId(), response.json("userId"));

        Http.Response badBearer = http.get(PROTECTED, "Authorization", "Bearer " + token(hanko.user().expired()),
                "Cookie", "hanko=" + token(cookieUser));
        assertEquals(401, badBearer.status(), "a present Bearer token is the token, even when the cookie is valid");
    }

    @Test
    void hankoCookieAuthenticates() {
        TokenBuilder user = hanko.user();
        Http.Response response = http.cookie(PROTECTED, "hanko=" + token(user));
        assertEquals(200, response.status(), response::toString);
        assertEquals(user.userId(), response.json("userId"));
    }

    @Test
    void ofTwoHankoCookiesTheValidOneWins() {
        TokenBuilder stale = hanko.user();
        String staleToken = token(stale);
        hanko.revoke(stale.sessionId());
        TokenBuilder fresh = hanko.user();
        Http.Response response = http.cookie(PROTECTED, "hanko=" + staleToken + "; hanko=" + token(fresh));
        assertEquals(200, response.status(), response::toString);
        assertEquals(fresh.userId(), response.json("userId"));
    }

    @Test
    void cookieWhoseNameOnlyStartsWithHankoIsIgnored() {
        Http.Response response = http.cookie(PROTECTED, "hanko-device-token=" + token(hanko.user()));
        assertEquals(401, response.status(), response::toString);
        assertEquals("Bearer realm=\"hanko\"", response.header("WWW-Authenticate"));
    }

    @Test
    void tokenInQueryStringIsIgnored() {
        Http.Response response = http.get(PROTECTED + "?hanko=" + token(hanko.user()));
        assertEquals(401, response.status(), response::toString);
        assertEquals(0, hanko.validateCalls());
    }

    // ------------------------------------------------------------------ groups

    @Test
    void adminGroupFromTheRolesClaimGrantsTheAdminRole() {
        TokenBuilder admin = hanko.user().claim("roles", List.of("admin", "editor"));
        Http.Response response = http.bearer(ADMIN, token(admin));
        assertEquals(200, response.status(), response::toString);
        assertEquals(admin.userId(), response.json("admin"));
    }

    @Test
    void groupFromTheApplicationsOwnIdentityStoreGrantsItsRole() {
        Http.Response auditor = http.bearer("api/audit", token(hanko.user().email("eve@auditors.example")));
        assertEquals(200, auditor.status(), auditor::toString);
        Http.Response other = http.bearer("api/audit", token(hanko.user().email("bob@example.com")));
        assertEquals(403, other.status(), other::toString);
    }

    // ------------------------------------------------------------------ calls to Hanko

    @Test
    void oneRequestToARolesAllowedMethodCallsHankoOnce() {
        String token = token(hanko.user());
        assertEquals(200, http.bearer(PROTECTED, token).status());
        assertEquals(1, hanko.validateCalls());
        assertEquals(200, http.bearer(PUBLIC, token).status());
        assertEquals(2, hanko.validateCalls());
        assertEquals(200, http.bearer(ADMIN, token(hanko.user().claim("roles", List.of("admin")))).status());
        assertEquals(3, hanko.validateCalls());
    }

    @Test
    void forgedAndExpiredTokensNeverReachHankoInHybridMode() {
        assertEquals(401, http.bearer(PROTECTED, token(hanko.user().signedWith(HankoStandIn.foreignKey()))).status());
        assertEquals(401, http.bearer(PROTECTED, token(hanko.user().expired())).status());
        assertEquals(0, hanko.validateCalls());
    }

    // ------------------------------------------------------------------ logs

    @Test
    @Order(Integer.MAX_VALUE)
    void theServerLogNeverContainsATokenOrItsSignature() {
        String log = ServerLog.text();
        assertTrue(log.contains("HANKO-001"), "the outages of this class are logged");
        for (String secret : IssuedTokens.secrets()) {
            assertFalse(log.contains(secret), "the log contains a token payload, signature, session id or email");
        }
    }
}
