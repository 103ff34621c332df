package dev.hankojakarta;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The caller of a request that carried a valid Hanko session token.
 *
 * <p>{@link #getName()} is the Hanko user id (the token's {@code sub}). Reach the principal of the current request
 * through {@link HankoCaller}, in a bean of any scope:
 * <pre>{@code
 * @Inject HankoCaller caller;
 * Optional<HankoPrincipal> user = caller.principal();   // empty for anonymous callers
 * }</pre>
 * or through Jakarta Security's {@code SecurityContext.getPrincipalsByType(HankoPrincipal.class)}, or by
 * {@code @Inject HankoPrincipal} in a {@code @RequestScoped} bean (null for anonymous callers). Injected anywhere else
 * it fails the deployment ({@code HANKO-022}): a bean that outlives the request would keep its first caller.
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

    private HankoPrincipal(Builder b) {
        super(b.userId);
        this.sessionId = b.sessionId;
        this.email = b.email;
        this.username = b.username;
        this.amr = List.copyOf(b.amr);
        this.expiresAt = b.expiresAt;
        this.idleExpiresAt = b.idleExpiresAt;
        this.issuedAt = b.issuedAt;
        this.audience = List.copyOf(b.audience);
        this.issuer = b.issuer;
        // Not copied: the library hands in its own unmodifiable map on every request, which this wraps for free.
        this.claims = Collections.unmodifiableMap(b.claims);
    }

    /**
     * Starts a principal: the library builds one per validated session; applications build them in their own unit
     * tests (of an identity store that maps Hanko users to groups, say).
     *
     * @param userId    the Hanko user id ({@code sub})
     * @param sessionId the session's id ({@code session_id})
     * @param expiresAt when the token expires ({@code exp})
     */
    public static Builder builder(String userId, String sessionId, Instant expiresAt) {
        return new Builder(userId, sessionId, expiresAt);
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

    /** Builds a {@link HankoPrincipal}; every part but the three of {@link #builder} is optional. */
    public static final class Builder {
        private final String userId;
        private final String sessionId;
        private final Instant expiresAt;
        private HankoEmail email;
        private String username;
        private List<String> amr = List.of();
        private Instant idleExpiresAt;
        private Instant issuedAt;
        private List<String> audience = List.of();
        private String issuer;
        private Map<String, Object> claims = Map.of();

        private Builder(String userId, String sessionId, Instant expiresAt) {
            this.userId = Objects.requireNonNull(userId, "userId");
            this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
            this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        }

        public Builder email(HankoEmail email) {
            this.email = email;
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder amr(List<String> amr) {
            this.amr = amr;
            return this;
        }

        public Builder idleExpiresAt(Instant idleExpiresAt) {
            this.idleExpiresAt = idleExpiresAt;
            return this;
        }

        public Builder issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        public Builder audience(List<String> audience) {
            this.audience = audience;
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Every claim by its JWT name; {@link HankoPrincipal#claims()} answers a read-only view of this map. */
        public Builder claims(Map<String, Object> claims) {
            this.claims = claims;
            return this;
        }

        public HankoPrincipal build() {
            return new HankoPrincipal(this);
        }
    }
}
