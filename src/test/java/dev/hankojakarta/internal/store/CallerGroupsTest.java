package dev.hankojakarta.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.internal.session.SessionClaims;
import dev.hankojakarta.testing.TestConfig;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.Test;

class CallerGroupsTest {

    private static HankoConfig config(Set<String> defaultGroups, Optional<String> groupsClaim) {
        return TestConfig.groups(defaultGroups, groupsClaim);
    }

    private static SessionClaims claims(String name, Object value) {
        Map<String, Object> claims = new HashMap<>(Tokens.parsed(Tokens.session()).unverifiedClaims().getClaims());
        claims.put(name, value);
        return SessionClaims.fromJwt(claims);
    }

    private static Set<String> groups(Set<String> defaults, String claimName, Object claimValue) {
        return new CallerGroups(config(defaults, Optional.of("roles"))).of(claims(claimName, claimValue));
    }

    @Test
    void everyCallerGetsTheDefaultGroups() {
        assertEquals(Set.of("user", "customer"),
                new CallerGroups(config(Set.of("user", "customer"), Optional.empty())).of(claims("x", "y")));
    }

    @Test
    void noDefaultGroupsAndNoClaimIsNoGroups() {
        assertEquals(Set.of(), new CallerGroups(config(Set.of(), Optional.empty())).of(claims("roles", "admin")));
    }

    @Test
    void claimIsIgnoredUnlessConfigured() {
        assertEquals(Set.of("user"),
                new CallerGroups(config(Set.of("user"), Optional.empty())).of(claims("roles", "admin")));
    }

    @Test
    void stringClaimAddsOneGroup() {
        assertEquals(Set.of("user", "admin"), groups(Set.of("user"), "roles", "admin"));
    }

    @Test
    void arrayClaimAddsEveryString() {
        assertEquals(Set.of("user", "admin", "auditor"), groups(Set.of("user"), "roles", List.of("admin", "auditor")));
    }

    @Test
    void nonStringArrayElementsAreIgnored() {
        assertEquals(Set.of("user", "admin"),
                groups(Set.of("user"), "roles", Arrays.asList("admin", 42L, true, null, Map.of("a", "b"), List.of("x"))));
    }

    @Test
    void nonStringClaimIsIgnored() {
        assertEquals(Set.of("user"), groups(Set.of("user"), "roles", 42L));
        assertEquals(Set.of("user"), groups(Set.of("user"), "roles", Map.of("admin", true)));
    }

    @Test
    void blankValuesAreIgnoredAndValuesTrimmed() {
        assertEquals(Set.of("user", "admin"), groups(Set.of("user"), "roles", List.of(" admin ", "", "  ")));
        assertEquals(Set.of("user"), groups(Set.of("user"), "roles", "   "));
    }

    @Test
    void missingClaimAddsNothing() {
        assertEquals(Set.of("user"), groups(Set.of("user"), "other", "admin"));
    }

    @Test
    void groupsAreTheUnionOfDefaultsAndClaim() {
        assertEquals(Set.of("user", "admin"), groups(Set.of("user", "admin"), "roles", List.of("admin", "user")));
    }

    @Test
    void claimOnlyGroupsWithoutDefaults() {
        assertEquals(Set.of("admin"), groups(Set.of(), "roles", "admin"));
    }
}
