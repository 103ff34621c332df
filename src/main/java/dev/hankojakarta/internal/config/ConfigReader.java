package dev.hankojakarta.internal.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw configuration strings into a {@link HankoConfig}, collecting every problem before failing.
 *
 * <p>It takes a plain lookup function so that it can be tested without a MicroProfile Config implementation; at
 * run time the lookup is {@code Config::getOptionalValue}, which also reads each key's environment-variable form.
 */
public final class ConfigReader {

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern COOKIE_NAME = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    private final Function<String, Optional<String>> lookup;
    private final List<String> problems = new ArrayList<>();

    private ConfigReader(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    /** Whether the mechanism is switched on; a malformed value counts as on, so that the error is reported. */
    public static boolean enabled(Function<String, Optional<String>> lookup) {
        return !lookup.apply(HankoConfig.ENABLED).map(v -> v.trim().equalsIgnoreCase("false")).orElse(false);
    }

    /**
     * Reads and validates the whole configuration.
     *
     * @throws HankoConfigException naming every key that is missing or malformed
     */
    public static HankoConfig read(Function<String, Optional<String>> lookup) {
        return new ConfigReader(lookup).read();
    }

    private static final Pattern WEBHOOK_PATH = Pattern.compile("(/(?!\\.\\.?(?:/|$))[A-Za-z0-9._~-]+)+");

    private HankoConfig read() {
        boolean enabled = bool(HankoConfig.ENABLED, true);
        URI apiUrl = apiUrl();
        String cookieName = value(HankoConfig.COOKIE_NAME).orElse(HankoConfig.DEFAULT_COOKIE_NAME);
        if (!COOKIE_NAME.matcher(cookieName).matches()) {
            problem(HankoConfig.COOKIE_NAME, cookieName, "is not a valid cookie name", "hanko");
        }
        Set<String> defaultGroups = defaultGroups();
        Optional<String> groupsClaim = groupsClaim();
        Duration connectTimeout = positiveDuration(HankoConfig.CONNECT_TIMEOUT, HankoConfig.DEFAULT_CONNECT_TIMEOUT);
        Duration readTimeout = positiveDuration(HankoConfig.READ_TIMEOUT, HankoConfig.DEFAULT_READ_TIMEOUT);
        ValidationMode validation = validation();
        Duration cacheTtl = nonNegativeDuration(HankoConfig.CACHE_TTL, HankoConfig.DEFAULT_CACHE_TTL, "30s, or 0 to disable");
        long cacheMaxEntries = positiveLong(HankoConfig.CACHE_MAX_ENTRIES, HankoConfig.DEFAULT_CACHE_MAX_ENTRIES);
        Optional<String> audience = value(HankoConfig.TOKEN_AUDIENCE);
        Optional<String> issuer = value(HankoConfig.TOKEN_ISSUER);
        Duration clockSkew = nonNegativeDuration(HankoConfig.TOKEN_CLOCK_SKEW, HankoConfig.DEFAULT_CLOCK_SKEW, "5s");
        boolean crossOriginProtection = bool(HankoConfig.CROSS_ORIGIN_PROTECTION, true);
        Set<String> trustedOrigins = trustedOrigins();
        Optional<String> webhookPath = webhookPath();
        Optional<URI> adminUrl = value(HankoConfig.ADMIN_API_URL)
                .flatMap(raw -> Optional.ofNullable(httpUrl(HankoConfig.ADMIN_API_URL, raw,
                        "https://<project-id>.hanko.io/admin")));
        Optional<Secret> adminKey = value(HankoConfig.ADMIN_API_KEY).map(Secret::new);
        if (!problems.isEmpty()) {
            throw new HankoConfigException(problems);
        }
        return new HankoConfig(apiUrl, enabled, cookieName, defaultGroups, groupsClaim, connectTimeout, readTimeout,
                validation, cacheTtl, cacheMaxEntries, audience, issuer, clockSkew, crossOriginProtection, trustedOrigins,
                webhookPath, adminUrl, adminKey);
    }

    /** A servlet path of its own: from the context root, no wildcard, no dot segment, no query. */
    private Optional<String> webhookPath() {
        Optional<String> raw = value(HankoConfig.WEBHOOK_PATH);
        if (raw.isPresent() && !WEBHOOK_PATH.matcher(raw.get()).matches()) {
            problem(HankoConfig.WEBHOOK_PATH, raw.get(), "is not a path from the context root without wildcards",
                    "/hanko/webhook");
            return Optional.empty();
        }
        return raw;
    }

    private URI apiUrl() {
        Optional<String> raw = value(HankoConfig.API_URL);
        if (raw.isEmpty()) {
            problems.add(HankoConfig.API_URL + " (environment variable " + envName(HankoConfig.API_URL)
                    + ") is not set. Set it to your Hanko API URL, for example " + HankoConfig.API_URL
                    + "=https://<project-id>.hanko.io in META-INF/microprofile-config.properties, or "
                    + envName(HankoConfig.API_URL) + "=https://<project-id>.hanko.io in the server's environment.");
            return null;
        }
        return httpUrl(HankoConfig.API_URL, raw.get(), "https://<project-id>.hanko.io");
    }

    /** An absolute http(s) URL without query, fragment or user info, trailing slashes cut; null (a problem) if not. */
    private URI httpUrl(String key, String raw, String example) {
        String url = raw.trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || HankoConfig.hostOf(uri) == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new URISyntaxException(url, "not an absolute http(s) URL without query, fragment or user info");
            }
            return uri;
        } catch (URISyntaxException e) {
            problem(key, raw, "is not an absolute http(s) URL", example);
            return null;
        }
    }

    /**
     * {@code hanko.groups.default}: a comma-separated list, or {@code none} for no default group. An empty value is
     * not set (MicroProfile Config's rule since 2.0, on every server alike), so the default {@code user} applies.
     */
    private Set<String> defaultGroups() {
        Optional<String> raw = value(HankoConfig.GROUPS_DEFAULT);
        if (raw.isEmpty()) {
            return list(HankoConfig.DEFAULT_GROUPS);
        }
        if (raw.get().equalsIgnoreCase(HankoConfig.NO_GROUPS)) {
            return Set.of();
        }
        Set<String> groups = list(raw.get());
        if (groups.stream().anyMatch(g -> g.equalsIgnoreCase(HankoConfig.NO_GROUPS))) {
            problem(HankoConfig.GROUPS_DEFAULT, raw.get(), "lists 'none' beside other groups",
                    "none (no default group) or user, customer");
        }
        return groups;
    }

    private ValidationMode validation() {
        Optional<String> raw = value(HankoConfig.VALIDATION);
        if (raw.isEmpty()) {
            return HankoConfig.DEFAULT_VALIDATION;
        }
        return ValidationMode.parse(raw.get()).orElseGet(() -> {
            problem(HankoConfig.VALIDATION, raw.get(), "is none of remote, local, hybrid", "hybrid");
            return HankoConfig.DEFAULT_VALIDATION;
        });
    }

    private long positiveLong(String key, long defaultValue) {
        Optional<String> raw = value(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            long v = Long.parseLong(raw.get());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(key, raw.get(), "is not a positive whole number", Long.toString(defaultValue));
        return defaultValue;
    }

    private Duration nonNegativeDuration(String key, Duration defaultValue, String example) {
        Optional<String> raw = value(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        Optional<Duration> parsed = parseDuration(raw.get());
        if (parsed.isEmpty() || parsed.get().isNegative()) {
            problem(key, raw.get(), "is not a duration", example);
            return defaultValue;
        }
        return parsed.get();
    }

    private boolean bool(String key, boolean defaultValue) {
        Optional<String> raw = value(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        String v = raw.get().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        problem(key, raw.get(), "is neither true nor false", "false");
        return defaultValue;
    }

    private Duration positiveDuration(String key, Duration defaultValue) {
        Optional<String> raw = value(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        Optional<Duration> parsed = parseDuration(raw.get());
        if (parsed.isEmpty() || parsed.get().isNegative() || parsed.get().isZero()) {
            problem(key, raw.get(), "is not a positive duration", "2s, 500ms or PT2S");
            return defaultValue;
        }
        return parsed.get();
    }

    /**
     * Parses {@code 250ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}, a bare {@code 0}, or ISO-8601
     * ({@code PT30S}).
     */
    public static Optional<Duration> parseDuration(String text) {
        String v = text.trim();
        if (v.equals("0")) {
            return Optional.of(Duration.ZERO);
        }
        Matcher m = SIMPLE_DURATION.matcher(v.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long amount;
            try {
                amount = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            try {
                return Optional.of(switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                });
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(Duration.parse(v.toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Splits a comma-separated list, trimming entries and dropping empty ones. */
    public static Set<String> list(String text) {
        Set<String> values = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String v = part.trim();
            if (!v.isEmpty()) {
                values.add(v);
            }
        }
        return values;
    }

    private Optional<String> value(String key) {
        return lookup.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    /**
     * Claims Hanko fills from what users edit themselves (their username, email addresses and profile): never roles,
     * or anyone could make themselves an admin. Template claims are named by the operator, so a claim fed from
     * {@code .User.Metadata.Unsafe} cannot be recognised here; the README says which template sources are safe.
     */
    static final Set<String> USER_WRITTEN_CLAIMS = Set.of("username", "email", "name", "given_name", "family_name",
            "picture");

    private Optional<String> groupsClaim() {
        Optional<String> claim = value(HankoConfig.GROUPS_CLAIM);
        if (claim.isPresent() && USER_WRITTEN_CLAIMS.contains(claim.get())) {
            problem(HankoConfig.GROUPS_CLAIM, claim.get(), "is a claim users write themselves (Hanko fills it from"
                    + " their own account data), so they could grant themselves any role; use a JWT-template claim fed"
                    + " from public metadata, which only the Admin API writes", "roles");
        }
        return claim;
    }

    /** {@code hanko.trusted-origins}: each an origin as browsers send it, {@code scheme://host[:port]}, nothing more. */
    private Set<String> trustedOrigins() {
        Optional<String> raw = value(HankoConfig.TRUSTED_ORIGINS);
        if (raw.isEmpty()) {
            return Set.of();
        }
        Set<String> origins = list(raw.get());
        for (String origin : origins) {
            if (!ORIGIN.matcher(origin).matches()) {
                problem(HankoConfig.TRUSTED_ORIGINS, raw.get(), "holds '" + origin + "', which is not an origin"
                        + " (scheme://host[:port], no path)", "https://app.example.com, https://admin.example.com");
            }
        }
        return origins;
    }

    private static final Pattern ORIGIN = Pattern.compile("https?://[^/?#@\\s]+");

    private void problem(String key, String value, String what, String example) {
        problems.add(key + " (environment variable " + envName(key) + ") is '" + value + "', which " + what
                + ". Example of a good value: " + key + "=" + example);
    }

    /** The environment-variable form MicroProfile Config reads for a key. */
    public static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
