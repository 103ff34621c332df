package dev.hankojakarta.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The library's whole configuration, read and validated once when the application starts.
 *
 * <p>Every value comes from MicroProfile Config under the {@code hanko.} prefix, so each key can also be set through
 * its environment-variable form ({@code hanko.api-url} as {@code HANKO_API_URL}). Nothing reads configuration per
 * request.
 *
 * @param apiUrl         {@code hanko.api-url}: Hanko's API base URL, without a trailing slash; may carry a path prefix
 * @param enabled        {@code hanko.enabled}: {@code false} makes the mechanism stand aside
 * @param cookieName     {@code hanko.cookie-name}: the session cookie's exact name
 * @param defaultGroups  {@code hanko.groups.default}: groups every authenticated caller gets
 * @param groupsClaim    {@code hanko.groups.claim}: a claim whose string or string-array value adds groups
 * @param connectTimeout {@code hanko.connect-timeout}: TCP connect timeout of every call to Hanko
 * @param readTimeout    {@code hanko.read-timeout}: read timeout of every call to Hanko
 */
public record HankoConfig(
        URI apiUrl,
        boolean enabled,
        String cookieName,
        Set<String> defaultGroups,
        Optional<String> groupsClaim,
        Duration connectTimeout,
        Duration readTimeout) {

    public static final String API_URL = "hanko.api-url";
    public static final String ENABLED = "hanko.enabled";
    public static final String COOKIE_NAME = "hanko.cookie-name";
    public static final String GROUPS_DEFAULT = "hanko.groups.default";
    public static final String GROUPS_CLAIM = "hanko.groups.claim";
    public static final String CONNECT_TIMEOUT = "hanko.connect-timeout";
    public static final String READ_TIMEOUT = "hanko.read-timeout";

    public static final String DEFAULT_COOKIE_NAME = "hanko";
    public static final String DEFAULT_GROUPS = "user";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);

    public HankoConfig {
        defaultGroups = Set.copyOf(defaultGroups);
    }

    /** The URL of Hanko's session validation endpoint. */
    public URI validateSessionUrl() {
        return URI.create(apiUrl + "/sessions/validate");
    }

    /** The URL of Hanko's JSON Web Key Set. */
    public URI jwksUrl() {
        return URI.create(apiUrl + "/.well-known/jwks.json");
    }
}
