package dev.hankojakarta.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

/**
 * The test kit as a user's plain JUnit test meets it: the URL it publishes, the tokens it mints and Hanko's answers
 * about them, revocation, and the system property put back afterwards.
 */
class HankoTestKitTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsOnFirstUsePublishesItsUrlAndPutsThePropertyBack() {
        String before = System.getProperty(HankoTestKit.API_URL_PROPERTY);
        HankoTestKit kit = new HankoTestKit();
        try {
            URI url = kit.apiUrl();
            assertEquals(url.toString(), System.getProperty(HankoTestKit.API_URL_PROPERTY));
            assertTrue(kit.configProperties().contains("hanko.api-url=" + url + "\n"), kit.configProperties());
            assertTrue(kit.configProperties().contains("hanko.groups.claim=roles\n"), kit.configProperties());
        } finally {
            kit.afterAll(null);
        }
        assertEquals(before, System.getProperty(HankoTestKit.API_URL_PROPERTY));
        kit.afterAll(null); // a second stop is harmless
    }

    @Test
    void mintsTokensThatHankoAcceptsUntilTheSessionIsRevoked() throws Exception {
        HankoTestKit kit = new HankoTestKit();
        try {
            TokenBuilder admin = kit.user().email("ada@example.com").claim("roles", List.of("admin"));
            String token = admin.sign();

            SignedJWT jwt = SignedJWT.parse(token);
            assertEquals(admin.userId(), jwt.getJWTClaimsSet().getSubject());
            assertEquals(admin.sessionId(), jwt.getJWTClaimsSet().getStringClaim("session_id"));
            assertEquals(List.of("admin"), jwt.getJWTClaimsSet().getStringListClaim("roles"));

            Map<String, Object> answer = validate(kit, token);
            assertEquals(Boolean.TRUE, answer.get("is_valid"), answer::toString);
            assertEquals(admin.userId(), answer.get("user_id"), answer::toString);

            kit.revoke(admin.sessionId());
            Map<String, Object> afterLogout = validate(kit, token);
            assertEquals(Boolean.FALSE, afterLogout.get("is_valid"), afterLogout::toString);
            assertNull(afterLogout.get("claims"), afterLogout::toString);
        } finally {
            kit.afterAll(null);
        }
    }

    private Map<String, Object> validate(HankoTestKit kit, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(kit.apiUrl() + "/sessions/validate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"session_token\":\"" + token + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        try {
            return JSONObjectUtils.parse(response.body());
        } catch (java.text.ParseException e) {
            throw new AssertionError(response.body(), e);
        }
    }
}
