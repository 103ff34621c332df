package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import dev.hankojakarta.testkit.HankoTestKit;
import dev.hankojakarta.testkit.TokenBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A user's own test, written as the README's "Testing your application" shows it: the test kit's JUnit extension
 * gives the class a Hanko, the application gets its URL from {@code configProperties()}, tokens come from
 * {@code hanko.user()}. Proves the kit itself on every server.
 */
@ExtendWith(ArquillianExtension.class)
class TestKitIT {

    @RegisterExtension
    static final HankoTestKit hanko = new HankoTestKit();

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive app() {
        return ShrinkWrap.create(WebArchive.class, "testkit.war")
                .addClasses(dev.hankojakarta.shapes.ShapesApplication.class, dev.hankojakarta.shapes.OrdersResource.class)
                .addAsResource(new StringAsset(hanko.configProperties()), "META-INF/microprofile-config.properties")
                .addAsLibrary(SampleDeployment.libraryJar())
                .addAsLibraries(SampleDeployment.runtimeDependencies());
    }

    @Test
    void anAdminGetsTheOrders() {
        TokenBuilder admin = hanko.user().claim("roles", List.of("admin"));
        Http.Response response = new Http(deployment).bearer("api/orders", admin.sign());
        assertEquals(200, response.status(), response::toString);
        assertTrue(response.body().contains(admin.userId()), response::toString);
    }

    @Test
    void aPlainUserIsRefused() {
        assertEquals(403, new Http(deployment).bearer("api/orders", hanko.user().sign()).status());
    }

    @Test
    void noTokenIs401() {
        assertEquals(401, new Http(deployment).get("api/orders").status());
    }

    @Test
    void aRevokedSessionIs401() {
        TokenBuilder admin = hanko.user().claim("roles", List.of("admin"));
        String token = admin.sign();
        hanko.revoke(admin.sessionId());
        assertEquals(401, new Http(deployment).bearer("api/orders", token).status());
    }

    @Test
    void theTestJvmKnowsWhereHankoIs() {
        assertEquals(hanko.apiUrl().toString(), System.getProperty(HankoTestKit.API_URL_PROPERTY));
    }
}
