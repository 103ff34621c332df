package dev.hankojakarta.internal.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * @param defaultGroups  {@code hanko.groups.default}: groups every authenticated caller gets ({@code none}: none)
 * @param groupsClaim    {@code hanko.groups.claim}: a claim whose string or string-array value adds groups
 * @param connectTimeout {@code hanko.connect-timeout}: TCP connect timeout of every call to Hanko
 * @param readTimeout    {@code hanko.read-timeout}: read timeout of every call to Hanko
 * @param validation     {@code hanko.validation}: remote, local or hybrid
 * @param cacheTtl       {@code hanko.cache.ttl}: how long a positive answer is reused; zero disables the cache
 * @param cacheMaxEntries {@code hanko.cache.max-entries}: bound on cached answers
 * @param audience       {@code hanko.token.audience}: when set, local checks require it in the token's {@code aud}
 * @param issuer         {@code hanko.token.issuer}: when set, local checks require it as the token's {@code iss}
 * @param clockSkew      {@code hanko.token.clock-skew}: tolerance of local time checks; Hanko itself uses none
 * @param crossOriginProtection {@code hanko.cross-origin-protection}: refuse cross-origin unsafe requests whose
 *                       token came from the cookie
 * @param trustedOrigins {@code hanko.trusted-origins}: origins ({@code https://app.example.com}) allowed to send
 *                       such requests all the same
 * @param webhookPath    {@code hanko.webhook.path}: where Hanko's webhooks are received, relative to the context
 *                       root ({@code /hanko/webhook}); empty: no endpoint
 * @param adminUrl       {@code hanko.admin.api-url}: Hanko's Admin API; empty: {@code HankoAdmin} calls fail saying so
 * @param adminKey       {@code hanko.admin.api-key}: sent as {@code Authorization: Bearer}; hidden from every log
 */
public record HankoConfig(
        URI apiUrl,
        boolean enabled,
        String cookieName,
        Set<String> defaultGroups,
        Optional<String> groupsClaim,
        Duration connectTimeout,
        Duration readTimeout,
        ValidationMode validation,
        Duration cacheTtl,
        long cacheMaxEntries,
        Optional<String> audience,
        Optional<String> issuer,
        Duration clockSkew,
        boolean crossOriginProtection,
        Set<String> trustedOrigins,
        Optional<String> webhookPath,
        Optional<URI> adminUrl,
        Optional<Secret> adminKey) {

    public static final String API_URL = "hanko.api-url";
    public static final String ENABLED = "hanko.enabled";
    public static final String COOKIE_NAME = "hanko.cookie-name";
    public static final String GROUPS_DEFAULT = "hanko.groups.default";
    public static final String GROUPS_CLAIM = "hanko.groups.claim";
    public static final String CONNECT_TIMEOUT = "hanko.connect-timeout";
    public static final String READ_TIMEOUT = "hanko.read-timeout";
    public static final String VALIDATION = "hanko.validation";
    public static final String CACHE_TTL = "hanko.cache.ttl";
    public static final String CACHE_MAX_ENTRIES = "hanko.cache.max-entries";
    public static final String TOKEN_AUDIENCE = "hanko.token.audience";
    public static final String TOKEN_ISSUER = "hanko.token.issuer";
    public static final String TOKEN_CLOCK_SKEW = "hanko.token.clock-skew";
    public static final String CROSS_ORIGIN_PROTECTION = "hanko.cross-origin-protection";
    public static final String TRUSTED_ORIGINS = "hanko.trusted-origins";
    public static final String WEBHOOK_PATH = "hanko.webhook.path";
    public static final String ADMIN_API_URL = "hanko.admin.api-url";
    public static final String ADMIN_API_KEY = "hanko.admin.api-key";

    public static final String DEFAULT_COOKIE_NAME = "hanko";
    public static final String DEFAULT_GROUPS = "user";
    /** The value of {@code hanko.groups.default} that gives no default group (an empty value is "not set"). */
    public static final String NO_GROUPS = "none";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);
    public static final ValidationMode DEFAULT_VALIDATION = ValidationMode.HYBRID;
    public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(30);
    public static final long DEFAULT_CACHE_MAX_ENTRIES = 10_000;
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ZERO;

    public HankoConfig {
        defaultGroups = Set.copyOf(defaultGroups);
        trustedOrigins = Set.copyOf(trustedOrigins);
    }

    /** The URL of Hanko's session validation endpoint. */
    public URI validateSessionUrl() {
        return URI.create(apiUrl + "/sessions/validate");
    }

    /** The URL of Hanko's JSON Web Key Set. */
    public URI jwksUrl() {
        return URI.create(apiUrl + "/.well-known/jwks.json");
    }

    /** The host of {@code hanko.api-url}, also where it has an underscore (see {@link #hostOf(URI)}). */
    public String apiHost() {
        return hostOf(apiUrl);
    }

    /**
     * The host of an http(s) URL, or null. {@link URI#getHost()} is null for names with an underscore (RFC 2396 has
     * none in host names), such as the service names of docker-compose ({@code http://hanko_backend:8000}); these are
     * read from the authority.
     */
    public static String hostOf(URI url) {
        if (url.getHost() != null) {
            return url.getHost();
        }
        String authority = url.getRawAuthority();
        if (authority == null) {
            return null;
        }
        Matcher m = UNDERSCORE_HOST.matcher(authority);
        return m.matches() ? m.group(1) : null;
    }

    private static final Pattern UNDERSCORE_HOST =
            Pattern.compile("([A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?)(?::\\d{1,5})?");
}
