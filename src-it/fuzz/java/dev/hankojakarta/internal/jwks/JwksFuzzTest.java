package dev.hankojakarta.internal.jwks;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.jwk.RSAKey;

import dev.hankojakarta.fuzz.FuzzBudget;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.AfterAll;

/**
 * {@link JwksCache} and {@link LocalSessionValidator} on JWKS documents built from fuzzer data: raw text, the real
 * document with a stretch replaced, or the real key with fuzzed values in its members, beside a fuzzed second key. A
 * crash is any exception, or a broken invariant of {@link JwksInvariants} (the real token verifies only while the
 * document holds its key).
 */
class JwksFuzzTest {

    private static final String TOKEN = Tokens.session();
    private static final String JWKS = Tokens.jwks();
    private static final JwksInvariants INVARIANTS = new JwksInvariants();
    private static final RSAKey KEY = Tokens.publicKey();
    private static final String[][] MEMBERS = {
        {"kty", "\"RSA\""},
        {"kid", "\"" + Tokens.keyId() + "\""},
        {"use", "\"sig\""},
        {"alg", "\"RS256\""},
        {"n", "\"" + KEY.getModulus() + "\""},
        {"e", "\"" + KEY.getPublicExponent() + "\""}};

    @AfterAll
    static void close() {
        INVARIANTS.close();
    }

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    @DictionaryEntries({"keys", "kty", "RSA", "EC", "oct", "kid", "test-key", "use", "sig", "enc", "alg", "RS256",
        "none", "n", "e", "AQAB", "x5c", "key_ops", "\"", "{", "}", "[", "]", ":", ","})
    void document(FuzzedDataProvider data) {
        String kid = switch (data.consumeInt(0, 3)) {
            case 0 -> null;
            case 1 -> data.consumeString(20);
            default -> Tokens.keyId();
        };
        String document = switch (data.consumeInt(0, 3)) {
            case 0 -> data.consumeRemainingAsString();
            case 1 -> {
                int from = data.consumeInt(0, JWKS.length());
                int to = data.consumeInt(from, JWKS.length());
                yield JWKS.substring(0, from) + data.consumeRemainingAsString() + JWKS.substring(to);
            }
            default -> "{\"keys\":[" + key(data) + (data.consumeBoolean() ? "," + key(data) : "") + "]}";
        };
        INVARIANTS.check(document, TOKEN, kid);
    }

    /** The real key, each member kept, left out, or given a fuzzed JSON text as value. */
    private static String key(FuzzedDataProvider data) {
        StringBuilder json = new StringBuilder("{");
        String separator = "";
        for (String[] member : MEMBERS) {
            String value = switch (data.consumeInt(0, 7)) {
                case 0 -> null;
                case 1 -> data.consumeString(60);
                default -> member[1];
            };
            if (value != null) {
                json.append(separator).append('"').append(member[0]).append("\":").append(value);
                separator = ",";
            }
        }
        return json.append('}').toString();
    }
}
