package dev.hankojakarta.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.hankojakarta.HankoEmail;
import dev.hankojakarta.HankoPrincipal;
import dev.hankojakarta.HankoSessionCredential;
import dev.hankojakarta.HankoUnavailableException;
import dev.hankojakarta.internal.session.SessionClaims;
import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.internal.session.ValidationOutcome;
import dev.hankojakarta.internal.session.WellFormedTokens;
import dev.hankojakarta.testing.TestConfig;
import dev.hankojakarta.testing.Tokens;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.IdentityStore.ValidationType;
import org.junit.jupiter.api.Test;

class HankoIdentityStoreTest {

    private static final Instant IDLE = Instant.parse("2026-08-14T18:30:00Z");

    private final String raw = Tokens.rs256(Tokens.claims(Tokens.USER_ID)
            .claim("email", java.util.Map.of("address", "user@example.com", "is_primary", true, "is_verified", true))
            .claim("username", "jdoe")
            .claim("amr", List.of("passkey"))
            .claim("roles", List.of("admin", 7L))
            .build());
    private final List<SessionToken> asked = new ArrayList<>();
    private ValidationOutcome outcome;

    private HankoIdentityStore store() {
        HankoIdentityStore store = new HankoIdentityStore();
        store.config = TestConfig.groups(Set.of("user"), Optional.of("roles"));
        store.validator = token -> {
            asked.add(token);
            return outcome;
        };
        store.init();
        return store;
    }

    private ValidationOutcome.Valid valid() {
        return new ValidationOutcome.Valid(
                SessionClaims.fromJwt(Tokens.parsed(raw).unverifiedClaims().getClaims()), Optional.of(IDLE));
    }

    private CredentialValidationResult validate(String token) {
        return store().validate(new HankoSessionCredential(token));
    }

    @Test
    void foreignCredentialIsNotValidated() {
        CredentialValidationResult result = store().validate(new UsernamePasswordCredential("jdoe", "secret"));
        assertEquals(Status.NOT_VALIDATED, result.getStatus());
        assertEquals(List.of(), asked);
    }

    @Test
    void emptyOrOverlongTokenIsInvalidWithoutAskingTheValidator() {
        assertEquals(Status.INVALID, validate("").getStatus());
        assertEquals(Status.INVALID, validate(Tokens.ofLength(SessionToken.MAX_LENGTH + 1)).getStatus());
        assertEquals(List.of(), asked);
    }

    @Test
    void malformedTokenIsInvalidAndNeverReachesTheValidatorsBehindTheShapeCheck() {
        // The shape is checked by the validator chain (on a cache miss), not by the store: here with the real check.
        HankoIdentityStore store = store();
        store.validator = new WellFormedTokens(store.validator);
        for (String token : List.of("not-a-token", "a.b.c.d", "a.b.c", "a b.c.d")) {
            assertEquals(Status.INVALID, store.validate(new HankoSessionCredential(token)).getStatus(), token);
        }
        assertEquals(List.of(), asked);
    }

    @Test
    void wellShapedTokenIsHandedToTheValidator() {
        outcome = valid();
        validate(raw);
        assertEquals(1, asked.size());
        assertEquals(raw, asked.get(0).raw());
    }

    @Test
    void validSessionIsAValidCaller() {
        outcome = valid();
        assertEquals(Status.VALID, validate(raw).getStatus());
    }

    @Test
    void callerNameIsTheHankoUserId() {
        outcome = valid();
        assertEquals(Tokens.USER_ID, validate(raw).getCallerPrincipal().getName());
    }

    @Test
    void callerIsAHankoPrincipalWithTheSession() {
        outcome = valid();
        HankoPrincipal principal = assertInstanceOf(HankoPrincipal.class, validate(raw).getCallerPrincipal());
        assertEquals(Tokens.USER_ID, principal.userId());
        assertEquals(Tokens.SESSION_ID, principal.sessionId());
        assertEquals(Optional.of(new HankoEmail("user@example.com", true, true)), principal.email());
        assertEquals(Optional.of("jdoe"), principal.username());
        assertEquals(List.of("passkey"), principal.amr());
        assertEquals(Tokens.EXPIRATION, principal.expiresAt());
        assertEquals(Optional.of(IDLE), principal.idleExpiresAt());
        assertEquals(Optional.of("jdoe"), principal.claim("username", String.class));
    }

    @Test
    void groupsAreDefaultsAndStringClaimValues() {
        outcome = valid();
        assertEquals(Set.of("user", "admin"), validate(raw).getCallerGroups());
    }

    @Test
    void invalidSessionIsInvalid() {
        outcome = new ValidationOutcome.Invalid("revoked");
        assertEquals(Status.INVALID, validate(raw).getStatus());
    }

    @Test
    void outageIsThrownNotAnsweredAsInvalid() {
        outcome = new ValidationOutcome.Unavailable("Hanko answered HTTP 503");
        HankoUnavailableException e = assertThrows(HankoUnavailableException.class, () -> validate(raw));
        assertFalse(e.getMessage().contains(raw));
    }

    @Test
    void storeValidatesAndProvidesGroups() {
        assertEquals(Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS), store().validationTypes());
    }
}
