package dev.hankojakarta.internal.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigReaderTest {

    private static final String API_URL = "https://project.hanko.io";

    private final Map<String, String> values = new HashMap<>(Map.of(HankoConfig.API_URL, API_URL));

    private Function<String, Optional<String>> lookup() {
        return key -> Optional.ofNullable(values.get(key));
    }

    private HankoConfig read() {
        return ConfigReader.read(lookup());
    }

    private HankoConfigException failure() {
        return assertThrows(HankoConfigException.class, this::read);
    }

    private HankoConfig readWith(String key, String value) {
        values.put(key, value);
        return read();
    }

    private HankoConfigException failureWith(String key, String value) {
        values.put(key, value);
        return failure();
    }

    // --- defaults

    @Test
    void enabledByDefault() {
        assertTrue(read().enabled());
    }

    @Test
    void cookieNameDefaultsToHanko() {
        assertEquals("hanko", read().cookieName());
        assertEquals(HankoConfig.DEFAULT_COOKIE_NAME, read().cookieName());
    }

    @Test
    void defaultGroupsDefaultToUser() {
        assertEquals(Set.of("user"), read().defaultGroups());
    }

    @Test
    void noGroupsClaimByDefault() {
        assertEquals(Optional.empty(), read().groupsClaim());
    }

    @Test
    void connectTimeoutDefaultsToTwoSeconds() {
        assertEquals(Duration.ofSeconds(2), read().connectTimeout());
        assertEquals(HankoConfig.DEFAULT_CONNECT_TIMEOUT, read().connectTimeout());
    }

    @Test
    void readTimeoutDefaultsToFiveSeconds() {
        assertEquals(Duration.ofSeconds(5), read().readTimeout());
        assertEquals(HankoConfig.DEFAULT_READ_TIMEOUT, read().readTimeout());
    }

    // --- durations

    @ParameterizedTest
    @CsvSource({
        "30s, PT30S",
        "5m, PT5M",
        "250ms, PT0.25S",
        "2h, PT2H",
        "1d, PT24H",
        "0, PT0S",
        "0s, PT0S",
        "PT30S, PT30S",
        "pt30s, PT30S",
        "30S, PT30S",
        "' 30s ', PT30S",
    })
    void durationsAcceptSimpleUnitsAndIso8601(String text, String expected) {
        assertEquals(Optional.of(Duration.parse(expected)), ConfigReader.parseDuration(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 parsecs", "-1s", "", "s", "30", "1.5s", "30 seconds", "PT", "soon",
        "99999999999999999999s", "9223372036854775807d", "9223372036854775807h"})
    void malformedOrOverflowingDurationsAreRefused(String text) {
        assertEquals(Optional.empty(), ConfigReader.parseDuration(text));
    }

    @Test
    void connectTimeoutIsRead() {
        assertEquals(Duration.ofMillis(250), readWith(HankoConfig.CONNECT_TIMEOUT, "250ms").connectTimeout());
    }

    @Test
    void readTimeoutIsReadInIso8601() {
        assertEquals(Duration.ofSeconds(10), readWith(HankoConfig.READ_TIMEOUT, "PT10S").readTimeout());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 parsecs", "-1s", "0", "-PT1S", "99999999999999999999s"})
    void badTimeoutIsReportedWithKeyEnvNameAndValue(String value) {
        String message = failureWith(HankoConfig.READ_TIMEOUT, value).getMessage();
        assertAll(
                () -> assertTrue(message.contains("hanko.read-timeout"), message),
                () -> assertTrue(message.contains("HANKO_READ_TIMEOUT"), message),
                () -> assertTrue(message.contains("'" + value + "'"), message));
    }

    // --- lists

    @Test
    void listsAreTrimmedAndEmptyEntriesDropped() {
        assertEquals(List.of("a", "b", "c"), List.copyOf(ConfigReader.list("a, b,,c")));
    }

    @Test
    void emptyListHasNoEntries() {
        assertEquals(Set.of(), ConfigReader.list(""));
        assertEquals(Set.of(), ConfigReader.list(" , ,"));
    }

    @Test
    void defaultGroupsAreRead() {
        assertEquals(Set.of("user", "customer"), readWith(HankoConfig.GROUPS_DEFAULT, "user, customer").defaultGroups());
    }

    @Test
    void defaultGroupsAreUserWhenNotSet() {
        assertEquals(Set.of("user"), read().defaultGroups());
    }

    @Test
    void emptyDefaultGroupsAreNotSetSoUserApplies() {
        assertEquals(Set.of("user"), readWith(HankoConfig.GROUPS_DEFAULT, "").defaultGroups());
        assertEquals(Set.of("user"), readWith(HankoConfig.GROUPS_DEFAULT, "  ").defaultGroups());
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "NONE", " None "})
    void noneMeansNoDefaultGroup(String value) {
        assertEquals(Set.of(), readWith(HankoConfig.GROUPS_DEFAULT, value).defaultGroups());
    }

    @Test
    void noneBesideOtherGroupsIsRefused() {
        String message = assertThrows(HankoConfigException.class,
                () -> readWith(HankoConfig.GROUPS_DEFAULT, "none, admin")).getMessage();
        assertTrue(message.contains("hanko.groups.default") && message.contains("HANKO_GROUPS_DEFAULT")
                && message.contains("'none, admin'"), message);
    }

    @Test
    void groupsClaimIsRead() {
        assertEquals(Optional.of("roles"), readWith(HankoConfig.GROUPS_CLAIM, " roles ").groupsClaim());
    }

    @ParameterizedTest
    @ValueSource(strings = {"username", "email", "name", "given_name", "family_name", "picture"})
    void aClaimUsersWriteThemselvesIsNoGroupsClaim(String claim) {
        String message = failureWith(HankoConfig.GROUPS_CLAIM, claim).getMessage();
        assertTrue(message.contains("hanko.groups.claim (environment variable HANKO_GROUPS_CLAIM) is '" + claim + "'"),
                message);
        assertTrue(message.contains("is a claim users write themselves"), message);
    }

    @Test
    void crossOriginProtectionIsOnByDefaultWithNoTrustedOrigins() {
        HankoConfig config = readWith(HankoConfig.API_URL, "https://hanko.example.com");
        assertTrue(config.crossOriginProtection());
        assertEquals(Set.of(), config.trustedOrigins());
    }

    @Test
    void trustedOriginsAreAListOfOrigins() {
        assertEquals(Set.of("https://app.example.com", "http://localhost:3000"),
                readWith(HankoConfig.TRUSTED_ORIGINS, "https://app.example.com, http://localhost:3000").trustedOrigins());
        String message = failureWith(HankoConfig.TRUSTED_ORIGINS, "https://app.example.com/path").getMessage();
        assertTrue(message.contains("hanko.trusted-origins (environment variable HANKO_TRUSTED_ORIGINS)"), message);
        assertTrue(message.contains("which is not an origin"), message);
    }

    @Test
    void emptyGroupsClaimMeansNone() {
        assertEquals(Optional.empty(), readWith(HankoConfig.GROUPS_CLAIM, "").groupsClaim());
    }

    // --- booleans

    @ParameterizedTest
    @CsvSource({"true, true", "false, false", "TRUE, true", "False, false", "' false ', false"})
    void enabledIsReadCaseInsensitively(String value, boolean expected) {
        assertEquals(expected, readWith(HankoConfig.ENABLED, value).enabled());
    }

    @Test
    void badBooleanIsReportedWithKeyEnvNameAndValue() {
        String message = failureWith(HankoConfig.ENABLED, "maybe").getMessage();
        assertAll(
                () -> assertTrue(message.contains("hanko.enabled"), message),
                () -> assertTrue(message.contains("HANKO_ENABLED"), message),
                () -> assertTrue(message.contains("'maybe'"), message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", " false "})
    void switchedOffOnlyByFalse(String value) {
        values.put(HankoConfig.ENABLED, value);
        assertFalse(ConfigReader.enabled(lookup()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "maybe", "0", "no", ""})
    void anyOtherEnabledValueKeepsTheMechanismOnSoThatErrorsAreReported(String value) {
        values.put(HankoConfig.ENABLED, value);
        assertTrue(ConfigReader.enabled(lookup()));
    }

    @Test
    void missingEnabledKeepsTheMechanismOn() {
        assertTrue(ConfigReader.enabled(lookup()));
    }

    // --- api-url

    @Test
    void missingApiUrlIsReportedWithKeyEnvNameAndExample() {
        values.remove(HankoConfig.API_URL);
        assertNamesApiUrlWithExample(failure());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankApiUrlCountsAsMissing(String value) {
        assertNamesApiUrlWithExample(failureWith(HankoConfig.API_URL, value));
    }

    private static void assertNamesApiUrlWithExample(HankoConfigException e) {
        String message = e.getMessage();
        assertAll(
                () -> assertEquals(1, e.problems().size(), message),
                () -> assertTrue(message.contains("hanko.api-url"), message),
                () -> assertTrue(message.contains("HANKO_API_URL"), message),
                () -> assertTrue(message.contains("https://"), message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://x", "not a url", "https://host?x=1", "https://host#top", "https://me@host",
        "/sessions", "host.example.com", "https://", "https://host:port"})
    void malformedApiUrlIsReportedWithKeyAndValue(String value) {
        HankoConfigException e = failureWith(HankoConfig.API_URL, value);
        assertEquals(1, e.problems().size(), e.getMessage());
        String message = e.getMessage();
        assertAll(
                () -> assertTrue(message.contains("hanko.api-url"), message),
                () -> assertTrue(message.contains("HANKO_API_URL"), message),
                () -> assertTrue(message.contains("'" + value + "'"), message),
                () -> assertTrue(message.contains("https://"), message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://project.hanko.io/", "https://project.hanko.io///", " https://project.hanko.io/ "})
    void trailingSlashesAreIgnored(String value) {
        assertEquals(URI.create("https://project.hanko.io"), readWith(HankoConfig.API_URL, value).apiUrl());
    }

    @Test
    void plainHttpIsAcceptedForSelfHostedHanko() {
        assertEquals(URI.create("http://localhost:8000"), readWith(HankoConfig.API_URL, "http://localhost:8000").apiUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hanko_backend:8000", "http://hanko_backend", "https://my_hanko.internal/tenant"})
    void hostNamesWithAnUnderscoreAreAccepted(String value) {
        HankoConfig config = readWith(HankoConfig.API_URL, value);
        assertEquals(value, config.apiUrl().toString());
        assertTrue(config.apiHost().contains("_"), config.apiHost());
        assertEquals(value + "/sessions/validate", config.validateSessionUrl().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hanko_backend:port", "http://a b:8000", "http://:8000"})
    void authoritiesThatAreNoHostAreRefused(String value) {
        assertNamesApiUrlWithExample(failureWith(HankoConfig.API_URL, value));
    }

    @Test
    void pathPrefixIsKept() {
        assertEquals(URI.create("https://h/tenant-uuid"), readWith(HankoConfig.API_URL, "https://h/tenant-uuid/").apiUrl());
    }

    @Test
    void validateSessionUrlIsBelowTheApiUrl() {
        assertEquals(URI.create("https://project.hanko.io/sessions/validate"), read().validateSessionUrl());
    }

    @Test
    void validateSessionUrlKeepsThePathPrefix() {
        assertEquals(URI.create("https://h/tenant-uuid/sessions/validate"),
                readWith(HankoConfig.API_URL, "https://h/tenant-uuid/").validateSessionUrl());
    }

    @Test
    void jwksUrlKeepsThePathPrefix() {
        assertEquals(URI.create("https://h/tenant-uuid/.well-known/jwks.json"),
                readWith(HankoConfig.API_URL, "https://h/tenant-uuid/").jwksUrl());
    }

    // --- cookie name

    @Test
    void customCookieNameIsRead() {
        assertEquals("my_session-2", readWith(HankoConfig.COOKIE_NAME, "my_session-2").cookieName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a;b", "han ko", "a=b", "a,b", "\"hanko\"", "hankö"})
    void cookieNameThatNoCookieCanHaveIsRefused(String value) {
        String message = failureWith(HankoConfig.COOKIE_NAME, value).getMessage();
        assertAll(
                () -> assertTrue(message.contains("hanko.cookie-name"), message),
                () -> assertTrue(message.contains("HANKO_COOKIE_NAME"), message),
                () -> assertTrue(message.contains("'" + value + "'"), message));
    }

    // --- validation mode

    @Test
    void validationDefaultsToHybrid() {
        assertEquals(ValidationMode.HYBRID, read().validation());
        assertEquals(HankoConfig.DEFAULT_VALIDATION, read().validation());
    }

    @ParameterizedTest
    @CsvSource({"remote, REMOTE", "local, LOCAL", "hybrid, HYBRID", "Remote, REMOTE", "' LOCAL ', LOCAL"})
    void validationModeIsReadCaseInsensitively(String value, ValidationMode expected) {
        assertEquals(expected, readWith(HankoConfig.VALIDATION, value).validation());
    }

    @Test
    void emptyValidationMeansTheDefault() {
        assertEquals(ValidationMode.HYBRID, readWith(HankoConfig.VALIDATION, " ").validation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fast", "jwks", "remote,local", "off"})
    void unknownValidationModeIsReportedWithKeyEnvNameValueAndTheChoices(String value) {
        String message = failureWith(HankoConfig.VALIDATION, value).getMessage();
        assertAll(
                () -> assertTrue(message.contains("hanko.validation"), message),
                () -> assertTrue(message.contains("HANKO_VALIDATION"), message),
                () -> assertTrue(message.contains("'" + value + "'"), message),
                () -> assertTrue(message.contains("remote") && message.contains("local")
                        && message.contains("hybrid"), message));
    }

    // --- cache

    @Test
    void cacheTtlDefaultsToThirtySeconds() {
        assertEquals(Duration.ofSeconds(30), read().cacheTtl());
        assertEquals(HankoConfig.DEFAULT_CACHE_TTL, read().cacheTtl());
    }

    @ParameterizedTest
    @CsvSource({"5m, PT5M", "250ms, PT0.25S", "PT10S, PT10S", "0, PT0S", "0s, PT0S"})
    void cacheTtlIsRead(String value, String expected) {
        assertEquals(Duration.parse(expected), readWith(HankoConfig.CACHE_TTL, value).cacheTtl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1s", "-PT1S", "forever", "30 seconds", "1.5s"})
    void badCacheTtlIsReportedWithKeyEnvNameAndValue(String value) {
        String message = failureWith(HankoConfig.CACHE_TTL, value).getMessage();
        assertAll(
                () -> assertTrue(message.contains("hanko.cache.ttl"), message),
                () -> assertTrue(message.contains("HANKO_CACHE_TTL"), message),
                () -> assertTrue(message.contains("'" + value + "'"), message));
    }

    @Test
    void badCacheTtlMessageSaysHowToDisableTheCache() {
        String message = failureWith(HankoConfig.CACHE_TTL, "-1s").getMessage();
        assertTrue(message.contains("0 to disable"), message);
    }

    @Test
    void cacheMaxEntriesDefaultsToTenThousand() {
        assertEquals(10_000, read().cacheMaxEntries());
        assertEquals(HankoConfig.DEFAULT_CACHE_MAX_ENTRIES, read().cacheMaxEntries());
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "500, 500", "' 20000 ', 20000", "9223372036854775807, 9223372036854775807"})
    void cacheMaxEntriesIsRead(String value, long expected) {
        assertEquals(expected, readWith(HankoConfig.CACHE_MAX_ENTRIES, value).cacheMaxEntries());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "ten", "1.5", "10k", "99999999999999999999"})
    void badCacheMaxEntriesIsReportedWithKeyEnvNameAndValue(String value) {
        String message = failureWith(HankoConfig.CACHE_MAX_ENTRIES, value).getMessage();
        assertAll(
                () -> assertTrue(message.contains("hanko.cache.max-entries"), message),
                () -> assertTrue(message.contains("HANKO_CACHE_MAX_ENTRIES"), message),
                () -> assertTrue(message.contains("'" + value + "'"), message));
    }

    // --- token checks

    @Test
    void noAudienceRequiredByDefault() {
        assertEquals(Optional.empty(), read().audience());
    }

    @Test
    void audienceIsRead() {
        assertEquals(Optional.of("example.com"), readWith(HankoConfig.TOKEN_AUDIENCE, " example.com ").audience());
    }

    @Test
    void emptyAudienceMeansNone() {
        assertEquals(Optional.empty(), readWith(HankoConfig.TOKEN_AUDIENCE, "").audience());
    }

    @Test
    void noIssuerRequiredByDefault() {
        assertEquals(Optional.empty(), read().issuer());
    }

    @Test
    void issuerIsRead() {
        assertEquals(Optional.of("https://login.example.com"),
                readWith(HankoConfig.TOKEN_ISSUER, "https://login.example.com").issuer());
    }

    @Test
    void emptyIssuerMeansNone() {
        assertEquals(Optional.empty(), readWith(HankoConfig.TOKEN_ISSUER, " ").issuer());
    }

    @Test
    void clockSkewDefaultsToNoneAsHankoUsesNone() {
        assertEquals(Duration.ZERO, read().clockSkew());
        assertEquals(HankoConfig.DEFAULT_CLOCK_SKEW, read().clockSkew());
    }

    @ParameterizedTest
    @CsvSource({"5s, PT5S", "500ms, PT0.5S", "PT1M, PT1M", "0, PT0S"})
    void clockSkewIsRead(String value, String expected) {
        assertEquals(Duration.parse(expected), readWith(HankoConfig.TOKEN_CLOCK_SKEW, value).clockSkew());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5s", "a little", "5"})
    void badClockSkewIsReportedWithKeyEnvNameAndValue(String value) {
        String message = failureWith(HankoConfig.TOKEN_CLOCK_SKEW, value).getMessage();
        assertAll(
                () -> assertTrue(message.contains("hanko.token.clock-skew"), message),
                () -> assertTrue(message.contains("HANKO_TOKEN_CLOCK_SKEW"), message),
                () -> assertTrue(message.contains("'" + value + "'"), message));
    }

    @Test
    void problemsWithTheNewKeysAreReportedTogether() {
        values.put(HankoConfig.VALIDATION, "fast");
        values.put(HankoConfig.CACHE_TTL, "-1s");
        values.put(HankoConfig.CACHE_MAX_ENTRIES, "0");
        values.put(HankoConfig.TOKEN_CLOCK_SKEW, "soon");
        assertEquals(4, failure().problems().size(), failure().getMessage());
    }

    // --- all at once

    @Test
    void everyProblemIsReportedAtOnce() {
        values.remove(HankoConfig.API_URL);
        values.put(HankoConfig.ENABLED, "maybe");
        values.put(HankoConfig.COOKIE_NAME, "a;b");
        values.put(HankoConfig.CONNECT_TIMEOUT, "soon");
        values.put(HankoConfig.READ_TIMEOUT, "-1s");
        HankoConfigException e = failure();
        assertEquals(5, e.problems().size(), e.getMessage());
        for (String key : List.of("hanko.api-url", "hanko.enabled", "hanko.cookie-name", "hanko.connect-timeout",
                "hanko.read-timeout")) {
            assertTrue(e.getMessage().contains(key), key + " missing from: " + e.getMessage());
        }
    }

    // --- webhook path

    @Test
    void noWebhookPathMeansNoEndpoint() {
        assertEquals(Optional.empty(), read().webhookPath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/hanko/webhook", "/webhooks", "/a.b/c_d-e~f"})
    void webhookPathsFromTheContextRootAreAccepted(String path) {
        assertEquals(Optional.of(path), readWith(HankoConfig.WEBHOOK_PATH, path).webhookPath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hanko/webhook", "/", "/hanko/*", "/*", "/hanko/../admin", "/./x", "/hanko/webhook/",
            "/a?b=c", "/a b", "https://app/x"})
    void otherWebhookPathsFailNamingTheKeyAndAnExample(String path) {
        String message = failureWith(HankoConfig.WEBHOOK_PATH, path).getMessage();
        assertTrue(message.contains("hanko.webhook.path (environment variable HANKO_WEBHOOK_PATH)"), message);
        assertTrue(message.contains("/hanko/webhook"), message);
    }

    // --- environment variable names

    @ParameterizedTest
    @CsvSource({
        "hanko.api-url, HANKO_API_URL",
        "hanko.enabled, HANKO_ENABLED",
        "hanko.groups.default, HANKO_GROUPS_DEFAULT",
        "hanko.cache.max-entries, HANKO_CACHE_MAX_ENTRIES",
        "hanko.cache.ttl, HANKO_CACHE_TTL",
        "hanko.token.clock-skew, HANKO_TOKEN_CLOCK_SKEW",
        "hanko.token.audience, HANKO_TOKEN_AUDIENCE",
    })
    void envNameIsTheMicroProfileConfigEnvironmentForm(String key, String env) {
        assertEquals(env, ConfigReader.envName(key));
    }
}
