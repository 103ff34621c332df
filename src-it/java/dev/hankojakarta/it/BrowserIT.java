package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.hankojakarta.testkit.DemoUsers;
import dev.hankojakarta.testkit.DemoUsers.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample application's page in a real browser: headless Chromium from the distribution's packages, driven
 * through its chromedriver, against the sample WAR in Payara Micro and the Hanko stand-in. A demo user signs in
 * (the page sets the {@code hanko} cookie as Hanko's frontend SDK does), the page shows the caller and the claims,
 * the admin endpoint answers 403 to a plain user and 200 to the admin, signing out gives 401. With the demo sign-in
 * gone, as on a real Hanko, the page offers Hanko's own {@code <hanko-auth>} element, talking to the configured URL.
 * Nothing is ever loaded from anywhere but this machine.
 *
 * <p>Skipped when Chromium is not installed, except under CI, where that is an error.
 */
@EnabledIf(value = "chromiumPresent", disabledReason = "Chromium is not installed: apt-get install chromium chromium-driver")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT extends WithHankoStandIn {

    // Debian's packages; overridable, never downloaded (no Selenium Manager).
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    static ChromeDriver browser;
    static Path browserDir;
    /** Every URL the browser requested, from Chromium's network log. */
    static final List<String> requested = new CopyOnWriteArrayList<>();

    /** The page, on 127.0.0.1 as in {@link Http}: a host name the browser keeps cookies for. */
    String page;
    Http http;

    static boolean chromiumPresent() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return true;
        }
        if ("true".equals(System.getenv("CI"))) {
            return true; // run and fail: CI must not turn green by skipping the browser
        }
        System.err.println("BrowserIT skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)");
        return false;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        return SampleDeployment.war("browser", Map.of(
                "hanko.api-url", hanko.apiUrl().toString(),
                "hanko.admin.api-url", hanko.adminUrl().toString(),
                "hanko.cache.ttl", "5m",
                "hanko.groups.claim", "roles"));
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("CI=true but Chromium is missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): .ci/run installs the packages chromium and chromium-driver");
        }
        browserDir = Path.of(System.getProperty("browser.dir", "target/browser"));
        Path profile = Files.createTempDirectory(Files.createDirectories(browserDir), "profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox because CI runs as root; the background-networking flags keep Chromium from calling home.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .withLogFile(browserDir.resolve("chromedriver.log").toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void open() {
        http = new Http(deployment);
        String path = deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
        page = "http://127.0.0.1:" + deployment.getPort() + path;
        hanko.demo().enabled(true);
        browser.manage().deleteAllCookies();
        browser.get(page);
        waitFor("the page to start", d -> "signed-out".equals(body("state")));
    }

    // ------------------------------------------------------------------ demo sign-in

    @Test
    @Order(1)
    void plainUserSeesCallerAndClaimsGets403FromAdminAndSignsOutTo401() throws Exception {
        DemoUser bob = DemoUsers.find("bob").orElseThrow();
        assertEquals("401", status("me-status"), "signed out, the protected API answers 401");

        click("button[data-user='bob']");
        waitFor("GET api/me to answer 200", d -> "200".equals(status("me-status")));

        assertEquals(bob.userId(), text("caller"));
        Map<String, Object> me = JSONObjectUtils.parse(text("me-body"));
        assertEquals(bob.userId(), me.get("userId"));
        assertEquals("bob@example.com", me.get("email"));
        assertEquals(List.of("passkey"), me.get("amr"));
        Map<String, Object> claims = JSONObjectUtils.parse(text("claims"));
        assertEquals(bob.userId(), claims.get("sub"));
        assertEquals("bob", claims.get("username"));
        assertNotNull(claims.get("session_id"));
        assertEquals("403", status("admin-status"), "a plain user is not an admin");

        // the cookie as Hanko's frontend SDK sets it
        Cookie cookie = browser.manage().getCookieNamed("hanko");
        assertNotNull(cookie, "the page stores the token in the cookie hanko");
        assertFalse(cookie.isHttpOnly(), "set by script, so readable by scripts");
        assertEquals("Lax", cookie.getSameSite());
        assertEquals("/", cookie.getPath());
        String token = cookie.getValue();
        assertEquals(200, http.bearer("api/me", token).status(), "the token the page holds is valid");

        click("#sign-out");
        waitFor("GET api/me to answer 401", d -> "401".equals(status("me-status")));
        assertNull(browser.manage().getCookieNamed("hanko"), "signing out removes the cookie");
        assertEquals("signed-out", body("state"));
        // The application may reuse Hanko's answer for a while (hanko.cache.ttl); Hanko itself must refuse at once.
        assertEquals(Boolean.FALSE, validateAtHanko(token).get("is_valid"), "signing out ended the session at Hanko");
    }

    @Test
    @Order(2)
    void adminUserGets200FromAdmin() {
        DemoUser ada = DemoUsers.find("ada").orElseThrow();
        click("button[data-user='ada']");
        waitFor("GET api/admin to answer 200", d -> "200".equals(status("admin-status")));
        assertEquals("200", status("me-status"));
        assertEquals(ada.userId(), text("caller"));
        assertTrue(text("admin-body").contains(ada.userId()), text("admin-body"));

        click("#sign-out");
        waitFor("GET api/admin to answer 401", d -> "401".equals(status("admin-status")));
    }

    @Test
    @Order(3)
    void signingOutEverywhereIs401AtOnceDespiteTheCache() {
        DemoUser bob = DemoUsers.find("bob").orElseThrow();
        String elsewhere = hanko.user(bob.userId()).sign(); // bob on another device
        assertEquals(200, http.bearer("api/me", elsewhere).status());
        click("button[data-user='bob']");
        waitFor("the page to list bob's sessions", d -> text("sessions").contains("(this one)"));
        assertTrue(text("sessions").lines().count() >= 2, text("sessions"));

        click("#sign-out-others");
        waitFor("the page to say sessions ended", d -> text("sessions-note").contains("ended"));
        assertEquals(401, http.bearer("api/me", elsewhere).status(), "the other device is out at once");
        assertEquals("200", status("me-status"), "this one was kept");

        click("#sign-out-everywhere");
        waitFor("GET api/me to answer 401", d -> "401".equals(status("me-status")));
    }

    // ------------------------------------------------------------------ a real Hanko: <hanko-auth>

    @Test
    @Order(3)
    void withoutDemoSignInThePageOffersHankoAuthTalkingToTheConfiguredHanko() {
        String hankoUrl = hanko.apiUrl().toString();
        hanko.demo().enabled(false); // answers 404 on /demo/*, as a real Hanko does
        try {
            drainNetworkLog();
            browser.get(page);
            waitFor("<hanko-auth> to render", d -> Boolean.TRUE.equals(browser.executeScript(
                    "const e = document.querySelector('hanko-auth');"
                            + "return !!e && !!customElements.get('hanko-auth') && !!e.shadowRoot"
                            + " && e.shadowRoot.childElementCount > 0;")));
            assertEquals(hankoUrl, text("hanko-url"));
            assertTrue(browser.findElement(By.id("demo")).getAttribute("hidden") != null, "no demo sign-in");
            assertNull(browser.executeScript("return document.querySelector('[data-user]');"));

            // The element's own calls go to the configured Hanko: proof that it is configured with that URL.
            waitFor("<hanko-auth> to call the configured Hanko", d -> {
                drainNetworkLog();
                return requested.stream().anyMatch(u -> u.startsWith(hankoUrl + "/") && !u.contains("/demo/"));
            });
            assertTrue(requested.contains(page + "hanko-elements/elements.js"),
                    "the bundle comes from the WAR: " + requested);
        } finally {
            hanko.demo().enabled(true);
        }
    }

    // ------------------------------------------------------------------ nothing from elsewhere

    @Test
    @Order(4)
    void thePageLoadsNothingFromOutsideThisMachine() {
        drainNetworkLog();
        assertFalse(requested.isEmpty(), "the network log is read");
        Set<String> outside = new TreeSet<>();
        for (String url : requested) {
            // chrome://, data: and blob: never leave the browser (chrome:// is its own start page)
            String scheme = url.substring(0, Math.max(0, url.indexOf(':')));
            if (List.of("chrome", "data", "blob", "about").contains(scheme)) {
                continue;
            }
            if (!"127.0.0.1".equals(URI.create(url).getHost())) {
                outside.add(url);
            }
        }
        assertTrue(outside.isEmpty(), "requests beyond this machine: " + outside);
    }

    // ------------------------------------------------------------------ helpers

    /** Hanko's own answer for a token: POST /sessions/validate. */
    private static Map<String, Object> validateAtHanko(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(hanko.apiUrl() + "/sessions/validate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSONObjectUtils.toJSONString(Map.of("session_token", token))))
                .build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        return JSONObjectUtils.parse(body);
    }

    private String status(String id) {
        return browser.findElement(By.id(id)).getAttribute("data-status");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String body(String dataAttribute) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.body.dataset[arguments[0]] || null;", dataAttribute);
    }

    private void click(String css) {
        waitFor(css + " to be clickable", d -> {
            var elements = d.findElements(By.cssSelector(css));
            return !elements.isEmpty() && elements.get(0).isDisplayed();
        });
        browser.findElement(By.cssSelector(css)).click();
    }

    /** Waits for a condition; on timeout keeps a screenshot, the page and the browser console in target/browser. */
    private void waitFor(String what, ExpectedCondition<Boolean> condition) {
        try {
            new WebDriverWait(browser, PATIENCE, Duration.ofMillis(100)).until(condition);
        } catch (TimeoutException e) {
            String name = "failed-" + System.currentTimeMillis();
            try {
                Files.write(browserDir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                Files.writeString(browserDir.resolve(name + ".html"), browser.getPageSource());
                List<String> console = new ArrayList<>();
                browser.manage().logs().get(LogType.BROWSER).forEach(entry -> console.add(entry.toString()));
                Files.write(browserDir.resolve(name + "-console.txt"), console);
            } catch (Exception ignored) {
                // keep the original failure
            }
            throw new AssertionError("timed out waiting for " + what + " (see " + browserDir.resolve(name)
                    + ".png)", e);
        }
    }

    /** Moves the URLs of Chromium's network log into {@link #requested}. */
    private static void drainNetworkLog() {
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                Map<String, Object> message = JSONObjectUtils.getJSONObject(
                        JSONObjectUtils.parse(entry.getMessage()), "message");
                if ("Network.requestWillBeSent".equals(message.get("method"))) {
                    Map<String, Object> params = JSONObjectUtils.getJSONObject(message, "params");
                    requested.add((String) JSONObjectUtils.getJSONObject(params, "request").get("url"));
                }
            } catch (java.text.ParseException e) {
                throw new AssertionError("unreadable network log entry: " + entry.getMessage(), e);
            }
        }
    }
}
