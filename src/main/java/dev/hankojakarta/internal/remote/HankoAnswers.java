package dev.hankojakarta.internal.remote;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import dev.hankojakarta.internal.session.SessionClaims;
import dev.hankojakarta.internal.session.SessionToken;
import dev.hankojakarta.internal.session.ValidationOutcome;
import dev.hankojakarta.internal.session.ValidationOutcome.Invalid;
import dev.hankojakarta.internal.session.ValidationOutcome.Unavailable;
import dev.hankojakarta.internal.session.ValidationOutcome.Valid;

/**
 * What an answer of {@code POST /sessions/validate} means. Only HTTP 200 with {@code "is_valid": true} and usable
 * claims about the presented token is a valid session; anything Hanko could not have meant is an outage, never a
 * success.
 */
final class HankoAnswers {

    private HankoAnswers() {
    }

    static ValidationOutcome interpret(int status, Supplier<ValidateSessionResponse> body, SessionToken token) {
        if (status == 400) {
            // Hanko verified the signature but could not parse the claims (sub or session_id not a UUID, ...).
            return new Invalid("Hanko refused the token (HTTP 400)");
        }
        if (status != 200) {
            return new Unavailable("Hanko answered HTTP " + status);
        }
        ValidateSessionResponse answer = body.get();
        if (answer == null || answer.isValid() == null) {
            return new Unavailable("Hanko's answer has no is_valid field");
        }
        if (!answer.isValid()) {
            return new Invalid("Hanko says the session is not valid");
        }
        if (answer.claims() == null) {
            return new Unavailable("Hanko's answer has is_valid true but no claims (Hanko older than v1.4.0?)");
        }
        SessionClaims claims;
        try {
            claims = SessionClaims.fromHankoAnswer(answer.claims());
        } catch (IllegalArgumentException e) {
            return new Unavailable("Hanko's answer has unusable claims: " + e.getMessage());
        }
        if (answer.userId() != null && !answer.userId().equals(claims.subject())) {
            // A template claim named "subject" would overwrite the real one in Hanko's answer.
            return new Unavailable("Hanko's answer names two different users (claims.subject and user_id)",
                    ValidationOutcome.Blame.ANSWER);
        }
        if (!Objects.equals(claims.subject(), token.unverifiedClaims().getSubject())) {
            return new Unavailable("Hanko's answer is about another user than the token's",
                    ValidationOutcome.Blame.ANSWER);
        }
        return new Valid(claims, Optional.ofNullable(answer.idleExpiresAt()).map(t -> t.toInstant()));
    }
}
