package dev.hankojakarta;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.hankojakarta.session.SessionClaims;
import jakarta.security.enterprise.CallerPrincipal;

/**
 * The caller of a request that carried a valid Hanko session token.
 *
 * <p>{@link #getName()} is the Hanko user id (the token's {@code sub}). Reach the principal with
 * <pre>{@code
 * @Inject SecurityContext security;   // jakarta.security.enterprise
 * HankoPrincipal user = security.getPrincipalsByType(HankoPrincipal.class).iterator().next();
 * }</pre>
 * or inject it into request-scoped code (JAX-RS resources, {@code @RequestScoped} beans):
 * <pre>{@code
 * @Inject HankoPrincipal user;        // null for anonymous callers
 * }</pre>
 *
 * <p>Claims are named as in the session JWT: {@code sub}, {@code session_id}, {@code exp}, {@code email},
 * {@code username}, {@code amr} and every custom claim of Hanko's JWT template.
 */
public class HankoPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final String sessionId;
    private final HankoEmail email;
    private final String username;
    private final List<String> amr;
    private final Instant expiresAt;
    private final Instant idleExpiresAt;
    private final Instant issuedAt;
    private final List<String> audience;
    private final String issuer;
    private final Map<String, Object> claims;

    /** Builds the principal of a validated session. */
    public HankoPrincipal(SessionClaims claims, Optional<Instant> idleExpiresAt) {
        super(claims.subject());
        this.sessionId = claims.sessionId();
        this.email = claims.email().orElse(null);
        this.username = claims.username().orElse(null);
        this.amr = claims.amr();
        this.expiresAt = claims.expiration();
        this.idleExpiresAt = idleExpiresAt.orElse(null);
        this.issuedAt = claims.issuedAt().orElse(null);
        this.audience = claims.audience();
        this.issuer = claims.issuer().orElse(null);
        this.claims = claims.asMap();
    }

    /** The Hanko user id ({@code sub}); the same as {@link #getName()}. */
    public String userId() {
        return getName();
    }

    /** The id of the server-side session ({@code session_id}). */
    public String sessionId() {
        return sessionId;
    }

    /** The user's primary email address, if the user has one. */
    public Optional<HankoEmail> email() {
        return Optional.ofNullable(email);
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** How the user signed in: {@code passkey}, {@code pwd}, {@code otp}, {@code totp}, {@code security_key}, ... */
    public List<String> amr() {
        return amr;
    }

    /** When the token expires ({@code exp}). */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** When the session idles out, if Hanko runs with an idle timeout and was asked. */
    public Optional<Instant> idleExpiresAt() {
        return Optional.ofNullable(idleExpiresAt);
    }

    public Optional<Instant> issuedAt() {
        return Optional.ofNullable(issuedAt);
    }

    public List<String> audience() {
        return audience;
    }

    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    /** Every claim of the session, custom ones included, by its JWT name. */
    public Map<String, Object> claims() {
        return claims;
    }

    /** One claim, or empty when it is absent or not of the given type. */
    public <T> Optional<T> claim(String name, Class<T> type) {
        Object value = claims.get(name);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "HankoPrincipal[" + getName() + "]";
    }
}
