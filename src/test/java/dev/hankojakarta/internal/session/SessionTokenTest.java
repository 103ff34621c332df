package dev.hankojakarta.internal.session;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.PlainJWT;

import dev.hankojakarta.internal.session.SessionToken.MalformedTokenException;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionTokenTest {

    private static final String PAYLOAD = "{\"sub\":\"" + Tokens.USER_ID + "\",\"exp\":1786773600}";
    private static final String SIGNATURE = Tokens.b64("not really a signature");

    /** Refused, with a message that does not quote the token. */
    private static MalformedTokenException refused(String raw) {
        MalformedTokenException e = assertThrows(MalformedTokenException.class, () -> SessionToken.parse(raw));
        if (raw != null && !raw.isEmpty()) {
            assertFalse(e.getMessage().contains(raw), "the message quotes the token: " + e.getMessage());
            for (String segment : raw.split("\\.")) {
                assertFalse(segment.length() > 3 && e.getMessage().contains(segment),
                        "the message quotes part of the token: " + e.getMessage());
            }
        }
        return e;
    }

    @Test
    void acceptsRs256CompactJws() {
        String raw = Tokens.session();
        SessionToken token = Tokens.parsed(raw);
        assertEquals(raw, token.raw());
        assertEquals(Tokens.USER_ID, token.unverifiedClaims().getSubject());
        assertEquals(JWSAlgorithm.RS256, token.jwt().getHeader().getAlgorithm());
    }

    @Test
    void acceptsTokenOfExactlyEightKibibytes() {
        String raw = Tokens.ofLength(8192);
        assertEquals(8192, raw.length());
        assertEquals(raw, Tokens.parsed(raw).raw());
    }

    @Test
    void rejectsNull() {
        refused(null);
    }

    @Test
    void rejectsEmpty() {
        refused("");
    }

    @Test
    void rejectsTokenLongerThanEightKibibytes() {
        String raw = Tokens.ofLength(8193);
        assertEquals(8193, raw.length());
        refused(raw);
    }

    @Test
    void rejectsHugeToken() {
        refused(Tokens.ofLength(20_000));
    }

    @Test
    void rejectsTwoSegments() {
        String raw = Tokens.session();
        refused(raw.substring(0, raw.lastIndexOf('.')));
    }

    @Test
    void rejectsEmptySignatureSegment() {
        String raw = Tokens.session();
        refused(raw.substring(0, raw.lastIndexOf('.') + 1));
    }

    @Test
    void rejectsFourSegments() {
        refused(Tokens.session() + "." + SIGNATURE);
    }

    @Test
    void rejectsJweShapedToken() {
        refused("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "/", "=", " ", "%", "\n", "é"})
    void rejectsNonBase64UrlCharacters(String character) {
        String raw = Tokens.session();
        int at = raw.indexOf('.') + 5;
        refused(raw.substring(0, at) + character + raw.substring(at));
    }

    @Test
    void rejectsPaddedBase64() {
        refused(Tokens.session() + "==");
    }

    @Test
    void rejectsAlgNone() {
        String unsecured = new PlainJWT(Tokens.claims(Tokens.USER_ID).build()).serialize();
        refused(unsecured);
        refused(unsecured + SIGNATURE);
    }

    @Test
    void rejectsHs256() {
        refused(Tokens.hs256(Tokens.claims(Tokens.USER_ID).build()));
    }

    @Test
    void rejectsRs512() {
        refused(Tokens.sign(Tokens.claims(Tokens.USER_ID).build(), JWSAlgorithm.RS512));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "HS256", "RS384", "RS512", "PS256", "ES256", "rs256", "RS256 ", ""})
    void rejectsEveryAlgorithmButRs256(String alg) {
        refused(Tokens.compact("{\"alg\":\"" + alg + "\"}", PAYLOAD, SIGNATURE));
    }

    @Test
    void rejectsHeaderWithoutAlg() {
        refused(Tokens.compact("{\"typ\":\"JWT\"}", PAYLOAD, SIGNATURE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[\"RS256\"]", "\"RS256\"", "{\"alg\":\"RS256\""})
    void rejectsHeaderThatIsNotAJsonObject(String header) {
        refused(Tokens.compact(header, PAYLOAD, SIGNATURE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1,2]", "\"a string\"", "42", "{\"sub\":"})
    void rejectsPayloadThatIsNotAJsonObject(String payload) {
        refused(Tokens.compact("{\"alg\":\"RS256\"}", payload, SIGNATURE));
    }

    @Test
    void shapeIsAllThatIsChecked() {
        // No signature verification here: that is Hanko's job (or the local verifier's).
        SessionToken token = Tokens.parsed(Tokens.compact("{\"alg\":\"RS256\"}", PAYLOAD, SIGNATURE));
        assertEquals(Tokens.USER_ID, token.unverifiedClaims().getSubject());
    }

    static Stream<String> malformedTokens() {
        String good = Tokens.session();
        return Stream.of(
                good.substring(0, good.lastIndexOf('.')),
                good + "." + SIGNATURE,
                good.replace('.', '+'),
                Tokens.hs256(Tokens.claims(Tokens.USER_ID).build()),
                Tokens.sign(Tokens.claims(Tokens.USER_ID).build(), JWSAlgorithm.RS512),
                Tokens.compact("not json", PAYLOAD, SIGNATURE),
                Tokens.compact("{\"alg\":\"RS256\"}", "not json", SIGNATURE),
                Tokens.ofLength(8193));
    }

    @ParameterizedTest
    @MethodSource("malformedTokens")
    void rejectionNeverQuotesTheToken(String raw) {
        String message = refused(raw).getMessage();
        assertFalse(message.contains("eyJ"), message);
    }

    // --- fingerprint

    @Test
    void fingerprintIsTwelveHexDigits() {
        assertTrue(Tokens.parsed(Tokens.session()).fingerprint().matches("[0-9a-f]{12}"));
    }

    @Test
    void fingerprintIsTheStartOfTheTokensSha256() throws Exception {
        String raw = Tokens.session();
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(sha256).substring(0, 12), SessionToken.fingerprint(raw));
    }

    @Test
    void fingerprintIsDeterministic() {
        String raw = Tokens.session();
        assertEquals(SessionToken.fingerprint(raw), Tokens.parsed(raw).fingerprint());
        assertEquals(Tokens.parsed(raw).fingerprint(), Tokens.parsed(raw).fingerprint());
    }

    @Test
    void fingerprintDiffersBetweenTokens() {
        assertNotEquals(SessionToken.fingerprint(Tokens.session()), SessionToken.fingerprint(Tokens.another()));
    }

    @Test
    void fingerprintOfMalformedInputWorks() {
        assertAll(
                () -> assertTrue(SessionToken.fingerprint(null).matches("[0-9a-f]{12}")),
                () -> assertTrue(SessionToken.fingerprint("").matches("[0-9a-f]{12}")));
    }

    @Test
    void toStringShowsTheFingerprintNotTheToken() {
        String raw = Tokens.session();
        SessionToken token = Tokens.parsed(raw);
        assertTrue(token.toString().contains(token.fingerprint()));
        assertFalse(token.toString().contains(raw.substring(0, raw.indexOf('.'))));
    }
}
