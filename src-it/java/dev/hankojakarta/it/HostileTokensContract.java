package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What attackers present instead of a session token. Each ends in 401 on a protected method and anonymous on a
 * public one, without any call to Hanko's session endpoint and without fetching anything a token points at. Run in
 * the hybrid and the local mode by the subclasses.
 */
abstract class HostileTokensContract extends WithHankoStandIn {

    Http http;
    HostileTokens tokens;

    @BeforeEach
    void client() {
        http = new Http(deployment);
        tokens = new HostileTokens(hanko);
        // The key set is known before the attack, as it is in a running application.
        assertEquals(200, http.bearer("api/me", tokens.valid()).status());
        hanko.resetCounters();
    }

    @AfterEach
    void nothingReachedHanko() {
        assertEquals(0, hanko.validateCalls(), "a hostile token reached Hanko's session endpoint");
        assertEquals(0, hanko.otherRequests(), "something a token pointed at was fetched");
    }

    private void assertRefused(String token) {
        Http.Response response = http.bearer("api/me", token);
        assertEquals(401, response.status(), response::toString);
        assertEquals("Bearer realm=\"hanko\", error=\"invalid_token\"", response.header("WWW-Authenticate"));
        Http.Response open = http.bearer("api/public", token);
        assertEquals(200, open.status(), open::toString);
        assertNull(open.json("caller"));
    }

    private void assertRefusedAsCookie(String cookieHeader) {
        Http.Response response = http.cookie("api/me", cookieHeader);
        assertEquals(401, response.status(), response::toString);
        Http.Response open = http.cookie("api/public", cookieHeader);
        assertEquals(200, open.status(), open::toString);
        assertNull(open.json("caller"));
    }

    @Test
    void algNone() {
        tokens.algNone().forEach(this::assertRefused);
    }

    @Test
    void hs256SignedWithTheRsaPublicKey() {
        assertRefused(tokens.hs256WithThePublicKey());
    }

    @Test
    void rs256ByAnUnknownKeyClaimingHankosKid() {
        assertRefused(tokens.foreignKeyWithHankosKid());
    }

    @Test
    void unknownKid() {
        assertRefused(tokens.unknownKid());
    }

    @Test
    void kidWithPathCharacters() {
        assertRefused(tokens.kid("../../../../etc/passwd"));
    }

    @Test
    void kidWithAUrl() {
        assertRefused(tokens.kid(hanko.apiUrl() + "/attacker/key"));
    }

    @Test
    void kidWithQuotes() {
        assertRefused(tokens.kid("\"' OR '1'='1"));
    }

    @Test
    void jkuHeaderPointingElsewhere() {
        assertRefused(tokens.jku());
        assertRefused(tokens.jkuBesideHankosKid());
    }

    @Test
    void x5uHeaderPointingElsewhere() {
        assertRefused(tokens.x5u());
    }

    @Test
    void embeddedJwkHeader() {
        assertRefused(tokens.embeddedJwk());
    }

    @Test
    void expired() {
        assertRefused(tokens.expired());
    }

    @Test
    void notBeforeFarInTheFuture() {
        assertRefused(tokens.notBeforeFarInTheFuture());
    }

    @Test
    void issuedFarInTheFuture() {
        assertRefused(tokens.issuedFarInTheFuture());
    }

    @Test
    void missingExp() {
        assertRefused(tokens.without("exp"));
    }

    @Test
    void missingSub() {
        assertRefused(tokens.without("sub"));
    }

    @Test
    void missingSessionId() {
        assertRefused(tokens.without("session_id"));
    }

    @Test
    void subNotAUuid() {
        assertRefused(tokens.withClaim("sub", "admin"));
    }

    @Test
    void sessionIdNotAUuid() {
        assertRefused(tokens.withClaim("session_id", "1 OR 1=1"));
    }

    @Test
    void hankoWebhookTokenPresentedAsASession() {
        assertRefused(tokens.webhook());
    }

    @Test
    void truncatedToken() {
        String valid = tokens.valid();
        assertRefused(valid.substring(0, valid.length() - 12));
        assertRefused(valid.substring(0, valid.lastIndexOf('.')));
    }

