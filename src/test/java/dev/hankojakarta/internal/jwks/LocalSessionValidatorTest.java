package dev.hankojakarta.internal.jwks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.hankojakarta.internal.session.ValidationOutcome;
import dev.hankojakarta.internal.session.ValidationOutcome.Invalid;
import dev.hankojakarta.internal.session.ValidationOutcome.Unavailable;
import dev.hankojakarta.internal.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.FakeTime;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.Test;

class LocalSessionValidatorTest {

    /** A key Hanko does not publish. */
    private static final RSAKey STRANGER = Tokens.newKey("stranger");

    private final FakeTime time = new FakeTime();
    private final JwksEndpoint hanko = new JwksEndpoint();
    private final JwksCache keys = new JwksCache(hanko, time.clock(), "https://hanko.test/.well-known/jwks.json");

    private LocalSessionValidator validator(Duration skew, Optional<String> audience, Optional<String> issuer) {
        return new LocalSessionValidator(keys, time.clock(), skew, audience, issuer);
    }

    private ValidationOutcome validate(String raw) {
        return validate(validator(Duration.ZERO, Optional.empty(), Optional.empty()), raw);
    }

    private static ValidationOutcome validate(LocalSessionValidator validator, String raw) {
        ValidationOutcome outcome = validator.validate(Tokens.parsed(raw));
        assertFalse(outcome.toString().contains(raw), "the outcome quotes the token: " + outcome);
        return outcome;
    }

    private static JWTClaimsSet.Builder claims() {
        return Tokens.claims(Tokens.USER_ID);
    }

    private static String withHeader(JWSHeader.Builder header) {
        return Tokens.sign(header.build(), claims().build());
    }

    // --- the genuine article

    @Test
    void genuineSessionTokenIsValid() {
        assertInstanceOf(Valid.class, validate(Tokens.session()));
    }

    @Test
    void validSessionCarriesTheUserAndSessionFromTheToken() {
        Valid valid = assertInstanceOf(Valid.class, validate(Tokens.session()));
        assertEquals(Tokens.USER_ID, valid.claims().subject());
        assertEquals(Tokens.SESSION_ID, valid.claims().sessionId());
        assertEquals(Tokens.EXPIRATION, valid.claims().expiration());
    }

    @Test
    void validSessionCarriesCustomClaims() {
        Valid valid = assertInstanceOf(Valid.class, validate(Tokens.rs256(claims().claim("role", "admin").build())));
        assertEquals("admin", valid.claims().asMap().get("role"));
    }

    @Test
    void localCheckKnowsNothingOfIdleExpiry() {
        Valid valid = assertInstanceOf(Valid.class, validate(Tokens.session()));
        assertEquals(Optional.empty(), valid.idleExpiresAt());
    }

    // --- header

    @Test
    void jkuHeaderIsRefusedWithoutFetchingKeys() {
        assertInstanceOf(Invalid.class, validate(withHeader(Tokens.header().jwkURL(URI.create("https://evil.test/jwks")))));
        assertEquals(0, hanko.calls());
    }

    @Test
    void embeddedJwkHeaderIsRefusedWithoutFetchingKeysEvenWhenItIsTheSigningKey() {
        assertInstanceOf(Invalid.class, validate(withHeader(Tokens.header().jwk(Tokens.key().toPublicJWK()))));
        assertEquals(0, hanko.calls());
    }

    @Test
    void x5uHeaderIsRefusedWithoutFetchingKeys() {
        assertInstanceOf(Invalid.class, validate(withHeader(Tokens.header().x509CertURL(URI.create("https://evil.test/c")))));
        assertEquals(0, hanko.calls());
    }

    @Test
    void x5cHeaderIsRefusedWithoutFetchingKeys() {
        assertInstanceOf(Invalid.class,
                validate(withHeader(Tokens.header().x509CertChain(List.of(Base64.encode("not a certificate"))))));
        assertEquals(0, hanko.calls());
    }

    @Test
    void criticalHeaderParameterIsRefusedWithoutFetchingKeys() {
        assertInstanceOf(Invalid.class,
                validate(withHeader(Tokens.header().customParam("hanko-test", true).criticalParams(Set.of("hanko-test")))));
        assertEquals(0, hanko.calls());
    }

    @Test
    void tokenWithoutKidIsRefusedWithoutFetchingKeys() {
        assertInstanceOf(Invalid.class, validate(withHeader(new JWSHeader.Builder(Tokens.header().build()).keyID(null))));
        assertEquals(0, hanko.calls());
    }

    @Test
    void typHeaderAsHankoSendsItIsAccepted() {
        assertInstanceOf(Valid.class, validate(withHeader(Tokens.header().type(com.nimbusds.jose.JOSEObjectType.JWT))));
    }

