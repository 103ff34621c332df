package dev.hankojakarta.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hankojakarta.internal.session.ValidationOutcome.Invalid;
import dev.hankojakarta.internal.session.ValidationOutcome.Unavailable;
import dev.hankojakarta.internal.session.ValidationOutcome.Valid;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.Test;

class HybridSessionValidatorTest {

    private static final Valid LOCALLY_VALID = valid();
    private static final Valid VALID_AT_HANKO = valid();
    private static final Invalid FORGED = new Invalid("bad signature");
    private static final Invalid REVOKED = new Invalid("Hanko says the session is not valid");
    private static final Unavailable NO_KEYS = new Unavailable("Hanko's signing keys cannot be fetched");
    private static final Unavailable HANKO_DOWN = new Unavailable("HTTP 503");

    private final SessionToken token = Tokens.parsed(Tokens.session());
    private final List<SessionToken> askedLocally = new ArrayList<>();
    private final List<SessionToken> askedHanko = new ArrayList<>();

    private static Valid valid() {
        return new Valid(SessionClaims.fromJwt(Map.of("sub", Tokens.USER_ID, "session_id", Tokens.SESSION_ID,
                "exp", Tokens.EXPIRATION.getEpochSecond())), Optional.empty());
    }

    private HybridSessionValidator hybrid(ValidationOutcome local, ValidationOutcome remote) {
        return new HybridSessionValidator(t -> {
            askedLocally.add(t);
            return local;
        }, t -> {
            askedHanko.add(t);
            return remote;
        });
    }

    @Test
    void forgedTokenIsInvalidWithoutAskingHanko() {
        assertSame(FORGED, hybrid(FORGED, VALID_AT_HANKO).validate(token));
        assertEquals(List.of(), askedHanko);
    }

    @Test
    void locallyValidTokenIsDecidedByHanko() {
        assertSame(VALID_AT_HANKO, hybrid(LOCALLY_VALID, VALID_AT_HANKO).validate(token));
    }

    @Test
    void locallyValidButRevokedSessionIsInvalid() {
        assertSame(REVOKED, hybrid(LOCALLY_VALID, REVOKED).validate(token));
    }

    @Test
    void hankoIsAskedAboutTheSameToken() {
        hybrid(LOCALLY_VALID, VALID_AT_HANKO).validate(token);
        assertEquals(List.of(token), askedHanko);
    }

    @Test
    void everyTokenIsCheckedLocallyFirst() {
        hybrid(LOCALLY_VALID, VALID_AT_HANKO).validate(token);
        assertEquals(List.of(token), askedLocally);
    }

    @Test
    void withoutSigningKeysHankoDecidesAlone() {
        assertSame(VALID_AT_HANKO, hybrid(NO_KEYS, VALID_AT_HANKO).validate(token));
    }

    @Test
    void withoutSigningKeysHankoCanStillRefuse() {
        assertSame(REVOKED, hybrid(NO_KEYS, REVOKED).validate(token));
    }

    @Test
    void hankoDownAfterAPassedLocalCheckIsAnOutage() {
        assertSame(HANKO_DOWN, hybrid(LOCALLY_VALID, HANKO_DOWN).validate(token));
    }
}
