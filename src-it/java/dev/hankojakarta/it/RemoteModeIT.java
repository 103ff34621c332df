package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import dev.hankojakarta.testkit.HankoStandIn;
import dev.hankojakarta.testkit.HankoStandIn.Fault;
import dev.hankojakarta.testkit.TokenBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code hanko.validation=remote}: Hanko decides every uncached token, no key set is ever fetched, and
 * {@code hanko.token.audience} still narrows what counts as valid, though no local check runs.
 */
class RemoteModeIT extends WithHankoStandIn {

    private static final String AUDIENCE = "app.example";

    Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        return SampleDeployment.war("remote", Map.of(
                "hanko.api-url", hanko.apiUrl().toString(),
                "hanko.validation", "remote",
                "hanko.token.audience", AUDIENCE,
                "hanko.cache.ttl", "0"));
    }

    @BeforeEach
    void client() {
        http = new Http(deployment);
        hanko.heal();
        hanko.resetCounters();
    }

    @Test
    void hankoDecidesEveryRequestAndNoKeySetIsFetched() {
        TokenBuilder user = hanko.user().audience(AUDIENCE);
        String token = user.sign();
        Http.Response response = http.bearer("api/me", token);
        assertEquals(200, response.status(), response::toString);
        assertEquals(user.userId(), response.json("userId"));
        assertEquals(200, http.bearer("api/me", token).status());
        assertEquals(2, hanko.validateCalls(), "with the cache off, each request asks Hanko");
        assertEquals(0, hanko.jwksCalls(), "remote mode never fetches the keys");
    }

    @Test
    void aSessionForAnotherAudienceIs401ThoughHankoSaysItIsValid() {
        Http.Response response = http.bearer("api/me", hanko.user().sign()); // aud: localhost
        assertEquals(401, response.status(), response::toString);
        assertEquals("Bearer realm=\"hanko\", error=\"invalid_token\"", response.header("WWW-Authenticate"));
        assertEquals(1, hanko.validateCalls(), "Hanko was asked, and said valid");
    }

    @Test
    void aForgedTokenIsRefusedByHanko() {
        Http.Response response = http.bearer("api/me",
                hanko.user().audience(AUDIENCE).signedWith(HankoStandIn.foreignKey()).sign());
        assertEquals(401, response.status(), response::toString);
    }

    @Test
    void aLoggedOutSessionIs401AtOnce() {
        TokenBuilder user = hanko.user().audience(AUDIENCE);
        String token = user.sign();
        assertEquals(200, http.bearer("api/me", token).status());
        hanko.revoke(user.sessionId());
        assertEquals(401, http.bearer("api/me", token).status());
    }

    @Test
    void hankoDownIs503() {
        hanko.fault(Fault.CONNECTION_REFUSED);
        Http.Response response = http.bearer("api/me", hanko.user().audience(AUDIENCE).sign());
        assertEquals(503, response.status(), response::toString);
    }
}
