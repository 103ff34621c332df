package dev.hankojakarta.internal.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.internal.session.SessionClaims;

/**
 * The groups of a Hanko caller: {@code hanko.groups.default} plus the values of the claim named by
 * {@code hanko.groups.claim} (a string, or an array whose string elements count). The container adds the groups of the
 * application's own {@code PROVIDE_GROUPS} identity stores.
 */
final class CallerGroups {

    private final Set<String> defaults;
    private final Optional<String> claim;

    CallerGroups(HankoConfig config) {
        this.defaults = config.defaultGroups();
        this.claim = config.groupsClaim();
    }

    Set<String> of(SessionClaims claims) {
        Set<String> groups = new LinkedHashSet<>(defaults);
        claim.map(name -> claims.asMap().get(name)).ifPresent(value -> {
            if (value instanceof String s && !s.isBlank()) {
                groups.add(s.trim());
            } else if (value instanceof List<?> list) {
                list.stream().filter(String.class::isInstance).map(String.class::cast)
                        .map(String::trim).filter(s -> !s.isEmpty()).forEach(groups::add);
            }
        });
        return groups;
    }
}