    // --- keys and signature

    @Test
    void tokenOfAKeyHankoDoesNotPublishIsInvalid() {
        assertInstanceOf(Invalid.class, validate(Tokens.signedBy(STRANGER, claims().build())));
    }

    @Test
    void tokenSignedByAnotherKeyUnderHankosKidIsInvalid() {
        assertInstanceOf(Invalid.class, validate(Tokens.sign(STRANGER, Tokens.header().build(), claims().build())));
    }

    @Test
    void tokenWithAnAlteredPayloadIsInvalid() {
        String[] parts = Tokens.session().split("\\.");
        String otherPayload = Tokens.session("0e7a3f52-2b1c-4d8e-9f60-a1b2c3d4e5f6").split("\\.")[1];
        assertInstanceOf(Invalid.class, validate(parts[0] + "." + otherPayload + "." + parts[2]));
    }

    @Test
    void tokenOfAKeyRotatedInIsValid() {
        RSAKey next = Tokens.newKey("rotated-in");
        validate(Tokens.session());
        hanko.serve(Tokens.jwks(Tokens.asHankoPublishes(Tokens.key()), Tokens.asHankoPublishes(next)));
        assertInstanceOf(Valid.class, validate(Tokens.signedBy(next, claims().build())));
    }

    @Test
    void withoutAnyKeysTheCheckIsUnavailableNotInvalid() {
        hanko.fail();
        assertInstanceOf(Unavailable.class, validate(Tokens.session()));
    }

    @Test
    void withTheLastGoodKeysTheCheckGoesOnDuringAnOutage() {
        validate(Tokens.session());
        hanko.fail();
        time.advance(Duration.ofMinutes(11));
        assertInstanceOf(Valid.class, validate(Tokens.session()));
    }

    // --- time

    @Test
    void tokenWithoutExpIsInvalid() {
        assertInstanceOf(Invalid.class, validate(Tokens.rs256(claims().expirationTime(null).build())));
    }

    @Test
    void tokenIsValidUntilTheSecondBeforeExp() {
        time.set(Tokens.EXPIRATION.minusSeconds(1));
        assertInstanceOf(Valid.class, validate(Tokens.session()));
    }

    @Test
    void tokenIsExpiredAtExp() {
        time.set(Tokens.EXPIRATION);
        assertInstanceOf(Invalid.class, validate(Tokens.session()));
    }

    @Test
    void notBeforeInTheFutureIsInvalid() {
        Date nbf = Date.from(time.now().plusSeconds(60));
        assertInstanceOf(Invalid.class, validate(Tokens.rs256(claims().notBeforeTime(nbf).build())));
    }

    @Test
    void notBeforeInThePastIsValid() {
        Date nbf = Date.from(time.now().minusSeconds(60));
        assertInstanceOf(Valid.class, validate(Tokens.rs256(claims().notBeforeTime(nbf).build())));
    }

    @Test
    void issuedInTheFutureIsInvalid() {
        Date iat = Date.from(time.now().plusSeconds(60));
        assertInstanceOf(Invalid.class, validate(Tokens.rs256(claims().issueTime(iat).build())));
    }

    @Test
    void tokenWithoutIatIsValid() {
        assertInstanceOf(Valid.class, validate(Tokens.rs256(claims().issueTime(null).build())));
    }

    @Test
    void clockSkewToleratesARecentlyExpiredToken() {
        time.set(Tokens.EXPIRATION.plusSeconds(4));
        assertInstanceOf(Valid.class, validate(validator(Duration.ofSeconds(5), Optional.empty(), Optional.empty()),
                Tokens.session()));
    }

    @Test
    void clockSkewEndsAtExpPlusSkew() {
        time.set(Tokens.EXPIRATION.plusSeconds(5));
        assertInstanceOf(Invalid.class, validate(validator(Duration.ofSeconds(5), Optional.empty(), Optional.empty()),
                Tokens.session()));
    }

    @Test
    void clockSkewToleratesAnIatSlightlyAhead() {
        Date iat = Date.from(time.now().plusSeconds(3));
        assertInstanceOf(Valid.class, validate(validator(Duration.ofSeconds(5), Optional.empty(), Optional.empty()),
                Tokens.rs256(claims().issueTime(iat).build())));
    }

    @Test
    void clockSkewToleratesAnNbfSlightlyAhead() {
        Date nbf = Date.from(time.now().plusSeconds(3));
        assertInstanceOf(Valid.class, validate(validator(Duration.ofSeconds(5), Optional.empty(), Optional.empty()),
                Tokens.rs256(claims().notBeforeTime(nbf).build())));
    }

