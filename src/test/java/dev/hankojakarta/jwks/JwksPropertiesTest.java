package dev.hankojakarta.jwks;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import dev.hankojakarta.session.ValidationOutcome.Invalid;
import dev.hankojakarta.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.Mutations;
import dev.hankojakarta.testing.Tokens;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * JWKS documents, real and damaged: looking keys up and checking a token never throws, and a token signed by the real
 * key verifies only while the document holds that key under its {@code kid}. Seeded.
 */
class JwksPropertiesTest {

    private static final String SEED = "20261127";
    private static final String TOKEN = Tokens.session();
    private static final String JWKS = Tokens.jwks();
    /** The real key beside a second one, as during a rotation. */
    private static final String ROTATING = rotating();
    private static final JwksInvariants INVARIANTS = new JwksInvariants();

    @AfterContainer
    static void close() {
        INVARIANTS.close();
    }

    @Example
    void theRealDocumentVerifiesTheToken() {
        assertInstanceOf(Valid.class, INVARIANTS.check(JWKS, TOKEN, Tokens.keyId()));
        assertInstanceOf(Valid.class, INVARIANTS.check(ROTATING, TOKEN, "next-key"));
    }

    @Example
    void aDocumentWithoutTheKeyDoesNot() {
        assertInstanceOf(Invalid.class, INVARIANTS.check(ROTATING.replace("\"" + Tokens.keyId() + "\"", "\"old\""),
                TOKEN, null));
    }

    @Property(seed = SEED, tries = 800)
    void damagedDocumentsVerifyOnlyWhileTheyHoldTheKey(@ForAll("documents") String document,
            @ForAll("kids") String kid) {
        INVARIANTS.check(document, TOKEN, kid);
    }

    @Provide
    Arbitrary<String> documents() {
        String[] interesting = {Tokens.keyId(), "next-key", "RSA", "EC", "oct", "sig", "enc", "RS256", "RS512", "none",
            "AQAB", "AQ", "kty", "kid", "use", "alg", "n", "e", "key_ops", "verify", "x5c", "keys"};
        return Arbitraries.frequencyOf(
                Tuple.of(4, Mutations.of(JWKS, interesting)),
                Tuple.of(4, Mutations.of(ROTATING, interesting)),
                Tuple.of(1, Arbitraries.of("", "{}", "{\"keys\":[]}", "{\"keys\":{}}", "{\"keys\":null}", "[]", "null",
                        "{\"keys\":[null]}", "{\"keys\":[{}]}", "{\"keys\":[1]}")),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)));
    }

    @Provide
    Arbitrary<String> kids() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(Tokens.keyId(), "next-key")),
                Tuple.of(1, Arbitraries.just(null)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(20)));
    }

    private static String rotating() {
        try {
            RSAKey next = new RSAKeyGenerator(2048).keyID("next-key").generate().toPublicJWK();
            return new JWKSet(java.util.List.of(Tokens.publicKey(), next)).toString(true);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
