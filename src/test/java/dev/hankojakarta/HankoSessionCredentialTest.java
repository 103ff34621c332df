package dev.hankojakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hankojakarta.session.SessionToken;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.Test;

class HankoSessionCredentialTest {

    private final String raw = Tokens.session();
    private final HankoSessionCredential credential = new HankoSessionCredential(raw);

    @Test
    void carriesTheTokenAsPresented() {
        assertEquals(raw, credential.token());
    }

    @Test
    void toStringShowsTheFingerprintNeverTheToken() {
        for (String segment : raw.split("\\.")) {
            assertFalse(credential.toString().contains(segment), credential.toString());
        }
        assertTrue(credential.toString().contains(credential.fingerprint()), credential.toString());
    }

    @Test
    void fingerprintIsTheTokensFingerprint() {
        assertEquals(SessionToken.fingerprint(raw), credential.fingerprint());
    }
}
