package dev.hankojakarta.testing;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.internal.config.ValidationMode;

/** Configurations as {@code ConfigReader} would produce them. */
public final class TestConfig {

    private TestConfig() {
    }

    public static HankoConfig of(String cookieName, Set<String> defaultGroups, Optional<String> groupsClaim) {
        return new HankoConfig(URI.create("https://hanko.test"), true, cookieName, defaultGroups, groupsClaim,
                Duration.ofSeconds(2), Duration.ofSeconds(5), ValidationMode.HYBRID, Duration.ofSeconds(30), 10_000,
                Optional.empty(), Optional.empty(), Duration.ZERO, true, Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public static HankoConfig groups(Set<String> defaultGroups, Optional<String> groupsClaim) {
        return of("hanko", defaultGroups, groupsClaim);
    }

    public static HankoConfig defaults() {
        return groups(Set.of("user"), Optional.empty());
    }

    /** The defaults, with another {@code hanko.validation} and {@code hanko.cache.ttl}. */
    public static HankoConfig validation(ValidationMode mode, Duration cacheTtl) {
        HankoConfig d = defaults();
        return new HankoConfig(d.apiUrl(), d.enabled(), d.cookieName(), d.defaultGroups(), d.groupsClaim(),
                d.connectTimeout(), d.readTimeout(), mode, cacheTtl, d.cacheMaxEntries(), d.audience(), d.issuer(),
                d.clockSkew(), d.crossOriginProtection(), d.trustedOrigins(), d.webhookPath(), d.adminUrl(),
                d.adminKey());
    }

    /** The defaults, with {@code hanko.webhook.path} set. */
    public static HankoConfig webhook(ValidationMode mode, Duration cacheTtl, String path) {
        HankoConfig d = validation(mode, cacheTtl);
        return new HankoConfig(d.apiUrl(), d.enabled(), d.cookieName(), d.defaultGroups(), d.groupsClaim(),
                d.connectTimeout(), d.readTimeout(), d.validation(), d.cacheTtl(), d.cacheMaxEntries(), d.audience(),
                d.issuer(), d.clockSkew(), d.crossOriginProtection(), d.trustedOrigins(), Optional.of(path),
                d.adminUrl(), d.adminKey());
    }
}
