package dev.hankojakarta.internal.mechanism;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** README, Security: cross-origin state-changing requests with the cookie's token are refused; Bearer ones never. */
class CrossOriginCheckTest {

    private static final String HOST = "app.example.com";
    private final CrossOriginCheck check = new CrossOriginCheck(true, Set.of("https://admin.example.com"));

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "post", "PROPFIND"})
    void aCrossSiteUnsafeRequestWithTheCookieIsRefused(String method) {
        assertTrue(check.refuses(method, true, "cross-site", "https://evil.example", HOST));
        assertTrue(check.refuses(method, true, "same-site", "https://other.example.com", HOST), "another origin of the same site");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void safeMethodsPass(String method) {
        assertFalse(check.refuses(method, true, "cross-site", "https://evil.example", HOST));
    }

    @Test
    void bearerRequestsAreNeverRefused() {
        assertFalse(check.refuses("POST", false, "cross-site", "https://evil.example", HOST));
    }

    @Test
    void sameOriginAndUserInitiatedRequestsPass() {
        assertFalse(check.refuses("POST", true, "same-origin", "https://app.example.com", HOST));
        assertFalse(check.refuses("POST", true, "none", null, HOST));
        assertFalse(check.refuses("POST", true, " Same-Origin ", null, HOST));
    }

    @Test
    void withoutSecFetchSiteTheOriginDecides() {
        assertFalse(check.refuses("POST", true, null, "https://app.example.com", HOST));
        assertFalse(check.refuses("POST", true, null, "http://app.example.com", HOST), "a TLS-terminating proxy");
        assertTrue(check.refuses("POST", true, null, "https://evil.example", HOST));
        assertTrue(check.refuses("POST", true, null, "https://app.example.com:8443", HOST), "another port, another origin");
        assertTrue(check.refuses("POST", true, null, "null", HOST), "an opaque origin (sandboxed frame, data: URL)");
        assertTrue(check.refuses("POST", true, null, "https://app.example.com", null), "no Host to compare with");
    }

    @Test
    void withNeitherHeaderTheRequestIsNotFromABrowserAndPasses() {
        assertFalse(check.refuses("POST", true, null, null, HOST));
    }

    @Test
    void trustedOriginsPass() {
        assertFalse(check.refuses("POST", true, "same-site", "https://admin.example.com", HOST));
        assertFalse(check.refuses("DELETE", true, null, "https://admin.example.com", HOST));
        assertTrue(check.refuses("POST", true, "same-site", "https://admin.example.com.evil.example", HOST));
    }

    @Test
    void switchedOffNothingIsRefused() {
        assertFalse(new CrossOriginCheck(false, Set.of()).refuses("POST", true, "cross-site", "https://evil.example", HOST));
    }
}