    @Test
    void paddedSegments() {
        String valid = tokens.valid();
        assertRefused(valid + "==");
        String[] parts = valid.split("\\.");
        assertRefused(parts[0] + "=." + parts[1] + "." + parts[2]);
    }

    @Test
    void nonBase64urlSegments() {
        String valid = tokens.valid();
        String[] parts = valid.split("\\.");
        assertRefused(parts[0] + "." + parts[1].replace('-', '+').replace('_', '/') + "+/." + parts[2]);
    }

    @Test
    void tokenOf8KiBPlusOneCharacter() {
        int padding = 6000;
        String token = tokens.withClaim("pad", "x".repeat(padding));
        while (token.length() != 8 * 1024 + 1) {
            padding += (8 * 1024 + 1 - token.length()) * 3 / 4;
            if ((8 * 1024 + 1 - token.length()) * 3 / 4 == 0) {
                padding += token.length() < 8 * 1024 + 1 ? 1 : -1;
            }
            token = tokens.withClaim("pad", "x".repeat(padding));
        }
        // A server may refuse a request with such a header before any application sees it (Payara's default limit
        // for all headers is 8 KiB): that is a refusal too. What must never happen is a 200 or a 5xx.
        Http.Response response = http.bearer("api/me", token);
        assertTrue(response.status() == 401 || response.status() == 400 || response.status() == 413
                || response.status() == 431, response::toString);
        Http.Response open = http.bearer("api/public", token);
        assertTrue(open.status() == 200 && open.json("caller") == null || open.status() == 400
                || open.status() == 413 || open.status() == 431, open::toString);
    }

    @Test
    void nonAsciiCharacters() {
        String valid = tokens.valid();
        int status = http.rawGet("api/me", "Authorization: Bearer " + valid.substring(0, 40) + "\u00e9\u00df"
                + valid.substring(42) + "\r\n");
        assertTrue(status == 401 || status == 400, "non-ASCII token answered " + status);
        int open = http.rawGet("api/public", "Authorization: Bearer " + valid.substring(0, 40) + "\u00e9\u00df"
                + valid.substring(42) + "\r\n");
        assertTrue(open == 200 || open == 400, "public resource answered " + open);
    }

    @Test
    void encodedCrLfAndSemicolonInCookieValues() {
        String valid = tokens.valid();
        assertRefusedAsCookie("hanko=" + valid + "%0D%0ASet-Cookie:%20x=1");
        assertRefusedAsCookie("hanko=\"" + valid.substring(0, 100) + ";" + valid.substring(100) + "\"");
        assertRefusedAsCookie("hanko=" + valid.substring(0, 100) + "; " + valid.substring(100));
    }

    @Test
    void duplicateCookiesBeyondTheThreeTried() {
        String valid = tokens.valid();
        assertRefusedAsCookie("hanko=a.b.c; hanko=x; hanko=" + valid.substring(1) + "; hanko=" + valid);
    }

    @Test
    void lowercaseBearerSchemeWithAForgedToken() {
        Http.Response response = http.get("api/me", "Authorization", "bearer " + tokens.unknownKid());
        assertEquals(401, response.status(), response::toString);
    }

    @Test
    void paddedBearerSchemeWithAForgedToken() {
        Http.Response response = http.get("api/me", "Authorization", "Bearer    " + tokens.unknownKid() + "   ");
        assertEquals(401, response.status(), response::toString);
    }

    @Test
    void emptyBearer() {
        Http.Response response = http.get("api/me", "Authorization", "Bearer ");
        assertEquals(401, response.status(), response::toString);
        assertEquals("Bearer realm=\"hanko\", error=\"invalid_token\"", response.header("WWW-Authenticate"));
    }

    @Test
    void cookieWhoseNameMerelyStartsWithTheConfiguredName() {
        Http.Response response = http.cookie("api/me", "hankoX=" + tokens.valid());
        assertEquals(401, response.status(), response::toString);
        assertEquals("Bearer realm=\"hanko\"", response.header("WWW-Authenticate"));
    }
}
