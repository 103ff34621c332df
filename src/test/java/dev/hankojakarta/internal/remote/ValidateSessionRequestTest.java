package dev.hankojakarta.internal.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ValidateSessionRequestTest {

    @Test
    void tokenIsSentAsSessionToken() {
        assertEquals("{\"session_token\":\"a.b.c\"}", HankoJson.write(new ValidateSessionRequest("a.b.c")));
    }

    @Test
    void toStringHidesTheToken() {
        assertFalse(new ValidateSessionRequest("secret.token.value").toString().contains("secret"));
    }
}
