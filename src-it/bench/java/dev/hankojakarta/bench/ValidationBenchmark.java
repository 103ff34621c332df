package dev.hankojakarta.bench;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.hankojakarta.internal.cache.CachingSessionValidator;
import dev.hankojakarta.internal.jwks.JwksCache;
import dev.hankojakarta.internal.jwks.LocalSessionValidator;
import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.internal.session.ValidationOutcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-token cost of validation, against the floor of the JDK's bare RSA verify of the same token.
 *
 * <ul>
 * <li>{@code bareRsaVerify}: {@code SHA256withRSA} over the token's signing input, nothing else: the floor.</li>
 * <li>{@code localCheck}: {@link LocalSessionValidator} on a parsed token (key lookup, signature, claims).</li>
 * <li>{@code cacheHit}: {@link CachingSessionValidator} answering a cached token.</li>
 * <li>{@code parseAndCacheHit}: the identity store's whole path for a raw token on a hit: length check, SHA-256 of
 * the token, cache lookup (the shape is checked on a miss only).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

    String raw;
    SessionToken token;
    LocalSessionValidator local;
    CachingSessionValidator cache;
    Signature rsa;
    RSAPublicKey publicKey;
    byte[] signingInput;
    byte[] signature;

    @Setup
    public void setUp() throws Exception {
        RSAKey key = new RSAKeyGenerator(4096).keyID(UUID.randomUUID().toString()).generate();
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .claim("session_id", UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(12))))
                .audience(List.of("localhost"))
                .claim("email", java.util.Map.of("address", "ada@example.com", "is_primary", true, "is_verified", true))
                .claim("amr", List.of("passkey"))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        raw = jwt.serialize();
        token = SessionToken.parse(raw);

        String jwks = new JWKSet(key.toPublicJWK()).toString();
        Clock clock = Clock.systemUTC();
        local = new LocalSessionValidator(new JwksCache(() -> jwks, clock, "bench"), clock, Duration.ZERO,
                Optional.empty(), Optional.empty());
        if (!(local.validate(token) instanceof ValidationOutcome.Valid)) {
            throw new IllegalStateException("the benchmark token must be valid");
        }
        cache = new CachingSessionValidator(local, Duration.ofHours(1), 10_000, Duration.ofSeconds(5), clock,
                Ticker.systemTicker());
        cache.validate(token);

        publicKey = key.toRSAPublicKey();
        rsa = Signature.getInstance("SHA256withRSA");
        int lastDot = raw.lastIndexOf('.');
        signingInput = raw.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII);
        signature = Base64.getUrlDecoder().decode(raw.substring(lastDot + 1));
    }

    @Benchmark
    public boolean bareRsaVerify() throws Exception {
        rsa.initVerify(publicKey);
        rsa.update(signingInput);
        return rsa.verify(signature);
    }

    @Benchmark
    public ValidationOutcome localCheck() {
        return local.validate(token);
    }

    @Benchmark
    public ValidationOutcome cacheHit() {
        return cache.validate(token);
    }

    @Benchmark
    public ValidationOutcome parseAndCacheHit() throws Exception {
        return cache.validate(SessionToken.of(raw));
    }
}
