package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.hankojakarta.shapes.injected.PrincipalInjectingBean;
import dev.hankojakarta.shapes.listed.ListedApplication;
import dev.hankojakarta.shapes.listed.ListedResource;
import dev.hankojakarta.shapes.unlisted.UnlistedApplication;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Loud when unsure: shapes the library cannot make safe do not deploy, and the log says how to fix them. An
 * {@code Application} that lists its classes without {@code HankoFeature} would run its {@code @RolesAllowed}
 * resources without the library's rules; a bean that injects {@code HankoPrincipal} would keep its first caller.
 * Whether an application runs is told by its public resource: it must not answer while the broken application is
 * deployed (Payara Micro logs such an application as deployed before its web context fails to start), and a
 * well-configured control application proves that the same path answers 200 when the application does run.
 */
@ExtendWith(ArquillianExtension.class)
class DeploymentChecksIT {

    private static final String CONTROL = "checkscontrol";
    private static final String UNLISTED = "unlisted";
    private static final String INJECTED = "injected";
    private static final String PROBE = "api/listed/public";
    /** Nothing listens at this Hanko: the checks need none. */
    private static final Map<String, String> CONFIG = Map.of("hanko.api-url", "http://127.0.0.1:9");

    @ArquillianResource
    Deployer deployer;

    @ArquillianResource
    @OperateOnDeployment(CONTROL)
    URL control;

    @Deployment(name = CONTROL, testable = false)
    static WebArchive control() {
        ServerLog.capture();
        return SampleDeployment.shapes(CONTROL, CONFIG, ListedApplication.class, ListedResource.class);
    }

    @Deployment(name = UNLISTED, managed = false, testable = false)
    static WebArchive unlisted() {
        return SampleDeployment.shapes(UNLISTED, CONFIG, UnlistedApplication.class, ListedResource.class);
    }

    @Deployment(name = INJECTED, managed = false, testable = false)
    static WebArchive injected() {
        return SampleDeployment.shapes(INJECTED, CONFIG, ListedApplication.class, ListedResource.class,
                PrincipalInjectingBean.class);
    }

    @Test
    void theControlApplicationAnswersOnTheProbedPath() {
        assertEquals(200, new Http(control).get(PROBE).status());
    }

    @Test
    void listingClassesWithoutHankoFeatureFailsNamingTheApplicationAndTheFix() {
        String log = attempt(UNLISTED);
        assertTrue(log.contains("HANKO-020 " + UnlistedApplication.class.getName() + " lists classes"), log);
        assertTrue(log.contains("Add dev.hankojakarta.jaxrs.HankoFeature.class to the classes returned by getClasses()"), log);
    }

    @Test
    void injectingHankoPrincipalFailsNamingTheInjectionPointAndTheFix() {
        String log = attempt(INJECTED);
        assertTrue(log.contains("HANKO-022 " + PrincipalInjectingBean.class.getName() + ".user injects HankoPrincipal outside a @RequestScoped bean"), log);
        assertTrue(log.contains("Inject dev.hankojakarta.HankoCaller and call principal() instead"), log);
    }

    /** Deploys {@code name}, asserts that it does not serve, and answers what the server logged meanwhile. */
    private String attempt(String name) {
        int before = ServerLog.text().length();
        AtomicInteger status = new AtomicInteger();
        Deployments.attempt(deployer, name, () -> status.set(new Http(sibling(name)).get(PROBE).status()));
        assertNotEquals(200, status.get(), "the application must not serve " + PROBE);
        return ServerLog.text().substring(before);
    }

    /** The URL of another application on the control application's server. */
    private URL sibling(String name) {
        try {
            return new URL(control, "/" + name + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
