package dev.hankojakarta.internal.jwks;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import dev.hankojakarta.internal.session.ValidationOutcome.Invalid;
import dev.hankojakarta.internal.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.Gen;
import dev.hankojakarta.testing.Mutations;
import dev.hankojakarta.testing.Seeded;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * JWKS documents, real and damaged: looking keys up and checking a token never throws, and a token signed by the real
 * key verifies only while the document holds that key under its {@code kid}. Seeded.
 */
class JwksPropertiesTest {

    private static final String TOKEN = Tokens.session();
    private static final String JWKS = Tokens.jwks();
    /** The real key beside a second one, as during a rotation. */
    private static final String ROTATING = rotating();
    private static final JwksInvariants INVARIANTS = new JwksInvariants();

    /** A document Hanko serves, and another {@code kid} to look up in it (or null). */
    private record Lookup(String document, String kid) {
        @Override
        public String toString() {
            return "document " + Seeded.describe(document) + ", kid " + Seeded.describe(kid);
        }
    }

    @AfterAll
    static void close() {
        INVARIANTS.close();
    }

    @Test
    void theRealDocumentVerifiesTheToken() {
        assertInstanceOf(Valid.class, INVARIANTS.check(JWKS, TOKEN, Tokens.keyId()));
        assertInstanceOf(Valid.class, INVARIANTS.check(ROTATING, TOKEN, "next-key"));
    }

    @Test
    void aDocumentWithoutTheKeyDoesNot() {
        assertInstanceOf(Invalid.class, INVARIANTS.check(ROTATING.replace("\"" + Tokens.keyId() + "\"", "\"old\""),
                TOKEN, null));
    }

    @Test
    void damagedDocumentsVerifyOnlyWhileTheyHoldTheKey() {
        Gen<String> documents = documents();
        Gen<String> kids = kids();
        Gen<Lookup> lookups = random -> new Lookup(documents.next(random), kids.next(random));
        Seeded.check(Seeded.SEED, 800, lookups, lookup -> INVARIANTS.check(lookup.document(), TOKEN, lookup.kid()));
    }

    private static Gen<String> documents() {
        String[] interesting = {Tokens.keyId(), "next-key", "RSA", "EC", "oct", "sig", "enc", "RS256", "RS512", "none",
            "AQAB", "AQ", "kty", "kid", "use", "alg", "n", "e", "key_ops", "verify", "x5c", "keys"};
        return Gen.frequency(
                Gen.weighted(4, Mutations.of(JWKS, interesting)),
                Gen.weighted(4, Mutations.of(ROTATING, interesting)),
                Gen.weighted(1, Gen.of("", "{}", "{\"keys\":[]}", "{\"keys\":{}}", "{\"keys\":null}", "[]", "null",
                        "{\"keys\":[null]}", "{\"keys\":[{}]}", "{\"keys\":[1]}")),
                Gen.weighted(1, Gen.strings(200)));
    }

    private static Gen<String> kids() {
        return Gen.frequency(
                Gen.weighted(3, Gen.of(Tokens.keyId(), "next-key")),
                Gen.weighted(1, Gen.just(null)),
                Gen.weighted(1, Gen.strings(20)));
    }

    private static String rotating() {
        try {
            RSAKey next = new RSAKeyGenerator(2048).keyID("next-key").generate().toPublicJWK();
            return new JWKSet(List.of(Tokens.publicKey(), next)).toString(true);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