    // --- sub and session_id

    @Test
    void subThatIsNotAUuidIsInvalid() {
        assertInstanceOf(Invalid.class, validate(Tokens.session("admin")));
    }

    @Test
    void subThatOnlyLooksLikeAUuidIsInvalid() {
        assertInstanceOf(Invalid.class, validate(Tokens.session("5b1d2c7e0-a4f-4e62-9c1b-7f3e2d8a6b10")));
    }

    @Test
    void tokenWithoutSubIsInvalid() {
        assertInstanceOf(Invalid.class, validate(Tokens.rs256(claims().subject(null).build())));
    }

    @Test
    void tokenWithoutSessionIdIsInvalid() {
        assertInstanceOf(Invalid.class, validate(Tokens.rs256(claims().claim("session_id", null).build())));
    }

    @Test
    void sessionIdThatIsNotAUuidIsInvalid() {
        assertInstanceOf(Invalid.class, validate(Tokens.rs256(claims().claim("session_id", "session-1").build())));
    }

    @Test
    void sessionIdThatIsNotAStringIsInvalid() {
        assertInstanceOf(Invalid.class, validate(Tokens.rs256(claims().claim("session_id", 42).build())));
    }

    @Test
    void hankoWebhookTokenSignedWithTheSameKeysIsInvalid() {
        Instant iat = time.now().minusSeconds(10);
        JWTClaimsSet webhook = new JWTClaimsSet.Builder()
                .subject("hanko webhooks")
                .issueTime(Date.from(iat))
                .expirationTime(Date.from(iat.plusSeconds(300)))
                .audience(List.of("example.com"))
                .claim("evt", "user.create")
                .claim("data", Map.of("id", Tokens.USER_ID))
                .build();
        assertInstanceOf(Invalid.class, validate(Tokens.rs256(webhook)));
    }

    // --- audience and issuer

    @Test
    void configuredAudienceInTheTokenIsValid() {
        assertInstanceOf(Valid.class, validate(validator(Duration.ZERO, Optional.of("example.com"), Optional.empty()),
                Tokens.session()));
    }

    @Test
    void configuredAudienceAmongSeveralIsValid() {
        String token = Tokens.rs256(claims().audience(List.of("other.com", "example.com")).build());
        assertInstanceOf(Valid.class, validate(validator(Duration.ZERO, Optional.of("example.com"), Optional.empty()),
                token));
    }

    @Test
    void tokenForAnotherAudienceIsInvalid() {
        assertInstanceOf(Invalid.class, validate(validator(Duration.ZERO, Optional.of("my-app.com"), Optional.empty()),
                Tokens.session()));
    }

    @Test
    void tokenWithoutAudienceIsInvalidWhenOneIsConfigured() {
        String token = Tokens.rs256(claims().audience((List<String>) null).build());
        assertInstanceOf(Invalid.class, validate(validator(Duration.ZERO, Optional.of("example.com"), Optional.empty()),
                token));
    }

    @Test
    void anyAudienceIsAcceptedWhenNoneIsConfigured() {
        assertInstanceOf(Valid.class, validate(Tokens.rs256(claims().audience("anything.test").build())));
    }

    @Test
    void configuredIssuerIsValid() {
        String token = Tokens.rs256(claims().issuer("https://login.example.com").build());
        assertInstanceOf(Valid.class,
                validate(validator(Duration.ZERO, Optional.empty(), Optional.of("https://login.example.com")), token));
    }

    @Test
    void tokenOfAnotherIssuerIsInvalid() {
        String token = Tokens.rs256(claims().issuer("https://evil.example.com").build());
        assertInstanceOf(Invalid.class,
                validate(validator(Duration.ZERO, Optional.empty(), Optional.of("https://login.example.com")), token));
    }

    @Test
    void tokenWithoutIssuerIsInvalidWhenOneIsConfigured() {
        assertInstanceOf(Invalid.class,
                validate(validator(Duration.ZERO, Optional.empty(), Optional.of("https://login.example.com")),
                        Tokens.session()));
    }

    // --- claim types

    @Test
    void emailClaimOfTheWrongTypeIsInvalid() {
        assertInstanceOf(Invalid.class, validate(Tokens.rs256(claims().claim("email", "u@example.com").build())));
    }

    // --- helper

    @Test
    void uuidCheckAcceptsCanonicalUuidsOnly() {
        assertEquals(true, LocalSessionValidator.isUuid(Tokens.USER_ID));
        assertEquals(false, LocalSessionValidator.isUuid(null));
        assertEquals(false, LocalSessionValidator.isUuid("1-1-1-1-1"));
        assertEquals(false, LocalSessionValidator.isUuid("hanko webhooks"));
    }
}
