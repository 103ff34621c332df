package dev.hankojakarta.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import com.nimbusds.jose.JWSAlgorithm;
import dev.hankojakarta.testing.LogCapture;
import dev.hankojakarta.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WellFormedTokensTest {

    private final List<SessionToken> asked = new ArrayList<>();
    private final ValidationOutcome answer = new ValidationOutcome.Invalid("from the delegate");
    private final WellFormedTokens validator = new WellFormedTokens(token -> {
        asked.add(token);
        return answer;
    });

    @RegisterExtension
    final LogCapture logged = new LogCapture(WellFormedTokens.class);

    @Test
    void aRefusedTokenIsLoggedAtFineByItsFingerprintOnly() throws Exception {
        String raw = Tokens.session().replace('.', '+');
        SessionToken token = SessionToken.of(raw);
        validator.validate(token);
        assertEquals(List.of("Token " + token.fingerprint() + " rejected: not a compact JWS"), logged.messages());
        assertEquals(1, logged.count(Level.FINE));
    }

    @Test
    void anRs256TokenReachesTheValidatorBehind() throws Exception {
        assertSame(answer, validator.validate(SessionToken.of(Tokens.session())));
        assertEquals(1, asked.size());
    }

    @Test
    void anHs256TokenIsInvalidWithoutReachingTheValidatorBehind() throws Exception {
        ValidationOutcome outcome = validator.validate(SessionToken.of(Tokens.hs256(Tokens.claims(Tokens.USER_ID).build())));
        assertInstanceOf(ValidationOutcome.Invalid.class, outcome);
        assertEquals(List.of(), asked);
    }

    @Test
    void aHeaderThatIsNotJsonIsInvalidWithoutReachingTheValidatorBehind() throws Exception {
        String token = Tokens.compact("not json", "{\"sub\":\"" + Tokens.USER_ID + "\"}", "c2ln");
        assertInstanceOf(ValidationOutcome.Invalid.class, validator.validate(SessionToken.of(token)));
        assertEquals(List.of(), asked);
    }

    @Test
    void aTokenWithoutAlgIsInvalidWithoutReachingTheValidatorBehind() throws Exception {
        String token = Tokens.compact("{\"kid\":\"test-key\"}", "{\"sub\":\"" + Tokens.USER_ID + "\"}", "c2ln");
        assertInstanceOf(ValidationOutcome.Invalid.class, validator.validate(SessionToken.of(token)));
        assertEquals(List.of(), asked);
    }

    @Test
    void aTokenIsShapeCheckedBeforeTheValidatorBehindParsesIt() throws Exception {
        WellFormedTokens checked = new WellFormedTokens(token -> {
            asked.add(token);
            return new ValidationOutcome.Invalid(token.unverifiedClaims().getSubject());
        });
        ValidationOutcome.Invalid outcome = assertInstanceOf(ValidationOutcome.Invalid.class,
                checked.validate(SessionToken.of(Tokens.session())));
        assertEquals(Tokens.USER_ID, outcome.reason());
    }

    @Test
    void anRs512TokenIsInvalidWithoutReachingTheValidatorBehind() throws Exception {
        String rs512 = Tokens.sign(Tokens.claims(Tokens.USER_ID).build(), JWSAlgorithm.RS512);
        assertInstanceOf(ValidationOutcome.Invalid.class, validator.validate(SessionToken.of(rs512)));
        assertEquals(List.of(), asked);
    }

    @Test
    void aPayloadThatIsNotJsonIsInvalidWithoutReachingTheValidatorBehind() throws Exception {
        String token = Tokens.compact("{\"alg\":\"RS256\",\"kid\":\"test-key\"}", "not json", "c2ln");
        assertInstanceOf(ValidationOutcome.Invalid.class, validator.validate(SessionToken.of(token)));
        assertEquals(List.of(), asked);
    }
}
