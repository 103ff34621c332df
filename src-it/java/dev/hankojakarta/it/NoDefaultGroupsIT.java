package dev.hankojakarta.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import dev.hankojakarta.testkit.TokenBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * {@code hanko.groups.default=none}: callers get no default group, so {@code @RolesAllowed("user")} refuses them with
 * 403, while the groups of {@code hanko.groups.claim} still count. (An empty value is "not set" under MicroProfile
 * Config and keeps the default {@code user}; ConfigReaderTest covers that.)
 */
class NoDefaultGroupsIT extends WithHankoStandIn {

    @Deployment(testable = false)
    static WebArchive deployment() {
        startHanko();
        return SampleDeployment.war("nogroups", Map.of(
                "hanko.api-url", hanko.apiUrl().toString(),
                "hanko.groups.default", "none",
                "hanko.groups.claim", "roles"));
    }

    @Test
    void aCallerWithoutGroupsIsAuthenticatedButLacksTheUserRole() {
        TokenBuilder user = hanko.user();
        Http.Response me = http().bearer("api/me", user.sign());
        assertEquals(403, me.status(), me::toString);
        Http.Response open = http().bearer("api/public", user.sign());
        assertEquals(200, open.status(), open::toString);
        assertEquals(user.userId(), open.json("caller"));
    }

    @Test
    void groupsFromTheClaimStillCount() {
        String admin = hanko.user().claim("roles", List.of("admin")).sign();
        assertEquals(200, http().bearer("api/admin", admin).status());
        assertEquals(403, http().bearer("api/me", admin).status());
    }
}
