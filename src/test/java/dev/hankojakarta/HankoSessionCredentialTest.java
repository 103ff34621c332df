package dev.hankojakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hankojakarta.internal.session.SessionToken;
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
    void toStringNeverShowsTheToken() {
        for (String segment : raw.split("\\.")) {
            assertFalse(credential.toString().contains(segment), credential.toString());
        }
    }
}
