package dev.hankojakarta.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.hankojakarta.internal.config.HankoConfig;
import dev.hankojakarta.internal.config.ValidationMode;
import dev.hankojakarta.internal.revocation.RevokingValidator;
import dev.hankojakarta.internal.jwks.HankoJwksApi;
import dev.hankojakarta.internal.remote.HankoSessionsApi;
import dev.hankojakarta.internal.remote.StubResponse;
import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.internal.session.SessionValidator;
import dev.hankojakarta.internal.session.ValidationOutcome;
import dev.hankojakarta.internal.session.ValidationOutcome.Invalid;
import dev.hankojakarta.internal.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.Fakes;
import dev.hankojakarta.testing.TestConfig;
import dev.hankojakarta.testing.Tokens;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.spi.RestClientBuilderResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The validator the application gets for each {@code hanko.validation}, observed from the outside: which of Hanko's
 * endpoints it calls. The producer reads the real clock, so tokens here expire an hour from now.
 */
class HankoBeansTest {

    private static final RSAKey STRANGER = Tokens.newKey("stranger");

    private final AtomicInteger sessionCalls = new AtomicInteger();
    private final AtomicInteger jwksCalls = new AtomicInteger();
    private final AtomicInteger closedClients = new AtomicInteger();
    private final List<String> builderCalls = new CopyOnWriteArrayList<>();
    private final Instant exp = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private final String genuine = Tokens.rs256(claims().build());

