package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import dev.hankojakarta.testkit.HankoStandIn;
import dev.hankojakarta.testkit.HankoStandIn.Fault;
import dev.hankojakarta.testkit.TokenBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code hanko.validation=local}: tokens are checked against Hanko's JWKS only, never with a call per token. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalModeIT extends WithHankoStandIn {

    Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        return SampleDeployment.war("local", Map.of(
                "hanko.api-url", hanko.apiUrl().toString(),
                "hanko.validation", "local",
                "hanko.cache.ttl", "0"));
    }

    @BeforeEach
    void client() {
        http = new Http(deployment);
        hanko.heal();
        hanko.resetCounters();
    }

    @Test
    @Order(1)
    void aValidTokenIsAcceptedWithoutAskingHankoAboutTheSession() {
        TokenBuilder user = hanko.user().email("ada@example.com");
        Http.Response response = http.bearer("api/me", user.sign());
        assertEquals(200, response.status(), response::toString);
        assertEquals(user.userId(), response.json("userId"));
        assertEquals("ada@example.com", response.json("email"));
        assertEquals(0, hanko.validateCalls());
        assertEquals(1, hanko.jwksCalls(), "the key set is fetched once");
        assertEquals(200, http.bearer("api/me", hanko.user().sign()).status());
        assertEquals(1, hanko.jwksCalls(), "and then reused");
    }

    @Test
    @Order(2)
    void aRotatedKeyIsAcceptedWithoutARestart() {
        hanko.rotateKey();
        TokenBuilder user = hanko.user();
        Http.Response response = http.bearer("api/me", user.sign());
        assertEquals(200, response.status(), response::toString);
        assertEquals(user.userId(), response.json("userId"));
    }

    @Test
    @Order(3)
    void forgedAndExpiredTokensAreRefusedWithoutAskingHankoAndWithoutRefetchingKeys() {
        // The rotation above refetched the key set; unknown kids right after it must not hammer Hanko.
        for (int i = 0; i < 3; i++) {
            assertEquals(401, http.bearer("api/me", hanko.user().signedWith(HankoStandIn.foreignKey()).sign())
                    .status());
        }
        assertEquals(401, http.bearer("api/me", hanko.user().expired().sign()).status());
        assertEquals(0, hanko.validateCalls());
        assertEquals(0, hanko.jwksCalls(), "an unknown kid refetches the key set at most once per 30 s");
    }

    @Test
    @Order(5)
    void theLastGoodKeysStayInUseWhileTheJwksEndpointIsDown() {
        hanko.fault(Fault.CONNECTION_REFUSED);
        Http.Response response = http.bearer("api/me", hanko.user().sign());
        assertEquals(200, response.status(), response::toString);
    }

    @Test
    @Order(6)
    void localModeCannotSeeARevokedSessionBeforeItsTokenExpires() {
        TokenBuilder user = hanko.user();
        String token = user.sign();
        hanko.revoke(user.sessionId());
        assertEquals(200, http.bearer("api/me", token).status(), "documented: local mode has no revocation");
    }
}
