package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.hankojakarta.testkit.TokenBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * 200 distinct users, 20 000 requests in parallel, default configuration (hybrid, cache on): every answer names the
 * user of the token it was asked with. A cache or a memoisation keyed wrongly would show here as one user's request
 * answered as another's.
 */
class ManyUsersIT extends WithHankoStandIn {

    private static final int USERS = 200;
    private static final int REQUESTS = 20_000;
    private static final int IN_PARALLEL = 32;

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        // A TTL longer than the run, so that the number of calls to Hanko is exact.
        return SampleDeployment.war("manyusers", Map.of("hanko.api-url", hanko.apiUrl().toString(),
                "hanko.cache.ttl", "10m"));
    }

    @Test
    void everyAnswerNamesTheUserOfItsTokenAndNoRequestFails() throws Exception {
        Http http = new Http(deployment);
        List<TokenBuilder> users = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            TokenBuilder user = hanko.user();
            users.add(user);
            tokens.add(user.sign());
        }
        AtomicInteger next = new AtomicInteger();
        List<String> mismatches = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(IN_PARALLEL);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < IN_PARALLEL; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    int u = (i * 7919) % USERS; // interleave users across workers
                    Http.Response response = http.bearer("api/whoami", tokens.get(u));
                    if (response.status() != 200 || !users.get(u).userId().equals(response.body())) {
                        mismatches.add("request " + i + " as user " + u + ": " + response);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(10, TimeUnit.MINUTES);
        }
        pool.shutdownNow();
        assertEquals(List.of(), mismatches.size() > 20 ? mismatches.subList(0, 20) : mismatches);
        assertEquals(USERS, hanko.validateCalls(), "one call per distinct token within the cache TTL");
    }
}