    private JWTClaimsSet.Builder claims() {
        return Tokens.claims(Tokens.USER_ID).issueTime(Date.from(exp.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(exp));
    }

    /** Hanko's answer that the session of {@link #genuine} is valid. */
    private String validAnswer() {
        return "{\"is_valid\":true,\"claims\":{\"subject\":\"" + Tokens.USER_ID + "\",\"session_id\":\""
                + Tokens.SESSION_ID + "\",\"expiration\":\"" + exp + "\"}}";
    }

    private volatile String sessionsAnswer = "{\"is_valid\":false}";

    @BeforeEach
    void fakeRestClients() {
        class ClosableSessionsApi implements HankoSessionsApi, AutoCloseable {
            @Override
            public jakarta.ws.rs.core.Response validate(dev.hankojakarta.internal.remote.ValidateSessionRequest request) {
                sessionCalls.incrementAndGet();
                return StubResponse.json(200, sessionsAnswer);
            }

            @Override
            public void close() {
                closedClients.incrementAndGet();
            }
        }
        HankoSessionsApi sessions = new ClosableSessionsApi();
        HankoJwksApi jwks = () -> {
            jwksCalls.incrementAndGet();
            return new StubResponse(200, Tokens::publicJwks);
        };
        RestClientBuilderResolver.setInstance(new RestClientBuilderResolver() {
            @Override
            public RestClientBuilder newBuilder() {
                AtomicReference<RestClientBuilder> self = new AtomicReference<>();
                self.set(Fakes.of(RestClientBuilder.class, (method, args) -> {
                    builderCalls.add(method + (args.length == 0 ? "" : " " + args[0]
                            + (args.length > 1 ? " " + args[1] : "")));
                    if (method.equals("build")) {
                        return args[0] == HankoSessionsApi.class ? sessions : jwks;
                    }
                    return self.get();
                }));
                return self.get();
            }
        });
    }

    @AfterEach
    void forgetFakeRestClients() {
        RestClientBuilderResolver.setInstance(null);
    }

    private static SessionValidator produce(ValidationMode mode, Duration ttl) {
        return new HankoBeans().build(TestConfig.validation(mode, ttl));
    }

    private static ValidationOutcome validate(SessionValidator validator, String raw) {
        try {
            return validator.validate(SessionToken.of(raw));
        } catch (SessionToken.MalformedTokenException e) {
            throw new AssertionError(e);
        }
    }

    // --- webhooks

    @Test
    void withoutAWebhookPathThereIsNoReceiverAndNoRevocationCheck() {
        HankoBeans beans = new HankoBeans();
        SessionValidator validator = beans.build(TestConfig.validation(ValidationMode.HYBRID, Duration.ofSeconds(30)));
        assertFalse(validator instanceof RevokingValidator);
        assertThrows(IllegalStateException.class, () -> beans.webhooks(validator));
    }

    @Test
    void aWebhookPathPutsTheRevocationCheckInFrontInEveryMode() {
        for (ValidationMode mode : ValidationMode.values()) {
            for (Duration ttl : List.of(Duration.ZERO, Duration.ofMinutes(5))) {
                HankoBeans beans = new HankoBeans();
                SessionValidator validator = beans.build(TestConfig.webhook(mode, ttl, "/hanko/webhook"));
                assertInstanceOf(RevokingValidator.class, validator, mode + " " + ttl);
                assertNotNull(beans.webhooks(validator), mode + " " + ttl);
                beans.close();
            }
        }
    }

    // --- remote

    @Test
    void remoteModeAsksHanko() {
        validate(produce(ValidationMode.REMOTE, Duration.ZERO), genuine);
        assertEquals(1, sessionCalls.get());
    }

    @Test
    void remoteModeNeverFetchesKeys() {
        validate(produce(ValidationMode.REMOTE, Duration.ZERO), genuine);
        assertEquals(0, jwksCalls.get());
    }

    @Test
    void remoteModeAsksHankoEvenAboutATokenOfAnUnpublishedKey() {
        validate(produce(ValidationMode.REMOTE, Duration.ZERO), Tokens.signedBy(STRANGER, claims().build()));
        assertEquals(1, sessionCalls.get());
    }

    @Test
    void remoteModeFollowsHankosVerdict() {
        assertInstanceOf(Invalid.class, validate(produce(ValidationMode.REMOTE, Duration.ZERO), genuine));
    }

    // --- local

    @Test
    void localModeAcceptsAGenuineTokenWithoutAskingHanko() {
        assertInstanceOf(Valid.class, validate(produce(ValidationMode.LOCAL, Duration.ZERO), genuine));
        assertEquals(0, sessionCalls.get());
    }

    @Test
    void localModeChecksAgainstHankosKeys() {
        validate(produce(ValidationMode.LOCAL, Duration.ZERO), genuine);
        assertEquals(1, jwksCalls.get());
    }

    @Test
    void localModeRefusesATokenOfAnUnpublishedKey() {
        assertInstanceOf(Invalid.class,
                validate(produce(ValidationMode.LOCAL, Duration.ZERO), Tokens.signedBy(STRANGER, claims().build())));
    }

    // --- hybrid

    @Test
    void hybridModeRefusesAForgedTokenWithoutAskingHanko() {
        assertInstanceOf(Invalid.class,
                validate(produce(ValidationMode.HYBRID, Duration.ZERO), Tokens.signedBy(STRANGER, claims().build())));
        assertEquals(0, sessionCalls.get());
    }

    @Test
    void hybridModeRefusesAnExpiredTokenWithoutAskingHanko() {
        String expired = Tokens.rs256(claims().expirationTime(Date.from(Instant.now().minusSeconds(60))).build());
        assertInstanceOf(Invalid.class, validate(produce(ValidationMode.HYBRID, Duration.ZERO), expired));
        assertEquals(0, sessionCalls.get());
    }

    @Test
    void hybridModeLetsHankoDecideAboutAGenuineToken() {
        assertInstanceOf(Invalid.class, validate(produce(ValidationMode.HYBRID, Duration.ZERO), genuine));
        assertEquals(1, sessionCalls.get());
    }

    @Test
    void hybridModeAcceptsWhatHankoAccepts() {
        sessionsAnswer = validAnswer();
        assertInstanceOf(Valid.class, validate(produce(ValidationMode.HYBRID, Duration.ZERO), genuine));
    }

    // --- every mode

    @ParameterizedTest
    @EnumSource(ValidationMode.class)
    void malformedTokenReachesNeitherKeysNorHanko(ValidationMode mode) {
        String rs512 = Tokens.sign(claims().build(), JWSAlgorithm.RS512);
        assertInstanceOf(Invalid.class, validate(produce(mode, Duration.ofSeconds(30)), rs512));
        assertEquals(0, sessionCalls.get() + jwksCalls.get());
    }

    @ParameterizedTest
    @EnumSource(ValidationMode.class)
    void everyClientTargetsTheConfiguredHankoWithItsTimeoutsAndNoRedirects(ValidationMode mode) {
        produce(mode, Duration.ZERO);
        HankoConfig config = TestConfig.defaults();
        // Each client's base is its endpoint's whole URL, so that its interface needs no @Path.
        assertEquals(builderCalls.stream().filter(c -> c.startsWith("build")).count(),
                builderCalls.stream().filter(c -> c.equals("baseUri " + config.validateSessionUrl())
                        || c.equals("baseUri " + config.jwksUrl())).count(), builderCalls.toString());
        assertEquals(true, builderCalls.contains("connectTimeout " + config.connectTimeout().toMillis() + " "
                + TimeUnit.MILLISECONDS), builderCalls.toString());
        assertEquals(true, builderCalls.contains("readTimeout " + config.readTimeout().toMillis() + " "
                + TimeUnit.MILLISECONDS), builderCalls.toString());
        assertEquals(true, builderCalls.contains("followRedirects false"), builderCalls.toString());
    }

    // --- shutdown

    @ParameterizedTest
    @EnumSource(value = ValidationMode.class, names = {"REMOTE", "HYBRID"})
    void closingTheBeansClosesTheRestClientsOnce(ValidationMode mode) {
        HankoBeans beans = new HankoBeans();
        beans.build(TestConfig.validation(mode, Duration.ZERO));
        beans.close();
        beans.close();
        assertEquals(1, closedClients.get());
    }

    @Test
    void afterClosingNoCallReachesHanko() {
        HankoBeans beans = new HankoBeans();
        SessionValidator validator = beans.build(TestConfig.validation(ValidationMode.REMOTE, Duration.ZERO));
        beans.close();
        assertInstanceOf(ValidationOutcome.Unavailable.class, validate(validator, genuine));
        assertEquals(0, sessionCalls.get());
    }

    // --- cache

    @Test
    void withACacheTtlHankosPositiveAnswerIsReused() {
        sessionsAnswer = validAnswer();
        SessionValidator validator = produce(ValidationMode.REMOTE, Duration.ofSeconds(30));
        validate(validator, genuine);
        validate(validator, genuine);
        assertEquals(1, sessionCalls.get());
    }

    @Test
    void withCacheTtlZeroHankoIsAskedEveryTime() {
        sessionsAnswer = validAnswer();
        SessionValidator validator = produce(ValidationMode.REMOTE, Duration.ZERO);
        validate(validator, genuine);
        validate(validator, genuine);
        assertEquals(2, sessionCalls.get());
    }

    @Test
    void inHybridModeACacheHitSkipsBothChecks() {
        sessionsAnswer = validAnswer();
        SessionValidator validator = produce(ValidationMode.HYBRID, Duration.ofSeconds(30));
        validate(validator, genuine);
        validate(validator, genuine);
        assertEquals(1, sessionCalls.get());
    }
}
