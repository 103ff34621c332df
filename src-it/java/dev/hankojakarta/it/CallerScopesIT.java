package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.hankojakarta.shapes.scopes.ApplicationScopedBean;
import dev.hankojakarta.shapes.scopes.CallerHeaderFilter;
import dev.hankojakarta.shapes.scopes.CallerResource;
import dev.hankojakarta.shapes.scopes.CallerServlet;
import dev.hankojakarta.shapes.scopes.ScopesApplication;
import dev.hankojakarta.shapes.scopes.SingletonBean;
import dev.hankojakarta.testkit.TokenBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Shape 5, the caller in any scope: {@code HankoCaller} injected into an {@code @ApplicationScoped} resource and bean,
 * a {@code @Singleton} EJB, a JAX-RS provider and a servlet, each created once, names the caller of the request being
 * served, never an earlier one, and nobody for an anonymous request.
 */
class CallerScopesIT extends WithHankoStandIn {

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        return SampleDeployment.shapes("scopes", Map.of("hanko.api-url", hanko.apiUrl().toString()),
                ScopesApplication.class, CallerResource.class, ApplicationScopedBean.class, SingletonBean.class,
                CallerHeaderFilter.class, CallerServlet.class)
                .addClass("dev.hankojakarta.shapes.scopes.CallerNames");
    }

    private void assertCaller(String expected, String token) {
        Http.Response response = token == null ? http().get("api/caller") : http().bearer("api/caller", token);
        assertEquals(200, response.status(), response::toString);
        assertEquals(expected, response.json("resource"), response::toString);
        assertEquals(expected, response.json("applicationScoped"), response::toString);
        assertEquals(expected, response.json("singletonEjb"), response::toString);
        assertEquals(expected, response.header("X-Caller"), response::toString);
        Http.Response servlet = token == null ? http().get("caller") : http().bearer("caller", token);
        assertEquals(200, servlet.status(), servlet::toString);
        assertEquals(expected, servlet.body(), servlet::toString);
    }

    @Test
    void eachRequestSeesItsOwnCallerInTurn() {
        TokenBuilder ada = hanko.user();
        TokenBuilder bob = hanko.user();
        String adaToken = ada.sign();
        String bobToken = bob.sign();
        for (int i = 0; i < 3; i++) {
            assertCaller(ada.userId(), adaToken);
            assertCaller(bob.userId(), bobToken);
            assertCaller("anonymous", null);
        }
    }

    @Test
    void concurrentRequestsNeverSeeAnotherCaller() throws Exception {
        List<TokenBuilder> users = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            TokenBuilder user = hanko.user();
            users.add(user);
            tokens.add(user.sign());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int u = i;
                runs.add(pool.submit(() -> {
                    for (int n = 0; n < 25; n++) {
                        Http.Response response = http().bearer("api/caller", tokens.get(u));
                        String expected = users.get(u).userId();
                        assertEquals(200, response.status(), response::toString);
                        assertEquals(Map.of("resource", expected, "applicationScoped", expected,
                                "singletonEjb", expected), Map.of("resource", response.json("resource"),
                                "applicationScoped", response.json("applicationScoped"),
                                "singletonEjb", response.json("singletonEjb")));
                        assertEquals(expected, response.header("X-Caller"));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
