package dev.hankojakarta.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hankojakarta.internal.session.ValidationOutcome.Invalid;
import dev.hankojakarta.internal.session.ValidationOutcome.Unavailable;
import dev.hankojakarta.internal.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Where Hanko decides alone, hanko.token.audience and hanko.token.issuer still narrow what counts as valid. */
class ExpectedAudienceAndIssuerTest {

    private static Valid valid(Object aud, String iss) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", Tokens.USER_ID, "session_id", Tokens.SESSION_ID,
                "exp", Tokens.EXPIRATION.getEpochSecond()));
        if (aud != null) {
            claims.put("aud", aud);
        }
        if (iss != null) {
            claims.put("iss", iss);
        }
        return new Valid(SessionClaims.fromJwt(claims), Optional.empty());
    }

    private static ValidationOutcome check(ValidationOutcome hanko, String audience, String issuer) {
        return ExpectedAudienceAndIssuer.around(t -> hanko, Optional.ofNullable(audience), Optional.ofNullable(issuer))
                .validate(Tokens.parsed(Tokens.session()));
    }

    @Test
    void withoutSettingsTheValidatorIsUnchanged() {
        SessionValidator remote = t -> valid(null, null);
        assertSame(remote, ExpectedAudienceAndIssuer.around(remote, Optional.empty(), Optional.empty()));
    }

    @Test
    void aSessionForTheConfiguredAudienceAndIssuerStaysValid() {
        Valid hanko = valid(List.of("other.example", "app.example"), "https://hanko.example");
        assertSame(hanko, check(hanko, "app.example", "https://hanko.example"));
    }

    @Test
    void aSessionForAnotherAudienceIsInvalid() {
        Invalid refused = assertInstanceOf(Invalid.class, check(valid(List.of("other.example"), null), "app.example", null));
        assertEquals("audience does not match hanko.token.audience", refused.reason());
        assertInstanceOf(Invalid.class, check(valid(null, null), "app.example", null));
    }

    @Test
    void aSessionFromAnotherIssuerOrWithoutOneIsInvalid() {
        assertInstanceOf(Invalid.class, check(valid(List.of("app.example"), "https://evil.example"), null, "https://hanko.example"));
        assertInstanceOf(Invalid.class, check(valid(List.of("app.example"), null), null, "https://hanko.example"));
    }

    @Test
    void refusalsAndOutagesPassThroughUntouched() {
        Invalid revoked = new Invalid("Hanko says the session is not valid");
        Unavailable down = new Unavailable("HTTP 503");
        assertSame(revoked, check(revoked, "app.example", "https://hanko.example"));
        assertSame(down, check(down, "app.example", "https://hanko.example"));
    }
}
