package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import dev.hankojakarta.testkit.TokenBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * README, Security: a state-changing request from another origin whose token is the browser's cookie is refused with
 * 403 before the application runs, on public resources too; Bearer requests, safe methods, the page's own origin and
 * trusted origins pass.
 */
class CrossOriginIT extends WithHankoStandIn {

    private static final String TRUSTED = "https://admin.example.com";
    private static final String REFUSED = "{\"error\":\"cross_origin_request\"}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        return SampleDeployment.shapes("crossorigin", Map.of("hanko.api-url", hanko.apiUrl().toString(),
                "hanko.trusted-origins", TRUSTED));
    }

    private TokenBuilder user;
    private String cookie;

    @BeforeEach
    void signIn() {
        user = hanko.user();
        cookie = "hanko=" + user.sign();
    }

    @Test
    void aCrossSitePostWithTheCookieIs403AndTheResourceDoesNotRun() {
        Http.Response response = http().send("POST", "api/notes", "Cookie", cookie, "Sec-Fetch-Site", "cross-site",
                "Origin", "https://evil.example");
        assertEquals(403, response.status(), response::toString);
        assertEquals(REFUSED, response.body());
        assertEquals(403, http().send("DELETE", "api/notes", "Cookie", cookie, "Sec-Fetch-Site", "same-site",
                "Origin", "https://other.example.com").status());
    }

    @Test
    void withoutSecFetchSiteAForeignOriginIsRefused() {
        Http.Response response = http().send("POST", "api/notes", "Cookie", cookie, "Origin", "https://evil.example");
        assertEquals(403, response.status(), response::toString);
        assertEquals(REFUSED, response.body());
    }

    @Test
    void aPublicResourceIsProtectedToo() {
        Http.Response response = http().send("POST", "api/notes/public", "Cookie", cookie,
                "Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example");
        assertEquals(403, response.status(), response::toString);
    }

    @Test
    void thePagesOwnOriginPasses() {
        Http.Response sameOrigin = http().send("POST", "api/notes", "Cookie", cookie, "Sec-Fetch-Site", "same-origin",
                "Origin", http().origin());
        assertEquals(200, sameOrigin.status(), sameOrigin::toString);
        assertEquals("added by " + user.userId(), sameOrigin.body());
        Http.Response olderBrowser = http().send("POST", "api/notes", "Cookie", cookie, "Origin", http().origin());
        assertEquals(200, olderBrowser.status(), olderBrowser::toString);
    }

    @Test
    void bearerRequestsAndSafeMethodsAreNotAffected() {
        Http.Response bearer = http().send("POST", "api/notes", "Authorization", "Bearer " + user.sign(),
                "Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example");
        assertEquals(200, bearer.status(), bearer::toString);
        Http.Response get = http().send("GET", "api/notes", "Cookie", cookie, "Sec-Fetch-Site", "cross-site",
                "Origin", "https://evil.example");
        assertEquals(200, get.status(), get::toString);
    }

    @Test
    void aTrustedOriginPasses() {
        Http.Response response = http().send("POST", "api/notes", "Cookie", cookie, "Sec-Fetch-Site", "same-site",
                "Origin", TRUSTED);
        assertEquals(200, response.status(), response::toString);
    }

    @Test
    void aClientThatIsNoBrowserPasses() {
        assertEquals(200, http().send("POST", "api/notes", "Cookie", cookie).status());
    }
}
