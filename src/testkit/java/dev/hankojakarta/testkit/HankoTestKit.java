package dev.hankojakarta.testkit;

import java.net.URI;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that gives a test class its own Hanko: a {@link HankoStandIn} on 127.0.0.1 that speaks
 * Hanko's wire format (JWKS, {@code POST}/{@code GET /sessions/validate}, revocation, idle expiry, key rotation,
 * faults), started on first use and stopped after the class.
 * <pre>{@code
 * @RegisterExtension
 * static final HankoTestKit hanko = new HankoTestKit();
 *
 * @Deployment(testable = false)                       // Arquillian: the application gets the stand-in's URL
 * static WebArchive app() {
 *     return ShrinkWrap.create(WebArchive.class).addClasses(Orders.class, MyApplication.class)
 *             .addAsResource(new StringAsset(hanko.configProperties()), "META-INF/microprofile-config.properties")
 *             .addAsLibraries(Maven.resolver().resolve("dev.hankojakarta:hanko-jakarta:0.1.0-SNAPSHOT")
 *                     .withTransitivity().asFile());
 * }
 *
 * @Test
 * void adminsSeeOrders() {
 *     String token = hanko.user().claim("roles", List.of("admin")).sign();
 *     // GET /api/orders with "Authorization: Bearer " + token: 200; hanko.user().sign(): 403; no token: 401
 * }
 * }</pre>
 *
 * <p>Starting the stand-in also sets the system property {@code hanko.api-url} of the test JVM, which MicroProfile
 * Config reads in applications that run inside it (an embedded server); a server in a process of its own gets the
 * URL from {@link #configProperties()} or from {@link #apiUrl()}.
 */
public final class HankoTestKit implements BeforeAllCallback, AfterAllCallback {

    /** The key MicroProfile Config reads the Hanko URL from. */
    public static final String API_URL_PROPERTY = "hanko.api-url";

    private HankoStandIn standIn;
    private String previousApiUrl;

    /** The stand-in, started now if it is not running yet. */
    public synchronized HankoStandIn hanko() {
        if (standIn == null) {
            standIn = HankoStandIn.start();
            previousApiUrl = System.setProperty(API_URL_PROPERTY, standIn.apiUrl().toString());
        }
        return standIn;
    }

    /** The stand-in's API URL, for {@code hanko.api-url}. */
    public URI apiUrl() {
        return hanko().apiUrl();
    }

    /**
     * A {@code microprofile-config.properties} for the application under test: {@code hanko.api-url} pointing at the
     * stand-in, and {@code hanko.groups.claim=roles}, so that {@code TokenBuilder.claim("roles", ...)} grants roles.
     */
    public String configProperties() {
        return API_URL_PROPERTY + "=" + apiUrl() + "\nhanko.groups.claim=roles\n";
    }

    /** A token builder for a new user with a new session: {@code hanko.user().sign()} is a valid session token. */
    public TokenBuilder user() {
        return hanko().user();
    }

    /** Ends the session server-side, as a logout at Hanko does: Hanko then refuses its token. */
    public void revoke(String sessionId) {
        hanko().revoke(sessionId);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        hanko();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (standIn == null) {
            return;
        }
        standIn.close();
        standIn = null;
        if (previousApiUrl == null) {
            System.clearProperty(API_URL_PROPERTY);
        } else {
            System.setProperty(API_URL_PROPERTY, previousApiUrl);
        }
    }
}
