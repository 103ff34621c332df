package dev.hankojakarta.internal.session;

/** Decides whether a well-shaped token is a valid Hanko session. Implementations are thread-safe and never throw. */
public interface SessionValidator {

    ValidationOutcome validate(SessionToken token);
}
