package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hankojakarta.shapes.injected.PrincipalInjectingBean;
import dev.hankojakarta.shapes.listed.ListedApplication;
import dev.hankojakarta.shapes.listed.ListedResource;
import dev.hankojakarta.shapes.unlisted.UnlistedApplication;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Loud when unsure: shapes the library cannot make safe do not deploy, and the log says how to fix them. An
 * {@code Application} that lists its classes without {@code HankoFeature} would run its {@code @RolesAllowed}
 * resources without the library's rules; a bean outside request scope that injects {@code HankoPrincipal} would keep
 * its first caller.
 *
 * <p>Whether a broken application runs is told by its public resource, {@value #PROBE}: it must answer 404 (no
 * such context) or the library's 503 {@code misconfigured}, never what a running application answers. Servers differ in what a failed start looks like: WildFly refuses the
 * deployment and never publishes its URL; Payara Micro starts a process of its own for the deployment, publishes its
 * URL and logs it deployed before its web context fails; Open Liberty starts it despite the failed initializer. So
 * the URL the server published for the application, if any, is read from its log and probed there; without one, the
 * server's "deployed" line must be absent. (No managed deployment in this class: Payara Micro's connector would
 * lose track of its process when an unmanaged one starts another.)
 */
@ExtendWith(ArquillianExtension.class)
class DeploymentChecksIT {

    private static final String UNLISTED = "unlisted";
    private static final String INJECTED = "injected";
    private static final String PROBE = "api/listed/public";
    /** Nothing listens at this Hanko: the checks need none. */
    private static final Map<String, String> CONFIG = Map.of("hanko.api-url", "http://127.0.0.1:9");

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = UNLISTED, managed = false, testable = false)
    static WebArchive unlisted() {
        ServerLog.capture();
        return SampleDeployment.shapes(UNLISTED, CONFIG, UnlistedApplication.class, ListedResource.class);
    }

    @Deployment(name = INJECTED, managed = false, testable = false)
    static WebArchive injected() {
        ServerLog.capture();
        return SampleDeployment.shapes(INJECTED, CONFIG, ListedApplication.class, ListedResource.class,
                PrincipalInjectingBean.class);
    }

    @Test
    void listingClassesWithoutHankoFeatureFailsNamingTheApplicationAndTheFix() {
        String log = attempt(UNLISTED);
        assertTrue(log.contains("HANKO-020 " + UnlistedApplication.class.getName() + " lists classes"), log);
        assertTrue(log.contains("Add dev.hankojakarta.jaxrs.HankoFeature.class to the classes returned by getClasses()"), log);
    }

    @Test
    void injectingHankoPrincipalOutsideRequestScopeFailsNamingTheInjectionPointAndTheFix() {
        String log = attempt(INJECTED);
        assertTrue(log.contains("HANKO-022 " + PrincipalInjectingBean.class.getName()
                + ".user injects HankoPrincipal outside a @RequestScoped bean"), log);
        assertTrue(log.contains("Inject dev.hankojakarta.HankoCaller and call principal() instead"), log);
    }

    /** Deploys {@code name}, asserts that it does not serve, and answers what the server logged meanwhile. */
    private String attempt(String name) {
        String marker = System.getProperty("it.deployedMarker");
        assertNotNull(marker, "it.deployedMarker: the server's 'application started' log line, set by its profile");
        int before = ServerLog.text().length();
        AtomicReference<String> verdict = new AtomicReference<>();
        Deployments.attempt(deployer, name, () -> {
            String log = ServerLog.text().substring(before);
            Matcher published = Pattern.compile("https?://[^/\\s]+:(\\d+)/" + name + "\\b").matcher(log);
            if (published.find()) {
                // Not running: no such context (404), or the library's refusal (503 misconfigured). Anything else
                // is the application answering (200, or 401 where the server's own filter guards @PermitAll).
                Http.Response probe = new Http(url(published.group(1), name)).get(PROBE);
                boolean refused = probe.status() == 404
                        || probe.status() == 503 && probe.body().contains("\"misconfigured\"");
                verdict.set(refused ? null : "it answers " + PROBE + " with " + probe.status());
            } else {
                String failed = System.getProperty("it.contextFailedMarker");
                boolean contextFailed = failed != null && log.contains(String.format(failed, name));
                verdict.set(log.contains(String.format(marker, name)) && !contextFailed
                        ? "the server logged it deployed, and no failed start" : null);
            }
        });
        assertNull(verdict.get(), "the application must not run, but " + verdict.get());
        return ServerLog.text().substring(before);
    }

    private static URL url(String port, String name) {
        try {
            return new URL("http://127.0.0.1:" + port + "/" + name + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
